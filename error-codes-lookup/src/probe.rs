//! The probe side of the perfect hash that the generator builds.

use crate::hash;
use crate::strings::Strings;
use core::hint::select_unpredictable;

/// Bytes per bucket: its displacement and its filter, as
/// `filter << 32 | displacement`, a little-endian `u64`.
const BUCKET: usize = 8;

/// Bytes per slot: the code's first 8 bytes, its middle word and its last
/// 8 bytes (see [`hash::sample`]), then its length and row as
/// `length << 32 | row`, each a little-endian `u64`.
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
/// a large table costs the compiler almost nothing to read), held in
/// [`Aligned`] arrays inside the one static, so that the lookup addresses
/// them as constants: `D` bytes of buckets, each a little-endian `u64`
/// holding its displacement and a 32-bit filter of its keys' hashes, and
/// `S` bytes of slots, a power of two of each. The flags
/// are per table, chosen by the macro: `FULL` is whether keys need every
/// byte hashed to be told apart; `MIN` and `MAX` are the shortest and
/// longest code's length in bytes, so that an input of any other length is
/// turned away at once and the tests of the length that no code needs
/// (the middle word, the bytes past 24) compile to nothing.
pub struct Lookup<
    const D: usize,
    const S: usize,
    const FULL: bool,
    const MIN: usize,
    const MAX: usize,
> {
    /// The seeds the macro found to make the hash perfect.
    pub seeds: hash::Seeds,
    /// Per bucket, `filter << 32 | displacement`: the displacement that
    /// moves the bucket's keys to their slots, and one bit per key
    /// (`hash::filter_bit`), so that most inputs that are no code are
    /// turned away by the bucket they hash to, before their slot is read.
    pub buckets: Aligned<D>,
    /// Per slot, the words of its code and its length and row, so that a
    /// lookup compares words in the cache line it has already loaded
    /// instead of following a pointer to the code's bytes. A free slot has
    /// length 0, head word 1 and row 0: the only input of length 0, `""`,
    /// has head word 0, so nothing matches a free slot.
    pub slots: Aligned<S>,
}

impl<const D: usize, const S: usize, const FULL: bool, const MIN: usize, const MAX: usize>
    Lookup<D, S, FULL, MIN, MAX>
{
    /// The value of the row whose code is exactly `code`, `values` and
    /// `codes` holding one per row in row order (see [`probe`]).
    #[inline]
    pub fn find<T: Copy, const E: usize>(
        &self,
        code: &str,
        codes: &Strings<E>,
        values: &[T],
    ) -> Option<T> {
        // Fixed-size arrays and constant flags: once inlined, every length
        // and test below is a constant.
        probe(
            Table {
                seeds: &self.seeds,
                full: FULL,
                lengths: (MIN, MAX),
                buckets: &self.buckets.0,
                slots: &self.slots.0,
            },
            code,
            |row| codes.get(row),
            values,
        )
    }
}

/// The parts of a [`Lookup`] that [`probe`] reads, as slices and values.
#[derive(Clone, Copy)]
pub struct Table<'a> {
    pub seeds: &'a hash::Seeds,
    pub full: bool,
    /// The shortest and the longest code's length.
    pub lengths: (usize, usize),
    pub buckets: &'a [u8],
    pub slots: &'a [u8],
}

/// The value (`values` holds one per row, in row order) of the row whose
/// code is exactly `code`: one hash, the bucket's load and a test of its
/// filter, then the slot's load and four word comparisons (and a byte
/// comparison for codes longer than 24 bytes, of `code_at(row)`). Never
/// panics, whatever the input.
///
/// An input whose bit is not in its bucket's filter is no code: it is
/// turned away without reading its slot, which in a table of thousands of
/// codes is out of L1 while the buckets are in it (issue 20). Past the
/// filter, the answer is chosen without a branch (`select_unpredictable`):
/// the inputs that get there are codes but for a few in a hundred, and a
/// branch on the comparison would be guessed wrong on those (see
/// BENCHMARKS.md).
#[inline(always)]
pub fn probe<'s, T: Copy>(
    table: Table<'_>,
    code: &str,
    code_at: impl Fn(usize) -> &'s str,
    values: &[T],
) -> Option<T> {
    let bytes = code.as_bytes();
    let (min, max) = table.lengths;
    // No code has another length. Also tells the compiler the length's
    // range, which drops the branches of `sample` that no code takes.
    if bytes.len() < min || bytes.len() > max {
        return None;
    }
    let (head, middle, tail) = hash::sample(bytes);
    let h = if table.full {
        hash::full(bytes, table.seeds)
    } else {
        hash::from_sample(head, tail, bytes.len(), table.seeds)
    };
    let bucket = hash::bucket(h, table.buckets.len() / BUCKET);
    let bucket = u64::from_le_bytes(*table.buckets.get(bucket * BUCKET..)?.first_chunk::<8>()?);
    if (bucket >> 32) as u32 & hash::filter_bit(h) == 0 {
        return None;
    }
    let slot = hash::slot(h, bucket as u32, (table.slots.len() / SLOT).wrapping_sub(1));
    let entry = table.slots.get(slot * SLOT..)?.first_chunk::<SLOT>()?;
    let word = |at: usize| match entry[at..].first_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => u64::MAX,
    };
    let len_row = word(24);
    // Up to 16 bytes, the middle word is the tail again or 0, equal when
    // the tails and lengths are.
    let middle = if max > 16 { word(8) ^ middle } else { 0 };
    let differ =
        (word(0) ^ head) | middle | (word(16) ^ tail) | ((len_row >> 32) ^ bytes.len() as u64);
    let row = (len_row & u64::from(u32::MAX)) as usize;
    let mut same = differ == 0;
    // Only tables with codes past the slot's words test the length; a query
    // that long and equal in words is as long as a code of the table, and
    // its bytes decide.
    if max > IN_SLOT && bytes.len() > IN_SLOT && same {
        same = code_at(row).as_bytes() == bytes;
    }
    // Free slots hold row 0, so this load is in bounds for every slot.
    let value = *values.get(row)?;
    select_unpredictable(same, Some(value), None)
}
