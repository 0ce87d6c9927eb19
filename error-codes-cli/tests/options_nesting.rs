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
