#!/usr/bin/env bash
# Times `error-codes export` in every format on the 10,000-row tables, the
# release binary, one process per run, the median and the fastest of RUNS
# runs; `check` of the same table, measured in the same run, is the
# baseline (export reads the table as check does, then writes).
#
# Usage: benches/export.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
cargo build --release --quiet -p error-codes-cli
binary=target/release/error-codes
out=$(mktemp)
trap 'rm -f "$out"' EXIT
time_ns() {
    local times=() start
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >"$out"
        times+=($(( $(date +%s%N) - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" 'NR == 1 { fastest = $1 } NR == int(n / 2) + 1 { median = $1 } END { print median, fastest }'
}
for table in benches/data/synthetic_10000.csv benches/data/synthetic_markup_10000.csv; do
    read -r base_median base_fastest < <(time_ns "$binary" check "$table")
    printf '%s\n  %-10s median %6.1f ms, fastest %6.1f ms\n' "$table" check \
        "$(echo "$base_median / 1000000" | bc -l)" "$(echo "$base_fastest / 1000000" | bc -l)"
    for format in markdown rst html typescript python openapi json; do
        read -r median fastest < <(time_ns "$binary" export "$table" --format "$format")
        printf '  %-10s median %6.1f ms, fastest %6.1f ms, %4.1fx check, %5.1f MB\n' "$format" \
            "$(echo "$median / 1000000" | bc -l)" "$(echo "$fastest / 1000000" | bc -l)" \
            "$(echo "$median / $base_median" | bc -l)" "$(echo "$(wc -c <"$out") / 1000000" | bc -l)"
    done
done
