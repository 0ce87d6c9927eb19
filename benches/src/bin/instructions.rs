//! Runs one contender over one table's queries a given number of rounds,
//! for `benches/instructions.sh`, which counts the instructions under
//! callgrind: a measure the noise of a shared machine cannot move.
//!
//! Usage: `instructions TABLE CONTENDER KIND ROUNDS`, with TABLE an index
//! into `benches::tables()`, CONTENDER one of `harness` (no lookup, the
//! loop and the call alone), `ours`, `phf`, `hashmap`, `match`, and KIND
//! `hit` or `miss`.

use std::hint::black_box;
use std::process::ExitCode;

/// A contender: a code to its row, or nothing.
type Lookup<'a> = dyn Fn(&str) -> Option<usize> + 'a;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [table, contender, kind, rounds] = args.as_slice() else {
        eprintln!("usage: instructions TABLE CONTENDER KIND ROUNDS");
        return ExitCode::FAILURE;
    };
    let (Ok(table), Ok(rounds)) = (table.parse::<usize>(), rounds.parse::<usize>()) else {
        eprintln!("TABLE and ROUNDS are numbers");
        return ExitCode::FAILURE;
    };
    let Some(table) = benches::tables().into_iter().nth(table) else {
        eprintln!("no table {table}");
        return ExitCode::FAILURE;
    };
    let queries = match kind.as_str() {
        "hit" => table.hits(),
        "miss" => table.near_misses(),
        _ => {
            eprintln!("KIND is hit or miss");
            return ExitCode::FAILURE;
        }
    };
    let map = table.hash_map();
    let lookup: Box<Lookup<'_>> = match contender.as_str() {
        // The loop and the call alone, to subtract from the others.
        "harness" => Box::new(|code| Some(code.len())),
        "ours" => Box::new(|code| (table.ours)(code)),
        "phf" => Box::new(|code| table.phf.get(code).map(|&row| usize::from(row))),
        "hashmap" => Box::new(|code| map.get(code).map(|&row| usize::from(row))),
        "match" => Box::new(|code| (table.string_match)(code).map(usize::from)),
        _ => {
            eprintln!("CONTENDER is harness, ours, phf, hashmap or match");
            return ExitCode::FAILURE;
        }
    };
    let mut found = 0;
    for _ in 0..rounds {
        for &query in &queries {
            found += usize::from(black_box(lookup(black_box(query))).is_some());
        }
    }
    println!("{found}");
    ExitCode::SUCCESS
}
