"""Turns a tmux pane captured with its colours (`tmux capture-pane -e -p -N`)
into an HTML page that draws it cell for cell, as a terminal with a dark
profile would (so a theme that paints its own background shows it).

    python3 ansi_html.py COLUMNS ROWS < pane.ansi > pane.html

Prints the page's size in pixels (WIDTHxHEIGHT) on standard error, for the
browser's window.
"""

import html
import re
import sys
import unicodedata

# The terminal's own text and background: a dark profile.
DEFAULT_FG, DEFAULT_BG = "#d0d0d0", "#1c1c1c"
# The sixteen named colours, as a common dark terminal shows them.
ANSI16 = [
    "#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
    "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff",
]
FONT_PX, CELL_W, CELL_H, PAD = 14, 8.43, 17, 8


def colour256(n):
    if n < 16:
        return ANSI16[n]
    if n >= 232:
        v = 8 + 10 * (n - 232)
        return "#%02x%02x%02x" % (v, v, v)
    n -= 16
    steps = [0, 95, 135, 175, 215, 255]
    return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])


def sgr(params, st):
    """Applies one SGR sequence's parameters to the style `st`."""
    ps = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(ps):
        p = ps[i]
        if p == 0:
            st.clear()
        elif p in (1, 2, 3, 4, 7, 9):
            st[p] = True
        elif p == 22:
            st.pop(1, None)
            st.pop(2, None)
        elif p in (23, 24, 27, 29):
            st.pop(p - 20, None)
        elif 30 <= p <= 37 or 90 <= p <= 97:
            st["fg"] = ANSI16[p - 30 if p < 90 else p - 82]
        elif 40 <= p <= 47 or 100 <= p <= 107:
            st["bg"] = ANSI16[p - 40 if p < 100 else p - 92]
        elif p in (39, 49):
            st.pop("fg" if p == 39 else "bg", None)
        elif p in (38, 48) and i + 1 < len(ps):
            key = "fg" if p == 38 else "bg"
            if ps[i + 1] == 5 and i + 2 < len(ps):
                st[key] = colour256(ps[i + 2])
                i += 2
            elif ps[i + 1] == 2 and i + 4 < len(ps):
                st[key] = "#%02x%02x%02x" % tuple(ps[i + 2:i + 5])
                i += 4
        i += 1


def css(st):
    fg, bg = st.get("fg", DEFAULT_FG), st.get("bg", DEFAULT_BG)
    if st.get(7):
        fg, bg = bg, fg
    out = ["color:" + fg, "background:" + bg]
    if st.get(1):
        out.append("font-weight:bold")
    if st.get(2):
        out.append("opacity:.6")
    if st.get(3):
        out.append("font-style:italic")
    lines = [n for k, n in ((4, "underline"), (9, "line-through")) if st.get(k)]
    if lines:
        out.append("text-decoration:" + " ".join(lines))
    return ";".join(out)


def cell(ch, style):
    wide = unicodedata.east_asian_width(ch) in "WF"
    shape = "c2" if wide else "c"
    return '<span class="%s" style="%s">%s</span>' % (shape, style, html.escape(ch))


def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    text = sys.stdin.read()
    out, st = [], {}
    for line in text.split("\n")[:rows]:
        cells, used = [], 0
        for piece in re.split(r"(\x1b\[[0-9;]*m)", line):
            m = re.fullmatch(r"\x1b\[([0-9;]*)m", piece)
            if m:
                sgr(m.group(1), st)
                continue
            style = css(st)
            for ch in piece:
                if used >= cols:
                    break
                cells.append(cell(ch, style))
                used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        # The rest of the row: blank cells in the last style.
        cells.extend(cell(" ", css(st)) for _ in range(cols - used))
        out.append('<div class="r">%s</div>' % "".join(cells))
    width, height = round(cols * CELL_W + 2 * PAD), rows * CELL_H + 2 * PAD
    sys.stdout.write(
        "<!doctype html><meta charset=utf-8><style>"
        "body{margin:0;padding:%dpx;background:%s}"
        ".r{height:%dpx;white-space:pre;font:%dpx/%dpx 'DejaVu Sans Mono','Noto Sans Mono CJK KR',monospace}"
        ".c,.c2{display:inline-block;width:%.2fpx;overflow:visible}.c2{width:%.2fpx;text-align:center}"
        "</style>%s" % (PAD, DEFAULT_BG, CELL_H, FONT_PX, CELL_H, CELL_W, 2 * CELL_W, "".join(out))
    )
    sys.stderr.write("%dx%d\n" % (width, height))


main()
