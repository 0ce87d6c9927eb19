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
    let lookup: Box<dyn Fn(&str) -> bool> = match contender.as_str() {
        // The loop and the call alone, to subtract from the others.
        "harness" => Box::new(|code| code.is_empty()),
        "ours" => Box::new(|code| (table.ours)(code).is_some()),
        "phf" => Box::new(|code| table.phf.get(code).is_some()),
        "hashmap" => Box::new(|code| map.contains_key(code)),
        "match" => Box::new(|code| (table.string_match)(code).is_some()),
        _ => {
            eprintln!("CONTENDER is harness, ours, phf, hashmap or match");
            return ExitCode::FAILURE;
        }
    };
    let mut found = 0;
    for _ in 0..rounds {
        for query in &queries {
            found += usize::from(lookup(black_box(query.as_str())));
        }
    }
    println!("{found}");
    ExitCode::SUCCESS
}
