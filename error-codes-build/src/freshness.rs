//! Whether a generated file is stale, and if so the first difference in
//! the table's terms, for `generate --check` and [`Builder::check`].
//!
//! [`Builder::check`]: crate::Builder::check

use quote::quote;
use syn::LitStr;

/// The first difference between a file as written and as it would be
/// written now, in the table's terms: a code added, removed or changed
/// (its variant's docs, where the row's cells show), or else the first
/// line that differs (an option or the generator changed). Line endings
/// are not compared: a checkout that turns the file's line feeds into CRLF
/// (Git on Windows) leaves it as fresh as it was, and the file holds no
/// other carriage return.
pub fn first_difference(old: &str, new: &str) -> Option<String> {
    let old = &old.replace("\r\n", "\n");
    if old == new {
        return None;
    }
    let (old_rows, new_rows) = (variants(old), variants(new));
    for (code, docs) in &new_rows {
        match old_rows.iter().find(|(old_code, _)| old_code == code) {
            None => return Some(format!("code `{code}` was added to the table")),
            Some((_, old_docs)) if old_docs != docs => {
                return Some(format!("code `{code}` changed in the table"));
            }
            Some(_) => {}
        }
    }
    if let Some((code, _)) = old_rows
        .iter()
        .find(|(code, _)| !new_rows.iter().any(|(new_code, _)| new_code == code))
    {
        return Some(format!("code `{code}` was removed from the table"));
    }
    let old_codes: Vec<&String> = old_rows.iter().map(|(code, _)| code).collect();
    let new_codes: Vec<&String> = new_rows.iter().map(|(code, _)| code).collect();
    if old_codes != new_codes {
        return Some("the table's rows were reordered".to_owned());
    }
    let line = old
        .lines()
        .zip(new.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| old.lines().count().min(new.lines().count()));
    Some(format!(
        "line {} differs (the options or the generator changed, or the file was edited)",
        line + 1
    ))
}

/// Each variant's code (its `#[doc(alias)]`) and rustdoc, in order, read
/// from a generated file; nothing from a file that does not parse.
fn variants(text: &str) -> Vec<(String, String)> {
    let Ok(file) = syn::parse_file(text) else {
        return Vec::new();
    };
    let Some(data) = file.items.iter().find_map(|item| match item {
        syn::Item::Enum(item) => Some(item),
        _ => None,
    }) else {
        return Vec::new();
    };
    data.variants
        .iter()
        .filter_map(|variant| {
            let mut code = None;
            let mut docs = String::new();
            for attr in &variant.attrs {
                if attr.path().is_ident("doc") {
                    if let syn::Meta::NameValue(value) = &attr.meta {
                        docs.push_str(&quote!(#value).to_string());
                    }
                    let _ = attr.parse_nested_meta(|meta| {
                        if meta.path.is_ident("alias") {
                            code = Some(meta.value()?.parse::<LitStr>()?.value());
                        }
                        Ok(())
                    });
                }
            }
            code.map(|code| (code, docs))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::first_difference;

    const OLD: &str = "pub enum E {\n    #[doc = \" One.\"]\n    #[doc(alias = \"A.1\")]\n    A1,\n    #[doc = \" Two.\"]\n    #[doc(alias = \"A.2\")]\n    A2,\n}\n";

    #[test]
    fn differences_are_named_in_table_terms() {
        assert_eq!(first_difference(OLD, OLD), None);
        let added = OLD.replace(
            "}\n",
            "    #[doc = \" Three.\"]\n    #[doc(alias = \"A.3\")]\n    A3,\n}\n",
        );
        assert_eq!(
            first_difference(OLD, &added).unwrap(),
            "code `A.3` was added to the table"
        );
        assert_eq!(
            first_difference(&added, OLD).unwrap(),
            "code `A.3` was removed from the table"
        );
        assert_eq!(
            first_difference(OLD, &OLD.replace("Two", "Deux")).unwrap(),
            "code `A.2` changed in the table"
        );
        assert_eq!(
            first_difference(OLD, &format!("// x\n{OLD}")).unwrap(),
            "line 1 differs (the options or the generator changed, or the file was edited)"
        );
    }

    #[test]
    fn line_endings_are_not_a_difference() {
        assert_eq!(first_difference(&OLD.replace('\n', "\r\n"), OLD), None);
        assert_eq!(
            first_difference(&OLD.replace('\n', "\r\n").replace("Two", "Deux"), OLD).unwrap(),
            "code `A.2` changed in the table"
        );
    }
}
