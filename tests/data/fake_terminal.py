"""A terminal for one test: runs a program on a pseudo-terminal of 120x40,
answers its colour queries (OSC 10 and 11, then DA1) as a light or a dark
terminal would, or answers nothing at all, or answers as a dark terminal
far away does, SECONDS late (`late:SECONDS`), and reports how the program's
first frame came out.

    python3 fake_terminal.py light|dark|silent|late:SECONDS MARK PROGRAM [ARGS...]

MARK is a text the first frame shows. Prints one JSON line: whether the
program asked (asked), seconds until MARK was drawn (frame, null when it
never was), whether the frame painted a white background (white), and the
program's exit code after `q` (code). Late, `q` is sent a second after
the answer, so that what the program made of it shows.
"""

import fcntl
import json
import os
import select
import struct
import subprocess
import sys
import termios
import time

# Each query a terminal answers, and its answer: the text colour (OSC 10)
# and the background (OSC 11) of a light and of a dark terminal.
ANSWERS = {
    "light": {
        b"\x1b]10;?": b"\x1b]10;rgb:1c1c/1c1c/1c1c\x1b\\",
        b"\x1b]11;?": b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\",
    },
    "dark": {
        b"\x1b]10;?": b"\x1b]10;rgb:e0e0/e0e0/e0e0\x07",
        b"\x1b]11;?": b"\x1b]11;rgb:0000/0000/0000\x07",
    },
}
DA1_ANSWER = b"\x1b[?62;22c"
WHITE = b"48;2;255;255;255"


def find_all(text, what):
    at = text.find(what)
    while at >= 0:
        yield at
        at = text.find(what, at + 1)


def main():
    mode, mark, program = sys.argv[1], sys.argv[2].encode(), sys.argv[3:]
    mode, _, late = mode.partition(":")
    # The whole answer of a dark terminal, sent at once after the delay.
    late_answer = ANSWERS["dark"][b"\x1b]10;?"] + ANSWERS["dark"][b"\x1b]11;?"] + DA1_ANSWER
    asked_at, answered_at = None, None
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    def controlling_terminal():
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    start = time.monotonic()
    child = subprocess.Popen(
        program,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=controlling_terminal,
    )
    os.close(slave)
    seen, asked, frame, quit_sent = b"", False, None, None
    answered = {}
    while time.monotonic() - start < 20:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if mode == "late":
            if asked_at is None and b"\x1b]11;?" in seen:
                asked_at = time.monotonic()
            if answered_at is None and asked_at and time.monotonic() - asked_at > float(late):
                os.write(master, late_answer)
                answered_at = time.monotonic()
        elif mode != "silent":
            # Answered in the order asked, as a terminal does: the colours, then DA1.
            queries = sorted(
                (at, q, a)
                for q, a in list(ANSWERS[mode].items()) + [(b"\x1b[c", DA1_ANSWER)]
                for at in find_all(seen, q)
                if at >= answered.get(q, -1) + 1
            )
            for at, q, a in queries:
                os.write(master, a)
                answered[q] = at
        asked = asked or b"\x1b]11;?" in seen
        if frame is None and mark in seen:
            frame = time.monotonic() - start
        drawn = frame is not None and time.monotonic() - start > frame + 0.3
        if mode == "late":
            drawn = drawn and answered_at and time.monotonic() - answered_at > 1.0
        if drawn and quit_sent is None:
            os.write(master, b"q")
            quit_sent = time.monotonic()
        if child.poll() is not None:
            break
    try:
        code = child.wait(timeout=5)
    except subprocess.TimeoutExpired:
        child.kill()
        code = None
    print(json.dumps({"asked": asked, "frame": frame, "white": WHITE in seen, "code": code}))


main()
