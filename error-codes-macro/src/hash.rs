//! The hash and slot arithmetic of the generated `from_code` lookup.
//!
//! The macro runs it to build the tables and the runtime runs it to probe
//! them, so both crates carry this file, byte for byte (a test in `tests/`
//! compares the two copies): a proc-macro crate cannot export functions, and a
//! third crate would be a runtime dependency for twenty lines.

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xD6E8_FEB8_6659_FD93;

/// Multiplies to 128 bits and folds the halves: one multiply mixes every
/// input bit into the middle of the result.
#[inline(always)]
const fn fold(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The first and last 8 bytes of a key as two words (fewer for shorter
/// keys). With the length they are the whole key up to 16 bytes, so the
/// lookup compares them instead of the bytes.
#[inline(always)]
pub fn sample(bytes: &[u8]) -> (u64, u64) {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => short(bytes),
    }
}

/// Bytes 8 to 15 of a key as a word, 0 for a key shorter than 16 bytes.
/// With the [`sample`] and the length they are the whole key up to 24
/// bytes, so the lookup compares words instead of bytes for such keys.
#[inline(always)]
pub fn middle(bytes: &[u8]) -> u64 {
    // One test of the length (at least 16), not two.
    match bytes.get(8..16).and_then(<[u8]>::first_chunk::<8>) {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// Hashes every byte of a key, 8 at a time.
#[inline]
pub fn full(bytes: &[u8], seed: u64) -> u64 {
    let mut state = seed ^ K1;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        state = fold(state ^ u64::from_le_bytes(word), K0);
    }
    let (head, tail) = short(chunks.remainder());
    from_sample(state ^ head, tail, bytes.len(), seed)
}

/// Up to 7 bytes as two words, without a loop: overlapping 4-byte reads, or
/// first, middle and last byte. Given the length, the words are unique.
#[inline(always)]
fn short(bytes: &[u8]) -> (u64, u64) {
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        return (
            u32::from_le_bytes(*head) as u64,
            u32::from_le_bytes(*tail) as u64,
        );
    }
    let at = |index: usize| bytes.get(index).copied().unwrap_or(0) as u64;
    let len = bytes.len();
    (at(0) | at(len / 2) << 8 | at(len.wrapping_sub(1)) << 16, 0)
}

/// Hashes a key by its length and its [`sample`].
///
/// Two keys up to 16 bytes long that differ anywhere get different samples;
/// longer keys that agree on length, head and tail need [`full`] instead,
/// and the macro checks which applies to a table.
#[inline(always)]
pub fn from_sample(head: u64, tail: u64, len: usize, seed: u64) -> u64 {
    // One multiply: the length goes to the top byte of the tail word, where
    // it rarely meets a difference between two tails; if it ever makes two
    // keys of a table hash alike, the macro falls back to `full`.
    fold(head ^ seed ^ K0, tail ^ K1 ^ (len as u64).rotate_right(8))
}

/// The displacement bucket of a hash, by its top 32 bits: a shift, since
/// the builder makes `buckets` a power of two. The slot comes from the low
/// 32 bits, so the two do not depend on each other.
#[inline(always)]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
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
