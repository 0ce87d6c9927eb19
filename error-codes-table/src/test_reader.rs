//! The tests' CSV reader: the `csv` crate's own `Reader`, configured as
//! error-codes-read configures `csv-core` (no header, any number of fields
//! per record). error-codes-read's property tests hold its records to this
//! reader's, so the rules are tested on the records the front ends give.

use crate::parse::{Record, Records};

/// A [`Records`] reader over `bytes`.
pub fn records(bytes: &[u8]) -> Box<dyn Records + '_> {
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    Box::new(CsvRecords {
        reader,
        record: csv::ByteRecord::new(),
    })
}

struct CsvRecords<'t> {
    reader: csv::Reader<&'t [u8]>,
    record: csv::ByteRecord,
}

impl Records for CsvRecords<'_> {
    fn read(&mut self, record: &mut Record) -> Result<bool, (Option<u64>, String)> {
        let start = self.reader.position().byte();
        let more = self
            .reader
            .read_byte_record(&mut self.record)
            .map_err(|error| (error.position().map(|p| p.byte()), error.to_string()))?;
        record.clear(Some(self.record.position().map_or(start, |p| p.byte())));
        for field in &self.record {
            record.push_field(field);
        }
        Ok(more)
    }
}
