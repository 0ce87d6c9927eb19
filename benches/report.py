#!/usr/bin/env python3
"""Prints the results of `cargo bench -p benches --bench from_code` as a
Markdown table like `benches/streams.sh`'s: nanoseconds per lookup
(criterion's median estimate over one pass of a stream, divided by its
length), the best peer, and each peer's time as a multiple of ours, all
from the same run."""

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
    contender, stream = meta["function_id"].split("/")
    results[(table, stream, contender)] = estimates["median"]["point_estimate"] / lookups

tables = ["126 (seed)", "260 (SQLSTATE)", "1,000", "10,000"]
streams = [("hits", "hits"), ("typos", "one-byte typos"), ("new", "new codes"), ("mix", "90/10 mix")]
peers = ["phf", "frozen", "quickphf", "hashmap_sip", "hashmap_foldhash", "match"]
print("| codes | stream | from_code | best peer (which) | ours / best | " + " | ".join(peers) + " |")
print("| --- | --- | --- | --- | --- |" + " --- |" * len(peers))
for table in tables:
    for stream, label in streams:
        ours = results.get((table, stream, "ours"))
        found = [p for p in peers if (table, stream, p) in results]
        if ours is None or not found:
            continue
        best = min(found, key=lambda p: results[(table, stream, p)])
        best_ns = results[(table, stream, best)]
        cells = [
            f"{results[(table, stream, p)]:.1f} ({results[(table, stream, p)] / ours:.1f}x)"
            if (table, stream, p) in results
            else "?"
            for p in peers
        ]
        print(f"| {table} | {label} | {ours:.2f} | {best_ns:.2f} ({best}) | {ours / best_ns:.2f} | "
              + " | ".join(cells) + " |")
