//! `error-codes export` as a user runs it: pages that read back through
//! `import` as the table itself does, byte for byte, and modules that
//! TypeScript, Python and OpenAPI tooling accept.

mod common;

use common::{Dir, checked, root, run, text, tool};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The page formats and the extension `import` knows each by.
const PAGES: [(&str, &str); 3] = [("markdown", "md"), ("rst", "rst"), ("html", "html")];

/// `import` of the table, then for each page format `export` and `import`
/// of the page: every difference, as one line per format.
fn round_trip(table: &Path, options: &str, dir: &Path) -> Vec<String> {
    let table = table.to_str().unwrap();
    let base = run(&["import", table]);
    assert!(
        base.status.success(),
        "import {table}: {}",
        text(&base.stderr)
    );
    let mut failures = Vec::new();
    for (format, extension) in PAGES {
        let page = dir.join(format!("page.{extension}"));
        let page = page.to_str().unwrap();
        let export = run(&[
            "export",
            table,
            "--format",
            format,
            "--options",
            options,
            "-o",
            page,
        ]);
        if !export.status.success() {
            failures.push(format!("{format}: export failed: {}", text(&export.stderr)));
            continue;
        }
        let back = run(&["import", page]);
        if back.stdout != base.stdout {
            let first = text(&base.stdout)
                .lines()
                .zip(text(&back.stdout).lines())
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("table: {a:?}\n    page:  {b:?}"))
                .unwrap_or_else(|| "the number of lines differs".to_string());
            failures.push(format!("{format} ({table}): {first}"));
        }
    }
    failures
}

/// A table written to break the round trip: pipes (also escaped and at the
/// end of a cell), backslashes (also last), Markdown and RST markup, HTML
/// and entities as text, block syntax at the start of a cell, line breaks,
/// blank lines and indented lines, non-ASCII text, a code repeated in
/// another module, a module that comes back after another, and columns
/// an enum leaves aside.
const HOSTILE: &str = r#"Module,Error Code,Description,Solution,HTTP Status
Pipes,P.1,"A | in the middle, and one at the end |",Escape it \|,400
,P.2,Ends in a backslash \,C:\dir\,400
,P.3,"Backslash before a pipe \| and two \\| and `code | pipe`",,
Marks,M.1,"**bold** *em* _u_ ``double`` :ref:`role <x>` [link](https://example.com)",`x`,
,M.2,"Parameter <name> & <b>bold</b> &amp; &lt; <script>alert(1)</script>",<!-- -->,
,M.3,# of retries exceeded.,> 100 items,
,M.4,> 100 items were requested.,-,
,M.5,1. Not a list,* not one either,
Lines,L.1,"First line
second line

after a blank line
  - an indented item
  - another","Two
lines",503
,L.2,"Ünïcödé — 日本語, emoji 🦀, a tab	inside",Ärger,
Pipes,P.1,The same code in another module.,,400
,P.4,"| starts with a pipe",|,
,P.5,"*",**,
"#;

#[test]
fn pages_of_a_hostile_table_read_back_byte_for_byte() {
    let dir = Dir::new("hostile");
    let table = dir.join("hostile.csv");
    std::fs::write(&table, HOSTILE).unwrap();
    let options = r#"duplicates = "merge", columns(http_status: Option<u16> = "HTTP Status"), ignore = ["Solution"]"#;
    let failures = round_trip(&table, options, &dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Codes that are phrases, no module column, a code made of markup.
#[test]
fn pages_of_a_table_of_phrases_read_back() {
    let dir = Dir::new("phrases");
    let table = dir.join("phrases.csv");
    std::fs::write(
        &table,
        "Code,Description\nNot Found,Gone.\nBad  Gateway,Upstream <b>down</b>.\n**x**,A code of stars.\n`y`,A code of backticks.\n100%,Full.\n",
    )
    .unwrap();
    let failures = round_trip(&table, "allow_spaces = true", &dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// xorshift64*: the same tables on every run, no dependency.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

/// A cell of pieces that pages treat specially, glued at random. Left out
/// on purpose, as the README says: a `<br>` tag (Markdown reads it as the
/// line break it renders as), spaces before a line break (RST drops them)
/// and a line break inside a code span (Markdown cannot hold it; a cell
/// with both is given no line break).
fn random_cell(random: &mut Random) -> String {
    const PIECES: [&str; 32] = [
        "|", "\\", "\\|", "*", "**", "`", "``", "_", "<", ">", "&", "&amp;", "<b>", "</b>", "#",
        "- ", "1. ", "> ", "+", "=", "[", "](x)", "\"", "'", ",", "é", "日本", "🦀", "\t", "\n",
        "\n\n", "  ",
    ];
    let mut cell = String::new();
    for _ in 0..1 + random.below(8) {
        if random.below(3) == 0 {
            cell.push_str(["word", "Text", "x"][random.below(3)]);
        } else {
            cell.push_str(PIECES[random.below(PIECES.len())]);
        }
    }
    while cell.contains(" \n") || cell.contains("\t\n") {
        cell = cell.replace(" \n", "\n").replace("\t\n", "\n");
    }
    if cell.contains('`') {
        cell = cell.replace('\n', " ");
    }
    cell
}

/// Random tables of those cells, in every column but the code.
#[test]
fn pages_of_random_tables_read_back() {
    let dir = Dir::new("random");
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    for table_number in 0..40 {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record(["Module", "Error Code", "Description", "Solution"])
            .unwrap();
        for row in 0..6 {
            let module = if random.below(3) == 0 {
                random_cell(&mut random)
            } else {
                String::new()
            };
            let mut description = random_cell(&mut random);
            // A description must show some text (`<b></b>` is refused
            // as an empty one is).
            if description.trim().is_empty()
                || error_codes_table::plain::renders_empty(&description)
            {
                description.push_str("text");
            }
            let code = format!("R{table_number}.{row}");
            writer
                .write_record([module, code, description, random_cell(&mut random)])
                .unwrap();
        }
        let table = dir.join(format!("random{table_number}.csv"));
        std::fs::write(&table, writer.into_inner().unwrap()).unwrap();
        failures.extend(round_trip(&table, r#"ignore = ["Solution"]"#, &dir));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// docutils (what Sphinx renders pages with) reads the RST export as the
/// same table: a row per table row, the codes in order. Only the
/// structure is checked: a cell's markup is the table's own (`:ref:` is a
/// Sphinx role that plain docutils does not know). The hostile table
/// without its line of wide characters, which docutils counts twice.
#[test]
fn rst_reads_as_the_same_table_in_docutils() {
    let probe = Command::new("python3")
        .args(["-c", "import docutils"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        test_support::skip("no docutils (pip install docutils)");
        return;
    }
    let dir = Dir::new("docutils");
    let hostile: String = HOSTILE
        .lines()
        .filter(|line| !line.starts_with(",L.2"))
        .map(|line| format!("{line}\n"))
        .collect();
    let table = dir.join("hostile.csv");
    std::fs::write(&table, hostile).unwrap();
    let cases = [
        (root().join("codes.csv"), ""),
        (
            table,
            r#"duplicates = "merge", columns(http_status: Option<u16> = "HTTP Status"), ignore = ["Solution"]"#,
        ),
    ];
    let script = "import sys, io, csv, docutils.core\n\
        page, table = sys.argv[1], sys.argv[2]\n\
        errors = io.StringIO()\n\
        tree = docutils.core.publish_doctree(open(page, encoding='utf-8').read(), settings_overrides={'report_level': 3, 'halt_level': 5, 'warning_stream': errors})\n\
        problems = [l for l in errors.getvalue().splitlines() if 'ERROR' in l or 'SEVERE' in l]\n\
        problems = [l for l in problems if 'Unknown interpreted text role' not in l]\n\
        assert not problems, problems\n\
        rows = [r for r in tree.findall(lambda n: n.tagname == 'row')]\n\
        records = list(csv.reader(open(table, encoding='utf-8', newline='')))\n\
        code = [h.strip().lower() for h in records[0]].index(next(h.strip().lower() for h in records[0] if h.strip().lower() in ('code', 'error code')))\n\
        assert len(rows) == len(records), (len(rows), len(records))\n\
        seen = [r.children[code].astext().strip() for r in rows[1:]]\n\
        assert seen == [r[code].strip() for r in records[1:]], seen\n";
    for (table, options) in &cases {
        let page = dir.join("page.rst");
        let export = run(&[
            "export",
            table.to_str().unwrap(),
            "--format",
            "rst",
            "--options",
            options,
            "-o",
            page.to_str().unwrap(),
        ]);
        assert!(export.status.success(), "{}", text(&export.stderr));
        let mut python = Command::new("python3");
        python.args(["-c", script]).arg(&page).arg(table);
        checked(
            &mut python,
            &format!("docutils on the export of {}", table.display()),
        );
    }
}

#[test]
fn pages_of_the_seed_table_read_back() {
    let dir = Dir::new("seed");
    let failures = round_trip(&root().join("codes.csv"), "", &dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every table of `../shared/corpus/csv` that builds (with the options
/// `import` advises) reads back from each page format.
#[test]
fn pages_of_every_corpus_table_read_back() {
    let corpus = root().join("../shared/corpus/csv");
    let Ok(listing) = std::fs::read_dir(&corpus) else {
        test_support::skip(format!("no {}", corpus.display()));
        return;
    };
    let mut tables: Vec<PathBuf> = listing.map(|e| e.unwrap().path()).collect();
    tables.sort();
    let dir = Dir::new("corpus");
    let (mut built, mut failures, mut refused) = (0, Vec::new(), Vec::new());
    for table in &tables {
        let path = table.to_str().unwrap();
        let import = run(&["import", path]);
        let advice = text(&import.stderr);
        let options = advice
            .lines()
            .find_map(|line| line.split_once("build it with #[error_codes(csv = "))
            .and_then(|(_, rest)| rest.split_once("\", "))
            .map(|(_, options)| options.trim_end().trim_end_matches(")]").to_string())
            .unwrap_or_default();
        if !run(&["check", path, "--options", &options])
            .status
            .success()
        {
            refused.push(table.file_name().unwrap().to_string_lossy().into_owned());
            continue;
        }
        built += 1;
        failures.extend(round_trip(table, &options, &dir));
    }
    eprintln!(
        "{built} corpus tables read back from every page format; {} do not build: {}",
        refused.len(),
        refused.join(", ")
    );
    assert!(built > 0, "no corpus table builds");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pages_hold_every_row_and_column_and_codes_as_written() {
    let dir = Dir::new("columns");
    let table = dir.join("t.csv");
    std::fs::write(
        &table,
        "module,code,description,Solution\nA,a.1,One.,Wait.\nB,a.1,Two.,Retry.\n",
    )
    .unwrap();
    let options = r#"duplicates = "merge", ignore = ["Solution"]"#;
    let markdown = run(&[
        "export",
        table.to_str().unwrap(),
        "--format",
        "markdown",
        "--options",
        options,
    ]);
    assert!(markdown.status.success(), "{}", text(&markdown.stderr));
    assert_eq!(
        text(&markdown.stdout),
        "# Error codes\n\n## A\n\n| module | code | description | Solution |\n| --- | --- | --- | --- |\n| A | a.1 | One. | Wait. |\n\n## B\n\n| module | code | description | Solution |\n| --- | --- | --- | --- |\n| B | a.1 | Two. | Retry. |\n"
    );
}

#[test]
fn exports_are_deterministic() {
    for format in [
        "markdown",
        "rst",
        "html",
        "typescript",
        "python",
        "openapi",
        "json",
    ] {
        let first = run(&["export", "codes.csv", "--format", format]);
        let second = run(&["export", "codes.csv", "--format", format]);
        assert!(first.status.success(), "{format}: {}", text(&first.stderr));
        assert!(!first.stdout.is_empty());
        assert!(
            first.stdout == second.stdout,
            "{format} differs between runs"
        );
    }
}

#[test]
fn export_exits_2_when_it_cannot_do_its_work() {
    let dir = Dir::new("failures");
    let missing = dir.join("missing.csv");
    let output = run(&["export", missing.to_str().unwrap(), "--format", "rst"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("cannot read"),
        "{}",
        text(&output.stderr)
    );

    let broken = dir.join("broken.csv");
    std::fs::write(&broken, "code,description\nA.1,One.\nA.1,Two.\n").unwrap();
    let output = run(&["export", broken.to_str().unwrap(), "--format", "html"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("broken.csv:3:"),
        "{}",
        text(&output.stderr)
    );

    let output = run(&[
        "export",
        "codes.csv",
        "--format",
        "python",
        "--enum",
        "class",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("in Python; pass another name"),
        "{}",
        text(&output.stderr)
    );

    let output = run(&[
        "export",
        "codes.csv",
        "--format",
        "typescript",
        "--enum",
        "Vbs-Error",
    ]);
    assert_eq!(output.status.code(), Some(2));
}

/// `columns(...)` of `tests/tests/fixtures/types.csv`: every column type.
const TYPES_OPTIONS: &str = r#"columns(flag: bool, tiny: i8, short: i16, int: i32, long: i64, huge: i128, pointer: isize, byte: u8, port: u16, count: u32, big: u64, giant: u128, size: usize, ratio: f32, precise: f64, letter: char, label: &str, level: Level, maybe_port: Option<u16>, maybe_label: Option<&'static str>, maybe_flag: Option<bool>, maybe_letter: Option<char>, maybe_ratio: Option<f64>, maybe_level: Option<crate::Level>, maybe_huge: core::option::Option<i128>), ignore = ["Solution"]"#;

/// The seed table and the table of every column type, exported as
/// `format` into `dir` under the names `vbs_error.EXT` and `types.EXT`.
fn exports(format: &str, extension: &str, dir: &Path) -> Vec<PathBuf> {
    let tables = [
        ("codes.csv", "", "vbs_error", "VbsError"),
        (
            "tests/tests/fixtures/types.csv",
            TYPES_OPTIONS,
            "types_table",
            "TypesTable",
        ),
    ];
    tables
        .iter()
        .map(|(table, options, file, name)| {
            let path = dir.join(format!("{file}.{extension}"));
            let output = run(&[
                "export",
                table,
                "--format",
                format,
                "--enum",
                name,
                "--options",
                options,
                "-o",
                path.to_str().unwrap(),
            ]);
            assert!(output.status.success(), "{table}: {}", text(&output.stderr));
            path
        })
        .collect()
}

#[test]
fn typescript_passes_tsc_strict() {
    let Some(mut tsc) = tool("tsc") else {
        test_support::skip("no tsc (npm install --prefix target/export-tools typescript@5)");
        return;
    };
    let dir = Dir::new("typescript");
    let files = exports("typescript", "ts", &dir);
    // The module used as a user would: the union, the record, the guard.
    let usage = dir.join("use.ts");
    std::fs::write(
        &usage,
        "import { VbsError, VbsErrorCode, isVbsErrorCode } from \"./vbs_error\";\n\
         import { TypesTable } from \"./types_table\";\n\
         const code: VbsErrorCode = \"VolumeBackup.0014\";\n\
         const description: \"The task could not be submitted.\" = VbsError[code].description;\n\
         export function lookup(value: string): string | null {\n\
           return isVbsErrorCode(value) ? VbsError[value].description : null;\n\
         }\n\
         const flag: true = TypesTable[\"T.1\"].flag;\n\
         const level: \"Warning\" = TypesTable[\"T.1\"].level;\n\
         const retired: string = TypesTable[\"T.3\"].deprecated;\n\
         export const used = [description, flag, level, retired];\n",
    )
    .unwrap();
    // A type named after a global the guard could have used.
    let object = dir.join("object.ts");
    let output = run(&[
        "export",
        "codes.csv",
        "--format",
        "typescript",
        "--enum",
        "Object",
        "-o",
        object.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    tsc.args(["--strict", "--noEmit"])
        .args(&files)
        .arg(&usage)
        .arg(&object);
    checked(&mut tsc, "tsc --strict --noEmit");
    // A wrong literal fails: the check is not vacuous.
    std::fs::write(&usage, "import { VbsErrorCode } from \"./vbs_error\";\nexport const code: VbsErrorCode = \"VolumeBackup.9999\";\n").unwrap();
    let mut tsc = tool("tsc").unwrap();
    tsc.args(["--strict", "--noEmit"]).args(&files).arg(&usage);
    assert!(
        !tsc.output().unwrap().status.success(),
        "tsc accepted an unknown code"
    );
}

#[test]
fn python_imports_and_passes_mypy_strict() {
    let Some(_) = tool("python3") else {
        test_support::skip("no python3");
        return;
    };
    let dir = Dir::new("python");
    let files = exports("python", "py", &dir);
    let mut python = Command::new("python3");
    python.current_dir(&*dir).args([
        "-c",
        "import vbs_error, types_table\n\
         from vbs_error import VbsError\n\
         e = VbsError.from_code('VolumeBackup.0014')\n\
         assert e is VbsError.VOLUME_BACKUP_0014 and e == 'VolumeBackup.0014' and str(e) == 'VolumeBackup.0014'\n\
         assert e.description == 'The task could not be submitted.' and e.module == 'Shared'\n\
         assert VbsError.from_code('VolumeBackup.9999') is None\n\
         assert len(VbsError) == 126\n\
         t = types_table.TypesTable.from_code('T.2')\n\
         assert t is not None and t.giant == 340282366920938463463374607431768211455 and t.row.int == 2147483647\n\
         assert t.letter == '\\U0001F980' and t.level == 'Error' and t.maybe_port is None\n\
         assert types_table.TypesTable.T_3.deprecated == 'Use T.1 instead.'\n",
    ]);
    checked(&mut python, "python3 -c \"import ...\"");
    let Some(mut mypy) = tool("mypy") else {
        test_support::skip("no mypy (pip install mypy)");
        return;
    };
    mypy.current_dir(&*dir).arg("--strict").args(&files);
    checked(&mut mypy, "mypy --strict");
}

#[test]
fn openapi_is_valid_3_1() {
    let Some(mut validator) = tool("openapi-spec-validator") else {
        test_support::skip("no openapi-spec-validator (pip install openapi-spec-validator)");
        return;
    };
    let dir = Dir::new("openapi");
    let files = exports("openapi", "json", &dir);
    validator.args(&files);
    checked(&mut validator, "openapi-spec-validator");
    let document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let schema = &document["components"]["schemas"]["VbsError"];
    assert_eq!(schema["oneOf"].as_array().unwrap().len(), 126);
    assert_eq!(
        schema["oneOf"][1]["description"],
        "The task could not be submitted."
    );
    // Not vacuous: a document without `info` is refused.
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"openapi\": \"3.1.0\", \"paths\": {}}").unwrap();
    let mut validator = tool("openapi-spec-validator").unwrap();
    validator.arg(&broken);
    assert!(!validator.output().unwrap().status.success());
}
