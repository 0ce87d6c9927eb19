//! The `csv` crate's reader, `csv-core`, as the rules' [`Records`]: every
//! record, of any number of fields (the rules count them against the
//! header, with the line), nothing taken as a header, fields unquoted and
//! unescaped and otherwise as written (the rules trim them).
//!
//! `csv-core` is the state machine that `csv::Reader` drives, with the same
//! defaults; what `csv` adds (buffering, serde, text records) the rules do
//! not use, and what it costs, serde_core built again for the host, was
//! most of what a first build added to a project that has serde. The tests
//! hold these records, and where each starts, to `csv::Reader`'s on
//! generated input.

use super::{Record, Records};

/// A [`Records`] reader over `bytes`.
pub fn records(bytes: &[u8]) -> Box<dyn Records + '_> {
    Box::new(CoreRecords {
        reader: csv_core::Reader::new(),
        rest: bytes,
        read: 0,
        fields: vec![0; 1024],
        ends: vec![0; 16],
        done: false,
    })
}

struct CoreRecords<'t> {
    reader: csv_core::Reader,
    /// What is left of the input; empty tells `csv-core` the input ended.
    rest: &'t [u8],
    /// Bytes read so far: where the next record starts, as `csv` counts.
    read: u64,
    /// A record's fields end to end, and where each ends, grown as needed.
    fields: Vec<u8>,
    ends: Vec<usize>,
    done: bool,
}

impl Records for CoreRecords<'_> {
    fn read(&mut self, record: &mut Record) -> Result<bool, (Option<u64>, String)> {
        use csv_core::ReadRecordResult;
        record.clear(Some(self.read));
        let (mut written, mut ended) = (0, 0);
        while !self.done {
            let (result, read, wrote, ends) = self.reader.read_record(
                self.rest,
                &mut self.fields[written..],
                &mut self.ends[ended..],
            );
            self.rest = self.rest.get(read..).unwrap_or_default();
            self.read += read as u64;
            written += wrote;
            ended += ends;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.fields.resize(self.fields.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let mut start = 0;
                    // csv-core's ends lie within what it wrote, so `get`
                    // never falls back; it stands in for a panic.
                    for &end in self.ends.get(..ended).unwrap_or_default() {
                        record.push_field(self.fields.get(start..end).unwrap_or_default());
                        start = end;
                    }
                    return Ok(true);
                }
                ReadRecordResult::End => self.done = true,
            }
        }
        Ok(false)
    }
}
