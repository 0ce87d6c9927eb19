//! The `csv` crate's reader as the rules' [`Records`]: every record, of any
//! number of fields (the rules count them against the header, with the
//! line), nothing taken as a header, fields unquoted and unescaped and
//! otherwise as written (the rules trim them).
//!
//! It exists twice, byte for byte: here, for the command line and for
//! error-codes-table's own tests (which read it by path), and in
//! error-codes-macro, which carries its own copy rather than depending on
//! this crate: one crate fewer between `csv` and the macro lets Cargo
//! start syn, and so the code generation, sooner in a first build (issue
//! 20). A test keeps the two the same.

use super::{Record, Records};

/// A [`Records`] reader over `bytes`.
pub fn records(bytes: &[u8]) -> Box<dyn Records + '_> {
    Box::new(CsvRecords {
        reader: csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes),
        record: csv::ByteRecord::new(),
    })
}

struct CsvRecords<'t> {
    reader: csv::Reader<&'t [u8]>,
    record: csv::ByteRecord,
}

impl Records for CsvRecords<'_> {
    fn read(&mut self, record: &mut Record) -> Result<bool, (Option<u64>, String)> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => {
                record.clear(self.record.position().map(csv::Position::byte));
                for field in &self.record {
                    record.push_field(field);
                }
                Ok(true)
            }
            Ok(false) => Ok(false),
            Err(error) => Err((error.position().map(csv::Position::byte), error.to_string())),
        }
    }
}
