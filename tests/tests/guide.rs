//! The guide's options table (error-codes-core's `guide::options`) lists
//! every option the parser knows, once, and says rightly which of them the
//! derive takes: the table is written by hand, the list is the code's.

use error_codes_codegen::OPTIONS;

const GUIDE: &str = include_str!("../../error-codes-core/src/guide/options.md");

/// Each row of the table: the option it documents (the name its first
/// cell opens with) and its `derive` cell.
fn rows() -> Vec<(String, String)> {
    GUIDE
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let first = cells[0].trim_start_matches("| `");
            let name: String = first
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (name, cells.get(1).map_or("", |c| c.trim()).to_owned())
        })
        .collect()
}

#[test]
fn every_option_has_one_row_in_the_guide() {
    let rows = rows();
    for option in OPTIONS {
        let found: Vec<_> = rows
            .iter()
            .filter(|(name, _)| name == option.name)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "`{}` in the guide's options table: {found:?}",
            option.name
        );
        let derive = if option.derive { "yes" } else { "no" };
        assert_eq!(found[0].1, derive, "the derive column of `{}`", option.name);
    }
}

#[test]
fn every_row_of_the_guide_is_an_option() {
    let rows = rows();
    assert!(!rows.is_empty(), "no table in the guide's options chapter");
    for (name, _) in &rows {
        assert!(
            OPTIONS.iter().any(|option| option.name == name),
            "`{name}` is in the guide's options table but not in OPTIONS"
        );
    }
}
