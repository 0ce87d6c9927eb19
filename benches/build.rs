//! Writes the baselines the benchmarks compare `from_code` with, from the
//! same CSV files the enums are generated from: a `phf::Map` built by
//! `phf_codegen` (as rust-postgres builds its `SqlState` map), a
//! `quickphf::PhfMap` built by `quickphf_codegen`, frozen-collections'
//! compile-time string map (`fz_string_map!`), and a plain string `match`
//! (what a naive macro or strum's `EnumString` emits).

use std::fmt::Write as _;
use std::path::Path;

/// Table name in the generated items, and its CSV relative to this package.
const TABLES: [(&str, &str); 4] = [
    ("vbs", "../codes.csv"),
    ("sqlstate", "data/sqlstate.csv"),
    ("synthetic_1000", "data/synthetic_1000.csv"),
    ("synthetic_10000", "data/synthetic_10000.csv"),
];

/// The tables of numbers, for `from_i64`.
const NUMBER_TABLES: [(&str, &str); 2] = [
    ("http_status", "data/http_status.csv"),
    ("numbers_1000", "data/numbers_1000.csv"),
];

fn main() {
    let mut out = String::new();
    for (name, csv) in TABLES {
        println!("cargo::rerun-if-changed={csv}");
        let codes = codes(Path::new(csv));
        let mut map = phf_codegen::Map::new();
        for (row, code) in codes.iter().enumerate() {
            map.entry(code.as_str(), row.to_string());
        }
        let upper = name.to_uppercase();
        let rows: Vec<u16> = (0..codes.len() as u16).collect();
        let keys: Vec<&str> = codes.iter().map(String::as_str).collect();
        writeln!(
            out,
            "/// `{csv}` as a `quickphf::PhfMap` from code to row.\n\
             pub static {upper}_QUICKPHF: ::quickphf::PhfMap<&'static str, u16> = {};\n",
            quickphf_codegen::build_map(&keys, &rows)
        )
        .unwrap();
        let camel: String = name
            .split('_')
            .map(|part| part[..1].to_uppercase() + &part[1..])
            .collect();
        writeln!(
            out,
            "::frozen_collections::fz_string_map!(pub static {upper}_FROZEN: {camel}Frozen<&'static str, u16>, {{"
        )
        .unwrap();
        for (row, code) in codes.iter().enumerate() {
            writeln!(out, "    {code:?}: {row},").unwrap();
        }
        writeln!(out, "}});\n").unwrap();
        writeln!(
            out,
            "/// `{csv}` as a `phf::Map` from code to row.\n\
             pub static {upper}_PHF: ::phf::Map<&'static str, u16> = {};\n",
            map.build()
        )
        .unwrap();
        writeln!(
            out,
            "/// `{csv}` as a string `match` from code to row.\n#[inline]\n\
             pub fn {name}_match(code: &str) -> Option<u16> {{\n    match code {{"
        )
        .unwrap();
        for (row, code) in codes.iter().enumerate() {
            writeln!(out, "        {code:?} => Some({row}),").unwrap();
        }
        writeln!(out, "        _ => None,\n    }}\n}}\n").unwrap();
    }
    // Numeric tables: an integer `match` from number to row, the baseline
    // of `from_i64`.
    for (name, csv) in NUMBER_TABLES {
        println!("cargo::rerun-if-changed={csv}");
        writeln!(
            out,
            "/// `{csv}` as an integer `match` from number to row.\n#[inline]\n\
             pub fn {name}_match(number: i64) -> Option<u16> {{\n    match number {{"
        )
        .unwrap();
        for (row, code) in codes(Path::new(csv)).iter().enumerate() {
            writeln!(out, "        {code} => Some({row}),").unwrap();
        }
        writeln!(out, "        _ => None,\n    }}\n}}\n").unwrap();
    }
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("baselines.rs");
    std::fs::write(path, out).unwrap();
}

/// The `code` column of a CSV, in row order.
fn codes(path: &Path) -> Vec<String> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let column = reader
        .headers()
        .unwrap()
        .iter()
        .position(|header| header.eq_ignore_ascii_case("code"))
        .unwrap();
    reader
        .records()
        .map(|record| record.unwrap()[column].trim().to_owned())
        .collect()
}
