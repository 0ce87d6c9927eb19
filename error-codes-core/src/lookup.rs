//! The probe side of the perfect hash that the macro builds.

use crate::hash;

/// A perfect-hash table over the codes of one enum, built by the macro.
///
/// `S` is the slot type (`u16` up to 65,536 codes), `B` the number of
/// displacement buckets, `M` the number of slots (a power of two), and
/// `FULL` whether keys need every byte hashed to be told apart.
pub struct Lookup<S, const B: usize, const M: usize, const FULL: bool> {
    /// The seed the macro found to make the hash perfect.
    pub seed: u64,
    /// One displacement per bucket.
    pub displacements: [u32; B],
    /// The row of the code in each slot; free slots hold any row.
    pub slots: [S; M],
}

impl<S: Copy + Into<u32>, const B: usize, const M: usize, const FULL: bool> Lookup<S, B, M, FULL> {
    /// The row whose code is exactly `code`: one hash, two loads, one
    /// comparison. Never panics, whatever the input.
    #[inline]
    pub fn find(&self, code: &str, codes: &[&str]) -> Option<usize> {
        let bytes = code.as_bytes();
        let h = if FULL {
            hash::full(bytes, self.seed)
        } else {
            hash::sampled(bytes, self.seed)
        };
        let displacement = *self.displacements.get(hash::bucket(h, B))?;
        let slot = *self
            .slots
            .get(hash::slot(h, displacement, M.wrapping_sub(1)))?;
        let row = slot.into() as usize;
        let candidate = *codes.get(row)?;
        (candidate.as_bytes() == bytes).then_some(row)
    }
}
