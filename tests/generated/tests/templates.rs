//! Rows with placeholders in a file of `error-codes generate`:
//! the checked-code macro fills them with no proc macro at all, as the
//! attribute's does.

use generated::templates::Templates;

mod attribute {
    //! The same table through the attribute (paths from this package).
    #[error_codes_core::error_codes(
        csv = "../tests/fixtures/templates.csv",
        enum_path = "attribute::Templates"
    )]
    pub enum Templates {}
}

#[test]
fn the_generated_macro_fills_as_the_attributes_does() {
    let pairs = [
        (
            generated::templates!("T.2", "flavor").to_string(),
            templates!("T.2", "flavor").to_string(),
        ),
        (
            generated::templates!("T.4", 1, 2, what = "x").to_string(),
            templates!("T.4", 1, 2, what = "x").to_string(),
        ),
        (
            generated::templates!("T.10", to_unit = "h", from_unit = "km").to_string(),
            templates!("T.10", to_unit = "h", from_unit = "km").to_string(),
        ),
        (
            generated::templates!("T.3", 'a', 'b',).to_string(),
            templates!("T.3", 'a', 'b',).to_string(),
        ),
    ];
    for (generated, attribute) in pairs {
        assert_eq!(generated, attribute);
    }
    assert_eq!(
        generated::templates!("T.4", 1, 2, what = "x").text(),
        "Move x from 1 to 2, then x again."
    );
}

#[test]
fn placeholders_descriptions_and_fill_agree_with_the_attribute() {
    for (generated, attribute) in Templates::ALL.iter().zip(attribute::Templates::ALL) {
        assert_eq!(generated.placeholders(), attribute.placeholders());
        assert_eq!(generated.description(), attribute.description());
        let args: Vec<String> = (0..generated.placeholders().len())
            .map(|i| format!("<{i}>"))
            .collect();
        let args: Vec<&dyn std::fmt::Display> =
            args.iter().map(|a| a as &dyn std::fmt::Display).collect();
        assert_eq!(
            generated.fill(&args).unwrap().text(),
            attribute.fill(&args).unwrap().text()
        );
    }
}
