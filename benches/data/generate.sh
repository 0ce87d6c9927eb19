#!/bin/sh
# Writes the synthetic tables of the benchmarks, shaped like the seed's
# codes.csv (`Namespace.NNNN`, a module column): row i is in namespace
# i mod 25, numbered by i div 25. Deterministic: the same files every run.
#
# Usage: generate.sh              the 1,000- and 10,000-row tables here
#        generate.sh ROWS FILE    a table of ROWS rows (compile.sh's curve)
set -eu
table() { # rows
    awk -v rows="$1" 'BEGIN {
        split("VolumeBackup Snapshot common Compute Image Network Quota Identity Billing " \
              "ObjectStorage Dns LoadBalancer Vpc Kms Queue Metrics AutoScaling Database " \
              "Cdn Firewall Tagging Iam Scheduler Gateway ContainerRegistry", ns, " ")
        print "module,code,description"
        for (i = 0; i < rows; i++) {
            space = ns[i % 25 + 1]
            printf "%s,%s.%04d,Synthetic error %d of the %s service.\n", space, space, int(i / 25), i, space
        }
    }'
}
if [ $# -eq 2 ]; then
    table "$1" >"$2"
    exit 0
fi
cd "$(dirname "$0")"
for rows in 1000 10000; do
    table "$rows" >"synthetic_$rows.csv"
done
# The same 10,000 rows with inline Markdown in every description (strong,
# a literal, a link), so that every description goes through the parser.
awk 'BEGIN {
    split("VolumeBackup Snapshot common Compute Image Network Quota Identity Billing " \
          "ObjectStorage Dns LoadBalancer Vpc Kms Queue Metrics AutoScaling Database " \
          "Cdn Firewall Tagging Iam Scheduler Gateway ContainerRegistry", ns, " ")
    print "module,code,description"
    for (i = 0; i < 10000; i++) {
        space = ns[i % 25 + 1]
        printf "%s,%s.%04d,Synthetic error **%d** of the `%s` service; see [the docs](https://example.com/%d).\n", space, space, int(i / 25), i, space, i
    }
}' > synthetic_markup_10000.csv
# 1,000 numeric codes spread over 10000 to 99999 (row i is 10000 + 7919 i
# mod 90000, all distinct: 7919 is prime), too far apart for `from_i64`'s
# table by number: the `from_i64` benchmark's sparse table.
awk 'BEGIN {
    print "code,description"
    for (i = 0; i < 1000; i++) printf "%d,Synthetic numeric code %d.\n", 10000 + (i * 7919) % 90000, i
}' > numbers_1000.csv
