//! The probe side of the perfect hash that the macro builds.

use crate::hash;
use crate::strings::Strings;

/// Bytes per slot: the code's first 8 bytes, bytes 8 to 15 (0 for a code
/// under 16 bytes), last 8 bytes, then its length and row as `length << 32 | row`, each a little-endian
/// `u64`.
const SLOT: usize = 32;

/// Codes up to this long are all in their slot's words, so comparing the
/// words and the length compares the code.
const IN_SLOT: usize = 24;

/// A table of bytes that starts on a cache line (64 bytes, the line size of
/// the processors this runs on), so that no 32-byte slot of it straddles
/// two lines. A byte-string literal alone is aligned to 1: half its slots
/// took two lines, and two cache misses where a large table misses.
#[repr(C, align(64))]
pub struct Aligned<const N: usize>(pub [u8; N]);

/// A perfect-hash table over the codes of one enum, built by the macro.
///
/// The tables are byte strings (one token each in the generated code, so
/// a large table costs the compiler almost nothing to read), copied into
/// [`Aligned`] statics: `D` bytes of little-endian `u32` displacements, one
/// per bucket, and `S` bytes of slots, a power of two of each. `FULL` is
/// whether keys need every byte hashed to be told apart.
pub struct Lookup<const D: usize, const S: usize, const FULL: bool> {
    /// The seed the macro found to make the hash perfect.
    pub seed: u64,
    /// One displacement per bucket.
    pub displacements: &'static [u8; D],
    /// Per slot, the words of its code and its length and row, so that a
    /// lookup compares words in the cache line it has already loaded
    /// instead of following a pointer to the code's bytes. A free slot has
    /// `u32::MAX` as its length, which no code of the table has.
    pub slots: &'static [u8; S],
}

impl<const D: usize, const S: usize, const FULL: bool> Lookup<D, S, FULL> {
    /// The row whose code is exactly `code`: one hash, two loads, four
    /// word comparisons (and a byte comparison for codes longer than 24
    /// bytes). Never panics, whatever the input.
    #[inline]
    pub fn find<const E: usize>(&self, code: &str, codes: &Strings<E>) -> Option<usize> {
        let bytes = code.as_bytes();
        let (head, tail) = hash::sample(bytes);
        let h = if FULL {
            hash::full(bytes, self.seed)
        } else {
            hash::from_sample(head, tail, bytes.len(), self.seed)
        };
        let bucket = hash::bucket(h, D / 4);
        let displacement = self.displacements.get(bucket * 4..)?.first_chunk::<4>()?;
        let slot = hash::slot(
            h,
            u32::from_le_bytes(*displacement),
            (S / SLOT).wrapping_sub(1),
        );
        let entry = self.slots.get(slot * SLOT..)?.first_chunk::<SLOT>()?;
        let word = |at: usize| match entry[at..].first_chunk::<8>() {
            Some(word) => u64::from_le_bytes(*word),
            None => u64::MAX,
        };
        let len_row = word(24);
        // LLVM compiles this into one predicted branch per word. Forms it
        // turns into a select instead (one without the `IN_SLOT` test, for
        // tables without long codes) measured 10 to 30 % slower: a select
        // makes the answer wait for the slot's words, a predicted branch
        // lets the processor run on (see BENCHMARKS.md).
        let differ = (word(0) ^ head)
            | (word(8) ^ hash::middle(bytes))
            | (word(16) ^ tail)
            | ((len_row >> 32) ^ bytes.len() as u64);
        let row = (len_row & u64::from(u32::MAX)) as usize;
        let same = differ == 0 && (bytes.len() <= IN_SLOT || codes.get(row).as_bytes() == bytes);
        same.then_some(row)
    }
}
