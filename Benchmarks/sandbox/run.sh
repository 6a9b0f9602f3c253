#!/usr/bin/env bash
# Sandbox benchmark: start-up time with 100,000 contacts, search latency, the two pages of field
# definitions and contact creates (with the duplicate check) over loopback.
# Usage: Benchmarks/sandbox/run.sh [CONTACTS] [SEARCHES]    (defaults 100000 and 200)
# Needs curl. Builds the release binary first; talks only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONTACTS="${1:-100000}"
SEARCHES="${2:-200}"

swift build -c release --product acquire-cases >&2
BIN=.build/release/acquire-cases
WORK="$(mktemp -d)"
PID=""
cleanup() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

now_ns() { date +%s%N; }

start=$(now_ns)
"$BIN" sandbox --contacts "$CONTACTS" --port 0 >"$WORK/out" 2>"$WORK/err" &
PID=$!
# "Started and listening" = both export lines printed (the sandbox prints them only once it listens).
while [ "$(grep -c '^export ' "$WORK/out" || true)" -lt 2 ]; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "sandbox exited early:" >&2; cat "$WORK/err" >&2; exit 1; fi
    if [ $(( ($(now_ns) - start) / 1000000 )) -gt 30000 ]; then echo "sandbox did not start in 30 s" >&2; exit 1; fi
    sleep 0.002
done
ready=$(now_ns)
eval "$(grep '^export ' "$WORK/out")"
echo "contacts:            $CONTACTS"
echo "start-up (launch to export lines): $(( (ready - start) / 1000000 )) ms"

terms=(a al ali alice jose José GARCÍA garcia müller muller zoe Zoë lukasz søren soren 王 王伟 佐藤 花子 김 محمد
       фатима мария example.com example.org @mail acquire-demo +91 +1 55 123 9 0 sarma smith nguyen dang
       strauss oss ✨ 🚀 hana xyz-no-match qqqq o e i n r t s)
queries=()
i=0
while [ "${#queries[@]}" -lt "$SEARCHES" ]; do
    t="${terms[$(( i % ${#terms[@]} ))]}"
    case $(( i / ${#terms[@]} % 4 )) in
        0) queries+=("$t") ;;
        1) queries+=("${t^^}") ;;
        2) queries+=("${t:0:2}") ;;
        3) queries+=("$t$(( i % 10 ))") ;;
    esac
    i=$(( i + 1 ))
done

: >"$WORK/times"
for q in "${queries[@]}"; do
    page=$(( RANDOM % 3 ))
    curl -s -o /dev/null -w '%{time_total}\n' -X POST \
        -H "Authorization: Bearer $ACQUIRE_API_KEY" -H 'Content-Type: application/json' \
        --data-binary "{\"payload\":{},\"page\":$page,\"limit\":20,\"search\":\"$q\"}" \
        "$ACQUIRE_BASE_URL/api/v1/crm/contact/list" >>"$WORK/times"
done
sort -n "$WORK/times" | awk '{ v[NR] = $1 * 1000 } END {
    p50 = v[int(NR * 0.50 + 0.5)]; p95 = v[int(NR * 0.95 + 0.5)]
    printf "searches:            %d (curl time_total, one connection each)\n", NR
    printf "search p50/p95/max:  %.1f / %.1f / %.1f ms\n", p50, p95, v[NR] }'

# Custom field definitions: both pages (page 0 and 1, 20 a page), 20 times.
: >"$WORK/fields"
for _ in $(seq 20); do
    for page in 0 1; do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $ACQUIRE_API_KEY" \
            "$ACQUIRE_BASE_URL/api/v1/crm/objects/object-field?page=$page&limit=100" >>"$WORK/fields"
    done
done
sort -n "$WORK/fields" | awk '{ v[NR] = $1 * 1000 } END {
    printf "field pages:         %d, p50/max %.1f / %.1f ms\n", NR, v[int(NR * 0.50 + 0.5)], v[NR] }'

# Contact creates: each checks its email and phone against every contact (the duplicate check).
: >"$WORK/creates"
for n in $(seq 50); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST \
        -H "Authorization: Bearer $ACQUIRE_API_KEY" -H 'Content-Type: application/json' \
        --data-binary "{\"fields\":{\"name\":\"Bench $n\",\"email\":\"bench.$n@bench.invalid\",\"phone\":\"+99 555 0$n\",\"plan\":\"Pro\"}}" \
        "$ACQUIRE_BASE_URL/api/v1/crm/objects/contact" >>"$WORK/creates"
done
sort -n "$WORK/creates" | awk '{ v[NR] = $1 * 1000 } END {
    printf "contact creates:     %d, p50/p95/max %.1f / %.1f / %.1f ms\n", NR, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
echo "server RSS:          $(awk '/VmRSS/ { printf "%.1f MiB", $2 / 1024 }' /proc/$PID/status)"
kill -TERM "$PID"
wait "$PID" && echo "stopped cleanly on SIGTERM (exit 0)" || echo "exit status $? on SIGTERM"
PID=""
