//! The tables and queries of the `from_code` benchmark.
//!
//! Each table is one CSV, read three ways: by `#[error_codes]` (our
//! `from_code`), and by `build.rs` into a `phf::Map` and a string `match`;
//! the benchmark builds a std `HashMap` from it at run time. Every
//! implementation answers the same queries, so their times compare.

use error_codes_core::error_codes;
use std::collections::{HashMap, HashSet};

include!(concat!(env!("OUT_DIR"), "/baselines.rs"));

/// The 126 codes of the seed table, `codes.csv` at the repository root.
#[error_codes(csv = "../codes.csv", code_macro = false)]
pub enum Vbs {}

/// PostgreSQL's 260 SQLSTATE codes (see `tests/tests/fixtures`).
#[error_codes(csv = "data/sqlstate.csv", code_macro = false)]
pub enum SqlState {}

/// 1,000 synthetic codes shaped like the seed's (`data/generate.sh`).
#[error_codes(csv = "data/synthetic_1000.csv", code_macro = false)]
pub enum Synthetic1000 {}

/// 10,000 synthetic codes shaped like the seed's (`data/generate.sh`).
#[error_codes(csv = "data/synthetic_10000.csv", code_macro = false)]
pub enum Synthetic10000 {}

/// One table and the ways of looking a code up in it, each giving the row.
pub struct Table {
    pub name: &'static str,
    pub codes: Vec<&'static str>,
    pub ours: fn(&str) -> Option<usize>,
    pub phf: &'static phf::Map<&'static str, u16>,
    pub string_match: fn(&str) -> Option<u16>,
}

macro_rules! table {
    ($name:literal, $enum:ident, $phf:ident, $match:ident) => {
        Table {
            name: $name,
            codes: $enum::ALL.iter().map(|value| value.code()).collect(),
            ours: |code| $enum::from_code(code).map(|value| value as usize),
            phf: &$phf,
            string_match: $match,
        }
    };
}

/// The four tables, smallest first.
pub fn tables() -> Vec<Table> {
    vec![
        table!("126 (seed)", Vbs, VBS_PHF, vbs_match),
        table!("260 (SQLSTATE)", SqlState, SQLSTATE_PHF, sqlstate_match),
        table!(
            "1,000",
            Synthetic1000,
            SYNTHETIC_1000_PHF,
            synthetic_1000_match
        ),
        table!(
            "10,000",
            Synthetic10000,
            SYNTHETIC_10000_PHF,
            synthetic_10000_match
        ),
    ]
}

impl Table {
    /// A std `HashMap` from code to row (SipHash, std's default).
    pub fn hash_map(&self) -> HashMap<&'static str, u16> {
        self.codes
            .iter()
            .enumerate()
            .map(|(row, &code)| (code, row as u16))
            .collect()
    }

    /// Every code once, in a fixed shuffled order, so that neither the
    /// branch predictor nor the cache sees the table order. The queries are
    /// slices of one buffer, in the order they are asked (see `contiguous`
    /// in the source for why).
    pub fn hits(&self) -> Vec<&'static str> {
        let mut hits: Vec<&str> = self.codes.clone();
        shuffle(&mut hits);
        contiguous(&hits)
    }

    /// One near miss per code: the code with one byte changed, at a
    /// position that varies from code to code, to a byte of the same kind
    /// (digit for digit, letter for letter) so that the miss looks like a
    /// code; never a code of the table. Shuffled and laid out like
    /// [`Table::hits`].
    pub fn near_misses(&self) -> Vec<&'static str> {
        let known: HashSet<&str> = self.codes.iter().copied().collect();
        let mut misses: Vec<String> = self
            .codes
            .iter()
            .enumerate()
            .map(|(index, code)| near_miss(code, index, &known))
            .collect();
        shuffle(&mut misses);
        contiguous(&misses)
    }
}

/// The queries copied end to end into one buffer, in the order they are
/// asked, and returned as slices of it: the way a service meets codes, in
/// the response it has just read, rather than each in a heap allocation of
/// its own visited in random order (which adds a cache miss per query, to
/// every contender alike, that is the harness's and not the lookup's). The
/// buffer is leaked: a benchmark asks for a few lists per process.
fn contiguous<S: AsRef<str>>(queries: &[S]) -> Vec<&'static str> {
    let text: String = queries.iter().map(AsRef::as_ref).collect();
    let text: &'static str = Box::leak(text.into_boxed_str());
    let mut start = 0;
    queries
        .iter()
        .map(|query| {
            let end = start + query.as_ref().len();
            let slice = &text[start..end];
            start = end;
            slice
        })
        .collect()
}

fn near_miss(code: &str, index: usize, known: &HashSet<&str>) -> String {
    let bytes = code.as_bytes();
    let start = mix(index as u64) as usize % bytes.len();
    for offset in 0..bytes.len() {
        let at = (start + offset) % bytes.len();
        let kind: &[u8] = match bytes[at] {
            b'0'..=b'9' => b"0123456789",
            b'a'..=b'z' => b"abcdefghijklmnopqrstuvwxyz",
            b'A'..=b'Z' => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            _ => continue,
        };
        for &byte in kind
            .iter()
            .cycle()
            .skip(usize::from(bytes[at] - kind[0]) + 1)
            .take(kind.len() - 1)
        {
            let mut candidate = bytes.to_vec();
            candidate[at] = byte;
            let candidate = String::from_utf8(candidate).expect("ASCII for ASCII");
            if !known.contains(candidate.as_str()) {
                return candidate;
            }
        }
    }
    panic!("no near miss for {code}")
}

/// Fisher-Yates with a fixed sequence, so every run asks the same queries.
fn shuffle<T>(items: &mut [T]) {
    for i in (1..items.len()).rev() {
        items.swap(i, mix(i as u64) as usize % (i + 1));
    }
}

fn mix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The benchmark compares like with like only if every implementation
    /// finds the same row for every hit and nothing for every miss.
    #[test]
    fn every_implementation_agrees_on_hits_and_near_misses() {
        for table in tables() {
            let map = table.hash_map();
            for (row, code) in table.codes.iter().enumerate() {
                assert_eq!((table.ours)(code), Some(row), "{code}");
                assert_eq!(table.phf.get(code).copied(), Some(row as u16));
                assert_eq!((table.string_match)(code), Some(row as u16));
                assert_eq!(map.get(code).copied(), Some(row as u16));
            }
            let misses = table.near_misses();
            assert_eq!(misses.len(), table.codes.len());
            for &miss in &misses {
                assert_eq!((table.ours)(miss), None, "{miss}");
                assert_eq!(table.phf.get(miss), None);
                assert_eq!((table.string_match)(miss), None);
                assert_eq!(map.get(miss), None);
            }
            let mut hits = table.hits();
            hits.sort_unstable();
            let mut codes = table.codes.clone();
            codes.sort_unstable();
            assert_eq!(hits, codes, "hits are every code once");
        }
    }

    #[test]
    fn a_near_miss_differs_from_its_code_in_one_byte() {
        let table = &tables()[0];
        let known = table.codes.iter().copied().collect();
        for (index, code) in table.codes.iter().enumerate() {
            let miss = near_miss(code, index, &known);
            let differing = code
                .bytes()
                .zip(miss.bytes())
                .filter(|(a, b)| a != b)
                .count();
            assert_eq!((miss.len(), differing), (code.len(), 1), "{code} {miss}");
        }
    }
}
