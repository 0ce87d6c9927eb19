//! Reads an [error-codes](https://docs.rs/error-codes-core) table file with
//! the reader of the [`csv`](https://docs.rs/csv) crate, the table format's
//! reference reader, and hands its records to the rules of
//! [`error-codes-table`](error_codes_table).
//!
//! The reader is [`csv-core`](https://docs.rs/csv-core), the state machine
//! inside `csv::Reader`, without the serde_core that `csv` needs and that a
//! proc macro's build compiles again for the host; the tests hold its
//! records to `csv::Reader`'s. The rules read no CSV themselves, so that
//! the code generation, which depends on the rules, compiles beside the
//! reader rather than after it. The proc macros and the `error-codes`
//! command both read through here.

use error_codes_table::header::Layout;
use error_codes_table::parse::{self, Record, Records, Table};
use error_codes_table::problem::Problem;

mod records;

pub use records::records;

/// Parses a whole file, reporting every problem found rather than the
/// first (see [`error_codes_table::parse::parse_with`]).
pub fn parse_with(bytes: &[u8], layout: &Layout) -> Result<Table, Vec<Problem>> {
    parse::parse_with(bytes, layout, records)
}

/// The headings of a file's header, or `None` when it has no readable
/// header (see [`error_codes_table::parse::headings`]).
pub fn headings(bytes: &[u8]) -> Option<Vec<String>> {
    parse::headings(bytes, records)
}

#[cfg(test)]
mod tests {
    use error_codes_table::parse::Record;
    use proptest::prelude::*;

    /// Quoted fields come unquoted and unescaped, each record starts where
    /// its first byte is, and records of any length are read.
    #[test]
    fn records_are_read_as_the_csv_crate_reads_them() {
        let text = "code,description\nA.1,\"Commas, \"\"quotes\"\"\nand lines\"\nB\n";
        let problems = super::parse_with(text.as_bytes(), &Default::default())
            .map(|table| table.rows.len())
            .expect_err("B has one field");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(4));
        let table = super::parse_with(
            b"code,description\nA.1,\"a, \"\"b\"\"\"\n",
            &Default::default(),
        )
        .expect("parses");
        assert_eq!(table.rows[0].description, "a, \"b\"");
        assert_eq!(
            super::headings(b"\xEF\xBB\xBF code , description\n"),
            Some(vec!["code".to_owned(), "description".to_owned()])
        );
    }

    /// Every record, its fields and where it starts, as `reader` reads them.
    fn read_all(mut next: impl FnMut(&mut Record) -> bool) -> Vec<(Option<u64>, Vec<Vec<u8>>)> {
        let mut record = Record::default();
        let mut all = Vec::new();
        while next(&mut record) {
            all.push((
                record.start(),
                record.fields().map(<[u8]>::to_vec).collect(),
            ));
        }
        all
    }

    fn ours(bytes: &[u8]) -> Vec<(Option<u64>, Vec<Vec<u8>>)> {
        let mut records = super::records(bytes);
        read_all(|record| records.read(record).expect("csv-core reads anything"))
    }

    /// `csv::Reader` as error-codes-read configured it before it read
    /// through csv-core directly.
    fn csv_crate(bytes: &[u8]) -> Vec<(Option<u64>, Vec<Vec<u8>>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut byte_record = csv::ByteRecord::new();
        read_all(|record| {
            if !reader.read_byte_record(&mut byte_record).expect("no I/O") {
                return false;
            }
            record.clear(byte_record.position().map(csv::Position::byte));
            byte_record
                .iter()
                .for_each(|field| record.push_field(field));
            true
        })
    }

    /// Text made of what CSV gives meaning to, and a little besides.
    fn csv_text() -> impl Strategy<Value = Vec<u8>> {
        const PIECES: &[&[u8]] = &[
            b"\"",
            b",",
            b"\n",
            b"\r",
            b"\r\n",
            b" ",
            b"a",
            b"B.1",
            b"\xc3\xa9",
            b"\xff",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 0..64)
            .prop_map(|pieces| pieces.concat())
    }

    #[test]
    fn long_fields_and_many_fields_grow_the_buffers() {
        let long = "x".repeat(5000);
        let many = vec!["y"; 100].join(",");
        let text = format!("code,description\n\"{long}\",{many}\n");
        let records = ours(text.as_bytes());
        assert_eq!(records, csv_crate(text.as_bytes()));
        assert_eq!(records[1].0, Some(17));
        assert_eq!(records[1].1.len(), 101);
        assert_eq!(records[1].1[0], long.as_bytes());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn reads_csv_like_text_as_the_csv_crate_does(text in csv_text()) {
            prop_assert_eq!(ours(&text), csv_crate(&text));
        }

        #[test]
        fn reads_any_bytes_as_the_csv_crate_does(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            prop_assert_eq!(ours(&bytes), csv_crate(&bytes));
        }
    }
}
