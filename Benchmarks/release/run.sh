#!/usr/bin/env bash
# The release binary on its own: tarball size, dynamic libraries, the newest glibc symbol it
# needs, and start-up against dialog(1) in the same run: `--version`, and the first frame on an
# 80x24 pty (the contact search, against a sandbox started beforehand on loopback; dialog's
# --msgbox). Needs python3 and dialog (apt-get install dialog).
# Usage: Benchmarks/release/run.sh [TARBALL] [RUNS]   (default: the newest dist/*.tar.gz, 30 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball="${1:-$(ls -t dist/acquire-cases-*.tar.gz | head -n1)}"
runs="${2:-30}"
command -v dialog >/dev/null || { echo "run.sh: dialog is missing (apt-get install dialog)" >&2; exit 1; }
work=$(mktemp -d)
sandbox_pid=""
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
bin=$(echo "$work"/*/bin/acquire-cases)

echo "tarball: $tarball, $(stat -c %s "$tarball") bytes ($(du -h "$tarball" | cut -f1))"
echo "binary:  $(stat -c %s "$bin") bytes unpacked"
echo "ldd:"; ldd "$bin" | sed 's/^/  /'
echo "newest GLIBC symbol: $(objdump -T "$bin" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -V | tail -n1)"

"$bin" sandbox --port 0 > "$work/sandbox.out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 600); do [ "$(grep -c '^export ' "$work/sandbox.out")" -ge 2 ] && break; sleep 0.05; done
eval "$(grep '^export ' "$work/sandbox.out")"
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 TERM=xterm-256color

ff=Benchmarks/release/firstframe.py
python3 $ff "acquire-cases --version" "$runs" - -- "$bin" --version
python3 $ff "dialog --version" "$runs" - -- dialog --version
python3 $ff "acquire-cases first frame" "$runs" "Search" -- "$bin"
python3 $ff "dialog --msgbox first frame" "$runs" "first-frame" -- dialog --msgbox first-frame 8 40
