#!/usr/bin/env bash
# `error-codes import` on generated pages of growing size: Markdown tables
# of 4,000 to 1,000,000 rows, an HTML page of huge spans, HTML nested
# 20,000 deep. Prints seconds (wall clock, one run each: the machine is
# shared, so read the ratios between sizes, not the numbers) and peak
# memory. Linear reading keeps the time per row flat from 4,000 rows to a
# million. With a second binary (an older build), runs it too on the pages
# it finishes within 120 s, as the baseline of the same run.
#
# Usage: benches/import.sh [BASELINE-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p error-codes-cli
new=target/release/error-codes
old="${1:-}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
for n in (4000, 20000, 100000, 1000000):
    with open(f"{d}/rows-{n}.md", "w") as f:
        f.write("# Errors\n\n| Code | Description |\n|---|---|\n")
        for i in range(n):
            f.write(f"| E.{i:07d} | The thing number {i} failed, try again. |\n")
cells = '<td colspan="1000" rowspan="1000">x</td>' * 20
with open(f"{d}/spans.html", "w") as f:
    f.write("<table><tr><th>Code</th><th>Description</th></tr>\n" + f"<tr>{cells}</tr>\n" * 30 + "</table>")
with open(f"{d}/deep.html", "w") as f:
    f.write("<table><tr><th>Code</th><th>Description</th></tr><tr><td>A.1</td><td>"
            + "<div>" * 20000 + "x" + "</div>" * 20000 + "</td></tr></table>")
PY
run() { # binary page -> "seconds peak-MB"
    /usr/bin/time -f "%e %M" timeout 120 "$1" import "$2" >/dev/null 2>"$dir/err" || true
    tail -1 "$dir/err" | awk '{ printf "%s %.0f\n", $1, $2 / 1024 }'
}
printf '%-18s %10s %14s %10s %9s\n' page bytes "s (per 1k rows)" "peak MB" baseline
for page in rows-4000.md rows-20000.md rows-100000.md rows-1000000.md spans.html deep.html; do
    bytes=$(stat -c %s "$dir/$page")
    read -r s mb < <(run "$new" "$dir/$page")
    rows=$(echo "$page" | sed -n 's/rows-\([0-9]*\).md/\1/p')
    per=""
    [ -n "$rows" ] && per=$(echo "$s * 1000 / $rows" | bc -l | xargs printf '(%.4f)')
    base="-"
    if [ -n "$old" ] && [ "$page" != rows-1000000.md ]; then
        read -r bs bmb < <(run "$old" "$dir/$page")
        base="${bs}s/${bmb}MB"
    fi
    printf '%-18s %10s %6s %8s %10s %9s\n' "$page" "$bytes" "$s" "$per" "$mb" "$base"
done
