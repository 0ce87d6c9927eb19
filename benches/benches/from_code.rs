//! `from_code` against `phf::Map`, std `HashMap` and a string `match`, on
//! the same tables and the same queries. One iteration answers every query
//! of a list once (each code, or each near miss, in a shuffled order);
//! criterion's throughput gives the time per lookup. Every contender hands
//! back its answer as a value (our variant, the others' row), which the
//! loop keeps with `black_box`, so no lookup is skipped or cut short.

use benches::{SqlState, Synthetic1000, Synthetic10000, Table, Vbs, tables};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// Answers every query, keeping each answer.
#[inline(always)]
fn run<R>(queries: &[&str], lookup: impl Fn(&str) -> Option<R>) {
    for &query in queries {
        black_box(lookup(black_box(query)));
    }
}

/// `ours` and `string_match` are passed as closures, not through the
/// table's function pointers, so that every contender is inlined alike.
fn bench_table<A, B>(
    c: &mut Criterion,
    table: &Table,
    ours: impl Fn(&str) -> Option<A> + Copy,
    string_match: impl Fn(&str) -> Option<B> + Copy,
) {
    let map = table.hash_map();
    let mut group = c.benchmark_group(format!("from_code/{}", table.name));
    for (kind, queries) in [("hit", table.hits()), ("miss", table.near_misses())] {
        group.throughput(Throughput::Elements(queries.len() as u64));
        group.bench_function(format!("ours/{kind}"), |b| b.iter(|| run(&queries, ours)));
        group.bench_function(format!("phf/{kind}"), |b| {
            b.iter(|| run(&queries, |code| table.phf.get(code).copied()))
        });
        group.bench_function(format!("hashmap/{kind}"), |b| {
            b.iter(|| run(&queries, |code| map.get(code).copied()))
        });
        group.bench_function(format!("match/{kind}"), |b| {
            b.iter(|| run(&queries, string_match))
        });
    }
    group.finish();
}

fn from_code(c: &mut Criterion) {
    let tables = tables();
    bench_table(c, &tables[0], Vbs::from_code, benches::vbs_match);
    bench_table(c, &tables[1], SqlState::from_code, benches::sqlstate_match);
    bench_table(
        c,
        &tables[2],
        Synthetic1000::from_code,
        benches::synthetic_1000_match,
    );
    bench_table(
        c,
        &tables[3],
        Synthetic10000::from_code,
        benches::synthetic_10000_match,
    );
}

criterion_group! {
    name = benches;
    // Short runs: 64 benchmarks finish in a few minutes on two cores.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30);
    targets = from_code
}
criterion_main!(benches);
