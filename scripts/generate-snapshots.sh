#!/usr/bin/env bash
# Writes again the files of tests/generated/src with `error-codes generate`,
# as listed in tests/generated/src/lib.rs (FILES). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
BLESS=1 cargo test -q -p error-codes-cli --test generate
