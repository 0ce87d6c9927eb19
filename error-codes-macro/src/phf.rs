//! Builds the perfect hash behind `from_code`, at expansion time.
//!
//! Hash and displace: keys fall into buckets of two to four (a power of two
//! of buckets); from the largest bucket down, each bucket gets the first
//! displacement that, XORed into its keys' hashes, moves them all to free
//! slots. A lookup is then one hash, two loads and a comparison of four
//! words (see `expand::lookup`), whatever the table size.

use crate::hash;

/// The lookup tables of one enum.
pub struct Lookup {
    pub seed: u64,
    /// Whether keys are told apart only by [`hash::full`], not by their sample.
    pub full: bool,
    pub displacements: Vec<u32>,
    /// Row index per slot, `None` for a free slot.
    pub slots: Vec<Option<usize>>,
}

/// Seeds tried before giving up; each succeeds with high probability.
const ATTEMPTS: u64 = 1000;

/// Builds the lookup of distinct `keys`; `None` only if no seed works,
/// which does not happen for distinct keys in practice.
pub fn build(keys: &[&str]) -> Option<Lookup> {
    // The sample tells most tables apart; the full hash is the fallback for
    // keys alike at both ends, or a sample hash that happens to collide.
    let sampled_works = samples_are_distinct(keys);
    sampled_works
        .then(|| build_with(keys, false))
        .flatten()
        .or_else(|| build_with(keys, true))
}

fn build_with(keys: &[&str], full: bool) -> Option<Lookup> {
    let table_size = (keys.len() + keys.len() / 4).next_power_of_two();
    // A power of two, so that the lookup finds the bucket with a shift.
    let buckets = keys.len().div_ceil(4).next_power_of_two();
    (0..ATTEMPTS).find_map(|attempt| {
        let seed = splitmix(attempt);
        let hashes: Vec<u64> = keys
            .iter()
            .map(|key| {
                if full {
                    hash::full(key.as_bytes(), seed)
                } else {
                    sampled(key, seed)
                }
            })
            .collect();
        place(&hashes, buckets, table_size).map(|(displacements, slots)| Lookup {
            seed,
            full,
            displacements,
            slots,
        })
    })
}

/// The hash of a key by its length and sample, as the lookup computes it.
fn sampled(key: &str, seed: u64) -> u64 {
    let (head, tail) = hash::sample(key.as_bytes());
    hash::from_sample(head, tail, key.len(), seed)
}

/// Whether the sampled hash sees every key differently: no two keys share
/// length, first 8 and last 8 bytes. Sorted words rather than a hash set:
/// integer comparisons stay cheap in the opt-level 0 Cargo builds proc
/// macros at.
pub fn samples_are_distinct(keys: &[&str]) -> bool {
    let mut samples: Vec<(usize, u64, u64)> = keys
        .iter()
        .map(|key| {
            let (head, tail) = hash::sample(key.as_bytes());
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

/// A fixed sequence of well-mixed seeds, so the same table always gives the
/// same output.
fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(lookup: &Lookup, key: &str) -> Option<usize> {
        let h = if lookup.full {
            hash::full(key.as_bytes(), lookup.seed)
        } else {
            sampled(key, lookup.seed)
        };
        let b = hash::bucket(h, lookup.displacements.len());
        lookup.slots[hash::slot(h, lookup.displacements[b], lookup.slots.len() - 1)]
    }

    #[test]
    fn every_key_finds_its_own_row() {
        let owned: Vec<String> = (0..10_000)
            .map(|i| format!("Namespace{}.{:04}", i % 37, i))
            .collect();
        let keys: Vec<&str> = owned.iter().map(String::as_str).collect();
        let lookup = build(&keys).expect("builds");
        assert!(!lookup.full);
        for (row, key) in keys.iter().enumerate() {
            assert_eq!(probe(&lookup, key), Some(row), "{key}");
        }
    }

    /// Displacements move a bucket's keys together, so a seed can fail;
    /// every table size still builds, with few seeds.
    #[test]
    fn tables_of_every_size_build_and_place_every_key() {
        let owned: Vec<String> = (0..600).map(|i| format!("Code.{i}")).collect();
        for len in (1..=300).chain([512, 513, 600]) {
            let keys: Vec<&str> = owned[..len].iter().map(String::as_str).collect();
            let lookup = build(&keys).expect("builds");
            let attempt = (0..ATTEMPTS).position(|n| splitmix(n) == lookup.seed);
            assert!(
                attempt.is_some_and(|n| n < 20),
                "{len} keys: seed {attempt:?}"
            );
            for (row, key) in keys.iter().enumerate() {
                assert_eq!(probe(&lookup, key), Some(row), "{len} keys: {key}");
            }
        }
    }

    #[test]
    fn keys_alike_at_both_ends_use_the_full_hash() {
        let keys = ["prefix--A--suffix", "prefix--B--suffix", "x"];
        let lookup = build(&keys).expect("builds");
        assert!(lookup.full);
        for (row, key) in keys.iter().enumerate() {
            assert_eq!(probe(&lookup, key), Some(row));
        }
    }

    #[test]
    fn the_same_keys_give_the_same_tables() {
        let keys = ["a", "bb", "ccc", "dddd", "eeeee"];
        let (one, two) = (build(&keys).unwrap(), build(&keys).unwrap());
        assert_eq!(
            (one.seed, one.displacements, one.slots),
            (two.seed, two.displacements, two.slots)
        );
    }
}
