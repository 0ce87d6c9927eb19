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
    closest_of(input, &mut candidates.into_iter(), limit)
}

/// [`closest`] for any iterator, compiled once here rather than once per
/// caller's iterator type.
fn closest_of<'a>(
    input: &str,
    candidates: &mut dyn Iterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let input_len = input.chars().count();
    let mut ranked: Vec<(usize, &str)> = candidates
        .filter_map(|candidate| {
            let distance = strsim::damerau_levenshtein(input, candidate);
            let longest = input_len.max(candidate.chars().count());
            (distance * 2 < longest.max(2)).then_some((distance, candidate))
        })
        .collect();
    // Only the closest, in table order: after `VolumeBackup.0900` for
    // `VolumeBakup.0900`, codes one more edit away are noise. No sort: a
    // stable sort's code, built for each caller, cost more than the search.
    if let Some(best) = ranked.iter().map(|&(distance, _)| distance).min() {
        ranked.retain(|&(distance, _)| distance == best);
    }
    ranked.truncate(limit);
    ranked.into_iter().map(|(_, candidate)| candidate).collect()
}

/// `did you mean "a" or "b"?` for the candidates [`closest`] found, each
/// written by `show` ([`as_code`] or [`as_name`]); `None` when there are none.
/// The one wording of every did-you-mean, in the macro and the command alike.
pub fn did_you_mean(closest: &[&str], show: fn(&str) -> String) -> Option<String> {
    let shown: Vec<String> = closest.iter().map(|item| show(item)).collect();
    match shown.split_last() {
        None => None,
        Some((last, [])) => Some(format!("did you mean {last}?")),
        Some((last, rest)) => Some(format!("did you mean {} or {last}?", rest.join(", "))),
    }
}

/// A code as [`did_you_mean`] shows it: `"A.1"`.
pub fn as_code(code: &str) -> String {
    format!("\"{code}\"")
}

/// An option or column as [`did_you_mean`] shows it: `` `name` ``.
pub fn as_name(name: &str) -> String {
    format!("`{name}`")
}

#[cfg(test)]
mod tests {
    use super::{as_code, as_name, closest, did_you_mean};

    #[test]
    fn one_wording_for_one_two_or_three() {
        assert_eq!(did_you_mean(&[], as_code), None);
        assert_eq!(
            did_you_mean(&["A"], as_code).unwrap(),
            "did you mean \"A\"?"
        );
        assert_eq!(
            did_you_mean(&["a", "b", "c"], as_name).unwrap(),
            "did you mean `a`, `b` or `c`?"
        );
    }

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
