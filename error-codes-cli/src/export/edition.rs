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
//!
//! What language a page is in is [`Declared`], which the HTML page writes
//! as `lang` attributes: the page's, and a cell's where it differs (a
//! translation's empty cell showing the table's own text, a translated
//! column of the table as written), so that a screen reader reads each
//! text in its language.

use super::sheet::Sheet;
use error_codes_lookup::language::fitting;
use error_codes_table::header::{self, Layout, Standard};
use error_codes_table::languages::TRANSLATED;

/// The languages of a page: its own, and per row and column the
/// language of a cell that is in another (`None` for the page's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    pub page: String,
    pub cells: Vec<Vec<Option<String>>>,
}

/// The languages of the table as written: the table's own for the page,
/// and the language of each non-empty cell of a translated column.
pub fn as_written(sheet: &Sheet, layout: &Layout) -> Declared {
    let headings: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let (columns, _) = header::find_columns(&headings, layout);
    let cells = sheet
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(at, text)| {
                    let found = columns.translated.iter().find(|found| found.index == at)?;
                    (!text.is_empty()).then(|| found.tag.clone())
                })
                .collect()
        })
        .collect();
    Declared {
        page: layout.languages.default.clone(),
        cells,
    }
}

/// The table's languages, its own first (the `language` option), then
/// those of its translated columns in column order.
pub fn languages(sheet: &Sheet, layout: &Layout) -> Vec<String> {
    let headings: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let (columns, _) = header::find_columns(&headings, layout);
    let mut languages = vec![layout.languages.default.clone()];
    languages.extend(error_codes_table::translations::languages(&columns));
    languages
}

/// The edition of `sheet` in the language `asked` names, and its
/// languages: that language's tag as the table writes it, and the table's
/// own for a cell that falls back to it; an error listing the table's
/// languages when `asked` fits none of them, since a page in the table's
/// own language labelled as another would mislead its readers.
pub fn edition(sheet: &Sheet, layout: &Layout, asked: &str) -> Result<(Sheet, Declared), String> {
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
    let mut cells: Vec<Vec<Option<String>>> = vec![vec![None; sheet.header.len()]; rows.len()];
    for standard in TRANSLATED {
        let Some(own) = columns.get(standard) else {
            continue;
        };
        for ((row, languages), original) in rows.iter_mut().zip(&mut cells).zip(&sheet.rows) {
            let mut n = 0;
            let mut shown = 0;
            while let Some(language) = fitting(&tags, asked, n) {
                let text = column_of(standard, language).map_or("", |at| original[at].as_str());
                if !text.is_empty() {
                    row[own] = text.to_owned();
                    shown = language;
                    break;
                }
                n += 1;
            }
            if shown != chosen && !row[own].is_empty() {
                languages[own] = Some(tags[shown].to_owned());
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
    let declared = Declared {
        page: tags[chosen].to_owned(),
        cells: cells
            .into_iter()
            .map(|row| kept.iter().map(|&at| row[at].clone()).collect())
            .collect(),
    };
    Ok((edition, declared))
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
        let (german, declared) = edition(&sheet(), &Layout::default(), "DE").unwrap();
        assert_eq!(declared.page, "de");
        // The cells that fall back say so.
        assert_eq!(
            declared.cells,
            [
                [None, None, Some("en".to_owned())],
                [None, Some("en".to_owned()), None],
            ]
        );
        assert_eq!(german.header, ["code", "description", "solution"]);
        assert_eq!(
            german.rows,
            [
                ["F.1", "Die Fähre ist voll.", "Take the next one."],
                ["F.2", "The ferry is late.", "Warten Sie am Anleger."],
            ]
        );
        assert_eq!(german.code, 0);
    }

    #[test]
    fn a_primary_language_finds_its_tag() {
        let (chinese, declared) = edition(&sheet(), &Layout::default(), "zh").unwrap();
        assert_eq!(declared.page, "zh-CN");
        assert_eq!(chinese.rows[0][1], "渡轮已满。");
        // The table's own language, by a tag of it, is the table less the
        // translations.
        let (english, declared) = edition(&sheet(), &Layout::default(), "en-GB").unwrap();
        assert_eq!(declared.page, "en");
        assert!(declared.cells.iter().flatten().all(Option::is_none));
        assert_eq!(
            english.rows[1],
            ["F.2", "The ferry is late.", "Wait at the pier."]
        );
    }

    #[test]
    fn the_table_as_written_declares_its_translated_cells() {
        let declared = as_written(&sheet(), &Layout::default());
        assert_eq!(declared.page, "en");
        let de = Some("de".to_owned());
        let zh = Some("zh-CN".to_owned());
        assert_eq!(
            declared.cells,
            [
                [None, None, None, de.clone(), None, zh],
                [None, None, None, None, de, None],
            ]
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
