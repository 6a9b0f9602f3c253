#!/usr/bin/env bash
# Measures a big bracketed paste into the message editor (the real binary in tmux against a sandbox
# in another process):
#  1. paste → shown: ms from `tmux paste-buffer -p` of SIZE bytes (default 1 MiB, 64-byte lines)
#     until the pane shows the paste's last line;
#  2. paste → saved: ms until the draft file holds the whole paste;
#  3. SIGHUP during a paste: ms from `kill -HUP` (sent right after a second paste starts) until the
#     process is gone, and whether the draft was kept.
# Usage: Benchmarks/terminal/paste.sh [debug|release]   (default release); SIZE=bytes; SCRATCH=path.
set -euo pipefail
cd "$(dirname "$0")/../.."
config=${1:-release}
size=${SIZE:-1048576}
scratch=()
[ -n "${SCRATCH:-}" ] && scratch=(--scratch-path "$SCRATCH")
swift build -c "$config" "${scratch[@]}" --product acquire-cases >/dev/null
bin=$(swift build -c "$config" "${scratch[@]}" --show-bin-path)/acquire-cases
work=$(mktemp -d)
sock="acq-paste-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; [ -n "${sbpid:-}" ] && kill "$sbpid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$bin" sandbox --port 0 --contacts 200 > "$work/sandbox.env" &
sbpid=$!
for _ in $(seq 200); do grep -q ACQUIRE_API_KEY "$work/sandbox.env" 2>/dev/null && break; sleep 0.05; done
# shellcheck disable=SC1090
source "$work/sandbox.env"

screen() { tmux -L "$sock" capture-pane -p -t b; }
wait_for() { for _ in $(seq 2400); do screen | grep -qF -- "$1" && return 0; sleep 0.02; done; echo "timeout waiting for $1" >&2; screen >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
draft() { cat "$work"/state/acquire-cases/draft-*.json 2>/dev/null || true; }

python3 - "$size" "$work/paste.txt" <<'PY'
import sys
size, path = int(sys.argv[1]), sys.argv[2]
line = "0123456789abcdef" * 4 + "\n"
with open(path, "w") as f:
    f.write(line * (size // len(line)) + "END-OF-PASTE")
PY

start_app() {
  printf 'set -g status off\nset -g escape-time 0\n' > "$work/tmux.conf"
  tmux -L "$sock" -f "$work/tmux.conf" new-session -d -x 100 -y 30 -s b \
    "env -i HOME=$work TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config ACQUIRE_BASE_URL=$ACQUIRE_BASE_URL ACQUIRE_API_KEY=$ACQUIRE_API_KEY $bin"
  wait_for "Search"
  tmux -L "$sock" send-keys -t b -l "#5"
  wait_for "Search #5"
  tmux -L "$sock" send-keys -t b Enter
  wait_for "Title"
  tmux -L "$sock" send-keys -t b -l "Paste benchmark"
  tmux -L "$sock" send-keys -t b Tab
  wait_for "F4"
}

start_app
tmux -L "$sock" load-buffer -b p "$work/paste.txt"
t0=$(now_ms)
tmux -L "$sock" paste-buffer -p -r -b p -t b
wait_for "END-OF-PASTE"
t1=$(now_ms)
for _ in $(seq 3000); do draft | grep -q "END-OF-PASTE" && break; sleep 0.01; done
t2=$(now_ms)
draft | grep -q "END-OF-PASTE" || { echo "the draft never held the paste" >&2; exit 1; }
echo "paste of $size bytes ($config): shown after $((t1 - t0)) ms, in the draft after $((t2 - t0)) ms"

# SIGHUP while a second paste is arriving.
tmux -L "$sock" kill-server 2>/dev/null || true
rm -f "$work"/state/acquire-cases/draft-*.json
sock="$sock-2"   # a server of its own (a socket just killed may still be going away)
start_app
pid=$(tmux -L "$sock" display -p -t b '#{pane_pid}')
tmux -L "$sock" load-buffer -b p "$work/paste.txt"
tmux -L "$sock" paste-buffer -p -r -b p -t b &
pastepid=$!
sleep 0.05
h0=$(now_ms)
kill -HUP "$pid"
for _ in $(seq 20000); do
  { [ -d /proc/"$pid" ] && ! grep -q '^State:.*Z' /proc/"$pid"/status 2>/dev/null; } || break
  sleep 0.001
done
h1=$(now_ms)
wait "$pastepid" 2>/dev/null || true
kept=no; draft | grep -q "Paste benchmark" && kept=yes

echo "SIGHUP during a paste: gone after $((h1 - h0)) ms, draft kept: $kept"
