//! Codes whose text has placeholders: what each row takes, what
//! it shows unfilled, and its text filled by the checked-code macro
//! (checked at compile time) and by `fill` at run time.

use error_codes_core::{ArgumentError, Code, Formatted, error_codes};
use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;

/// A table of our own with every form of placeholder.
#[error_codes(csv = "tests/fixtures/templates.csv")]
pub enum Templates {}

#[test]
fn every_row_lists_its_placeholders_in_argument_order() {
    let listed: Vec<(&str, &[&str])> = Templates::ALL
        .iter()
        .map(|t| (t.code(), t.placeholders()))
        .collect();
    let expected: [(&str, &[&str]); 10] = [
        ("T.1", &["user_id"]),
        ("T.2", &["0"]),
        ("T.3", &["0", "1"]),
        ("T.4", &["0", "1", "what"]),
        ("T.5", &["field"]),
        ("T.6", &[]),
        ("T.7", &[]),
        ("T.8", &["0", "1"]),
        ("T.9", &["value"]),
        ("T.10", &["from_unit", "to_unit"]),
    ];
    assert_eq!(listed, expected);
}

#[test]
fn unfilled_rows_show_their_template_with_doubled_braces_resolved() {
    assert_eq!(
        templates!("T.5").description(),
        r#"Send {"a": 1} as {field}; {literal} braces stay."#
    );
    assert_eq!(
        templates!("T.2").to_string(),
        "T.2: Invalid {0} parameter in the request."
    );
    assert_eq!(
        templates!("T.6").description(),
        "Text in {braces like this} and {0:>5} is no placeholder."
    );
    assert_eq!(
        templates!("T.9").description(),
        "Uses {name} literally, fills {value}."
    );
    // Patterns keep working for rows with placeholders.
    assert!(matches!(
        Templates::from_code("T.1"),
        Some(templates!("T.1"))
    ));
}

#[test]
fn the_macro_fills_positional_and_named_arguments() {
    let e = templates!("T.2", "flavor");
    assert_eq!(
        e.to_string(),
        "T.2: Invalid flavor parameter in the request."
    );
    assert_eq!(e.code(), "T.2");
    assert_eq!(e.text(), "Invalid flavor parameter in the request.");
    assert_eq!(e.variant(), templates!("T.2"));
    assert_eq!(e.variant().module(), Some("Users"));

    let user_id = 42;
    assert_eq!(
        templates!("T.1", user_id = user_id).text(),
        "User 42 not found."
    );
    assert_eq!(
        templates!("T.3", 'a', 2.5,).text(),
        "Instances (a) and (2.5) cannot be deleted."
    );
    assert_eq!(
        templates!("T.4", "A", "B", what = "the box").text(),
        "Move the box from A to B, then the box again."
    );
    assert_eq!(
        templates!("T.8", "zero", "one").text(),
        "Positions one before zero."
    );
    assert_eq!(
        templates!("T.5", field = "body").text(),
        r#"Send {"a": 1} as body; {literal} braces stay."#
    );
    // Named arguments in any order.
    assert_eq!(
        templates!("T.10", to_unit = "hour", from_unit = "km").text(),
        "Rates of km per hour."
    );
    // A code spelled another way takes its arguments as well.
    assert_eq!(
        templates!(r"T.2", 7).text(),
        "Invalid 7 parameter in the request."
    );
    // A comparison and a call with commas are one argument each.
    let (a, b) = (1, 2);
    assert_eq!(
        templates!("T.3", a == b, i32::max(a, b)).text(),
        "Instances (false) and (2) cannot be deleted."
    );
}

/// A value that counts how often it is displayed and records the order in
/// which the arguments were evaluated.
struct Probe<'a> {
    name: &'static str,
    shown: &'a Cell<usize>,
}

impl fmt::Display for Probe<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown.set(self.shown.get() + 1);
        f.write_str(self.name)
    }
}

#[test]
fn each_argument_is_evaluated_once_in_the_order_written() {
    let order = std::cell::RefCell::new(Vec::new());
    let shown = Cell::new(0);
    let probe = |name: &'static str| {
        order.borrow_mut().push(name);
        Probe {
            name,
            shown: &shown,
        }
    };
    let e = templates!("T.10", to_unit = probe("h"), from_unit = probe("km"));
    assert_eq!(e.text(), "Rates of km per h.");
    assert_eq!(*order.borrow(), ["h", "km"]);
    // `what` appears twice in T.4 and is evaluated once.
    order.borrow_mut().clear();
    let e = templates!("T.4", probe("a"), probe("b"), what = probe("w"));
    assert_eq!(e.text(), "Move w from a to b, then w again.");
    assert_eq!(*order.borrow(), ["a", "b", "w"]);
}

#[test]
fn formatted_values_compare_hash_and_are_errors() {
    let a = templates!("T.2", "x");
    let b = a.clone();
    assert_eq!(a, b);
    assert_ne!(a, templates!("T.2", "y"));
    let set: HashSet<Formatted<Templates>> = [a.clone(), b, templates!("T.2", "y")].into();
    assert_eq!(set.len(), 2);
    let boxed: Box<dyn std::error::Error> = Box::new(a.clone());
    assert_eq!(
        boxed.to_string(),
        "T.2: Invalid x parameter in the request."
    );
    assert_eq!(
        format!("{a:?}"),
        r#"Formatted { variant: T2, code: "T.2", text: "Invalid x parameter in the request.", arguments: [("0", "x")] }"#
    );
    assert_eq!(a.into_text(), "Invalid x parameter in the request.");
    // Without placeholders the macro is the bare variant, as before.
    let bare: Templates = templates!("T.7");
    assert_eq!(bare.to_string(), "T.7: No placeholders at all.");
}

#[test]
fn fill_at_run_time_takes_arguments_in_placeholder_order() {
    let code = Templates::from_code("T.4").unwrap();
    let filled = code.fill(&[&"A", &"B", &"it"]).unwrap();
    assert_eq!(filled.text(), "Move it from A to B, then it again.");
    assert_eq!(filled, templates!("T.4", "A", "B", what = "it"));

    let error: ArgumentError = code.fill(&[&"A"]).unwrap_err();
    assert_eq!((error.takes(), error.got(), error.code()), (3, 1, "T.4"));
    assert_eq!(error.placeholders(), ["0", "1", "what"]);
    assert_eq!(
        error.to_string(),
        r#"code "T.4" takes 3 arguments ({0}, {1}, {what}), got 1"#
    );
    let plain = Templates::from_code("T.7").unwrap();
    assert_eq!(plain.fill(&[]).unwrap().text(), "No placeholders at all.");
    assert_eq!(plain.fill(&[&1]).unwrap_err().takes(), 0);
    // Rows with braces but no placeholder fill with none, showing them.
    assert_eq!(
        templates!("T.6").fill(&[]).unwrap().text(),
        "Text in {braces like this} and {0:>5} is no placeholder."
    );
}

#[test]
fn tables_without_placeholders_have_none() {
    assert!(
        error_codes_core::VbsError::ALL
            .iter()
            .all(|code| code.placeholders().is_empty())
    );
}

#[test]
fn formatted_is_written_as_code_message_and_arguments() {
    let json = serde_json::to_value(templates!("T.1", user_id = "ann")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"code": "T.1", "message": "User ann not found.", "arguments": {"user_id": "ann"}})
    );
    // Positional arguments under their index, in placeholder order.
    let json = serde_json::to_string(&templates!("T.4", "a", "b", what = 3)).unwrap();
    assert_eq!(
        json,
        r#"{"code":"T.4","message":"Move 3 from a to b, then 3 again.","arguments":{"0":"a","1":"b","what":"3"}}"#
    );
    // No arguments, no member.
    let json = serde_json::to_string(&Templates::T6.fill(&[]).unwrap()).unwrap();
    assert!(!json.contains("arguments"), "{json}");
}

#[test]
fn formatted_reads_back_with_its_arguments() {
    let sent = templates!("T.4", "a", "b", what = 3);
    let json = serde_json::to_string(&sent).unwrap();
    let back: Formatted<Templates> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sent);
    assert_eq!(back.argument("what"), Some("3"));
    assert_eq!(
        back.arguments().collect::<Vec<_>>(),
        [("0", "a"), ("1", "b"), ("what", "3")]
    );

    // An unknown code is an error for the table's own type, and kept by
    // `Formatted<Code<E>>`, as `Code<E>` keeps it.
    let newer = r#"{"code":"T.99","message":"New.","arguments":{"x":"1"},"extra":[1]}"#;
    let error = serde_json::from_str::<Formatted<Templates>>(newer).unwrap_err();
    assert!(
        error
            .to_string()
            .contains(r#"unknown Templates code "T.99""#),
        "{error}"
    );
    let kept: Formatted<Code<Templates>> = serde_json::from_str(newer).unwrap();
    assert_eq!(kept.code(), "T.99");
    assert!(!kept.variant().is_known());
    assert_eq!((kept.text(), kept.argument("x")), ("New.", Some("1")));
    assert_eq!(
        serde_json::to_string(&kept).unwrap(),
        r#"{"code":"T.99","message":"New.","arguments":{"x":"1"}}"#
    );

    let known: Formatted<Code<Templates>> = serde_json::from_str(&json).unwrap();
    assert_eq!(known.into_known(), Ok(sent));
    for wrong in [
        r#"{"message":"m"}"#,
        r#"{"code":"T.1"}"#,
        r#"{"code":"T.1","message":"m","arguments":[]}"#,
        "7",
    ] {
        assert!(
            serde_json::from_str::<Formatted<Code<Templates>>>(wrong).is_err(),
            "{wrong}"
        );
    }
}

/// A table whose rows have a `message`: the message is the template, and
/// the description stays as written.
#[error_codes(csv = "tests/fixtures/message_templates.csv")]
pub enum Messages {}

#[test]
fn the_message_is_the_template_where_the_row_has_one() {
    assert_eq!(Messages::M1.placeholders(), ["account"]);
    assert_eq!(Messages::M2.placeholders(), ["0", "1"]);
    assert_eq!(Messages::M3.placeholders(), [""; 0]);
    // The description is no template where the row has a message.
    assert_eq!(Messages::M4.placeholders(), [""; 0]);
    assert_eq!(Messages::M4.description(), "Documented only {here}.");
    assert_eq!(
        Messages::M1.description(),
        "The account named in the path does not exist; the {message} is what is sent."
    );
    assert_eq!(
        Messages::M1.message(),
        Some("Account {account} was not found.")
    );

    let filled = messages!("M.1", account = "acme");
    assert_eq!(filled.text(), "Account acme was not found.");
    assert_eq!(filled.to_string(), "M.1: Account acme was not found.");
    assert_eq!(
        messages!("M.2", "size", 1).text(),
        "Parameter size must be between 1 and 10."
    );
    // Without placeholders, the text is the message, else the description.
    assert_eq!(Messages::M4.fill(&[]).unwrap().text(), "Nothing to fill.");
    assert_eq!(
        Messages::M3.fill(&[]).unwrap().text(),
        "The request body is empty."
    );
    assert_eq!(
        Messages::M1
            .fill(&[&"x"])
            .unwrap()
            .arguments()
            .collect::<Vec<_>>(),
        [("account", "x")]
    );
}

/// A subset named by hand gets the same placeholders and `fill`.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "tests/fixtures/templates.csv")]
pub enum Moves {
    /// Moving.
    #[code = "T.4"]
    Move,
    /// Nothing to fill.
    #[code = "T.7"]
    Plain,
}

#[test]
fn derived_subsets_fill_too() {
    assert_eq!(Moves::Move.placeholders(), ["0", "1", "what"]);
    assert!(Moves::Plain.placeholders().is_empty());
    let filled = Moves::Move.fill(&[&"A", &"B", &"it"]).unwrap();
    assert_eq!(
        filled.to_string(),
        "T.4: Move it from A to B, then it again."
    );
    assert_eq!(filled.variant(), Moves::Move);
    assert_eq!(Moves::Move.fill(&[]).unwrap_err().takes(), 3);
}

/// A row filled through the checked-code macro: the code, the text, the
/// row, with positions and then names as `format!` takes them.
#[test]
fn the_macro_fills_positions_then_names() {
    let e = templates!("T.2", "flavor");
    assert_eq!(
        e.to_string(),
        "T.2: Invalid flavor parameter in the request."
    );
    assert_eq!(e.code(), "T.2");
    assert_eq!(e.text(), "Invalid flavor parameter in the request.");
    let e = templates!("T.4", "A", "B", what = "the box"); // positions, then names
    assert_eq!(e.variant(), Templates::T4); // the row, every column
}

/// Generic code over any table fills through the `ErrorCode` trait, with
/// the same placeholders and the same errors as the enum's own `fill`.
#[test]
fn generic_code_fills_any_table_through_the_trait() {
    use error_codes_core::ErrorCode;
    fn reply<E: ErrorCode>(code: &str, args: &[&dyn fmt::Display]) -> Option<String> {
        let error = E::from_code(code)?;
        Some(match error.fill(args) {
            Ok(filled) => filled.to_string(),
            Err(wrong) => format!("{wrong} (takes {:?})", error.placeholders()),
        })
    }
    assert_eq!(
        reply::<Templates>("T.3", &[&"a", &2]),
        Templates::from_code("T.3")
            .and_then(|t| t.fill(&[&"a", &2]).ok())
            .map(|filled| filled.to_string())
    );
    assert_eq!(
        reply::<Templates>("T.2", &[&"color"]).as_deref(),
        Some("T.2: Invalid color parameter in the request.")
    );
    assert_eq!(
        reply::<Templates>("T.2", &[]).as_deref(),
        Some(r#"code "T.2" takes 1 argument ({0}), got 0 (takes ["0"])"#)
    );
    for value in Templates::ALL {
        assert_eq!(ErrorCode::placeholders(value), value.placeholders());
    }
}

/// An enum that implements `ErrorCode` by hand gets the defaults: no
/// placeholders, and `fill` gives the description for no arguments.
#[test]
fn a_hand_written_error_code_fills_without_placeholders() {
    use error_codes_core::ErrorCode;
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Own {
        Busy,
    }
    impl fmt::Display for Own {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("OWN.1: Busy, try later.")
        }
    }
    impl ErrorCode for Own {
        const ALL: &'static [Self] = &[Own::Busy];
        fn code(&self) -> &'static str {
            "OWN.1"
        }
        fn description(&self) -> &'static str {
            "Busy, try later."
        }
        fn module(&self) -> Option<&'static str> {
            None
        }
        fn from_code(code: &str) -> Option<Self> {
            (code == "OWN.1").then_some(Own::Busy)
        }
    }
    assert!(Own::Busy.placeholders().is_empty());
    let filled = Own::Busy.fill(&[]).expect("no arguments fit");
    assert_eq!(
        (filled.variant(), filled.text()),
        (Own::Busy, "Busy, try later.")
    );
    let wrong = Own::Busy.fill(&[&1]).expect_err("one argument is too many");
    assert_eq!((wrong.code(), wrong.takes(), wrong.got()), ("OWN.1", 0, 1));
}

/// Placeholder names that differ only in how Unicode composes them are one
/// name to rustc, so one placeholder, filled by one argument.
#[error_codes(csv = "tests/fixtures/composed_names.csv")]
pub enum ComposedNames {}

#[test]
fn a_name_composed_two_ways_is_one_placeholder() {
    assert_eq!(
        ComposedNames::ALL[0].placeholders(),
        ["caf\u{e9}", "\u{ac00}"]
    );
    assert_eq!(
        composed_names!("C.1", café = "Lyon", 가 = "the guide").text(),
        "From Lyon to Lyon, as the guide says."
    );
    let filled = ComposedNames::ALL[0].fill(&[&"Nice", &"Ann"]).unwrap();
    assert_eq!(filled.text(), "From Nice to Nice, as Ann says.");
}

/// An argument whose `Display` fails adds what it wrote before failing, to
/// the text and to the arguments alike, and nothing panics.
#[test]
fn an_argument_whose_display_fails_keeps_what_it_wrote() {
    struct Half;
    impl fmt::Display for Half {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("hal")?;
            Err(fmt::Error)
        }
    }
    let filled = templates!("T.4", Half, "b", what = Half);
    assert_eq!(filled.text(), "Move hal from hal to b, then hal again.");
    assert_eq!(
        filled.arguments().collect::<Vec<_>>(),
        [("0", "hal"), ("1", "b"), ("what", "hal")]
    );
}
