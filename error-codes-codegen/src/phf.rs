//! Builds the perfect hash behind `from_code`, at expansion time.
//!
//! Hash and displace: keys fall into buckets of two to four (a power of two
//! of buckets); from the largest bucket down, each bucket gets the first
//! displacement that, XORed into its keys' hashes, moves them all to free
//! slots. Each bucket also keeps a 32-bit filter, one bit per key
//! (`hash::filter_bit`), that turns most non-codes away. A lookup is then
//! one hash, the bucket's load and a bit test, and for an input that passes
//! the slot's load and a comparison of four words (see
//! `error_codes_core::__private::Lookup`), whatever the table size.

use error_codes_lookup::hash;

/// The lookup tables of one enum.
pub(crate) struct Lookup {
    pub(crate) seeds: hash::Seeds,
    /// Whether keys are told apart only by the full hash, not by their sample.
    pub(crate) full: bool,
    /// The shortest and the longest key's length in bytes: the lookup
    /// turns away other lengths, and compares only what keys this long need.
    pub(crate) lengths: (usize, usize),
    pub(crate) displacements: Vec<u32>,
    /// Per bucket, the `hash::filter_bit` of each of its keys.
    pub(crate) filters: Vec<u32>,
    /// Row index per slot, `None` for a free slot.
    pub(crate) slots: Vec<Option<usize>>,
}

/// Seeds tried per hash and table size. With distinct hash inputs a seed
/// fails with a probability of about a half (two keys of a bucket on one
/// slot), independently from seed to seed, so a run of this many failures
/// does not happen; if it did, the next step takes over.
const ATTEMPTS: u64 = 48;

/// How many times the table may double, for the full hash, after
/// [`ATTEMPTS`] seeds failed at the size before: each doubling halves the
/// chance that two keys of a bucket meet.
const GROWTH: u32 = 4;

/// Builds the lookup of distinct `keys`.
///
/// The sampled hash (length, first and last 8 bytes) is the fast one and
/// tells most tables apart. Keys alike in all three, or a sample that fails
/// every seed tried, fall back to the full hash, which reads every byte
/// and, failing that, to larger tables. `None` would take every one of
/// some 240 seeds to put two keys of a bucket on one slot, which for
/// distinct keys does not happen (the property test in this file tries
/// thousands of generated tables).
pub(crate) fn build(keys: &[&str]) -> Option<Lookup> {
    let table_size = (keys.len() + keys.len() / 4).next_power_of_two();
    let sampled = samples_are_distinct(keys)
        .then(|| build_with(keys, false, table_size))
        .flatten();
    sampled.or_else(|| (0..=GROWTH).find_map(|growth| build_with(keys, true, table_size << growth)))
}

fn build_with(keys: &[&str], full: bool, table_size: usize) -> Option<Lookup> {
    let lengths = (
        keys.iter().map(|key| key.len()).min().unwrap_or(0),
        keys.iter().map(|key| key.len()).max().unwrap_or(0),
    );
    let placed = search(keys.len(), table_size, |seeds, hashes| {
        for (hash, key) in hashes.iter_mut().zip(keys) {
            *hash = if full {
                hash::full(key.as_bytes(), seeds)
            } else {
                sampled(key, seeds)
            };
        }
    })?;
    Some(Lookup {
        seeds: placed.seeds,
        full,
        lengths,
        displacements: placed.displacements,
        filters: placed.filters,
        slots: placed.slots,
    })
}

/// The lookup of `from_i64` on distinct numbers too far apart for a table
/// indexed by the number (`numeric.rs`): the same hash and displace over
/// `hash::number`, whose slots hold a row instead of a code's words: the
/// lookup compares the row's number, and neither prints the number nor
/// compares text. `None` as for [`build`].
pub(crate) fn build_numbers(values: &[i64]) -> Option<NumberLookup> {
    let table_size = (values.len() + values.len() / 4).next_power_of_two();
    (0..=GROWTH).find_map(|growth| {
        let placed = search(values.len(), table_size << growth, |seeds, hashes| {
            for (hash, &value) in hashes.iter_mut().zip(values) {
                *hash = hash::number(value, seeds);
            }
        })?;
        Some(NumberLookup {
            seeds: placed.seeds,
            displacements: placed.displacements,
            filters: placed.filters,
            slots: placed.slots,
            rows: values.len(),
        })
    })
}

/// The perfect-hash tables of `from_i64` (see [`build_numbers`]).
pub(crate) struct NumberLookup {
    pub(crate) seeds: hash::Seeds,
    pub(crate) displacements: Vec<u32>,
    pub(crate) filters: Vec<u32>,
    pub(crate) slots: Vec<Option<usize>>,
    /// How many numbers, one per row.
    rows: usize,
}

/// What [`search`] finds: seeds under which every key has a slot of its own.
struct Placed {
    seeds: hash::Seeds,
    displacements: Vec<u32>,
    filters: Vec<u32>,
    slots: Vec<Option<usize>>,
}

/// Tries [`ATTEMPTS`] seeds in a fixed order, `hash_all` hashing the
/// `count` keys under each, until every bucket gets a displacement.
fn search(
    count: usize,
    table_size: usize,
    mut hash_all: impl FnMut(&hash::Seeds, &mut [u64]),
) -> Option<Placed> {
    // A power of two, so that the lookup finds the bucket with a shift.
    let buckets = count.div_ceil(4).next_power_of_two();
    let mut hashes = vec![0; count];
    (0..ATTEMPTS).find_map(|attempt| {
        let seeds = [0, 1, 2].map(|word| splitmix(3 * attempt + word));
        hash_all(&seeds, &mut hashes);
        place(&hashes, buckets, table_size).map(|(displacements, slots)| {
            let mut filters = vec![0; buckets];
            for &h in &hashes {
                filters[hash::bucket(h, buckets)] |= hash::filter_bit(h);
            }
            Placed {
                seeds,
                displacements,
                filters,
                slots,
            }
        })
    })
}

/// The hash of a key by its length and sample, as the lookup computes it.
fn sampled(key: &str, seeds: &hash::Seeds) -> u64 {
    let (head, _, tail) = hash::sample(key.as_bytes());
    hash::from_sample(head, tail, key.len(), seeds)
}

/// Whether the sampled hash sees every key differently: no two keys share
/// length, first 8 and last 8 bytes. Sorted words rather than a hash set:
/// integer comparisons stay cheap in the opt-level 0 Cargo builds proc
/// macros at.
pub(crate) fn samples_are_distinct(keys: &[&str]) -> bool {
    let mut samples: Vec<(usize, u64, u64)> = keys
        .iter()
        .map(|key| {
            let (head, _, tail) = hash::sample(key.as_bytes());
            (key.len(), head, tail)
        })
        .collect();
    samples.sort_unstable();
    samples.windows(2).all(|pair| pair[0] != pair[1])
}

type Placement = (Vec<u32>, Vec<Option<usize>>);

fn place(hashes: &[u64], buckets: usize, table_size: usize) -> Option<Placement> {
    let mask = table_size - 1;
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (key, &h) in hashes.iter().enumerate() {
        members[hash::bucket(h, buckets)].push(key);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    // Largest first; stable, so the output depends on the keys alone.
    order.sort_by_key(|&bucket| std::cmp::Reverse(members[bucket].len()));

    let mut displacements = vec![0u32; buckets];
    let mut taken = vec![false; table_size];
    let mut slots = vec![None; table_size];
    let mut chosen = Vec::new();
    for bucket in order {
        let keys = &members[bucket];
        if keys.is_empty() {
            break;
        }
        // Displacements move a bucket's keys together: keys that share a
        // slot at one share it at every one, and need another seed.
        chosen.clear();
        for &key in keys {
            let slot = hash::slot(hashes[key], 0, mask);
            if chosen.contains(&slot) {
                return None;
            }
            chosen.push(slot);
        }
        let displacement = (0..table_size as u32).find(|&d| {
            chosen.clear();
            keys.iter().all(|&key| {
                let slot = hash::slot(hashes[key], d, mask);
                let free = !taken[slot] && !chosen.contains(&slot);
                chosen.push(slot);
                free
            })
        })?;
        for &key in keys {
            let slot = hash::slot(hashes[key], displacement, mask);
            taken[slot] = true;
            slots[slot] = Some(key);
        }
        displacements[bucket] = displacement;
    }
    Some((displacements, slots))
}

impl Lookup {
    /// The buckets as the lookup reads them: per bucket, its filter and
    /// displacement as `filter << 32 | displacement`, a little-endian `u64`.
    pub(crate) fn bucket_bytes(&self) -> Vec<u8> {
        buckets_as_bytes(&self.displacements, &self.filters)
    }

    /// The slots as the lookup reads them: per slot, the words of the
    /// sample of its key (`keys` in row order) and `length << 32 | row`,
    /// little-endian `u64`s. A free slot has length 0 and head word 1,
    /// which no input matches, and row 0, so that the lookup's load of the
    /// row's value is in bounds for every slot.
    pub(crate) fn slot_bytes(&self, keys: &[&str]) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.slots.len() * 32);
        for slot in &self.slots {
            let words = match slot.and_then(|row| Some((row, keys.get(row)?.as_bytes()))) {
                Some((row, key)) => {
                    let (head, middle, tail) = hash::sample(key);
                    [head, middle, tail, (key.len() as u64) << 32 | row as u64]
                }
                None => [1, 0, 0, 0],
            };
            for word in words {
                bytes.extend_from_slice(&word.to_le_bytes());
            }
        }
        bytes
    }
}

impl NumberLookup {
    /// The buckets, as [`Lookup::bucket_bytes`].
    pub(crate) fn bucket_bytes(&self) -> Vec<u8> {
        buckets_as_bytes(&self.displacements, &self.filters)
    }

    /// The slots as `from_i64` reads them: per slot, its number's row, a
    /// little-endian `u16` (a `u32` past 65,536 rows, [`wide`](Self::wide)),
    /// so that the slots of a thousand numbers fit in 4 KiB. A free slot
    /// holds row 0: the one number it answers, the first row's, it answers
    /// rightly.
    pub(crate) fn slot_bytes(&self) -> Vec<u8> {
        let width = if self.wide() { 4 } else { 2 };
        let mut bytes = Vec::with_capacity(self.slots.len() * width);
        for slot in &self.slots {
            let row = slot.unwrap_or(0) as u32;
            bytes.extend_from_slice(&row.to_le_bytes()[..width]);
        }
        bytes
    }

    /// Whether rows take a `u32` in the slots rather than a `u16`.
    pub(crate) fn wide(&self) -> bool {
        self.rows > 1 << 16
    }
}

/// Per bucket, its filter and displacement as `filter << 32 |
/// displacement`, a little-endian `u64`.
fn buckets_as_bytes(displacements: &[u32], filters: &[u32]) -> Vec<u8> {
    displacements
        .iter()
        .zip(filters)
        .flat_map(|(&d, &f)| (u64::from(f) << 32 | u64::from(d)).to_le_bytes())
        .collect()
}

/// A fixed sequence of well-mixed seeds, so the same table always gives the
/// same output.
fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests;
