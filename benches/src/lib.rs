//! The tables, contenders and query streams of the `from_code` benchmarks.
//!
//! Each table is one CSV, read by `#[error_codes]` (our `from_code`) and by
//! `build.rs` into a `phf::Map`, a `quickphf::PhfMap`, a frozen-collections
//! string map and a string `match`; the std `HashMap`s (SipHash, foldhash)
//! are built from it at run time. Every contender answers the same streams,
//! so their times compare.
//!
//! A stream is [`STREAM`] queries drawn at random, with a fixed seed: hits
//! (codes of the table), one-byte typos, new codes of a namespace of the
//! table, or 90 % hits and 10 % misses. A branch predictor cannot learn
//! such a stream, as it learns a list of a few hundred codes asked again
//! and again (see the measurement history in CHANGELOG.md).

use error_codes_core::error_codes;
use std::collections::{HashMap, HashSet};

include!(concat!(env!("OUT_DIR"), "/baselines.rs"));

pub mod numbers;

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

/// Queries per stream: far more than a branch predictor's history, and
/// for the larger tables more than the table's codes.
pub const STREAM: usize = 65_536;

/// The tables, smallest first.
pub const TABLES: [&str; 4] = ["126 (seed)", "260 (SQLSTATE)", "1,000", "10,000"];

/// The contenders, ours first.
pub const CONTENDERS: [&str; 7] = [
    "ours",
    "phf",
    "frozen",
    "quickphf",
    "hashmap_sip",
    "hashmap_foldhash",
    "match",
];

/// The streams.
pub const STREAMS: [&str; 4] = ["hits", "typos", "new", "mix"];

/// Something run over each contender of a table, each as its own closure
/// type so that every lookup is inlined alike.
pub trait Visit {
    fn visit<R>(&mut self, contender: &'static str, lookup: impl Fn(&str) -> Option<R>);
}

/// The codes of table `table` (an index into [`TABLES`]), in row order.
pub fn codes(table: usize) -> Vec<&'static str> {
    match table {
        0 => Vbs::ALL.iter().map(Vbs::code).collect(),
        1 => SqlState::ALL.iter().map(SqlState::code).collect(),
        2 => Synthetic1000::ALL.iter().map(Synthetic1000::code).collect(),
        _ => Synthetic10000::ALL
            .iter()
            .map(Synthetic10000::code)
            .collect(),
    }
}

/// Runs `visitor` over the contenders of table `table`, in the order of
/// [`CONTENDERS`]; each answers with the row (ours with its variant).
pub fn contenders(table: usize, visitor: &mut impl Visit) {
    macro_rules! run {
        ($enum:ident, $phf:ident, $frozen:ident, $quick:ident, $match:ident) => {{
            let codes = codes(table);
            let sip: HashMap<&str, u16> = rows(&codes).collect();
            let fold: foldhash::HashMap<&str, u16> = rows(&codes).collect();
            visitor.visit("ours", $enum::from_code);
            visitor.visit("phf", |code| $phf.get(code).copied());
            visitor.visit("frozen", |code| $frozen.get(code).copied());
            visitor.visit("quickphf", |code| $quick.get(code).copied());
            visitor.visit("hashmap_sip", |code| sip.get(code).copied());
            visitor.visit("hashmap_foldhash", |code| fold.get(code).copied());
            visitor.visit("match", $match);
        }};
    }
    match table {
        0 => run!(Vbs, VBS_PHF, VBS_FROZEN, VBS_QUICKPHF, vbs_match),
        1 => run!(
            SqlState,
            SQLSTATE_PHF,
            SQLSTATE_FROZEN,
            SQLSTATE_QUICKPHF,
            sqlstate_match
        ),
        2 => run!(
            Synthetic1000,
            SYNTHETIC_1000_PHF,
            SYNTHETIC_1000_FROZEN,
            SYNTHETIC_1000_QUICKPHF,
            synthetic_1000_match
        ),
        _ => run!(
            Synthetic10000,
            SYNTHETIC_10000_PHF,
            SYNTHETIC_10000_FROZEN,
            SYNTHETIC_10000_QUICKPHF,
            synthetic_10000_match
        ),
    }
}

fn rows<'a>(codes: &'a [&'static str]) -> impl Iterator<Item = (&'static str, u16)> + 'a {
    codes
        .iter()
        .enumerate()
        .map(|(row, &code)| (code, row as u16))
}

/// Stream `stream` (one of [`STREAMS`]) over `codes`: [`STREAM`] queries,
/// the same on every run, as slices of one buffer in the order asked.
pub fn stream(codes: &[&str], stream: &str) -> Vec<&'static str> {
    let known: HashSet<&str> = codes.iter().copied().collect();
    let mut random = Random(0x5EED ^ stream.len() as u64);
    let queries: Vec<String> = (0..STREAM)
        .map(|_| {
            let code = codes[random.below(codes.len())];
            let miss = match stream {
                "hits" => false,
                "mix" => random.below(10) == 0,
                _ => true,
            };
            if !miss {
                return code.to_owned();
            }
            let typo = match stream {
                "typos" => true,
                "new" => false,
                _ => random.below(2) == 0,
            };
            loop {
                let candidate = if typo {
                    typo_of(code, &mut random)
                } else {
                    new_code_like(code, &mut random)
                };
                if !known.contains(candidate.as_str()) {
                    return candidate;
                }
            }
        })
        .collect();
    contiguous(&queries)
}

/// `code` with one byte changed, at a random position, to another byte of
/// the same kind (digit, lower or upper case letter, or punctuation from
/// `._-`), so that the typo looks like a code.
pub fn typo_of(code: &str, random: &mut Random) -> String {
    let mut bytes = code.as_bytes().to_vec();
    let at = random.below(bytes.len());
    let kind = kind_of(bytes[at]);
    bytes[at] = kind[random.below(kind.len())];
    String::from_utf8(bytes).unwrap_or_default()
}

/// A code of `code`'s namespace (everything up to its last character that
/// is not a letter or digit, or its first two characters without one),
/// the rest drawn anew, byte by byte of the same kind.
pub fn new_code_like(code: &str, random: &mut Random) -> String {
    let bytes = code.as_bytes();
    let keep = bytes
        .iter()
        .rposition(|byte| !byte.is_ascii_alphanumeric())
        .map_or(2.min(bytes.len()), |at| at + 1);
    let mut out = bytes[..keep].to_vec();
    for &byte in &bytes[keep..] {
        let kind = kind_of(byte);
        out.push(kind[random.below(kind.len())]);
    }
    String::from_utf8(out).unwrap_or_default()
}

fn kind_of(byte: u8) -> &'static [u8] {
    match byte {
        b'0'..=b'9' => b"0123456789",
        b'a'..=b'z' => b"abcdefghijklmnopqrstuvwxyz",
        b'A'..=b'Z' => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        _ => b"._-",
    }
}

/// The queries copied end to end into one buffer, in the order they are
/// asked, and returned as slices of it: the way a service meets codes, in
/// the response it has just read, rather than each in a heap allocation of
/// its own (which adds a cache miss per query, to every contender alike,
/// that is the harness's and not the lookup's). The buffer is leaked: a
/// benchmark asks for a few streams per process.
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

/// splitmix64: a fixed sequence, so every run asks the same queries.
pub struct Random(pub u64);

impl Random {
    pub fn word(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.word() >> 32) * n as u64) >> 32) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Collects every contender's answers to a stream.
    struct Answers<'a>(&'a [&'static str], Vec<(&'static str, Vec<Option<usize>>)>);

    impl Visit for Answers<'_> {
        fn visit<R>(&mut self, contender: &'static str, lookup: impl Fn(&str) -> Option<R>) {
            let rows = self
                .0
                .iter()
                .map(|query| lookup(query).map(|_| 0))
                .collect();
            self.1.push((contender, rows));
        }
    }

    /// The benchmark compares like with like only if every contender
    /// finds the same codes in every stream, and the streams are what they
    /// say: hits only codes, typos and new codes never, the mix about 10 %
    /// misses.
    #[test]
    fn every_contender_agrees_on_every_stream() {
        for table in 0..TABLES.len() {
            let codes = codes(table);
            let known: HashSet<&str> = codes.iter().copied().collect();
            for kind in STREAMS {
                let queries = stream(&codes, kind);
                assert_eq!(queries.len(), STREAM);
                let hits = queries.iter().filter(|q| known.contains(*q)).count();
                match kind {
                    "hits" => assert_eq!(hits, STREAM),
                    "mix" => assert!((STREAM * 88 / 100..STREAM * 92 / 100).contains(&hits)),
                    _ => assert_eq!(hits, 0),
                }
                let distinct: HashSet<&&str> = queries.iter().collect();
                if kind != "hits" {
                    assert!(distinct.len() > STREAM / 20, "{table} {kind}");
                }
                let mut answers = Answers(&queries, Vec::new());
                contenders(table, &mut answers);
                let expected: Vec<Option<usize>> = queries
                    .iter()
                    .map(|q| known.contains(q).then_some(0))
                    .collect();
                for (contender, rows) in answers.1 {
                    assert!(rows == expected, "{contender} on {table} {kind}");
                }
            }
        }
    }

    #[test]
    fn a_typo_differs_from_its_code_in_at_most_one_byte() {
        let mut random = Random(1);
        for code in codes(0) {
            let typo = typo_of(code, &mut random);
            let differing = code
                .bytes()
                .zip(typo.bytes())
                .filter(|(a, b)| a != b)
                .count();
            assert_eq!(typo.len(), code.len());
            assert!(differing <= 1, "{code} {typo}");
        }
    }

    #[test]
    fn a_new_code_keeps_the_namespace() {
        let mut random = Random(1);
        let new = new_code_like("VolumeBackup.0014", &mut random);
        assert!(new.starts_with("VolumeBackup.") && new.len() == 17, "{new}");
        let new = new_code_like("22004", &mut random);
        assert!(new.starts_with("22") && new.len() == 5, "{new}");
    }
}
