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
| K.4    | Shifted inner border. |
+------+----------------+
";
    let (status, csv, stderr) = import("ragged.rst", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nK.1,Too hot.\nK.2,The lid is open; close it first.\nK.3,Empty.\nK.4,Shifted inner border.\n"
    );
    assert_eq!(
        stderr,
        "PAGE: line 9: the right border of the grid table of line 4 is ragged; read as if straight\n\
         PAGE: line 13: the row's inner borders are out of line with the grid table of line 4; read by its `|`\n"
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

/// A page whose first table heads its codes `ID` and whose second heads
/// them `Error Number` kept one of them; headings in other languages
/// likewise. Every table whose codes a heading names is a code table,
/// its module its heading.
#[test]
fn every_code_table_of_a_page_under_headings_not_known_before() {
    let page = "\
## Session errors

| ID | Description |
|---|---|
| 11 | The session expired. |
| 12 | The session was never opened. |

## Transfer errors

| Error Number | Meaning |
|---|---|
| 21 | The transfer was cut. |
| 22 | The checksum differs. |

## Параметры

| Имя | Тип |
|---|---|
| user_id | число |
| token | строка |
";
    let (status, csv, stderr) = import("tables.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "module,code,description\n\
         Session errors,11,The session expired.\n\
         Session errors,12,The session was never opened.\n\
         Transfer errors,21,The transfer was cut.\n\
         Transfer errors,22,The checksum differs.\n"
    );
    assert!(
        stderr.contains("table 3 (line 17, \"Параметры\"): left aside"),
        "{stderr}"
    );
    for (code, description) in [
        ("Response code", "Description"),
        ("Return code", "Meaning"),
        ("Exception", "Description"),
        ("Код", "Описание"),
        ("Fehlernummer", "Bedeutung"),
        ("返回值", "说明"),
        ("コード", "内容"),
    ] {
        // Beside a table of parameters whose names are unique too.
        let page = format!(
            "| Parameter | Meaning |\n|---|---|\n| region | Where to run. |\n| zone | Which part. |\n\n| {code} | {description} |\n|---|---|\n| NoRoomError | No room is left. |\n| LateError | Too late now. |\n"
        );
        let (status, csv, stderr) = import("heading.md", &page, &[]);
        assert_eq!(status, Some(0), "{code}: {stderr}");
        assert_eq!(
            csv, "code,description\nNoRoomError,No room is left.\nLateError,Too late now.\n",
            "{code}: {stderr}"
        );
    }
}

/// Old XHTML writes its header row as `<td><b>...</b></td>` under a title
/// row across the table; the title is the table's module, and a second
/// table whose codes have the same shape is kept beside it even though
/// only `Error` heads them.
#[test]
fn bold_header_cells_under_a_title_row_in_old_xhtml() {
    let page = "\
<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>
<h2>Store statuses</h2>
<table border=\"1\">
<tr><td colspan=\"2\"><b>Failures</b></td></tr>
<tr><td><b>Status</b></td><td><b>Meaning</b></td></tr>
<tr><td>0xC000</td><td>The store is full.</td></tr>
<tr><td>0xC001</td><td>The store cannot be read.</td></tr>
</table>
<table border=\"1\">
<tr><td><b>Error</b></td><td><b>Meaning</b></td></tr>
<tr><td>0xB000</td><td>A value was coerced.</td></tr>
</table>
</body></html>
";
    let (status, csv, stderr) = import("store.xhtml", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "module,code,description\n\
         Failures,0xC000,The store is full.\n\
         Failures,0xC001,The store cannot be read.\n\
         Store statuses,0xB000,A value was coerced.\n"
    );
    assert!(
        stderr.starts_with("PAGE: table of line 4: the row across it (\"Failures\") is its caption, the row under it (line 6) its header\n"),
        "{stderr}"
    );
}

/// A column of constants' names beside a `Value` column of their numbers:
/// the name is the code (it is what logs quote), the number a column.
#[test]
fn constants_beside_their_values() {
    let page = "\
| Constant | Value | Description |
|---|---|---|
| LOCK_ERROR_NO_KEY | -9001 | No key was presented. |
| LOCK_ERROR_WORN_KEY | -9002 | The key is too worn to turn. |
";
    let (status, csv, stderr) = import("lock.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description,Value\nLOCK_ERROR_NO_KEY,No key was presented.,-9001\nLOCK_ERROR_WORN_KEY,The key is too worn to turn.,-9002\n"
    );
    assert!(
        stderr.starts_with("PAGE: table 1 (line 1): code: \"Constant\" (names of constants); \"Value\" holds their numbers, kept as a column\n"),
        "{stderr}"
    );
}

/// A `Code` column of HTTP statuses repeated beside unique identifiers
/// written as RST literals: the identifiers are the codes, as the README
/// says, the statuses the `http_status` column.
#[test]
fn repeated_statuses_beside_rst_literals() {
    let page = "\
Bucket errors
=============

=====================  ====  ===============================
Error                  Code  Description
=====================  ====  ===============================
``NoSuchCrate``        404   No crate of that name.
``NoSuchShelf``        404   No shelf of that name.
``ShelfNotEmpty``      409   The shelf still holds crates.
``BadShelfName``       400   The name is not valid.
=====================  ====  ===============================
";
    let (status, csv, stderr) = import("shelves.rst", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description,http_status\n\
         NoSuchCrate,No crate of that name.,404\n\
         NoSuchShelf,No shelf of that name.,404\n\
         ShelfNotEmpty,The shelf still holds crates.,409\n\
         BadShelfName,The name is not valid.,400\n"
    );
}

/// Footnote marks after a code, and section rows of a bold code beside
/// an italic title (a linter's table of checks): the marks are not part of
/// the code, the section rows are modules.
#[test]
fn footnote_marks_and_bold_italic_section_rows() {
    let page = "\
| Code | Meaning |
|---|---|
| **K1** | *Spacing* |
| K101 | spaces and tabs mixed in one indent |
| K121 (\\*^) | continuation line indented too little |
| **K2** | *Naming* |
| K201 | a name shadows a builtin |
";
    let (status, csv, stderr) = import("lint.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "module,code,description\n\
         K1 Spacing,K101,spaces and tabs mixed in one indent\n\
         K1 Spacing,K121,continuation line indented too little\n\
         K2 Naming,K201,a name shadows a builtin\n"
    );
}

/// Registries that are data: a JSON map of lists of entries (each list's
/// key its module), a YAML map of entries keyed by their codes, and a YAML
/// map of plain texts; the overrides work on them as on pages.
#[test]
fn json_and_yaml_registries() {
    let json = r#"{
  "service": "oven",
  "heating": [
    {"code": "OVEN_TOO_HOT", "message": "The oven is too hot to open.", "http": 409},
    {"code": "OVEN_NO_POWER", "message": "The oven has no power.", "http": 503}
  ],
  "timer": [
    {"code": "TIMER_PAST", "message": "The time set has passed.", "http": 400}
  ]
}"#;
    let (status, csv, stderr) = import("oven.json", json, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "module,code,message,http_status\n\
         heating,OVEN_TOO_HOT,The oven is too hot to open.,409\n\
         heating,OVEN_NO_POWER,The oven has no power.,503\n\
         timer,TIMER_PAST,The time set has passed.,400\n"
    );
    let yaml = "\
# Errors of the fridge
FridgeDoorOpen:
  description: The door was left open.
  status: 409
FridgeIcedUp:
  description: |
    The coil is iced up.
    Defrost it.
  status: 503
";
    let (status, csv, stderr) = import("fridge.yaml", yaml, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description,http_status\n\
         FridgeDoorOpen,The door was left open.,409\n\
         FridgeIcedUp,\"The coil is iced up.\nDefrost it.\n\",503\n"
    );
    let (status, csv, stderr) = import("fridge.yml", yaml, &["--code-column", "status"]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(csv.starts_with("code,description,Name\n409,"), "{csv}");
    let (status, csv, stderr) = import("short.yml", "E1: Too hot to touch.\nE2: Too cold.\n", &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\nE1,Too hot to touch.\nE2,Too cold.\n"
    );
    // A file that is not JSON says where.
    let (status, _, stderr) = import("broken.json", "{\"a\": [1, 2", &[]);
    assert_eq!(status, Some(2));
    assert!(stderr.starts_with("error: PAGE: line "), "{stderr}");
}

/// A code column that is not the first, whose cells are whole reply lines
/// of a mail server: the code is each line's number, the line its message.
#[test]
fn reply_lines_as_codes() {
    let page = "\
| Situation | Reply | What to do |
|---|---|---|
| The hourly quota is used up | `451 Slow down: hourly sending quota used up` | Wait for the next hour. |
| The sender was never confirmed | `553 Refused: the sender address is not confirmed` | Confirm it first. |
| The message is too big for us | `552 Too big: messages stop at ten megabytes` | Send a link instead. |
";
    let (status, csv, stderr) = import("mail.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description,message,solution\n\
         451,The hourly quota is used up,Slow down: hourly sending quota used up,Wait for the next hour.\n\
         553,The sender was never confirmed,Refused: the sender address is not confirmed,Confirm it first.\n\
         552,The message is too big for us,Too big: messages stop at ten megabytes,Send a link instead.\n"
    );
    assert!(
        stderr.starts_with("PAGE: table 1 (line 1): code: \"Reply\" (reply lines: the code is each line's number, the line its message)"),
        "{stderr}"
    );
}

/// A header row repeated inside a long table is left aside by name.
#[test]
fn a_repeated_header_row_is_named() {
    let page = "| Code | Description |\n|---|---|\n| R.1 | One. |\n| Code | Description |\n| R.2 | Two. |\n";
    let (status, csv, stderr) = import("again.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(csv, "code,description\nR.1,One.\nR.2,Two.\n");
    assert_eq!(
        stderr,
        "PAGE: table 1 (line 1), line 4: the header row again, left aside\n"
    );
}

/// Lower-case codes say nothing about a table of parameters whose names
/// have their shape: it stays aside, as before.
#[test]
fn a_parameter_table_beside_lower_case_codes_stays_aside() {
    let page = "\
## Errors

| Error Code | Description |
|---|---|
| card_declined | The card was declined. |
| card_expired | The card has expired. |

## Request

| Name | Description |
|---|---|
| request_id | The request's own identifier. |
| card_token | The token of the card. |
";
    let (status, csv, stderr) = import("cards.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\ncard_declined,The card was declined.\ncard_expired,The card has expired.\n"
    );
    assert!(
        stderr.contains("table 2 (line 10, \"Request\"): left aside"),
        "{stderr}"
    );
}

/// Tables that head their codes differently (`Error Code`, `Error`) are
/// all code tables when the codes are structured; a table of settings
/// headed `Name` beside them stays aside.
#[test]
fn tables_heading_their_codes_differently() {
    let page = "\
## Pump errors

| Error Code | Description |
|---|---|
| P1001 | The pump is off. |
| P1002 | The pump runs dry. |

## Line errors

| Error | Description |
|---|---|
| ERR_LINE_CUT | The line was cut. |
| ERR_LINE_WET | Water in the line. |

## Settings

| Name | Description |
|---|---|
| PUMP_SPEED | How fast to pump. |
| LINE_SIZE | How wide the line is. |
";
    let (status, csv, stderr) = import("pump.md", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "module,code,description\n\
         Pump errors,P1001,The pump is off.\n\
         Pump errors,P1002,The pump runs dry.\n\
         Line errors,ERR_LINE_CUT,The line was cut.\n\
         Line errors,ERR_LINE_WET,Water in the line.\n"
    );
    assert!(
        stderr.contains("table 3 (line 17, \"Settings\"): left aside"),
        "{stderr}"
    );
}

/// The Linux kernel's documentation writes its error tables as
/// `.. flat-table::` of `- -` rows, codes as literals with a remark after
/// some (`(aka ...)`): the remark is not part of the code.
#[test]
fn a_flat_table_of_errno_names() {
    let page = "\
Widget errors
=============

.. flat-table:: Errors of the widget calls
    :header-rows:  0
    :stub-columns: 0
    :widths: 1 16

    -  -  ``EAGAIN`` (aka ``EWOULDBLOCK``)

       -  The widget is busy; call again later.

    -  -  ``EBADF``

       -  The widget handle is not open.

    -  -  ``ENOSPC``

       -  No widget slot is free.
";
    let (status, csv, stderr) = import("widget.rst", page, &[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        csv,
        "code,description\n\
         EAGAIN,The widget is busy; call again later.\n\
         EBADF,The widget handle is not open.\n\
         ENOSPC,No widget slot is free.\n"
    );
}
