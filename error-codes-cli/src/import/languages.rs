//! `import PAGE --language TAG=OTHER_PAGE`: the translated edition of a
//! page, imported as the page is, merged by code into `description@TAG`,
//! `message@TAG` and `solution@TAG` columns, so that one table holds every
//! edition and the macro checks that they agree.

use std::collections::HashMap;

/// The columns an edition gives in another language, as `import` heads
/// them.
const TRANSLATED: [&str; 3] = ["description", "message", "solution"];

/// `TAG=PAGE`, the tag well formed.
pub fn parse_argument(argument: &str) -> Result<(String, std::path::PathBuf), String> {
    let Some((tag, page)) = argument.split_once('=') else {
        return Err(format!(
            "--language {argument:?}: write the language's tag and its page, as `--language zh-CN=errors.zh.md`"
        ));
    };
    let tag = tag.trim();
    if !error_codes_table::languages::is_well_formed(tag) {
        return Err(format!(
            "--language {argument:?}: `{tag}` is not a well-formed language tag; {}",
            error_codes_table::languages::TAG_FORM
        ));
    }
    if page.is_empty() {
        return Err(format!("--language {argument:?}: no page after `=`"));
    }
    Ok((tag.to_owned(), page.into()))
}

/// `csv` with the translated columns of `edition` (another import's CSV)
/// appended as `COLUMN@tag`, matched by code; the notes say which codes
/// one edition has and the other lacks.
pub fn merge(csv: &str, tag: &str, edition: &str) -> Result<(String, Vec<String>), String> {
    let (header, rows) = records(csv)?;
    let (other_header, other_rows) = records(edition)?;
    let position = |header: &[String], name: &str| header.iter().position(|h| h == name);
    let code = position(&header, "code").ok_or("the table has no `code` column")?;
    let other_code = position(&other_header, "code")
        .ok_or_else(|| format!("the {tag} edition has no `code` column"))?;
    // The columns both editions have, in the table's order. An edition
    // may head its one text column otherwise (`Error Message` on one page
    // and `错误信息`, read as the description, on the other): the
    // description and the message then stand for each other.
    let stands_for = |name: &str| match name {
        "description" => Some("message"),
        "message" => Some("description"),
        _ => None,
    };
    let pairs: Vec<(&str, usize)> = TRANSLATED
        .iter()
        .filter(|name| position(&header, name).is_some())
        .filter_map(|&name| {
            let other = position(&other_header, name).or_else(|| {
                let instead = stands_for(name)?;
                // Only where the table lacks that column itself.
                position(&header, instead)
                    .is_none()
                    .then(|| position(&other_header, instead))
                    .flatten()
            })?;
            Some((name, other))
        })
        .collect();
    // A code may be listed several times (one code, several causes): its
    // n-th row in the table takes its n-th row in the edition, as the two
    // editions list them in the same order.
    let mut by_code: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
    for row in &other_rows {
        if let Some(cell) = row.get(other_code) {
            by_code.entry(cell.as_str()).or_default().push(row);
        }
    }
    let mut header = header.clone();
    header.extend(pairs.iter().map(|(name, _)| format!("{name}@{tag}")));
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    writer.write_record(&header).map_err(|e| e.to_string())?;
    let mut missing: Vec<&str> = Vec::new();
    // Rows the edition lists with nothing in them to translate.
    let mut untranslated: Vec<&str> = Vec::new();
    let mut taken: HashMap<&str, usize> = HashMap::new();
    for row in &rows {
        let key = row.get(code).map_or("", String::as_str);
        let nth = taken.entry(key).or_default();
        let found = by_code.get(key).and_then(|rows| rows.get(*nth));
        *nth += 1;
        if found.is_none() {
            missing.push(key);
        } else if !pairs.is_empty()
            && found.is_some_and(|other| {
                pairs
                    .iter()
                    .all(|(_, at)| other.get(*at).is_none_or(|c| c.trim().is_empty()))
            })
        {
            untranslated.push(key);
        }
        let mut record = row.clone();
        for (_, at) in &pairs {
            record.push(
                found
                    .and_then(|other| other.get(*at))
                    .cloned()
                    .unwrap_or_default(),
            );
        }
        writer.write_record(&record).map_err(|e| e.to_string())?;
    }
    // The edition's rows no row of the table took: codes the table lacks,
    // or a code listed more often in the edition than in the table.
    let mut extra: Vec<&str> = Vec::new();
    for row in &other_rows {
        if let Some(key) = row.get(other_code).map(String::as_str) {
            let nth = taken.entry(key).or_default();
            if *nth == 0 {
                extra.push(key);
            } else {
                *nth -= 1;
            }
        }
    }
    let mut notes = Vec::new();
    if !missing.is_empty() {
        notes.push(format!(
            "{} row(s) of the table have no row in the {tag} edition, their {tag} cells left empty: {}",
            missing.len(),
            listed(&missing)
        ));
    }
    if !untranslated.is_empty() {
        notes.push(format!(
            "{} row(s) of the {tag} edition have empty cells, which fall back to the table's language: {}",
            untranslated.len(),
            listed(&untranslated)
        ));
    }
    if !extra.is_empty() {
        notes.push(format!(
            "{} row(s) of the {tag} edition have no row in the table, left aside: {}",
            extra.len(),
            listed(&extra)
        ));
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    Ok((text, notes))
}

/// At most ten codes, then how many more.
fn listed(codes: &[&str]) -> String {
    let shown: Vec<String> = codes.iter().take(10).map(|c| format!("`{c}`")).collect();
    match codes.len().saturating_sub(10) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

type Rows = (Vec<String>, Vec<Vec<String>>);

fn records(csv: &str) -> Result<Rows, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        rows.push(record.iter().map(str::to_owned).collect::<Vec<_>>());
    }
    if rows.is_empty() {
        return Err("no header".to_owned());
    }
    let header = rows.remove(0);
    Ok((header, rows))
}

#[cfg(test)]
mod tests {
    use super::{merge, parse_argument};

    #[test]
    fn an_edition_is_merged_by_code() {
        let table = "code,description,message\nA.1,Disk full,No space left.\nA.2,Disk gone,Not found.\nA.3,Slow,Too slow.\n";
        let edition = "code,description,message,Notes\nA.2,磁盘丢失,未找到。,x\nA.1,磁盘已满,空间不足。,y\nA.9,其他,其他。,z\n";
        let (csv, notes) = merge(table, "zh-CN", edition).unwrap();
        assert_eq!(
            csv,
            "code,description,message,description@zh-CN,message@zh-CN\n\
             A.1,Disk full,No space left.,磁盘已满,空间不足。\n\
             A.2,Disk gone,Not found.,磁盘丢失,未找到。\n\
             A.3,Slow,Too slow.,,\n"
        );
        assert_eq!(
            notes,
            [
                "1 row(s) of the table have no row in the zh-CN edition, their zh-CN cells left empty: `A.3`",
                "1 row(s) of the zh-CN edition have no row in the table, left aside: `A.9`",
            ]
        );
    }

    #[test]
    fn a_repeated_code_takes_the_editions_rows_in_order() {
        // One code with three causes in the table and two in the edition,
        // another code interleaved: each row finds its counterpart by
        // order, and the row left over is named.
        let table = "code,description\nB.1,Cause one\nB.2,Other\nB.1,Cause two\nB.1,Cause three\n";
        let edition = "code,description\nB.1,原因一\nB.1,原因二\nB.2,其他\nB.3,多余\nB.2,重复\n";
        let (csv, notes) = merge(table, "zh", edition).unwrap();
        assert_eq!(
            csv,
            "code,description,description@zh\n\
             B.1,Cause one,原因一\n\
             B.2,Other,其他\n\
             B.1,Cause two,原因二\n\
             B.1,Cause three,\n"
        );
        assert_eq!(
            notes,
            [
                "1 row(s) of the table have no row in the zh edition, their zh cells left empty: `B.1`",
                "2 row(s) of the zh edition have no row in the table, left aside: `B.3`, `B.2`",
            ]
        );
    }

    #[test]
    fn an_editions_empty_row_is_named_as_falling_back() {
        let table = "code,description\nC.1,Lid open\nC.2,Lid stuck\n";
        let edition = "code,description\nC.1,盖子开着\nC.2,\n";
        let (csv, notes) = merge(table, "zh", edition).unwrap();
        assert_eq!(
            csv,
            "code,description,description@zh\nC.1,Lid open,盖子开着\nC.2,Lid stuck,\n"
        );
        assert_eq!(
            notes,
            [
                "1 row(s) of the zh edition have empty cells, which fall back to the table's language: `C.2`"
            ]
        );
    }

    #[test]
    fn a_description_and_a_message_stand_for_each_other() {
        let table = "code,message\nA.1,Disk full.\n";
        let edition = "code,description\nA.1,磁盘已满。\n";
        let (csv, notes) = merge(table, "zh", edition).unwrap();
        assert_eq!(csv, "code,message,message@zh\nA.1,Disk full.,磁盘已满。\n");
        assert!(notes.is_empty());
        // Not where the table has both.
        let table = "code,description,message\nA.1,Full,Disk full.\n";
        let (csv, _) = merge(table, "zh", edition).unwrap();
        assert_eq!(
            csv,
            "code,description,message,description@zh\nA.1,Full,Disk full.,磁盘已满。\n"
        );
    }

    #[test]
    fn the_argument_is_a_tag_and_a_page() {
        let (tag, page) = parse_argument("pt-BR=errors.pt.md").unwrap();
        assert_eq!(
            (tag.as_str(), page.to_str()),
            ("pt-BR", Some("errors.pt.md"))
        );
        assert!(
            parse_argument("errors.md")
                .unwrap_err()
                .contains("--language zh-CN=")
        );
        assert!(
            parse_argument("pt_BR=x.md")
                .unwrap_err()
                .contains("not a well-formed")
        );
        assert!(parse_argument("de=").is_err());
    }
}
