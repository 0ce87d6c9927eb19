#!/usr/bin/env bash
# `from_i64` against an integer `match` and foldhash's HashMap<i64, u16>,
# on random streams of numbers (hits, misses, a 90/10 mix), timed as
# `streams.sh` times `from_code`: whole processes pinned to one core, the
# median of ROUNDS rounds per process and of RUNS processes per cell, the
# contenders taking turns. Then instructions and simulated mispredictions
# per lookup under cachegrind, net of the loop alone, when valgrind is
# installed. Prints Markdown.
#
# Usage: benches/numbers.sh [RUNS [ROUNDS [CPU]]]   (defaults 8, 20, the last CPU)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-8}
rounds=${2:-20}
cpu=${3:-$(($(nproc) - 1))}
cargo build --release --quiet -p benches --bin numbers --manifest-path "$here/Cargo.toml"
bin="$(cd "$here/.." && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/numbers"

names=("62 (HTTP)" "1,000 (sparse)")
streams=(hits misses mix)
contenders=(ours hashmap_foldhash match)
out=$(mktemp)
for t in 0 1; do
    for s in "${streams[@]}"; do
        for _ in $(seq "$runs"); do
            for c in "${contenders[@]}"; do
                echo "$t $s $c $(taskset -c "$cpu" "$bin" "$t" "$c" "$s" "$rounds" time | tail -1)" >>"$out"
            done
        done
    done
done
python3 - "$out" "${names[@]}" <<'PY'
import statistics, sys
path, names = sys.argv[1], sys.argv[2:]
cells = {}
for line in open(path):
    t, s, c, ns = line.split()
    cells.setdefault((int(t), s, c), []).append(float(ns))
median = {key: statistics.median(values) for key, values in cells.items()}
peers = ["hashmap_foldhash", "match"]
print("| codes | stream | from_i64 | " + " | ".join(peers) + " | ours / best |")
print("| --- | --- | --- |" + " --- |" * len(peers) + " --- |")
for t, name in enumerate(names):
    for s in ["hits", "misses", "mix"]:
        ours = median[(t, s, "ours")]
        best = min(median[(t, s, p)] for p in peers)
        cells = [f"{median[(t, s, p)]:.2f}" for p in peers]
        print(f"| {name} | {s} | {ours:.2f} | " + " | ".join(cells) + f" | {ours / best:.2f} |")
PY
rm -f "$out"
command -v valgrind >/dev/null || exit 0
echo
echo "instructions per lookup / simulated mispredictions per 1,000 lookups, net of the harness"
echo
echo "| codes | stream | ours | hashmap_foldhash | match |"
echo "| --- | --- | --- | --- | --- |"
count() {
    valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes \
        --cachegrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null |
        awk '/I *refs:/ { gsub(",", "", $4); i = $4 } /Mispredicts:/ { gsub(",", "", $3); m = $3 } END { print i, m }'
}
for t in 0 1; do
    for s in "${streams[@]}"; do
        read -r h1 hm1 < <(count "$t" harness "$s" 1)
        read -r h3 hm3 < <(count "$t" harness "$s" 3)
        row="| ${names[$t]} | $s |"
        for c in "${contenders[@]}"; do
            read -r i1 m1 < <(count "$t" "$c" "$s" 1)
            read -r i3 m3 < <(count "$t" "$c" "$s" 3)
            row+=$(python3 -c "q = 2 * 65536; print(f' {(($i3 - $i1) - ($h3 - $h1)) / q:.1f} / {max(0, (($m3 - $m1) - ($hm3 - $hm1)) / q * 1000):.0f} |', end='')")
        done
        echo "$row"
    done
done
