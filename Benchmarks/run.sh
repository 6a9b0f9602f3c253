#!/usr/bin/env bash
# The comparison benchmark: acquire-cases (release build, Swift runtime linked statically) and
# dialog, less and fzf in the same run, on ptys of the same size, several runs each; prints
# medians, ratios and whether each target of the README's benchmark section is met:
#   first frame vs `dialog --form`; bytes per typed character (title, message, search box, agent
#   filter); bytes per line scrolled in the result panes vs less; bytes per key in the contact
#   search with 100,000 contacts vs fzf over the same 100,000 lines; idle wake-ups per thread
#   over IDLE s after a search, a preview and creates; private memory per instance with 10 open
#   and peak RSS; submit to result beyond the server (create latency 200 ms); the sandbox with
#   100,000 contacts: start and search p50/p95.
# Usage: Benchmarks/run.sh [--runs N] [--idle S] [--rows R --cols C] [--contacts N] ...
#   (see Benchmarks/compare/compare.py --help). BIN=path skips the build and measures that binary.
# Never part of the test suite: run it on purpose, on a machine as quiet as you can get, and
# say what the load was (it prints the load average before and after).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v dialog >/dev/null || need+=(dialog)
command -v fzf >/dev/null || need+=(fzf)
command -v less >/dev/null || need+=(less)
command -v python3 >/dev/null || need+=(python3)
if [ "${#need[@]}" -gt 0 ]; then
    echo "installing ${need[*]} (apt-get)" >&2
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y "${need[@]}" >&2 || {
        "${sudo_cmd[@]}" apt-get update >&2 && "${sudo_cmd[@]}" apt-get install -y "${need[@]}" >&2
    }
fi

if [ -z "${BIN:-}" ]; then
    # The release build's own flags (scripts/release-flags), so this is the binary that ships
    # (before strip) and .build-release is not rebuilt with other flags.
    . scripts/release-flags
    release_flags .build-release
    flags=(-c release --static-swift-stdlib "${RELEASE_FLAGS[@]}" --scratch-path .build-release --product acquire-cases)
    echo "building: swift build ${flags[*]}" >&2
    swift build "${flags[@]}" >&2
    BIN="$(swift build "${flags[@]}" --show-bin-path)/acquire-cases"
fi
exec python3 Benchmarks/compare/compare.py --bin "$BIN" "$@"
