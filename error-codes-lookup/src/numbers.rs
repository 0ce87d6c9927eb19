//! The runtime side of numeric codes (`as_i64`, `from_i64`): tables whose
//! codes are all decimal integers, such as Discord's, Kafka's or JSON-RPC's.

use crate::hash;
use crate::probe::Aligned;
use core::hint::select_unpredictable;

/// The little-endian `i64` at `index` of a table of them; `0` past its end,
/// which the generated code never asks for (a `const fn` cannot panic
/// helpfully, and a lookup must not panic at all).
#[inline]
pub const fn i64_at(bytes: &[u8], index: usize) -> i64 {
    let Some(at) = index.checked_mul(8) else {
        return 0;
    };
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<8>() {
            Some(word) => i64::from_le_bytes(*word),
            None => 0,
        },
        None => 0,
    }
}

/// Bytes per bucket of a [`NumberLookup`]: as in `Lookup`, the bucket's
/// filter and displacement as `filter << 32 | displacement`.
const BUCKET: usize = 8;

/// The perfect hash of `from_i64` over numbers too far apart for a table
/// indexed by the number (sparse codes such as Discord's JSON error codes,
/// from 0 into the hundreds of thousands): built by the macro as `Lookup`
/// is, but keyed by the number itself (`hash::number`), so that a lookup
/// neither prints the number nor compares text. `D` and `S` are the byte sizes of the buckets and slots;
/// `WIDE`, whether a slot's row is a `u32` rather than a `u16`.
pub struct NumberLookup<const D: usize, const S: usize, const WIDE: bool> {
    /// The seeds the macro found to make the hash perfect.
    pub seeds: hash::Seeds,
    /// Per bucket, its displacement and the filter bits of its numbers.
    pub buckets: Aligned<D>,
    /// Per slot, the row of its number, little-endian: two bytes, so that
    /// a thousand numbers' slots take 4 KiB and stay in L1. A free slot
    /// holds row 0: the one number it answers, it answers rightly.
    pub slots: Aligned<S>,
}

impl<const D: usize, const S: usize, const WIDE: bool> NumberLookup<D, S, WIDE> {
    /// The value (`values` holds one per row, in row order) of the row
    /// whose code is the number `value`, `number_of` giving a value's
    /// number (see [`probe_number`]).
    #[inline]
    pub fn find<T: Copy>(
        &self,
        value: i64,
        values: &[T],
        number_of: impl Fn(T) -> i64,
    ) -> Option<T> {
        // Fixed-size arrays and a constant width: once inlined, the sizes
        // are constants.
        probe_number(
            &self.seeds,
            &self.buckets.0,
            &self.slots.0,
            WIDE,
            value,
            values,
            number_of,
        )
    }
}

/// The value of the row whose code is the number `value`, in the tables of
/// a [`NumberLookup`]: one hash, the bucket and a test of its filter, then
/// the slot's row, whose value's number (`number_of`: the discriminant
/// itself where the codes are the discriminants) decides, without a branch
/// as `from_code`'s answer is chosen. Never panics, whatever the number.
#[inline(always)]
pub fn probe_number<T: Copy>(
    seeds: &hash::Seeds,
    buckets: &[u8],
    slots: &[u8],
    wide: bool,
    value: i64,
    values: &[T],
    number_of: impl Fn(T) -> i64,
) -> Option<T> {
    let h = hash::number(value, seeds);
    let bucket = hash::bucket(h, buckets.len() / BUCKET);
    let bucket = u64::from_le_bytes(*buckets.get(bucket * BUCKET..)?.first_chunk::<8>()?);
    if (bucket >> 32) as u32 & hash::filter_bit(h) == 0 {
        return None;
    }
    let width = if wide { 4 } else { 2 };
    let slot = hash::slot(h, bucket as u32, (slots.len() / width).wrapping_sub(1));
    let entry = slots.get(slot * width..)?;
    let row = if wide {
        u32::from_le_bytes(*entry.first_chunk::<4>()?) as usize
    } else {
        u16::from_le_bytes(*entry.first_chunk::<2>()?) as usize
    };
    // Free slots hold row 0, so this load is in bounds for every slot.
    let found = *values.get(row)?;
    select_unpredictable(number_of(found) == value, Some(found), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_at_reads_each_value_and_nothing_past_the_end() {
        let mut bytes = [0u8; 24];
        for (word, value) in bytes.chunks_exact_mut(8).zip([7i64, -1, i64::MIN]) {
            word.copy_from_slice(&value.to_le_bytes());
        }
        assert_eq!(
            [i64_at(&bytes, 0), i64_at(&bytes, 1), i64_at(&bytes, 2)],
            [7, -1, i64::MIN]
        );
        assert_eq!((i64_at(&bytes, 3), i64_at(&bytes, usize::MAX)), (0, 0));
    }
}
