#!/bin/sh
# Writes the synthetic tables of the benchmarks, shaped like the seed's
# codes.csv (`Namespace.NNNN`, a module column): row i is in namespace
# i mod 25, numbered by i div 25. Deterministic: the same files every run.
set -eu
cd "$(dirname "$0")"
for rows in 1000 10000; do
    awk -v rows="$rows" 'BEGIN {
        split("VolumeBackup Snapshot common Compute Image Network Quota Identity Billing " \
              "ObjectStorage Dns LoadBalancer Vpc Kms Queue Metrics AutoScaling Database " \
              "Cdn Firewall Tagging Iam Scheduler Gateway ContainerRegistry", ns, " ")
        print "module,code,description"
        for (i = 0; i < rows; i++) {
            space = ns[i % 25 + 1]
            printf "%s,%s.%04d,Synthetic error %d of the %s service.\n", space, space, int(i / 25), i, space
        }
    }' > "synthetic_$rows.csv"
done
