#!/usr/bin/env bash
# The first build a user waits for: a new crate with a 3-row table, debug,
# crates already downloaded, each from a fresh target directory, in one run
# (alternating, median of N) so that the ratios hold on a noisy machine:
#   attribute   error-codes-core (default features), #[error_codes] on the table
#   generated   error-codes-core with default-features = false and the file
#               `error-codes generate` writes for the same table
#   derives     the same enum written with thiserror + strum derives
#   base        a service crate that already builds serde (derive), serde_json
#               and thiserror 2: syn for their proc macros (syn 3 for both
#               serde_derive 1.0.229 and thiserror-impl 2.0.21, with the
#               `full` feature), which ours then share
#   base_codes  that project with error-codes-core and the attribute added
#   base_floor  that project with an attribute macro that reads its input
#               with syn and gives it back: what any such macro adds
#   base_syn2, base_syn2_codes
#               the same on serde 1.0.219 and thiserror 1, whose proc macros
#               build syn 2: ours add syn 3
# Every build runs with CARGO_INCREMENTAL=0: our crates are path
# dependencies here, which Cargo would build incrementally (slower the first
# time), where a user's crates.io dependencies never are.
# Prints seconds per build and the ratios BENCHMARKS.md reports, and, where
# /usr/bin/time exists, the CPU seconds the build's rustc processes took.
#
# Usage: benches/first_build.sh [runs, default 3]
# ERROR_CODES_REPO=/other/checkout builds that checkout's crates instead
# (the `generated` crate is skipped where it has no `generate` command).
set -euo pipefail
runs=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
repo=${ERROR_CODES_REPO:-$(dirname "$here")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

table=$'code,description\nA.1,The first thing failed.\nA.2,The second thing failed.\nA.3,The third thing failed.\n'
make_crate() { # name, dependencies, source
    mkdir -p "$work/$1/src"
    printf '%s\n' "$table" >"$work/$1/codes.csv"
    cat >"$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false
[workspace]
[dependencies]
$2
TOML
    printf '%s\n' "$3" >"$work/$1/src/lib.rs"
}
attribute_source='/// Errors.
#[error_codes_core::error_codes(csv = "codes.csv")]
pub enum Codes {}'
make_crate attribute "error-codes-core = { path = \"$repo/error-codes-core\" }" "$attribute_source"
make_crate derives 'thiserror = "2"
strum = { version = "0.27", features = ["derive"] }' '/// Errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error, strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]
pub enum Codes {
    /// The first thing failed.
    #[error("A.1: The first thing failed.")]
    #[strum(serialize = "A.1")]
    A1,
    /// The second thing failed.
    #[error("A.2: The second thing failed.")]
    #[strum(serialize = "A.2")]
    A2,
    /// The third thing failed.
    #[error("A.3: The third thing failed.")]
    #[strum(serialize = "A.3")]
    A3,
}'
base_deps='serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "2"'
base_source='/// Uses each dependency once.
pub fn touch() -> Result<usize, Failed> { Ok(serde_json::to_string(&Row { a: 1 }).map_err(|_| Failed)?.len()) }
#[derive(serde::Serialize)]
struct Row { a: u8 }
/// Why touching failed.
#[derive(Debug, thiserror::Error)]
#[error("failed")]
pub struct Failed;'
make_crate base "$base_deps" "$base_source"
make_crate base_codes "$base_deps
error-codes-core = { path = \"$repo/error-codes-core\" }" "$base_source
$attribute_source"
base_syn2_deps='serde = { version = "=1.0.219", features = ["derive"] }
serde_json = "1"
thiserror = "1"'
make_crate base_syn2 "$base_syn2_deps" "$base_source"
make_crate base_syn2_codes "$base_syn2_deps
error-codes-core = { path = \"$repo/error-codes-core\" }" "$base_source
$attribute_source"
# The floor: the least any attribute macro adds to that project, one that
# reads its input with syn (the features ours use) and gives it back.
mkdir -p "$work/floor_macro/src"
cat >"$work/floor_macro/Cargo.toml" <<'TOML'
[package]
name = "floor_macro"
version = "0.0.0"
edition = "2021"
publish = false
[lib]
proc-macro = true
[dependencies]
syn = { version = "3.0.10", default-features = false, features = ["parsing", "printing", "proc-macro", "clone-impls"] }
TOML
cat >"$work/floor_macro/src/lib.rs" <<'RUST'
//! Reads `csv = "..."` and gives the item back.
use syn::parse::{ParseStream, Parser};
fn csv(input: ParseStream) -> syn::Result<syn::LitStr> {
    input.parse::<syn::Ident>()?;
    input.parse::<syn::Token![=]>()?;
    input.parse()
}
#[proc_macro_attribute]
pub fn error_codes(args: proc_macro::TokenStream, item: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match csv.parse(args) {
        Ok(_) => item,
        Err(error) => error.to_compile_error().into(),
    }
}
RUST
make_crate base_floor "$base_deps
floor_macro = { path = \"$work/floor_macro\" }" "$base_source
/// Errors.
#[floor_macro::error_codes(csv = \"codes.csv\")]
pub enum Codes {}"
crates=(attribute derives base base_codes base_floor base_syn2 base_syn2_codes)
if [ -x "$repo/target/debug/error-codes" ] || cargo build -q --manifest-path "$repo/Cargo.toml" -p error-codes-cli 2>/dev/null; then
    make_crate generated "error-codes-core = { path = \"$repo/error-codes-core\", default-features = false }" "mod codes;
pub use codes::Codes;"
    (cd "$work/generated" && "$repo/target/debug/error-codes" generate codes.csv --enum Codes -o src/codes.rs)
    crates+=(generated)
fi
# Where /usr/bin/time exists, every rustc runs under it, so that each build
# also gives the CPU seconds (user + system) its compilers took: what our
# crates cost in compiling, which moves less with the machine's load than
# the wall time the targets are stated in.
wrapper= # empty: no wrapper, whatever the environment set
cpu_of() { echo "-"; }
if [ -x /usr/bin/time ]; then
    cat >"$work/time-rustc" <<'WRAP'
#!/usr/bin/env bash
exec /usr/bin/time -f "%U %S" -o "$CPU_DIR/$$.$RANDOM" "$@"
WRAP
    chmod +x "$work/time-rustc"
    wrapper="$work/time-rustc"
    cpu_of() { cat "$1"/* 2>/dev/null | awk '{ s += $1 + $2 } END { printf "%.2f", s }'; }
fi
# Fetch once, so that no build downloads.
for name in "${crates[@]}"; do cargo fetch -q --manifest-path "$work/$name/Cargo.toml"; done

declare -A times cpus
for run in $(seq "$runs"); do
    for name in "${crates[@]}"; do
        rm -rf "$work/target-$name" "$work/cpu"
        mkdir "$work/cpu"
        start=$(date +%s.%N)
        RUSTC_WRAPPER="$wrapper" CPU_DIR="$work/cpu" CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target-$name" cargo build -q --offline --manifest-path "$work/$name/Cargo.toml"
        end=$(date +%s.%N)
        times[$name]+="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }') "
        cpus[$name]+="$(cpu_of "$work/cpu") "
    done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "| crate | first build, s (median of $runs) | runs | rustc CPU, s (median) |"
echo "| --- | --- | --- | --- |"
declare -A med
for name in "${crates[@]}"; do
    med[$name]=$(median "${times[$name]}")
    echo "| $name | ${med[$name]} | ${times[$name]}| $(median "${cpus[$name]}") |"
done
echo
awk -v a="${med[attribute]}" -v d="${med[derives]}" 'BEGIN { printf "attribute / derives: %.2fx (target 1.2x)\n", a / d }'
# Each run builds the two crates one after the other: the ratio within a
# run cancels the machine's slower and faster minutes, which the ratio of
# the medians does not.
# The median of one line per run: $1's time against $2's, by awk's $3.
paired() { paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) | awk "{ printf \"%.3f\\n\", $3 }" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "attribute / derives, median of the runs' own ratios: $(paired "${times[attribute]}" "${times[derives]}" '$1 / $2')x"
echo "added to base, median of the runs' own differences: $(paired "${times[base_codes]}" "${times[base]}" '$1 - $2') s"
awk -v b="${med[base]}" -v c="${med[base_codes]}" 'BEGIN { printf "added to a project with serde, serde_json, thiserror: %.1f s (target 3 s)\n", c - b }'
echo "added to that project on syn 2, median of the runs' own differences: $(paired "${times[base_syn2_codes]}" "${times[base_syn2]}" '$1 - $2') s"
echo "a macro that gives its input back, added to base, median of the runs' own differences: $(paired "${times[base_floor]}" "${times[base]}" '$1 - $2') s"
if [ -x /usr/bin/time ]; then
    echo "rustc CPU added to base, median of the runs' own differences: $(paired "${cpus[base_codes]}" "${cpus[base]}" '$1 - $2') s; on syn 2: $(paired "${cpus[base_syn2_codes]}" "${cpus[base_syn2]}" '$1 - $2') s"
fi
if [ -n "${med[generated]:-}" ]; then
    awk -v g="${med[generated]}" -v d="${med[derives]}" 'BEGIN { printf "generated file, runtime alone: %.1f s; / derives: %.2fx\n", g, g / d }'
fi
