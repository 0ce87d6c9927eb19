//! Filling a row's placeholders: building a `Formatted` with the
//! checked-code macro and with `fill`, and displaying one, against
//! `format!` of the same text in the same run.

use criterion::{Criterion, criterion_group, criterion_main};
use error_codes_core::error_codes;
use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

/// Two rows with placeholders, one positional, one with two names.
#[error_codes(csv = "data/templates.csv")]
pub enum Templates {}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("formatted/build");
    group.bench_function("macro_positional", |b| {
        b.iter(|| templates!("T.2", black_box("flavor")))
    });
    group.bench_function("format_positional", |b| {
        b.iter(|| format!("Invalid {} parameter in the request.", black_box("flavor")))
    });
    group.bench_function("fill_positional", |b| {
        let code = templates!("T.2");
        b.iter(|| black_box(code).fill(&[&black_box("flavor")]))
    });
    group.bench_function("macro_named", |b| {
        b.iter(|| {
            templates!(
                "T.1",
                user_id = black_box(42_u32),
                group = black_box("admins")
            )
        })
    });
    group.bench_function("format_named", |b| {
        b.iter(|| {
            format!(
                "User {} not found in {}.",
                black_box(42_u32),
                black_box("admins")
            )
        })
    });
    group.finish();
}

fn display(c: &mut Criterion) {
    let mut group = c.benchmark_group("formatted/display");
    let filled = templates!("T.1", user_id = 42_u32, group = "admins");
    let formatted = format!("T.1: User {} not found in {}.", 42_u32, "admins");
    assert_eq!(filled.to_string(), formatted);
    let mut sink = String::with_capacity(256);
    group.bench_function("formatted", |b| {
        b.iter(|| {
            sink.clear();
            let _ = write!(sink, "{}", black_box(&filled));
            black_box(sink.len())
        })
    });
    group.bench_function("string_of_format", |b| {
        b.iter(|| {
            sink.clear();
            let _ = write!(sink, "{}", black_box(&formatted));
            black_box(sink.len())
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: seven benchmarks in about 15 seconds.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30);
    targets = build, display
}
criterion_main!(benches);
