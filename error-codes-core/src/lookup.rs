//! The probe side of the perfect hash that the macro builds.

use crate::hash;

/// A perfect-hash table over the codes of one enum, built by the macro.
///
/// `B` is the number of displacement buckets, `M` the number of slots (a
/// power of two), and `FULL` whether keys need every byte hashed to be told
/// apart.
pub struct Lookup<const B: usize, const M: usize, const FULL: bool> {
    /// The seed the macro found to make the hash perfect.
    pub seed: u64,
    /// One displacement per bucket.
    pub displacements: [u32; B],
    /// Per slot, the [`hash::sample`] of its code and its length and row
    /// as `len << 32 | row`. A code up to 16 bytes long is all in its
    /// sample, so a lookup compares three words in the one cache line it
    /// has already loaded instead of following a pointer to the code's
    /// bytes. A free slot holds `u32::MAX` as its length, which no code
    /// of the table has, and row 0.
    pub slots: [[u64; 3]; M],
}

/// Codes up to this long are compared by their sample alone.
const SAMPLED: usize = 16;

impl<const B: usize, const M: usize, const FULL: bool> Lookup<B, M, FULL> {
    /// The row whose code is exactly `code`: one hash, two loads, three
    /// word comparisons (and a byte comparison for codes longer than 16
    /// bytes). Never panics, whatever the input.
    #[inline]
    pub fn find(&self, code: &str, codes: &[&str]) -> Option<usize> {
        let bytes = code.as_bytes();
        let h = if FULL {
            hash::full(bytes, self.seed)
        } else {
            hash::sampled(bytes, self.seed)
        };
        let displacement = *self.displacements.get(hash::bucket(h, B))?;
        let [head, tail, len_row] =
            *self
                .slots
                .get(hash::slot(h, displacement, M.wrapping_sub(1)))?;
        let row = (len_row & u64::from(u32::MAX)) as usize;
        let same_sample =
            (len_row >> 32) == bytes.len() as u64 && (head, tail) == hash::sample(bytes);
        // A free slot's length exceeds `SAMPLED`, so it is ruled out by the
        // byte comparison with row 0 unless `code` is row 0's code.
        let same = same_sample && (bytes.len() <= SAMPLED || codes.get(row)?.as_bytes() == bytes);
        same.then_some(row)
    }
}
