//! `from_code` against `phf`, frozen-collections, `quickphf`, std
//! `HashMap` with SipHash and with foldhash, and a string `match`, on the
//! same tables and the same long random query streams (`benches::stream`).
//! One iteration answers a whole stream of 65,536 queries; criterion's
//! throughput gives the time per lookup. Every contender hands back its
//! answer as a value (our variant, the others' row), which the loop keeps
//! with `black_box`, so no lookup is skipped or cut short.

use benches::{STREAMS, TABLES, Visit};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

struct Bench<'g, 'c> {
    group: &'g mut BenchmarkGroup<'c, WallTime>,
    stream: &'static str,
    queries: Vec<&'static str>,
}

impl Visit for Bench<'_, '_> {
    fn visit<R>(&mut self, contender: &'static str, lookup: impl Fn(&str) -> Option<R>) {
        let queries = &self.queries;
        self.group
            .bench_function(format!("{contender}/{}", self.stream), |b| {
                b.iter(|| {
                    for &query in queries {
                        black_box(lookup(black_box(query)));
                    }
                })
            });
    }
}

fn from_code(c: &mut Criterion) {
    for (table, name) in TABLES.iter().enumerate() {
        let codes = benches::codes(table);
        let mut group = c.benchmark_group(format!("from_code/{name}"));
        for stream in STREAMS {
            let queries = benches::stream(&codes, stream);
            group.throughput(Throughput::Elements(queries.len() as u64));
            benches::contenders(
                table,
                &mut Bench {
                    group: &mut group,
                    stream,
                    queries,
                },
            );
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Short runs: 112 benchmarks finish in a few minutes on two cores.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20);
    targets = from_code
}
criterion_main!(benches);
