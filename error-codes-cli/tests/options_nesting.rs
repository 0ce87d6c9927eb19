//! `--options` nested deeper than any option needs: every subcommand that
//! reads options exits 2 with a short message, never a stack overflow.

mod common;

use common::{Dir, text};

#[test]
fn deeply_nested_options_are_an_error_in_every_subcommand() {
    let dir = Dir::new("nesting");
    dir.write("lamp.csv", "code,description\nL.1,The bulb is out.\n");
    let nested = |open: &str, close: &str, count: usize| {
        format!(
            "columns(x: {}u8{})",
            open.repeat(count),
            close.repeat(count)
        )
    };
    let cases = [
        (
            nested("[", "]", 50_000),
            "brackets nested more than 32 deep",
        ),
        (
            nested("(", ")", 50_000),
            "brackets nested more than 32 deep",
        ),
        (
            nested("{", "}", 50_000),
            "brackets nested more than 32 deep",
        ),
        (nested("A<", ">", 30_000), "a type nested more than 32 deep"),
        (nested("&", "", 100_000), "a type nested more than 32 deep"),
        (
            nested("&A<", ">", 20_000),
            "a type nested more than 32 deep",
        ),
    ];
    for (options, expected) in &cases {
        for args in [
            &["check", "lamp.csv"][..],
            &["diff", "lamp.csv", "lamp.csv"],
            &["export", "lamp.csv", "--format", "json"],
            &["export", "lamp.csv", "--format", "html"],
            &["generate", "lamp.csv", "--enum", "Lamp"],
        ] {
            let mut args = args.to_vec();
            args.extend(["--options", options]);
            let output = dir.run(&args);
            let stderr = text(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{} {expected}: {stderr}",
                args[0]
            );
            assert!(
                stderr.contains(expected),
                "{} {expected}: {stderr}",
                args[0]
            );
            assert!(stderr.len() < 200, "{} {expected}: {stderr}", args[0]);
        }
    }
    // As deep as the limit, the options are read (and this column is not
    // in the table).
    let options = nested("(", ")", 30);
    let output = dir.run(&["check", "lamp.csv", "--options", &options]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
}

/// A message that quotes what it was given (an option's key, a heading, a
/// type) keeps each line short whatever that was.
#[test]
fn messages_quoting_long_input_stay_short() {
    let dir = Dir::new("long-input");
    dir.write("lamp.csv", "code,description\nL.1,The bulb is out.\n");
    let long = "a".repeat(100_000);
    for (options, status) in [
        (format!("{long} = 1"), 2),
        (format!("ignore = [\"{long}\"]"), 1),
        (format!("columns(x: {long})"), 1),
        (format!("duplicates = \"{long}\""), 2),
    ] {
        for args in [
            &["check", "lamp.csv"][..],
            &["generate", "lamp.csv", "--enum", "Lamp"],
        ] {
            let mut args = args.to_vec();
            args.extend(["--options", &options]);
            let output = dir.run(&args);
            let stderr = text(&output.stderr);
            assert!(
                matches!(output.status.code(), Some(1 | 2)),
                "{} {}",
                args[0],
                &stderr[..200.min(stderr.len())]
            );
            if args[0] == "check" {
                assert_eq!(
                    output.status.code(),
                    Some(status),
                    "{}",
                    &stderr[..200.min(stderr.len())]
                );
            }
            assert!(stderr.len() < 3_000, "{} {}", args[0], stderr.len());
            assert!(
                stderr.contains("more characters)"),
                "{}",
                &stderr[..200.min(stderr.len())]
            );
        }
    }
}
