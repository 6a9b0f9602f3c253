#!/usr/bin/env bash
# Measures what an agent on a slow SSH link feels:
#  1. bytes the app writes to the terminal per typed character (title field and message editor),
#     compared with one full repaint of the screen;
#  2. wake-ups while idle: context switches of every thread of the process over IDLE seconds
#     (default 60) after a search, a contact preview and a create, with the app running against a
#     sandbox in another process (so the sandbox's threads are not counted).
# Usage: Benchmarks/terminal/run.sh [debug|release]   (default release)
#   SCRATCH=.build-release builds in that scratch path (keeps the debug .build untouched).
set -euo pipefail
cd "$(dirname "$0")/../.."
config=${1:-release}
idle_s=${IDLE:-60}
scratch=()
[ -n "${SCRATCH:-}" ] && scratch=(--scratch-path "$SCRATCH")
swift build -c "$config" "${scratch[@]}" --product acquire-cases >/dev/null
bin=$(swift build -c "$config" "${scratch[@]}" --show-bin-path)/acquire-cases
work=$(mktemp -d)
sock="acq-bench-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; [ -n "${sbpid:-}" ] && kill "$sbpid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# A sandbox in its own process.
"$bin" sandbox --port 0 --contacts 2000 > "$work/sandbox.env" &
sbpid=$!
for _ in $(seq 200); do grep -q ACQUIRE_API_KEY "$work/sandbox.env" 2>/dev/null && break; sleep 0.05; done
# shellcheck disable=SC1090
source "$work/sandbox.env"

screen() { tmux -L "$sock" capture-pane -p -t b; }
wait_for() { for _ in $(seq 400); do screen | grep -qF -- "$1" && return 0; sleep 0.05; done; echo "timeout waiting for $1" >&2; screen >&2; exit 1; }
bytes() { stat -c %s "$work/out"; }

printf 'set -g status off\nset -g escape-time 0\n' > "$work/tmux.conf"
tmux -L "$sock" -f "$work/tmux.conf" new-session -d -x 80 -y 24 -s b \
  "env -i HOME=$work TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config ACQUIRE_BASE_URL=$ACQUIRE_BASE_URL ACQUIRE_API_KEY=$ACQUIRE_API_KEY $bin"
wait_for "Search"
tmux -L "$sock" send-keys -t b -l "a"
wait_for "Contacts 1/"
tmux -L "$sock" send-keys -t b Enter
wait_for "Title"

: > "$work/out"
tmux -L "$sock" pipe-pane -t b -o "cat >> $work/out"
measure() { # $1 = label, $2 = text to type one character at a time
  local text=$1 n=0 before after
  before=$(bytes)
  for ((i = 0; i < ${#text}; i++)); do
    ch=${text:i:1}
    tmux -L "$sock" send-keys -t b -l -- "$ch"
    n=$((n + 1))
    # wait until the pane shows the text typed so far (the app has drawn it)
    want="${text:0:i+1}"
    wait_for "${want% }"
  done
  after=$(bytes)
  echo "$(( (after - before) )) $n"
}
read -r tb tn < <(measure "Printer on floor 3 is offline")
tmux -L "$sock" send-keys -t b Tab
wait_for "F4"
read -r mb mn < <(measure "The customer reports that the printer drops jobs")
# A full repaint for comparison: force one with a resize to the same size via Ctrl-L-like redraw.
before=$(bytes)
tmux -L "$sock" resize-window -t b -x 79 -y 24; wait_for "Message"
tmux -L "$sock" resize-window -t b -x 80 -y 24; wait_for "Message"
sleep 0.3
full=$(( ($(bytes) - before) / 2 ))
tmux -L "$sock" pipe-pane -t b

# A create: review, send, the result screen (the search and the contact preview came before).
tmux -L "$sock" send-keys -t b C-r
wait_for "Enter sends exactly this"
tmux -L "$sock" send-keys -t b Enter
wait_for "created: case #"

pid=$(tmux -L "$sock" display -p -t b '#{pane_pid}')
# Context switches per thread (tid value), so threads that come or go do not skew the sum.
ctx() { for t in /proc/"$pid"/task/*; do echo "${t##*/} $(awk '/ctxt_switches/ {s += $2} END {print s}' "$t/status" 2>/dev/null) $(tr ' ' '_' < "$t/comm")/$(cat "$t/wchan" 2>/dev/null)"; done; }
# Let the draft save and the last spinner frame pass.
sleep 3
ctx > "$work/ctx0"
sleep "$idle_s"
ctx > "$work/ctx1"
# Threads present at both ends, plus any that came or went (counted as at least one wake-up).
idle=$(awk 'NR == FNR {a[$1] = $2; next} ($1 in a) {d += $2 - a[$1]} END {print d + 0}' "$work/ctx0" "$work/ctx1")
churn=$(awk 'NR == FNR {a[$1] = 1; next} {b[$1] = 1} END {n = 0; for (t in a) if (!(t in b)) n++; for (t in b) if (!(t in a)) n++; print n}' "$work/ctx0" "$work/ctx1")
threads=$(wc -l < "$work/ctx1")
rss=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)

echo "acquire-cases terminal benchmark ($config build, 80x24, xterm-256color)"
printf '  title field:     %d bytes for %d characters = %.1f bytes/char\n' "$tb" "$tn" "$(echo "$tb / $tn" | bc -l)"
printf '  message editor:  %d bytes for %d characters = %.1f bytes/char\n' "$mb" "$mn" "$(echo "$mb / $mn" | bc -l)"
printf '  one full repaint (after a resize): ~%d bytes\n' "$full"
printf '  idle %d s after a search, a contact preview and a create: %d context switches over all %d threads (%.2f/s); threads started or ended meanwhile: %d\n' "$idle_s" "$idle" "$threads" "$(echo "$idle / $idle_s" | bc -l)" "$churn"
echo "  per thread (tid, switches, name/where it waits):"
awk 'NR == FNR {a[$1] = $2; next} ($1 in a) {printf "    %-12s %4d  %s\n", $1, $2 - a[$1], $3}' "$work/ctx0" "$work/ctx1"
echo "  (the event loop is the thread waiting in poll_schedule_timeout; the main thread parks in sigsuspend)"
printf '  RSS: %d KiB\n' "$rss"
