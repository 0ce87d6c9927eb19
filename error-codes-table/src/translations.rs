//! A row's translated cells (`description@de`, `message@zh-CN`), read and
//! checked as the cells they translate are: plain text by the same rules,
//! and a template's translation taking the same arguments as the template,
//! since a caller fills every language with one set of arguments. With
//! `require_languages`, an empty translation is an error rather than a
//! fallback to the table's language.

use crate::header::{Columns, Layout, Standard, Translated};
use crate::languages::TRANSLATED;
use crate::parse::{Row, Translation};
use crate::placeholders;
use crate::problem::Problem;

/// The languages of the translated columns, each once as first written,
/// in column order.
pub fn languages(columns: &Columns) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for found in &columns.translated {
        if !languages.iter().any(|l| l.eq_ignore_ascii_case(&found.tag)) {
            languages.push(found.tag.clone());
        }
    }
    languages
}

/// Every language `require_languages` names has a translation of every
/// column the table has that takes one.
pub fn check_required(columns: &Columns, languages: &[String], layout: &Layout) -> Vec<Problem> {
    let mut problems = Vec::new();
    for required in &layout.languages.required {
        if !languages.iter().any(|l| l.eq_ignore_ascii_case(required)) {
            problems.push(Problem::at(
                1,
                format!(
                    "`require_languages` names `{required}`, but the table has no column in it; add `description@{required}`"
                ),
            ));
            continue;
        }
        for standard in TRANSLATED {
            let Some(index) = columns.get(standard) else {
                continue;
            };
            // A table of messages without descriptions translates both in
            // `message@...`, which `description@...` may stand for.
            let translated = columns.translated.iter().any(|found| {
                found.tag.eq_ignore_ascii_case(required)
                    && (found.standard == standard
                        || (standard == Standard::Message
                            && columns.get(Standard::Description).is_none()
                            && found.standard == Standard::Description))
            });
            if !translated {
                problems.push(Problem::at(
                    1,
                    format!(
                        "the header has no column `{}@{required}`, which `require_languages` asks for: every `{}` cell in `{required}`",
                        columns.heading(index),
                        standard.name()
                    ),
                ));
            }
        }
    }
    problems
}

/// The row's translations, one per language, and the problems of their
/// cells. `cell` gives the trimmed text of the column at an index.
pub fn read(
    row: &Row,
    columns: &Columns,
    layout: &Layout,
    languages: &[String],
    cell: impl Fn(usize) -> String,
) -> (Vec<Translation>, Vec<Problem>) {
    let mut problems = Vec::new();
    if languages.is_empty() {
        return (Vec::new(), problems);
    }
    let no_description = columns.get(Standard::Description).is_none();
    let mut translations = vec![Translation::default(); languages.len()];
    // The language of a translated column, as `languages` lists it.
    let language = |found: &Translated| {
        languages
            .iter()
            .position(|l| l.eq_ignore_ascii_case(&found.tag))
    };
    for found in &columns.translated {
        let Some(at) = language(found) else {
            continue;
        };
        let text = Some(cell(found.index)).filter(|text| !text.is_empty());
        let translation = &mut translations[at];
        match found.standard {
            Standard::Description => translation.description = text,
            Standard::Message => {
                if no_description && translation.description.is_none() {
                    translation.description.clone_from(&text);
                }
                translation.message = text;
            }
            _ => translation.solution = text,
        }
    }
    for found in &columns.translated {
        let Some(at) = language(found) else {
            continue;
        };
        check_cell(
            row,
            found,
            &translations[at],
            columns,
            layout,
            &mut problems,
        );
    }
    (translations, problems)
}

/// The rules of one translated cell: text a reader sees, a template's
/// placeholders, and a required language's cell present.
fn check_cell(
    row: &Row,
    found: &Translated,
    translation: &Translation,
    columns: &Columns,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) {
    let line = row.line;
    let code = &row.code;
    let heading = columns.heading(found.index);
    let column = found.index + 1;
    let at = |message: String| {
        Problem::at(
            line,
            format!("column `{heading}` (column {column}): {message}"),
        )
    };
    let original = match found.standard {
        Standard::Description => Some(row.description.as_str()),
        Standard::Message => row.message.as_deref(),
        _ => row.solution.as_deref(),
    };
    let Some(text) = translation.cell(found.standard) else {
        let required = layout
            .languages
            .required
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&found.tag));
        if required && original.is_some() {
            problems.push(at(format!(
                "empty cell for code `{code}`, whose `{}` is in `require_languages`",
                found.tag
            )));
        }
        return;
    };
    if crate::plain::renders_empty(text) {
        problems.push(at(format!(
            "the cell of code `{code}` shows no text once its markup is read"
        )));
    }
    if crate::plain::needs_commonmark(text) {
        problems.push(at(format!(
            "the cell of code `{code}`: {}",
            crate::plain::NEEDS_COMMONMARK
        )));
    }
    // The template of the row is its message where it has one, else its
    // description; the same column's translation is its template in that
    // language.
    let template_column = if row.message.is_some() {
        Standard::Message
    } else {
        Standard::Description
    };
    let is_template = found.standard == template_column
        || (columns.get(Standard::Description).is_none() && found.standard == Standard::Message);
    if !is_template {
        return;
    }
    let template = placeholders::template_cell(&row.description, row.message.as_deref());
    let expected = placeholders::of_description(template);
    let got = placeholders::of_description(text);
    let name = template_column.name();
    for placeholder in &expected {
        if !got.contains(placeholder) {
            problems.push(at(format!(
                "the translation of code `{code}` lacks the placeholder `{{{placeholder}}}` of its `{name}`; every language takes the same arguments"
            )));
        }
    }
    for placeholder in &got {
        if !expected.contains(placeholder) {
            problems.push(at(format!(
                "the translation of code `{code}` has the placeholder `{{{placeholder}}}`, which its `{name}` does not; every language takes the same arguments"
            )));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::header::Layout;
    use crate::languages::Languages;
    use crate::parse::{Table, parse_with};

    fn parse(text: &str, layout: &Layout) -> Result<Table, Vec<String>> {
        parse_with(text.as_bytes(), layout, crate::test_reader::records).map_err(|problems| {
            problems
                .iter()
                .map(|p| p.display("t.csv").to_string())
                .collect()
        })
    }

    /// A small parcel-tracking table in English, German and Japanese,
    /// written for these tests.
    const PARCELS: &str = "code,description,message,description@de,message@de,description@ja,message@ja\n\
        P1,Parcel unknown,No parcel {id}.,Paket unbekannt,Kein Paket {id}.,荷物が不明です,荷物 {id} はありません。\n\
        P2,Parcel late,,Paket verspätet,,,\n";

    #[test]
    fn translated_columns_are_read_per_language() {
        let table = parse(PARCELS, &Layout::default()).unwrap();
        assert_eq!(table.languages, ["de", "ja"]);
        let first = &table.rows[0].translations;
        assert_eq!(first[0].description.as_deref(), Some("Paket unbekannt"));
        assert_eq!(
            first[1].message.as_deref(),
            Some("荷物 {id} はありません。")
        );
        let second = &table.rows[1].translations;
        assert_eq!(second[1].description, None);
        assert_eq!(second[0].message, None);
        // A table without translations reads as before.
        let plain = parse("code,description\nA,a\n", &Layout::default()).unwrap();
        assert!(plain.languages.is_empty());
        assert!(plain.rows[0].translations.is_empty());
    }

    #[test]
    fn a_tag_is_checked_at_the_heading() {
        assert_eq!(
            parse(
                "code,description,description@de_DE\nA,a,b\n",
                &Layout::default()
            )
            .unwrap_err(),
            [
                "t.csv:1: column `description@de_DE` (column 3): `de_DE` is not a well-formed language tag; write a BCP 47 language tag such as `de`, `zh-CN`, `pt-BR` or `sr-Latn-RS`"
            ]
        );
        assert_eq!(
            parse(
                "code,description,description@EN\nA,a,b\n",
                &Layout::default()
            )
            .unwrap_err()[0],
            "t.csv:1: column `description@EN` (column 3): `EN` is the table's language (`language = \"en\"`), which the `description` column holds; head it `description`, or give the table's language with `language = \"...\"`"
        );
        assert_eq!(
            parse("code,description,solution@fr\nA,a,b\n", &Layout::default()).unwrap_err(),
            [
                "t.csv:1: column `solution@fr` (column 3) translates the `solution` column, which the table does not have; add it, in the table's language"
            ]
        );
        assert_eq!(
            parse(
                "code,description,description@fr,Description@FR\nA,a,b,c\n",
                &Layout::default()
            )
            .unwrap_err(),
            ["t.csv:1: duplicate column `Description@FR` (columns 3 and 4)"]
        );
        // Another base is an unknown column, as before.
        assert!(
            parse("code,description,notes@fr\nA,a,b\n", &Layout::default()).unwrap_err()[0]
                .contains("unknown column `notes@fr`")
        );
    }

    #[test]
    fn every_translation_of_a_template_takes_the_same_arguments() {
        let text = "code,description,message,message@de,message@zh-CN\n\
            A,a,Disk {disk} is full ({0}).,Platte {disk} ist voll ({0}).,磁盘 {disk} 已满。\n\
            B,b,Quota {limit}.,Kontingent {limit} {extra}.,配额 {limit}。\n";
        assert_eq!(
            parse(text, &Layout::default()).unwrap_err(),
            [
                "t.csv:2: column `message@zh-CN` (column 5): the translation of code `A` lacks the placeholder `{0}` of its `message`; every language takes the same arguments",
                "t.csv:3: column `message@de` (column 4): the translation of code `B` has the placeholder `{extra}`, which its `message` does not; every language takes the same arguments",
            ]
        );
        // Order may differ: a language puts its words where it needs them.
        let text = "code,description,description@de\nA,From {from} to {to},Nach {to} von {from}\n";
        assert!(parse(text, &Layout::default()).is_ok());
    }

    #[test]
    fn required_languages_make_an_empty_cell_an_error() {
        let required = |tags: &[&str]| Layout {
            languages: Languages {
                default: "en".into(),
                required: tags.iter().map(|t| t.to_string()).collect(),
            },
            ..Layout::default()
        };
        // German has every cell the table's language has.
        assert!(parse(PARCELS, &required(&["de"])).is_ok());
        assert_eq!(
            parse(PARCELS, &required(&["JA"])).unwrap_err(),
            [
                "t.csv:3: column `description@ja` (column 6): empty cell for code `P2`, whose `ja` is in `require_languages`"
            ]
        );
        assert_eq!(
            parse(PARCELS, &required(&["fr"])).unwrap_err(),
            [
                "t.csv:1: `require_languages` names `fr`, but the table has no column in it; add `description@fr`"
            ]
        );
        assert_eq!(
            parse(
                "code,description,message,description@de\nA,a,m,b\n",
                &required(&["de"])
            )
            .unwrap_err(),
            [
                "t.csv:1: the header has no column `message@de`, which `require_languages` asks for: every `message` cell in `de`"
            ]
        );
    }
}
