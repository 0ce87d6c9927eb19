//! Did-you-mean suggestions, for misspelled options and unknown codes.

/// The candidates closest to `input`, all equally close, at most `limit` of
/// them, in the order given.
///
/// Ranked by Damerau-Levenshtein distance (a swapped pair of letters counts
/// once, the most common typo), keeping only those that share more than they
/// differ, so that a wild guess is not answered with an unrelated code.
pub fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let input_len = input.chars().count();
    let mut ranked: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let distance = strsim::damerau_levenshtein(input, candidate);
            let longest = input_len.max(candidate.chars().count());
            (distance * 2 < longest.max(2)).then_some((distance, candidate))
        })
        .collect();
    // Stable sort: equally close candidates keep table order.
    ranked.sort_by_key(|&(distance, _)| distance);
    // Only the closest: after `VolumeBackup.0900` for `VolumeBakup.0900`,
    // codes one more edit away are noise.
    if let Some(&(best, _)) = ranked.first() {
        ranked.retain(|&(distance, _)| distance == best);
    }
    ranked.truncate(limit);
    ranked.into_iter().map(|(_, candidate)| candidate).collect()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_a_swapped_or_dropped_letter() {
        let codes = ["VolumeBackup.0900", "VolumeBackup.0013", "common.0011"];
        assert_eq!(
            closest("VolumeBakup.0900", codes, 3)[0],
            "VolumeBackup.0900"
        );
        assert_eq!(closest("cvs", ["csv", "crate"], 1), ["csv"]);
    }

    #[test]
    fn stays_quiet_for_unrelated_input() {
        assert!(closest("xyz", ["csv", "crate", "code_macro"], 3).is_empty());
    }
}
