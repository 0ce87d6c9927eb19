//! `error-codes import` on the shapes a third set of documentation families
//! writes its tables in: pages written here, in our own words, one per
//! shape. Each test names what the page used to lose and checks every row
//! comes back, or is named on standard error with its page line.

mod common;

use common::{Dir, Page, text};

/// Imports `body` as a file named `name`: status, CSV, standard error.
fn import(name: &str, body: &str, options: &[&str]) -> (Option<i32>, String, String) {
    let page = Page::new(name, body);
    let output = page.import(options);
    let stderr = text(&output.stderr).replace(&page.name(), "PAGE");
    (output.status.code(), text(&output.stdout), stderr)
}

/// A grid table whose right border wanders gave empty descriptions with
/// status 0; read as if its border were straight, with a note.
#[test]
fn a_grid_table_with_a_ragged_right_border() {
    let page = "\
Kettle errors
=============

+------+----------------+
| Code | Description    |
+======+================+
| K.1  | Too hot.       |
+------+----------------+
| K.2  | The lid is open; close it first. |
+------+----------------+
| K.3  | Empty. |
+------+----------------+
";
    let (status, csv, stderr) = import("ragged.rst", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nK.1,Too hot.\nK.2,The lid is open; close it first.\nK.3,Empty.\n"
    );
    assert_eq!(
        stderr,
        "PAGE: line 9: the right border of the grid table of line 4 is ragged; read as if straight\n"
    );
}

/// GitHub ends a cell at a `|` even inside a code span, and drops what
/// runs past the header's last column: the text after the pipe vanished.
#[test]
fn a_pipe_inside_a_code_span_keeps_its_text() {
    let page = "\
| Code | Description |
|---|---|
| F.1 | Join the paths with `a|b` first. |
| F.2 | Plain. |
| F.3 | One | two | three. |
";
    let (status, csv, stderr) = import("pipes.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nF.1,Join the paths with `a|b` first.\nF.2,Plain.\nF.3,One | two | three.\n"
    );
    assert_eq!(
        stderr,
        "PAGE: line 3: the row has more cells than the header's 2 (a `|` inside a code span ends a cell too: write it `\\|`); the text past the last column is kept in it\n\
         PAGE: line 5: the row has more cells than the header's 2 (a `|` inside a code span ends a cell too: write it `\\|`); the text past the last column is kept in it\n"
    );
}

/// A code holding a backtick came back from `export` then `import`
/// without it: a backtick that opens no code span is part of the code.
#[test]
fn a_code_with_a_backtick_survives_export_then_import() {
    let dir = Dir::new("backtick");
    dir.write(
        "ticks.csv",
        "code,description\n\"Q`1\",Quoted once.\n`Q2,One tick before.\nQ3,Plain.\n",
    );
    for format in ["markdown", "rst", "html"] {
        let exported = dir.run(&["export", "--format", format, "ticks.csv"]);
        assert!(exported.status.success(), "{}", text(&exported.stderr));
        let page = format!("ticks.{format}");
        dir.write(&page, &text(&exported.stdout));
        let imported = dir.run(&["import", &page]);
        assert!(imported.status.success(), "{}", text(&imported.stderr));
        assert_eq!(
            text(&imported.stdout),
            "code,description\nQ`1,Quoted once.\n`Q2,One tick before.\nQ3,Plain.\n",
            "{format}"
        );
    }
}

/// Fields after `, ` with every field quoted: the space before each quote
/// made the quotes part of the text, and split quoted commas.
#[test]
fn fields_quoted_after_a_comma_and_a_space() {
    let page =
        "\"Code\", \"Description\"\n\"G700\", \"Out of gas\"\n\"G701\", \"Refused, try later\"\n";
    let (status, csv, stderr) = import("spaced.csv", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nG700,Out of gas\nG701,\"Refused, try later\"\n"
    );
}

/// A semicolon file was read as one column of garbage codes, with
/// status 0; a tab-separated one likewise. The separator is the one that
/// splits the first lines alike, and a note names it.
#[test]
fn semicolon_and_tab_separated_files() {
    let semicolons = "Code;Beschreibung\nH.1;Der Kessel ist kalt, bitte warten\nH.2;Kein Wasser\n";
    let (status, csv, stderr) = import("kessel.csv", semicolons, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nH.1,\"Der Kessel ist kalt, bitte warten\"\nH.2,Kein Wasser\n"
    );
    assert_eq!(
        stderr,
        "PAGE: fields separated by `;`, as the first lines show\n\
         PAGE: table 1 (line 1): description: \"Beschreibung\" (heading)\n"
    );
    let tabs = "Code\tDescription\nT.1\tThe tank is empty; fill it\nT.2\tThe valve is stuck";
    let (status, csv, stderr) = import("tank.csv", tabs, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nT.1,The tank is empty; fill it\nT.2,The valve is stuck\n"
    );
}

/// A registry of URN-like codes without a header row and without a final
/// newline: the first row is data, as its namespace shows, and the last
/// row is read.
#[test]
fn a_headerless_registry_of_urns_without_a_final_newline() {
    let page = "urn:example:error:badKey,The key is not one we issued\nurn:example:error:rateLimited,Too many requests\nurn:example:error:noAccountYet,Create an account first";
    let (status, csv, stderr) = import("registry.csv", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\n\
         urn:example:error:badKey,The key is not one we issued\n\
         urn:example:error:rateLimited,Too many requests\n\
         urn:example:error:noAccountYet,Create an account first\n"
    );
}

/// `.. csv-table::` and `.. list-table::` gave "no table found on the
/// page": their rows inline, in a `:file:` beside the page (found from the
/// page's directory, not the working one), and bullets of cells.
#[test]
fn rst_csv_and_list_table_directives() {
    let dir = Dir::new("directives");
    dir.write(
        "more.csv",
        "Code,Meaning\nW.3,\"Frozen, thaw it\"\nW.4,Too cold\n",
    );
    dir.write(
        "well.rst",
        "\
Well pump
=========

.. csv-table:: Pump errors
   :header: \"Code\", \"Meaning\"
   :widths: 10, 40

   \"W.1\", \"Dry, stop the pump\"
   W.2, Clogged filter

.. csv-table:: Winter errors
   :file: more.csv
   :header-rows: 1

.. list-table:: Valve errors
   :header-rows: 1

   * - Code
     - Meaning
   * - W.5
     - Stuck open;
       close it by hand.
   * - W.6
     - Leaking.
",
    );
    let output = common::run(&["import", &dir.join("well.rst").to_string_lossy()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "module,code,description\n\
         Pump errors,W.1,\"Dry, stop the pump\"\n\
         Pump errors,W.2,Clogged filter\n\
         Winter errors,W.3,\"Frozen, thaw it\"\n\
         Winter errors,W.4,Too cold\n\
         Valve errors,W.5,\"Stuck open;\nclose it by hand.\"\n\
         Valve errors,W.6,Leaking.\n"
    );
    // A file that is not there: the table is left aside, by name.
    dir.write(
        "gone.rst",
        ".. csv-table:: Gone\n   :file: nowhere.csv\n\n.. csv-table:: Here\n   :header: Code, Meaning\n\n   X.1, Present\n",
    );
    let output = dir.run(&["import", "gone.rst"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "code,description\nX.1,Present\n");
    assert!(
        text(&output.stderr)
            .starts_with("gone.rst: line 1: the csv-table's file nowhere.csv cannot be read ("),
        "{}",
        text(&output.stderr)
    );
}
