#!/usr/bin/env bash
# Screenshots of the dashboard in a real terminal, for the README: tmux runs
# followup on a fixture, the keys given are sent, the pane is captured with
# its colours, drawn as HTML (docs/ansi_html.py, as a terminal with a dark
# profile shows it) and photographed by headless Chromium. Not run by CI.
#
#   docs/screenshots.sh
#       the three themes: docs/theme-dark.png, theme-light.png, theme-high-contrast.png
#   docs/screenshots.sh OUT.png [KEY...] [-- FOLLOWUP_ARGS...]
#       one screenshot after these keys (tmux send-keys names: r z Enter C-p)
#       e.g. docs/screenshots.sh docs/focus.png r z -- --theme light
#
# Environment: SHOT_LANG (en_US.UTF-8), SHOT_SIZE (120x40), SHOT_LEDGER
# (fixtures/korea-mexico-sme.json), FOLLOWUP (target/debug/followup),
# CHROMIUM (chromium). pngquant, where installed, makes the PNG smaller.
set -euo pipefail
cd "$(dirname "$0")/.."

shot() {
    local out=$1
    shift
    [[ $out == /* ]] || out="$PWD/$out"
    local keys=() args=()
    while (($#)); do
        if [[ $1 == -- ]]; then
            shift
            args=("$@")
            break
        fi
        keys+=("$1")
        shift
    done
    local size=${SHOT_SIZE:-120x40} cols rows
    cols=${size%x*}
    rows=${size#*x}
    local work
    work=$(mktemp -d)
    local server="shot$$"
    mkdir -p "$work/home"
    tmux -L "$server" -f /dev/null new-session -d -s shot -x "$cols" -y "$rows" \
        env -i PATH="$PATH" HOME="$work/home" TERM=xterm-256color LANG="${SHOT_LANG:-en_US.UTF-8}" \
        FOLLOWUP_TODAY=2026-11-23 FOLLOWUP_CONFIG="$work/config.toml" \
        "${FOLLOWUP:-target/debug/followup}" "${args[@]}" "${SHOT_LEDGER:-fixtures/korea-mexico-sme.json}"
    sleep 1
    for k in "${keys[@]}"; do
        tmux -L "$server" send-keys -t shot "$k"
        sleep 0.3
    done
    sleep 0.5
    tmux -L "$server" capture-pane -t shot -e -p -N >"$work/pane.ansi"
    tmux -L "$server" kill-server
    local window
    window=$(python3 docs/ansi_html.py "$cols" "$rows" <"$work/pane.ansi" 2>&1 >"$work/pane.html")
    "${CHROMIUM:-chromium}" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$work/chromium" --window-size="${window/x/,}" \
        --screenshot="$out" "file://$work/pane.html" >/dev/null 2>&1
    rm -rf "$work"
    # Text on a few flat colours: a palette of 64 keeps it sharp at a third of the size.
    if command -v pngquant >/dev/null; then
        pngquant --force --skip-if-larger --output "$out" 64 "$out" || true
    fi
    echo "$out"
}

if (($# == 0)); then
    for theme in dark light high-contrast; do
        shot "docs/theme-$theme.png" -- --theme "$theme"
    done
else
    shot "$@"
fi
