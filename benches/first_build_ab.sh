#!/usr/bin/env bash
# Paired first builds of a 3-row attribute crate against two checkouts of
# error-codes, alternating which goes first, each from a fresh target
# directory: wall seconds and CPU seconds (user + system of cargo and every
# rustc it ran), which move less with the machine's load than wall time.
# Whether a change to the crates' layout costs a user's first build.
#
# Usage: benches/first_build_ab.sh OLD_CHECKOUT NEW_CHECKOUT [runs, default 9]
# (for example `git worktree add --detach ../old <commit>` for OLD).
set -euo pipefail
old_repo=$(cd "$1" && pwd)
new_repo=$(cd "$2" && pwd)
runs=${3:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
table=$'code,description\nA.1,The first thing failed.\nA.2,The second thing failed.\nA.3,The third thing failed.\n'
mk() { mkdir -p "$work/$1/src"; printf '%s\n' "$table" > "$work/$1/codes.csv"
cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false
[workspace]
[dependencies]
error-codes-core = { path = "$2/error-codes-core" }
TOML
printf '/// Errors.\n#[error_codes_core::error_codes(csv = "codes.csv")]\npub enum Codes {}\n' > "$work/$1/src/lib.rs"
(cd "$work/$1" && cargo generate-lockfile -q --offline 2>/dev/null || cargo generate-lockfile -q)
}
mk old "$old_repo"; mk new "$new_repo"
b() { rm -rf "$work/$1/target"; (cd "$work/$1" && CARGO_INCREMENTAL=0 /usr/bin/time -f "%e %U %S" -o "$work/$1.time" cargo build -q 2>/dev/null); awk '{printf "%s %.2f", $1, $2+$3}' "$work/$1.time"; }
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then o=$(b old); n=$(b new); else n=$(b new); o=$(b old); fi
  echo "run $i old(wall cpu) $o new(wall cpu) $n"
done
