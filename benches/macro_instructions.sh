#!/usr/bin/env bash
# Instructions of the macro's own run on the 10,000-row crates of
# benches/compile.sh, counted by callgrind: the same number on every run,
# whatever else the machine is doing, where its milliseconds move by a
# factor of two on a busy shared machine. Each crate's rustc is run under
# callgrind with `--emit=metadata` (no code generation), and the count is
# the inclusive cost of the macro's entry point, `error_codes_macro::
# error_codes`: reading, parsing, checking, generating, and rustc lexing
# the text the macro hands it. Also printed: the whole rustc run.
#
# Usage: benches/macro_instructions.sh [crate...]
#   (default: generated checked columns; run benches/compile.sh first, which
#   writes the crates; needs valgrind, installed if missing)
# ERROR_CODES_REPO=/other/checkout counts that checkout's crates, as
# compile.sh measures them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="${CARGO_TARGET_DIR:-$(dirname "$here")/target}/compile-bench${ERROR_CODES_REPO:+-other}"
[ -d "$work" ] || { echo "no $work: run benches/compile.sh first" >&2; exit 1; }
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
crates=("$@")
[ ${#crates[@]} -gt 0 ] || crates=(generated checked columns)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cd "$work"
echo "| crate | macro M instructions | rustc --emit=metadata M instructions |"
echo "| --- | --- | --- |"
for name in "${crates[@]}"; do
    touch "$name/src/lib.rs"
    # The command Cargo runs, without code generation, written elsewhere.
    command=$(cargo build --release -p "$name" -v 2>&1 | sed -n 's/^ *Running `\(.*rustc --crate-name '"$name"' .*\)`$/\1/p' | tail -n 1 |
        sed "s/--emit=dep-info,metadata,link/--emit=metadata/; s|--out-dir [^ ]*|--out-dir $out|")
    [ -n "$command" ] || { echo "could not find the rustc command of $name" >&2; exit 1; }
    CARGO_MANIFEST_DIR="$work/$name" eval valgrind --tool=callgrind --callgrind-out-file="$out/$name.cg" "$command" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 "$out/$name.cg" >"$out/$name.txt"
    total=$(awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }' "$out/$name.txt")
    macro=$(awk '/error_codes_macro::error_codes / && !found { gsub(",", "", $1); print $1; found = 1 }' "$out/$name.txt")
    awk -v n="$name" -v m="${macro:-0}" -v t="${total:-0}" 'BEGIN { printf "| %s | %.1f | %.1f |\n", n, m / 1e6, t / 1e6 }'
done
