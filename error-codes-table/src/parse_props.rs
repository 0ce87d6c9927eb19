//! Properties of `parse` on generated input: it never panics, it reads a
//! well-formed table exactly as the `csv` crate does (rows, fields, lines),
//! and it calls a quote unterminated exactly when the `csv` crate would read
//! that quoted field to the end of the file.

use crate::parse::parse;
use proptest::prelude::*;

/// Text made of what CSV gives meaning to, and a few characters besides.
fn csv_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("\""),
            Just(","),
            Just("\n"),
            Just("\r"),
            Just("\r\n"),
            Just(" "),
            Just("a"),
            Just("B.1"),
            Just("\u{e9}"),
            Just("\u{1f980}"),
        ],
        0..max,
    )
    .prop_map(|pieces| pieces.concat())
}

/// A field as a user may write it: any characters, commas, quotes and line
/// breaks included, with something other than white space in it.
#[cfg(feature = "commonmark")]
fn field() -> impl Strategy<Value = String> {
    (
        "[ \t]{0,2}",
        "[A-Za-z0-9.\\-_\u{e9}\u{ac00}\u{1f980}]{1,6}",
        proptest::collection::vec(
            prop_oneof![
                Just(",".to_owned()),
                Just("\"".to_owned()),
                Just("\"\"".to_owned()),
                Just("\n".to_owned()),
                Just("\r\n".to_owned()),
                Just(" ".to_owned()),
                "[a-z0-9\u{3b1}-\u{3c9}]{1,4}",
            ],
            0..4,
        ),
        "[ \t]{0,2}",
    )
        .prop_map(|(lead, core, rest, trail)| format!("{lead}{core}{}{trail}", rest.concat()))
}

/// Where the `csv` crate says each record starts, and its fields, read the
/// documented way (trimmed); the header is the first.
#[cfg(feature = "commonmark")]
fn csv_crate_rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|record| {
            record
                .expect("well formed")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Whether the `csv` crate reads a quoted field to the end of `text`: then a
/// record appended after a line break is swallowed into it instead of being
/// read as a record of its own.
fn csv_crate_reads_to_the_end(text: &str) -> bool {
    const SENTINEL: &str = "\u{1}sentinel";
    let appended = format!("{text}\n{SENTINEL}\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(appended.as_bytes());
    let last = reader.byte_records().filter_map(Result::ok).last();
    !last.is_some_and(|record| record.len() == 1 && &record[0] == SENTINEL.as_bytes())
}

/// The number of line breaks in `text`, counting `\r\n` once.
#[cfg(feature = "commonmark")]
fn line_breaks(text: &str) -> usize {
    text.replace("\r\n", "\n").matches(['\n', '\r']).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse(&bytes);
    }

    #[test]
    fn never_panics_on_csv_like_text(text in csv_text(64)) {
        let _ = parse(text.as_bytes());
    }

    #[test]
    fn finds_an_unterminated_quote_exactly_when_the_csv_crate_reads_to_the_end(
        text in csv_text(48)
    ) {
        let reported = parse(text.as_bytes()).err().is_some_and(|problems| {
            problems
                .iter()
                .any(|problem| problem.message.starts_with("unterminated quoted field"))
        });
        prop_assert_eq!(reported, !text.trim().is_empty() && csv_crate_reads_to_the_end(&text));
    }

    // Its fields hold markup beyond the short cut (`_` alone, quotes and
    // line breaks): read with the parser.
    #[cfg(feature = "commonmark")]
    #[test]
    fn reads_well_formed_tables_as_the_csv_crate_does(
        rows in proptest::collection::vec((field(), field(), proptest::option::of(field())), 1..40),
        crlf in any::<bool>(),
    ) {
        let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
        let mut records = vec![vec!["code".to_owned(), "description".to_owned(), "module".to_owned()]];
        for (code, description, module) in &rows {
            records.push(vec![code.clone(), description.clone(), module.clone().unwrap_or_default()]);
        }
        // Each record written alone, so that the line it starts on is known.
        let mut text = String::new();
        let mut starts = Vec::new();
        for record in &records {
            let mut writer = csv::WriterBuilder::new().terminator(terminator).from_writer(Vec::new());
            writer.write_record(record).unwrap();
            starts.push(line_breaks(&text) + 1);
            text.push_str(&String::from_utf8(writer.into_inner().unwrap()).unwrap());
        }
        let expected = csv_crate_rows(&text);
        let table = parse(text.as_bytes()).map_err(|problems| {
            TestCaseError::fail(format!("{problems:?} for {text:?}"))
        })?;
        prop_assert_eq!(table.rows.len(), expected.len() - 1);
        for ((row, fields), line) in table.rows.iter().zip(&expected[1..]).zip(&starts[1..]) {
            prop_assert_eq!(&row.code, &fields[0]);
            prop_assert_eq!(&row.description, &fields[1]);
            prop_assert_eq!(row.module.as_deref(), Some(fields[2].as_str()).filter(|m| !m.is_empty()));
            prop_assert_eq!(row.line, *line);
        }
    }
}
