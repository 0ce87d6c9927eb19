//! `Code<E>` over tables generated here: the attribute's enums and a derived
//! subset, where a code of the CSV that the subset does not name is unknown
//! to it.

use error_codes_core::Code;
use std::collections::{HashMap, HashSet};
use tests::wire::{Grpc, Retry};

#[test]
fn every_code_of_a_table_is_known_and_round_trips_through_its_text() {
    for &value in Grpc::ALL {
        let code = Code::<Grpc>::new(value.code());
        assert_eq!(code.known(), Some(value));
        assert_eq!(code.as_str(), value.code());
        assert_eq!(code.to_string(), value.to_string());
        assert_eq!(code.as_str().parse::<Code<Grpc>>(), Ok(code));
    }
}

#[test]
fn a_subset_knows_its_own_codes_and_keeps_the_others_as_text() {
    assert_eq!(Code::<Retry>::new("14"), Retry::Unavailable);
    assert_eq!(Code::<Retry>::new("14").known(), Some(Retry::Unavailable));

    // In the CSV, but not one of the subset's codes.
    let not_found = Code::<Retry>::new("5");
    assert!(Grpc::from_code("5").is_some());
    assert!(!not_found.is_known());
    assert_eq!(not_found.as_str(), "5");
    assert_eq!(not_found.unknown().map(|u| u.enum_name()), Some("Retry"));
    assert_eq!(
        not_found.into_known().unwrap_err(),
        "5".parse::<Retry>().unwrap_err()
    );
}

#[test]
fn codes_work_as_map_keys_and_are_found_by_their_text() {
    let mut seen: HashMap<Code<Grpc>, usize> = HashMap::new();
    for text in ["14", "14", "99", "5", "99", "99"] {
        *seen.entry(text.into()).or_default() += 1;
    }
    assert_eq!(seen.get("14"), Some(&2));
    assert_eq!(seen.get("99"), Some(&3));
    assert_eq!(seen.get(&Code::from(Grpc::NotFound)), Some(&1));
    assert_eq!(seen.get("7"), None);

    let set: HashSet<Code<Grpc>> = ["0", "00", "0"].into_iter().map(Code::from).collect();
    assert_eq!(
        set.len(),
        2,
        "\"00\" is not \"0\": codes are compared as text"
    );
}

#[test]
fn debug_names_the_variant_or_shows_the_text() {
    assert_eq!(format!("{:?}", Code::<Grpc>::new("5")), "Known(NotFound)");
    assert_eq!(
        format!("{:?}", Code::<Grpc>::new("five")),
        "Unknown(\"five\")"
    );
}
