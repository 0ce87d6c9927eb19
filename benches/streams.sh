#!/usr/bin/env bash
# Nanoseconds per lookup on the long random streams, timed in whole
# processes pinned to one core: each process builds one table's contender
# and stream, answers the stream ROUNDS times and reports the median round;
# the cell is the median of RUNS processes. The contenders of a table take
# turns process by process, so that a busy moment on the shared machine
# falls on all of them alike. Prints Markdown: ns per lookup, and in
# brackets each peer's time as a multiple of ours.
#
# Usage: benches/streams.sh [RUNS [ROUNDS [CPU]]]   (defaults 8, 20, the last CPU)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-8}
rounds=${2:-20}
cpu=${3:-$(($(nproc) - 1))}
cargo build --release --quiet -p benches --bin stream --manifest-path "$here/Cargo.toml"
bin="$(cd "$here/.." && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/stream"

names=("126 (seed)" "260 (SQLSTATE)" "1,000" "10,000")
streams=(hits typos new mix)
contenders=(ours phf frozen quickphf hashmap_sip hashmap_foldhash match)
out=$(mktemp)
for t in 0 1 2 3; do
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
streams = [("hits", "hits"), ("typos", "one-byte typos"), ("new", "new codes"), ("mix", "90/10 mix")]
peers = ["phf", "frozen", "quickphf", "hashmap_sip", "hashmap_foldhash", "match"]
print("| codes | stream | from_code | best peer (which) | ours / best | " + " | ".join(peers) + " |")
print("| --- | --- | --- | --- | --- |" + " --- |" * len(peers))
for t, name in enumerate(names):
    for s, label in streams:
        ours = median[(t, s, "ours")]
        best = min(peers, key=lambda p: median[(t, s, p)])
        cells = [f"{median[(t, s, p)]:.1f} ({median[(t, s, p)] / ours:.1f}x)" for p in peers]
        print(f"| {name} | {label} | {ours:.2f} | {median[(t, s, best)]:.2f} ({best}) | "
              f"{ours / median[(t, s, best)]:.2f} | " + " | ".join(cells) + " |")
PY
rm -f "$out"
