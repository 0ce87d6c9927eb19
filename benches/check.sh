#!/usr/bin/env bash
# Times `error-codes check` on the 10,000-row tables (and the seed), as a
# pre-commit hook runs it: the release binary, one process per run, the
# median and the fastest of 21 runs.
#
# Usage: benches/check.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
cargo build --release --quiet -p error-codes-cli
binary=target/release/error-codes
for table in codes.csv benches/data/synthetic_10000.csv benches/data/synthetic_markup_10000.csv; do
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$binary" check "$table" >/dev/null
        times+=($(( $(date +%s%N) - start )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    median=${sorted[$(( runs / 2 ))]}
    printf '%-45s median %5.1f ms, fastest %5.1f ms (%d runs)\n' "$table" \
        "$(echo "$median / 1000000" | bc -l)" "$(echo "${sorted[0]} / 1000000" | bc -l)" "$runs"
done
