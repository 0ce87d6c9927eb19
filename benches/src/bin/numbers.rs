//! Runs one `from_i64` contender over one stream of numbers of one table,
//! for `benches/numbers.sh` (timed, pinned) and cachegrind.
//!
//! Usage: `numbers TABLE CONTENDER STREAM ROUNDS [time]`, with TABLE an
//! index into `benches::numbers::TABLES`, CONTENDER one of its
//! `CONTENDERS` or `harness` (no lookup: the loop alone), STREAM one of its
//! `STREAMS`. Prints how many numbers were found; with `time`, also the
//! median over the rounds of the nanoseconds per lookup.

use benches::numbers::{CONTENDERS, STREAMS, TABLES, Visit};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

struct Run {
    contender: String,
    queries: Vec<i64>,
    rounds: usize,
    time: bool,
    done: bool,
}

impl Run {
    fn go<R>(&mut self, lookup: impl Fn(i64) -> Option<R>) {
        let mut found = 0;
        let mut times = Vec::with_capacity(self.rounds);
        for _ in 0..self.rounds {
            let start = Instant::now();
            for &query in &self.queries {
                found += usize::from(black_box(lookup(black_box(query))).is_some());
            }
            times.push(start.elapsed().as_secs_f64() * 1e9 / self.queries.len() as f64);
        }
        println!("{found}");
        if self.time {
            times.sort_by(f64::total_cmp);
            println!("{:.3}", times[times.len() / 2]);
        }
        self.done = true;
    }
}

impl Visit for Run {
    fn visit<R>(&mut self, contender: &'static str, lookup: impl Fn(i64) -> Option<R>) {
        if contender == self.contender {
            self.go(lookup);
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (table, contender, stream, rounds, time) = match args.as_slice() {
        [t, c, s, r] => (t, c, s, r, false),
        [t, c, s, r, time] if time == "time" => (t, c, s, r, true),
        _ => {
            eprintln!("usage: numbers TABLE CONTENDER STREAM ROUNDS [time]");
            return ExitCode::FAILURE;
        }
    };
    let (Ok(table), Ok(rounds)) = (table.parse::<usize>(), rounds.parse::<usize>()) else {
        eprintln!("TABLE and ROUNDS are numbers");
        return ExitCode::FAILURE;
    };
    if table >= TABLES.len() || !STREAMS.contains(&stream.as_str()) || rounds == 0 {
        eprintln!("TABLE is 0 or 1, STREAM one of {STREAMS:?}, ROUNDS at least 1");
        return ExitCode::FAILURE;
    }
    let numbers = benches::numbers::numbers(table);
    let mut run = Run {
        contender: contender.clone(),
        queries: benches::numbers::stream(&numbers, stream),
        rounds,
        time,
        done: false,
    };
    if contender == "harness" {
        run.go(Some);
    } else {
        benches::numbers::contenders(table, &mut run);
    }
    if !run.done {
        eprintln!("CONTENDER is harness or one of {CONTENDERS:?}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
