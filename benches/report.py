#!/usr/bin/env python3
"""Prints the results of `cargo bench -p benches --bench from_code` as the
Markdown tables of BENCHMARKS.md: nanoseconds per lookup (criterion's
median estimate over one pass of the queries, divided by their number) and
each baseline's time as a multiple of ours, from the same run."""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
results = {}
for bench in root.rglob("new/benchmark.json"):
    meta = json.loads(bench.read_text())
    if not meta["group_id"].startswith("from_code/"):
        continue
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    lookups = meta["throughput"]["Elements"]
    table = meta["group_id"].removeprefix("from_code/")
    contender, kind = meta["function_id"].split("/")
    results[(table, contender, kind)] = estimates["median"]["point_estimate"] / lookups

tables = ["126 (seed)", "260 (SQLSTATE)", "1,000", "10,000"]
contenders = [
    ("ours", "`from_code` (this crate)"),
    ("phf", "`phf::Map` (phf_codegen)"),
    ("hashmap", "std `HashMap`"),
    ("match", "string `match`"),
]
print("ns per lookup, hit / near miss (x = times slower than `from_code`)\n")
print("| contender | " + " | ".join(tables) + " |")
print("| --- |" + " --- |" * len(tables))
for key, label in contenders:
    cells = []
    for table in tables:
        parts = []
        for kind in ["hit", "miss"]:
            ns = results.get((table, key, kind))
            ours = results.get((table, "ours", kind))
            if ns is None:
                parts.append("?")
            elif key == "ours":
                parts.append(f"{ns:.2f}")
            else:
                parts.append(f"{ns:.1f} ({ns / ours:.1f}x)")
        cells.append(" / ".join(parts))
    print(f"| {label} | " + " | ".join(cells) + " |")
