//! `export --language TAG` for pages: the table as its edition in one of
//! its languages. Each row's description, message and solution are that
//! language's cells, chosen as `description_in` chooses them (the exact
//! tag, then a tag of the same primary language, then the table's own
//! language, wherever a cell is empty), in the unsuffixed columns under
//! their own headings; the `@TAG` columns are left out. So the page reads
//! as the translated edition, and `error-codes import` of it gives a table
//! in that language, which `import --language TAG=PAGE` can merge back
//! into the table it came from.
//!
//! The headings stay as written: they name the columns for `import` and
//! for `--options`, and translating them would lose both.

use super::sheet::Sheet;
use error_codes_lookup::language::fitting;
use error_codes_table::header::{self, Layout, Standard};
use error_codes_table::languages::TRANSLATED;

/// The table's languages, its own first (the `language` option), then
/// those of its translated columns in column order.
pub fn languages(sheet: &Sheet, layout: &Layout) -> Vec<String> {
    let headings: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let (columns, _) = header::find_columns(&headings, layout);
    let mut languages = vec![layout.languages.default.clone()];
    languages.extend(error_codes_table::translations::languages(&columns));
    languages
}

/// The edition of `sheet` in the language `asked` names, and that
/// language's tag as the table writes it; an error listing the table's
/// languages when `asked` fits none of them, since a page in the table's
/// own language labelled as another would mislead its readers.
pub fn edition(sheet: &Sheet, layout: &Layout, asked: &str) -> Result<(Sheet, String), String> {
    let headings: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let (columns, _) = header::find_columns(&headings, layout);
    let languages = languages(sheet, layout);
    let tags: Vec<&str> = languages.iter().map(String::as_str).collect();
    let Some(chosen) = fitting(&tags, asked, 0) else {
        return Err(format!(
            "--language {asked}: the table has no column in that language; its languages are {}",
            tags.join(", ")
        ));
    };
    // The column of each language for each translated column: the
    // table's own (unsuffixed) one first.
    let column_of = |standard: Standard, language: usize| -> Option<usize> {
        if language == 0 {
            return columns.get(standard);
        }
        columns
            .translated
            .iter()
            .find(|found| {
                found.standard == standard && found.tag.eq_ignore_ascii_case(tags[language])
            })
            .map(|found| found.index)
    };
    let mut rows = sheet.rows.clone();
    for standard in TRANSLATED {
        let Some(own) = columns.get(standard) else {
            continue;
        };
        for (row, original) in rows.iter_mut().zip(&sheet.rows) {
            let mut n = 0;
            while let Some(language) = fitting(&tags, asked, n) {
                let text = column_of(standard, language).map_or("", |at| original[at].as_str());
                if !text.is_empty() {
                    row[own] = text.to_owned();
                    break;
                }
                n += 1;
            }
        }
    }
    let kept: Vec<usize> = (0..sheet.header.len())
        .filter(|at| !columns.translated.iter().any(|found| found.index == *at))
        .collect();
    let position = |at: usize| kept.iter().position(|&k| k == at);
    let edition = Sheet {
        header: kept.iter().map(|&at| sheet.header[at].clone()).collect(),
        rows: rows
            .iter()
            .map(|row| kept.iter().map(|&at| row[at].clone()).collect())
            .collect(),
        code: position(sheet.code).unwrap_or(sheet.code),
        module: sheet.module.and_then(position),
    };
    Ok((edition, tags[chosen].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small table of a ferry's notices in English, German and Chinese,
    /// written for these tests.
    const FERRY: &str = "code,description,solution,description@de,solution@de,description@zh-CN\n\
        F.1,The ferry is full.,Take the next one.,Die Fähre ist voll.,,渡轮已满。\n\
        F.2,The ferry is late.,Wait at the pier.,,Warten Sie am Anleger.,\n";

    fn sheet() -> Sheet {
        Sheet::parse(FERRY.as_bytes(), &Layout::default()).unwrap()
    }

    #[test]
    fn each_cell_is_the_language_s_or_falls_back() {
        let (edition, tag) = edition(&sheet(), &Layout::default(), "DE").unwrap();
        assert_eq!(tag, "de");
        assert_eq!(edition.header, ["code", "description", "solution"]);
        assert_eq!(
            edition.rows,
            [
                ["F.1", "Die Fähre ist voll.", "Take the next one."],
                ["F.2", "The ferry is late.", "Warten Sie am Anleger."],
            ]
        );
        assert_eq!(edition.code, 0);
    }

    #[test]
    fn a_primary_language_finds_its_tag() {
        let (edition, tag) = edition(&sheet(), &Layout::default(), "zh").unwrap();
        assert_eq!(tag, "zh-CN");
        assert_eq!(edition.rows[0][1], "渡轮已满。");
        // The table's own language, by a tag of it, is the table less the
        // translations.
        let (edition, tag) = edition(&sheet(), &Layout::default(), "en-GB").unwrap();
        assert_eq!(tag, "en");
        assert_eq!(
            edition.rows[1],
            ["F.2", "The ferry is late.", "Wait at the pier."]
        );
    }

    #[test]
    fn a_language_the_table_lacks_is_an_error_naming_its_languages() {
        assert_eq!(
            edition(&sheet(), &Layout::default(), "fr").unwrap_err(),
            "--language fr: the table has no column in that language; its languages are en, de, zh-CN"
        );
    }
}
