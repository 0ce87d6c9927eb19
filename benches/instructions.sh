#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind: the same number on every run
# and whatever else the machine is doing, unlike nanoseconds on a shared
# 2-core machine. Each contender answers every query of a table for 1 round
# and for 11 rounds; the difference, divided by 10 rounds of queries, is the
# cost of one lookup, with the set-up (building the queries and tables)
# cancelled out. Every contender is called through the same boxed closure;
# the instructions of that loop and call alone (a "harness" contender that
# looks nothing up) are subtracted, so the numbers are the lookups' own.
#
# Usage: benches/instructions.sh   (needs valgrind; installs it if missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
cargo build --release --quiet -p benches --bin instructions --manifest-path "$here/Cargo.toml"
bin="$(cd "$here/.." && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/instructions"

count() { # table contender kind rounds -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null |
        awk '/Collected :/ { print $4 }'
}

tables=("126 (seed)" "260 (SQLSTATE)" "1,000" "10,000")
sizes=(126 260 1000 10000)
echo "instructions per lookup, net of the harness, hit / near miss (x = times more than from_code)"
echo
echo "| contender | ${tables[*]/%/ |}" | sed 's/ | / | /g'
echo "| --- | --- | --- | --- | --- |"
declare -A ours harness
for t in 0 1 2 3; do
    for kind in hit miss; do
        one=$(count "$t" harness "$kind" 1)
        eleven=$(count "$t" harness "$kind" 11)
        harness[$t$kind]=$(python3 -c "print(($eleven - $one) / (10 * ${sizes[$t]}))")
    done
done
for contender in ours phf hashmap match; do
    row="| $contender |"
    for t in 0 1 2 3; do
        cell=""
        for kind in hit miss; do
            one=$(count "$t" "$contender" "$kind" 1)
            eleven=$(count "$t" "$contender" "$kind" 11)
            per=$(python3 -c "print(round(($eleven - $one) / (10 * ${sizes[$t]}) - ${harness[$t$kind]}, 1))")
            if [ "$contender" = ours ]; then
                ours[$t$kind]=$per
                cell+="$per / "
            else
                cell+="$per ($(python3 -c "print(round($per / ${ours[$t$kind]}, 1))")x) / "
            fi
        done
        row+=" ${cell% / } |"
    done
    echo "$row"
done
