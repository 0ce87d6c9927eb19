//! The `csv` crate's reader as the rules' [`Records`]: every record, of any
//! number of fields (the rules count them against the header, with the
//! line), nothing taken as a header, fields unquoted and unescaped and
//! otherwise as written (the rules trim them).
//!
//! error-codes-table's own tests read through this same file.

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
