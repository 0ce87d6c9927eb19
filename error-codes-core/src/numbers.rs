//! The runtime side of numeric codes (`as_i64`, `from_i64`): tables whose
//! codes are all decimal integers, such as Discord's, Kafka's or JSON-RPC's.

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

/// An `i64` written in decimal, as Rust prints it (`-1`, `0`, `404`), on the
/// stack: `from_i64` looks the text up in the enum's perfect hash, so it
/// costs a few divisions and one lookup, whatever the table.
pub struct Decimal {
    /// The digits, right-aligned; `i64::MIN` takes all 20 bytes.
    bytes: [u8; 20],
    start: usize,
}

impl Decimal {
    /// `value` in decimal.
    #[inline]
    pub fn new(value: i64) -> Self {
        let mut bytes = [0u8; 20];
        let mut start = bytes.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            bytes[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            bytes[start] = b'-';
        }
        Decimal { bytes, start }
    }

    /// The decimal text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self.bytes.get(self.start..) {
            Some(digits) => core::str::from_utf8(digits).unwrap_or(""),
            None => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn decimal_is_what_rust_prints() {
        for value in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            404,
            -32700,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            assert_eq!(Decimal::new(value).as_str(), value.to_string());
        }
    }

    #[test]
    fn i64_at_reads_each_value_and_nothing_past_the_end() {
        let bytes: alloc::vec::Vec<u8> = [7i64, -1, i64::MIN]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        assert_eq!(
            [i64_at(&bytes, 0), i64_at(&bytes, 1), i64_at(&bytes, 2)],
            [7, -1, i64::MIN]
        );
        assert_eq!((i64_at(&bytes, 3), i64_at(&bytes, usize::MAX)), (0, 0));
    }
}
