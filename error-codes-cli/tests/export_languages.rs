//! `error-codes export` of a table in several languages
//! (`tests/exports/observatory.csv`: English, German, Japanese, Chinese
//! in two scripts, with empty cells in each translation): a page in one language imports
//! back as a table in that language, and merges back into the table it
//! came from; the TypeScript and Python modules choose a language as the
//! Rust enum's `description_in` does, checked by running them.

mod common;

use common::{Dir, checked, root, run, text, tool};
use error_codes_lookup::language::fitting;
use serde_json::Value as Json;
use std::process::Command;

const OBSERVATORY: &str = "error-codes-cli/tests/exports/observatory.csv";

/// Tags asked for: exact, in another case, by primary language, of a
/// language the table lacks, and malformed.
const ASKED: &[&str] = &[
    "en",
    "de",
    "DE",
    "de-AT",
    "ja",
    "ja-JP",
    "zh",
    "zh-cn",
    "zh-TW",
    "zh-Hant-TW",
    "fr",
    "",
    "-",
    "x-de",
];

const COLUMNS: [&str; 3] = ["description", "message", "solution"];

/// The CSV records of `output`, header first.
fn records(csv: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv)
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect())
        .collect()
}

/// Each code's description, message and solution in the edition `tag`,
/// as the pages show them: the language's cell, else the English one.
fn edition(tag: &str) -> Vec<[&'static str; 3]> {
    let english = [
        [
            "The dome is closed.",
            "Dome {dome} stays closed while the wind blows at {speed} km/h.",
            "Wait for calmer weather.",
        ],
        [
            "The shutter motor is **stalled**.",
            "",
            "Call the night technician.",
        ],
        [
            "The sensor is too warm.",
            "The sensor reads {0} °C; it must stay below -60 °C.",
            "",
        ],
    ];
    match tag {
        "de" => vec![
            [
                "Die Kuppel ist geschlossen.",
                "Kuppel {dome} bleibt bei Wind von {speed} km/h geschlossen.",
                "Warten Sie auf ruhigeres Wetter.",
            ],
            // An empty solution@de: the English one.
            ["Der Verschlussmotor ist **blockiert**.", "", english[1][2]],
            // An empty description@de: the English one.
            [
                english[2][0],
                "Der Sensor misst {0} °C; er muss unter -60 °C bleiben.",
                "",
            ],
        ],
        "ja" => vec![
            // No solution@ja column: the English solutions.
            [
                "ドームが閉じています。",
                "風速 {speed} km/h のため、ドーム {dome} は閉じたままです。",
                english[0][2],
            ],
            ["シャッターのモーターが止まっています。", "", english[1][2]],
            [
                "センサーが温かすぎます。",
                "センサーは {0} °C です。-60 °C 未満に保ってください。",
                "",
            ],
        ],
        _ => english.to_vec(),
    }
}

#[test]
fn a_page_in_a_language_imports_back_as_that_language() {
    let dir = Dir::new("pages");
    for (format, extension) in [("markdown", "md"), ("rst", "rst"), ("html", "html")] {
        for (asked, tag) in [("de", "de"), ("JA", "ja"), ("en-GB", "en")] {
            let page = dir.join(format!("{tag}.{extension}"));
            let output = run(&[
                "export",
                OBSERVATORY,
                "--format",
                format,
                "--language",
                asked,
                "-o",
                page.to_str().unwrap(),
            ]);
            assert!(output.status.success(), "{}", text(&output.stderr));
            let imported = dir.join(format!("{tag}.{extension}.csv"));
            let output = run(&[
                "import",
                page.to_str().unwrap(),
                "-o",
                imported.to_str().unwrap(),
            ]);
            assert!(output.status.success(), "{}", text(&output.stderr));
            let rows = records(&std::fs::read(&imported).unwrap());
            assert_eq!(
                rows[0],
                ["module", "code", "description", "message", "solution"],
                "{format} {tag}"
            );
            let cells: Vec<[&str; 3]> = rows[1..]
                .iter()
                .map(|row| [row[2].as_str(), row[3].as_str(), row[4].as_str()])
                .collect();
            assert_eq!(cells, edition(tag), "{format} {tag}");
            // The edition builds as a table of its own.
            let output = run(&["check", imported.to_str().unwrap()]);
            assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        }
        // The English page with the German one merges back into a table
        // with German columns, which builds.
        let merged = dir.join(format!("merged.{extension}.csv"));
        let de = format!("de={}", dir.join(format!("de.{extension}")).display());
        let output = run(&[
            "import",
            dir.join(format!("en.{extension}")).to_str().unwrap(),
            "--language",
            &de,
            "-o",
            merged.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let rows = records(&std::fs::read(&merged).unwrap());
        let heading = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
        let german: Vec<&str> = rows[1..]
            .iter()
            .map(|row| row[heading("description@de")].as_str())
            .collect();
        let expected: Vec<&str> = edition("de").iter().map(|cells| cells[0]).collect();
        assert_eq!(german, expected, "{format}");
        let output = run(&["check", merged.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    }
}

#[test]
fn a_page_of_every_language_imports_back_into_the_same_table() {
    // Without `--language`, a page shows every translated column under its
    // own heading (`description@de`): the import keeps them as they are,
    // and advises nothing about them, since the macro reads them as
    // translations.
    let dir = Dir::new("every-language");
    for (format, extension) in [("markdown", "md"), ("rst", "rst"), ("html", "html")] {
        let page = dir.join(format!("all.{extension}"));
        let output = run(&[
            "export",
            OBSERVATORY,
            "--format",
            format,
            "-o",
            page.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let output = run(&["import", page.to_str().unwrap()]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let notes = text(&output.stderr);
        assert!(!notes.contains("ignore"), "{format}: {notes}");
        let table = std::fs::read(root().join(OBSERVATORY)).unwrap();
        assert_eq!(records(&output.stdout), records(&table), "{format}");
    }
}

#[test]
fn the_html_page_declares_its_language() {
    let html = |table: &str, language: Option<&str>| {
        let mut args = vec!["export", table, "--format", "html"];
        args.extend(language.map(|tag| ["--language", tag]).iter().flatten());
        let output = run(&args);
        assert!(output.status.success(), "{}", text(&output.stderr));
        text(&output.stdout).lines().nth(1).unwrap().to_owned()
    };
    assert_eq!(html(OBSERVATORY, Some("zh")), "<html lang=\"zh-CN\">");
    assert_eq!(html(OBSERVATORY, Some("de-CH")), "<html lang=\"de\">");
    assert_eq!(html(OBSERVATORY, None), "<html lang=\"en\">");
    // A table in one language, as it was before pages declared one; its
    // own language when asked for.
    assert_eq!(html("codes.csv", None), "<html>");
    assert_eq!(html("codes.csv", Some("EN")), "<html lang=\"en\">");
}

#[test]
fn a_language_the_table_lacks_or_a_format_of_every_language_exits_2() {
    let output = run(&[
        "export",
        OBSERVATORY,
        "--format",
        "markdown",
        "--language",
        "fr",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        format!(
            "error: {OBSERVATORY}: --language fr: the table has no column in that language; its languages are en, de, ja, zh-CN, zh-TW\n"
        )
    );
    assert!(output.stdout.is_empty());
    for (format, says) in [
        (
            "typescript",
            "the typescript export carries every language of the table",
        ),
        (
            "json",
            "the json export carries every language of the table",
        ),
        ("go", "the go export has the table's own language only"),
    ] {
        let output = run(&[
            "export",
            OBSERVATORY,
            "--format",
            format,
            "--language",
            "de",
            "--package",
            "p",
        ]);
        assert_eq!(output.status.code(), Some(2), "{format}");
        assert!(
            text(&output.stderr).contains(says),
            "{}",
            text(&output.stderr)
        );
    }
    // The modules define `LANGUAGES` beside the type.
    for format in ["typescript", "python"] {
        let output = run(&[
            "export",
            OBSERVATORY,
            "--format",
            format,
            "--enum",
            "LANGUAGES",
        ]);
        assert_eq!(output.status.code(), Some(2), "{format}");
    }
}

/// What `description_in`, `message_in` and `solution_in` give for every
/// code, tag of [`ASKED`] and column, by the rule the Rust enum follows
/// (error-codes-lookup's), from the JSON export's texts: one line each,
/// `code tag column: text` (`null` for none).
fn expected_choices() -> Vec<String> {
    let output = run(&["export", OBSERVATORY, "--format", "json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: Json = serde_json::from_slice(&output.stdout).unwrap();
    let languages = ["en", "de", "ja", "zh-CN", "zh-TW"];
    let mut lines = Vec::new();
    for code in json["codes"].as_array().unwrap() {
        for asked in ASKED {
            for column in COLUMNS {
                let cell = |language: usize| {
                    let text = if language == 0 {
                        &code[column]
                    } else {
                        &code["translations"][languages[language]][column]
                    };
                    text.as_str().filter(|text| !text.is_empty())
                };
                let mut chosen = None;
                let mut n = 0;
                while let Some(language) = fitting(&languages, asked, n) {
                    if let Some(text) = cell(language) {
                        chosen = Some(text);
                        break;
                    }
                    n += 1;
                }
                let chosen = chosen.or_else(|| cell(0)).unwrap_or("null");
                lines.push(format!(
                    "{} {asked} {column}: {chosen}",
                    code["code"].as_str().unwrap()
                ));
            }
        }
    }
    lines
}

/// Lines of [`expected_choices`] this test states itself, so that the rule
/// is checked and not only its copies: an empty cell, a missing column, a
/// primary language, another case, a language the table lacks.
#[test]
fn the_rule_s_choices_are_the_documented_ones() {
    let lines = expected_choices();
    for line in [
        "OBS.3 de description: The sensor is too warm.",
        "OBS.2 de solution: Call the night technician.",
        "OBS.1 ja solution: Wait for calmer weather.",
        "OBS.1 zh description: 圆顶已关闭。",
        "OBS.1 zh-Hant-TW message: 风速为 {speed} km/h，{dome} 号圆顶保持关闭。",
        // The exact tag before another of its primary language, and that
        // one before the table's own where the exact tag's cell is empty.
        "OBS.1 zh-TW description: 圓頂已關閉。",
        "OBS.1 zh-Hant-TW description: 圆顶已关闭。",
        "OBS.2 zh-TW description: 快门电机卡住了。",
        "OBS.3 zh message: The sensor reads {0} °C; it must stay below -60 °C.",
        "OBS.1 DE description: Die Kuppel ist geschlossen.",
        "OBS.2 de-AT description: Der Verschlussmotor ist blockiert.",
        "OBS.1 fr description: The dome is closed.",
        "OBS.2 ja message: null",
        "OBS.3 x-de description: The sensor is too warm.",
    ] {
        assert!(lines.iter().any(|l| l == line), "{line}");
    }
}

/// The choices of the generated module, printed by `program` one per line
/// as [`expected_choices`] writes them.
fn choices(command: &mut Command, what: &str) -> Vec<String> {
    text(&checked(command, what))
        .lines()
        .map(String::from)
        .collect()
}

fn asked_literal() -> String {
    serde_json::to_string(ASKED).unwrap()
}

#[test]
fn typescript_chooses_languages_as_description_in_does() {
    let (Some(tsc), Some(_)) = (tool("tsc"), tool("node")) else {
        test_support::skip(
            "no tsc or node (npm install --prefix target/export-tools typescript@5)",
        );
        return;
    };
    let dir = Dir::new("typescript");
    let module = dir.join("observatory.ts");
    let output = run(&[
        "export",
        OBSERVATORY,
        "--format",
        "typescript",
        "-o",
        module.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    dir.write(
        "use.ts",
        &format!(
            "import {{ Observatory, ObservatoryCode, LANGUAGES, descriptionIn, messageIn, solutionIn }} from \"./observatory\";\n\
             const languages: readonly [\"en\", \"de\", \"ja\", \"zh-CN\", \"zh-TW\"] = LANGUAGES;\n\
             const asked: string[] = {};\n\
             const codes = Object.keys(Observatory) as ObservatoryCode[];\n\
             for (const code of codes) {{\n\
               for (const lang of asked) {{\n\
                 console.log(`${{code}} ${{lang}} description: ${{descriptionIn(code, lang)}}`);\n\
                 console.log(`${{code}} ${{lang}} message: ${{messageIn(code, lang) ?? \"null\"}}`);\n\
                 console.log(`${{code}} ${{lang}} solution: ${{solutionIn(code, lang) ?? \"null\"}}`);\n\
               }}\n\
             }}\n\
             export const used = languages;\n",
            asked_literal()
        ),
    );
    let mut tsc = tsc;
    tsc.current_dir(&*dir).args([
        "--strict",
        "--target",
        "es2020",
        "--module",
        "commonjs",
        "--outDir",
        "out",
        "observatory.ts",
        "use.ts",
    ]);
    choices(&mut tsc, "tsc --strict");
    let mut node = tool("node").unwrap();
    node.current_dir(&*dir).arg("out/use.js");
    assert_eq!(choices(&mut node, "node out/use.js"), expected_choices());
}

#[test]
fn python_chooses_languages_as_description_in_does() {
    let Some(mut python) = tool("python3") else {
        test_support::skip("no python3");
        return;
    };
    let dir = Dir::new("python");
    let module = dir.join("observatory.py");
    let output = run(&[
        "export",
        OBSERVATORY,
        "--format",
        "python",
        "-o",
        module.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    dir.write(
        "use.py",
        &format!(
            "from observatory import LANGUAGES, Observatory\n\
             \n\
             assert LANGUAGES == (\"en\", \"de\", \"ja\", \"zh-CN\", \"zh-TW\")\n\
             for code in Observatory:\n\
             \x20   for lang in {}:\n\
             \x20       print(f\"{{code}} {{lang}} description: {{code.description_in(lang)}}\")\n\
             \x20       print(f\"{{code}} {{lang}} message: {{code.message_in(lang) or 'null'}}\")\n\
             \x20       print(f\"{{code}} {{lang}} solution: {{code.solution_in(lang) or 'null'}}\")\n",
            asked_literal()
        ),
    );
    python.current_dir(&*dir).arg("use.py");
    assert_eq!(choices(&mut python, "python3 use.py"), expected_choices());
    let Some(mut mypy) = tool("mypy") else {
        test_support::skip("no mypy (pip install mypy)");
        return;
    };
    mypy.current_dir(&*dir)
        .args(["--strict", "observatory.py", "use.py"]);
    choices(&mut mypy, "mypy --strict");
}

#[test]
fn openapi_with_translations_is_valid_3_1() {
    let Some(mut validator) = tool("openapi-spec-validator") else {
        test_support::skip("no openapi-spec-validator (pip install openapi-spec-validator)");
        return;
    };
    let path = root().join("error-codes-cli/tests/exports/observatory.openapi.json");
    validator.arg(&path);
    choices(&mut validator, "openapi-spec-validator");
    let document: Json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let schema = &document["components"]["schemas"]["Observatory"];
    assert_eq!(
        schema["x-languages"],
        serde_json::json!(["en", "de", "ja", "zh-CN", "zh-TW"])
    );
    assert_eq!(
        schema["oneOf"][2]["x-translations"]["de"]["description"],
        Json::Null
    );
    assert_eq!(
        schema["oneOf"][0]["x-translations"]["ja"]["description"],
        "ドームが閉じています。"
    );
}
