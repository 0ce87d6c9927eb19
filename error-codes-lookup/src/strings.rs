//! The generated enums' string tables (codes, descriptions, variant names):
//! one string literal per table instead of one per row.
//!
//! The compiler pays for a macro's output by the token, and about as much
//! for a short token as for a long one: at 10,000 rows, three tables of
//! 10,000 literals each cost more than all three as three literals.

/// Many strings stored end to end in `text`; `ends` holds, per string, the
/// byte offset in `text` where it ends, a little-endian `u32` each (`E` is
/// four times the number of strings).
pub struct Strings<const E: usize> {
    /// Every string, end to end.
    pub text: &'static str,
    /// Where each string ends in `text`.
    pub ends: &'static [u8; E],
}

impl<const E: usize> Strings<E> {
    /// The string at `index`, or `""` past the end (which the generated code
    /// never asks for): constant time, and never a panic.
    #[inline]
    pub const fn get(&self, index: usize) -> &'static str {
        let start = match index.checked_sub(1) {
            Some(previous) => u32_at(self.ends, previous),
            None => Some(0),
        };
        let (Some(start), Some(end)) = (start, u32_at(self.ends, index)) else {
            return "";
        };
        // Offsets the macro wrote are char boundaries within `text`; the
        // checked splits only keep this function free of panics.
        match self.text.split_at_checked(start as usize) {
            Some((_, rest)) => match rest.split_at_checked(end.saturating_sub(start) as usize) {
                Some((string, _)) => string,
                None => "",
            },
            None => "",
        }
    }
}

/// The little-endian `u32` at `index` of a table of them, `None` past its end.
#[inline]
pub const fn u32_at(bytes: &[u8], index: usize) -> Option<u32> {
    let Some(at) = index.checked_mul(4) else {
        return None;
    };
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<4>() {
            Some(word) => Some(u32::from_le_bytes(*word)),
            None => None,
        },
        None => None,
    }
}

/// The `W` bytes at `index` of a table of `W`-byte values, zeros past its
/// end: how the typed columns' accessors read integers, floats and chars
/// stored as little-endian bytes.
#[inline]
pub const fn chunk<const W: usize>(bytes: &[u8], index: usize) -> [u8; W] {
    let Some(at) = index.checked_mul(W) else {
        return [0; W];
    };
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<W>() {
            Some(value) => *value,
            None => [0; W],
        },
        None => [0; W],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_string_comes_back_and_past_the_end_is_empty() {
        // "A.1", "", "café", "B" end at bytes 3, 3, 8, 9.
        let table = Strings {
            text: "A.1caf\u{e9}B",
            ends: b"\x03\0\0\0\x03\0\0\0\x08\0\0\0\x09\0\0\0",
        };
        let all: [&str; 4] = core::array::from_fn(|index| table.get(index));
        assert_eq!(all, ["A.1", "", "caf\u{e9}", "B"]);
        assert_eq!((table.get(4), table.get(usize::MAX)), ("", ""));
        assert_eq!(u32_at(table.ends, usize::MAX / 2), None);
    }

    #[test]
    fn chunks_by_index_and_zeros_past_the_end() {
        let table = [1, 2, 3, 4, 5];
        assert_eq!(chunk::<2>(&table, 0), [1, 2]);
        assert_eq!(chunk::<2>(&table, 1), [3, 4]);
        assert_eq!(chunk::<2>(&table, 2), [0, 0]);
        assert_eq!(chunk::<2>(&table, usize::MAX), [0, 0]);
        assert_eq!(chunk::<0>(&table, 9), [0u8; 0]);
    }

    #[test]
    fn offsets_that_split_a_character_give_empty_not_a_panic() {
        let table = Strings {
            text: "\u{e9}",
            ends: b"\x01\0\0\0",
        };
        assert_eq!(table.get(0), "");
    }
}
