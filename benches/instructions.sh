#!/usr/bin/env bash
# Instructions and simulated branch mispredictions per lookup, on the long
# random streams, counted by cachegrind (`--branch-sim=yes`): the same
# numbers on every run and whatever else the machine is doing, unlike
# nanoseconds on a shared 2-core machine (this VM exposes no hardware
# counters). Each contender answers its stream for 1 round and for 3
# rounds; the difference, divided by 2 rounds of queries, is the cost of
# one lookup, with the set-up (building the stream and the tables)
# cancelled out. The same loop with no lookup in it ("harness") is
# subtracted, so the numbers are the lookups' own.
#
# cachegrind's predictor is a simple model (a table of 2-bit counters for
# conditional branches), not the processor's: read the mispredictions as
# what a branch does on a stream no predictor can learn, not as a count of
# the hardware's.
#
# Usage: benches/instructions.sh [TABLE...]   (TABLE 0 to 3; all by default;
# needs valgrind, installed with apt-get if missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
cargo build --release --quiet -p benches --bin stream --manifest-path "$here/Cargo.toml"
bin="$(cd "$here/.." && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/stream"

tables=("$@")
[ ${#tables[@]} -gt 0 ] || tables=(0 1 2 3)
names=("126 (seed)" "260 (SQLSTATE)" "1,000" "10,000")
streams=(hits typos new mix)
contenders=(ours phf frozen quickphf hashmap_sip hashmap_foldhash match)
queries=65536

count() { # table contender stream rounds -> "instructions mispredictions"
    valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes \
        --cachegrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null |
        awk '/I *refs:/ { gsub(",", "", $4); i = $4 }
             /Mispredicts:/ { gsub(",", "", $3); m = $3 }
             END { print i, m }'
}

per_lookup() { # table contender stream -> "instructions mispredictions" per lookup
    read -r i1 m1 < <(count "$1" "$2" "$3" 1)
    read -r i3 m3 < <(count "$1" "$2" "$3" 3)
    python3 -c "print(($i3 - $i1) / (2 * $queries), ($m3 - $m1) / (2 * $queries))"
}

for t in "${tables[@]}"; do
    echo "### ${names[$t]} codes"
    echo
    echo "instructions per lookup / simulated mispredictions per 1,000 lookups, net of the harness"
    echo
    echo "| contender | hits | one-byte typos | new codes | 90/10 mix |"
    echo "| --- | --- | --- | --- | --- |"
    declare -A base=()
    for s in "${streams[@]}"; do
        base[$s]=$(per_lookup "$t" harness "$s")
    done
    for c in "${contenders[@]}"; do
        row="| $c |"
        for s in "${streams[@]}"; do
            read -r hi hm <<<"${base[$s]}"
            read -r ci cm < <(per_lookup "$t" "$c" "$s")
            row+=$(python3 -c "print(f' {$ci - $hi:.1f} / {max(0.0, ($cm - $hm) * 1000):.0f} |', end='')")
        done
        echo "$row"
    done
    echo
done
