//! The `from_i64` benchmark: numbers looked up in a table of numeric codes,
//! against an integer `match` (written by `build.rs`) and foldhash's
//! `HashMap<i64, u16>`, on random streams of numbers.

use error_codes_core::error_codes;
use std::collections::HashSet;

/// HTTP's 62 statuses, 100 to 599: close together, so `from_i64` reads a
/// table indexed by the number.
#[error_codes(csv = "data/http_status.csv", code_macro = false)]
pub enum HttpStatus {}

/// 1,000 numbers spread over 10000 to 99999 (`data/generate.sh`): too far
/// apart for that table, so `from_i64` looks up the decimal text.
#[error_codes(csv = "data/numbers_1000.csv", code_macro = false)]
pub enum Numbers1000 {}

/// The tables of numbers.
pub const TABLES: [&str; 2] = ["62 (HTTP)", "1,000 (sparse)"];

/// The contenders, ours first.
pub const CONTENDERS: [&str; 3] = ["ours", "hashmap_foldhash", "match"];

/// The streams: numbers of the table, numbers between and around them that
/// are not, and 90 % of the first with 10 % of the second.
pub const STREAMS: [&str; 3] = ["hits", "misses", "mix"];

/// Something run over each contender of a table.
pub trait Visit {
    fn visit<R>(&mut self, contender: &'static str, lookup: impl Fn(i64) -> Option<R>);
}

/// The codes of table `table` as numbers, in row order.
pub fn numbers(table: usize) -> Vec<i64> {
    match table {
        0 => HttpStatus::ALL.iter().map(|v| v.as_i64()).collect(),
        _ => Numbers1000::ALL.iter().map(|v| v.as_i64()).collect(),
    }
}

/// Runs `visitor` over the contenders of table `table`.
pub fn contenders(table: usize, visitor: &mut impl Visit) {
    let numbers = numbers(table);
    let fold: foldhash::HashMap<i64, u16> = numbers
        .iter()
        .enumerate()
        .map(|(row, &number)| (number, row as u16))
        .collect();
    match table {
        0 => {
            visitor.visit("ours", HttpStatus::from_i64);
            visitor.visit("hashmap_foldhash", |n| fold.get(&n).copied());
            visitor.visit("match", crate::http_status_match);
        }
        _ => {
            visitor.visit("ours", Numbers1000::from_i64);
            visitor.visit("hashmap_foldhash", |n| fold.get(&n).copied());
            visitor.visit("match", crate::numbers_1000_match);
        }
    }
}

/// Stream `stream` over `numbers`: [`crate::STREAM`] numbers, the same on
/// every run. Misses are drawn from the numbers' range widened by a tenth
/// on each side, never a code.
pub fn stream(numbers: &[i64], stream: &str) -> Vec<i64> {
    let known: HashSet<i64> = numbers.iter().copied().collect();
    let (min, max) = (
        *numbers.iter().min().unwrap_or(&0),
        *numbers.iter().max().unwrap_or(&0),
    );
    let margin = (max - min) / 10 + 1;
    let mut random = crate::Random(0x0005_EED1 ^ stream.len() as u64);
    let miss = |random: &mut crate::Random| loop {
        let n = min - margin + random.below((max - min + 2 * margin) as usize) as i64;
        if !known.contains(&n) {
            break n;
        }
    };
    (0..crate::STREAM)
        .map(|_| match stream {
            "hits" => numbers[random.below(numbers.len())],
            "misses" => miss(&mut random),
            _ if random.below(10) == 0 => miss(&mut random),
            _ => numbers[random.below(numbers.len())],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Answers(Vec<i64>, Vec<Vec<Option<usize>>>);

    impl Visit for Answers {
        fn visit<R>(&mut self, _: &'static str, lookup: impl Fn(i64) -> Option<R>) {
            let numbers = self.0.clone();
            let found: Vec<Option<usize>> = numbers.iter().map(|&n| lookup(n).map(|_| 0)).collect();
            self.1.push(found);
        }
    }

    #[test]
    fn every_contender_finds_exactly_the_codes_of_every_stream() {
        for table in 0..TABLES.len() {
            let numbers = numbers(table);
            let known: HashSet<i64> = numbers.iter().copied().collect();
            for name in STREAMS {
                let queries = stream(&numbers, name);
                let expected: Vec<Option<usize>> = queries
                    .iter()
                    .map(|n| known.contains(n).then_some(0))
                    .collect();
                let mut answers = Answers(queries, Vec::new());
                contenders(table, &mut answers);
                assert_eq!(answers.1.len(), CONTENDERS.len());
                for found in answers.1 {
                    assert!(found == expected, "table {table}, stream {name}");
                }
            }
        }
    }
}
