#!/usr/bin/env bash
# The release tarball on its own: its size, the dynamic libraries of the binary and the newest
# glibc symbol it needs. (Start-up, first frame and everything else against dialog, less and
# fzf: Benchmarks/run.sh.)
# Usage: Benchmarks/release/run.sh [TARBALL]   (default: the newest dist/*.tar.gz)
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball="${1:-$(ls -t dist/acquire-cases-*.tar.gz | head -n1)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
bin=$(echo "$work"/*/bin/acquire-cases)

echo "tarball: $tarball, $(stat -c %s "$tarball") bytes ($(du -h "$tarball" | cut -f1))"
echo "binary:  $(stat -c %s "$bin") bytes unpacked"
echo "ldd:"; ldd "$bin" | sed 's/^/  /'
echo "newest GLIBC symbol: $(objdump -T "$bin" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -V | tail -n1)"

echo "start-up, first frame, bytes, memory against dialog/less/fzf: BIN=UNPACKED/bin/acquire-cases Benchmarks/run.sh"
