//! The hash and slot arithmetic: the generator runs it to build a table and
//! the probe runs it to read one, so every key hashes alike on both sides.

/// Multiplies to 128 bits and folds the halves: one multiply mixes every
/// input bit into the middle of the result.
#[inline(always)]
const fn fold(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The three seed words of one table: one XORed into each sampled word and
/// an odd multiplier for the length, so that the seed reaches every input
/// the hash reads and no two keys can hash alike for every seed.
pub type Seeds = [u64; 3];

/// What a key is hashed by and compared with: its first 8 bytes, its last
/// 8 bytes, and bytes 8 to 15 (the last 8 again for keys of 8 to 15 bytes,
/// 0 under 8). With the length they are the whole key up to 24 bytes, so the
/// lookup compares them instead of the bytes.
#[inline(always)]
pub fn sample(bytes: &[u8]) -> (u64, u64, u64) {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => {
            // Where the middle word starts, without a branch on the length:
            // 8 from 16 bytes up, the tail's start below.
            let at = bytes.len().saturating_sub(8).min(8);
            let middle = match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
                Some(word) => u64::from_le_bytes(*word),
                None => 0,
            };
            (u64::from_le_bytes(*head), middle, u64::from_le_bytes(*tail))
        }
        _ => short(bytes),
    }
}

/// Up to 7 bytes as words, without a loop: overlapping 4-byte reads, or
/// first, middle and last byte. Given the length, the words are unique.
#[inline(always)]
fn short(bytes: &[u8]) -> (u64, u64, u64) {
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        return (
            u32::from_le_bytes(*head) as u64,
            0,
            u32::from_le_bytes(*tail) as u64,
        );
    }
    let at = |index: usize| bytes.get(index).copied().unwrap_or(0) as u64;
    let len = bytes.len();
    (
        at(0) | at(len / 2) << 8 | at(len.wrapping_sub(1)) << 16,
        0,
        0,
    )
}

/// Hashes a key by its length and the head and tail of its [`sample`].
///
/// Each word meets its own seed word before the multiply, and the length
/// is added times an odd seed word: keys that differ in head or tail hash
/// alike only for rare seeds, and keys that agree on both but differ in
/// length never do. Longer keys that agree on length, head and tail need
/// [`full`] instead, and the macro checks which applies to a table.
#[inline(always)]
pub fn from_sample(head: u64, tail: u64, len: usize, seeds: &Seeds) -> u64 {
    fold(head ^ seeds[0], tail ^ seeds[1]).wrapping_add((len as u64).wrapping_mul(seeds[2] | 1))
}

/// Hashes a number for `from_i64`, when the codes are too far apart for
/// a table indexed by the number: as a key of 8 bytes whose head word is
/// the number, so that one multiply mixes it.
#[inline(always)]
pub fn number(value: i64, seeds: &Seeds) -> u64 {
    from_sample(value as u64, 0, 8, seeds)
}

/// Hashes every byte of a key: each whole 8-byte word is folded into a
/// seeded state, then the state meets the rest of the key as [`from_sample`]
/// hashes it.
#[inline]
pub fn full(bytes: &[u8], seeds: &Seeds) -> u64 {
    let mut state = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        state = fold(state ^ u64::from_le_bytes(word) ^ seeds[1], seeds[2] | 1);
    }
    let (head, _, tail) = short(chunks.remainder());
    from_sample(state ^ head, tail, bytes.len(), seeds)
}

/// The displacement bucket of a hash, by its top 32 bits: a shift, since
/// the builder makes `buckets` a power of two. The slot comes from the low
/// 32 bits, so the two do not depend on each other.
#[inline(always)]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The bit of a bucket's 32-bit filter that a key of that hash sets: bits
/// 27 to 31 of the hash, which neither the bucket (the top 32 bits) nor the
/// slot (the low bits, up to 2^27 slots) reads, so a miss that lands in a
/// bucket is turned away by its filter about as often as the bucket has
/// free bits, whatever its slot.
#[inline(always)]
pub fn filter_bit(hash: u64) -> u32 {
    1 << ((hash >> 27) & 31)
}

/// The slot of a hash once its bucket's displacement is known; `mask` is the
/// table size minus one (sizes are powers of two).
///
/// The displacement is XORed in: it moves a bucket's keys together, so keys
/// of one bucket must differ in their low bits, which the builder checks
/// (and tries another seed when they do not).
#[inline(always)]
pub fn slot(hash: u64, displacement: u32, mask: usize) -> usize {
    (hash as u32 ^ displacement) as usize & mask
}
