//! `error-codes check`, `diff` and `export` as a user runs them, on tables
//! written for these tests.

mod common;

use common::{Dir, text};
use std::path::Path;
use std::process::Command;

const KETTLE: &str = "\
module,code,description,http_status
Heating,K.1,The water is too *hot*.,409
Heating,K.2,The kettle is empty.,400
Lid,K.3,The lid is open.,400
";

#[test]
fn check_is_quiet_about_good_tables_and_lists_every_problem_of_bad_ones() {
    let dir = Dir::new("check");
    dir.write("good.csv", KETTLE).write(
        "bad.csv",
        "code,description\nK.1,Hot.\nK.1,Hotter.\nK 2,Empty.\nK-2,Dry.\n",
    );
    let output = dir.run(&[
        "check",
        "good.csv",
        "--options",
        "columns(http_status: u16)",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "good.csv: 3 codes, no problems\n");

    // The same column read as the standard `http_status` column.
    let output = dir.run(&["check", "good.csv"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    dir.write("typo.csv", &KETTLE.replace("409", "4O9"));
    let output = dir.run(&["check", "typo.csv"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).starts_with(
            "typo.csv:2: column `http_status` (column 4): `4O9` is not an HTTP status"
        ),
        "{}",
        text(&output.stderr)
    );

    dir.write("plain.csv", "code,description\nP.1,Plain.\n");
    let output = dir.run(&["check", "bad.csv", "plain.csv"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    assert!(lines[0].starts_with("bad.csv:3: "), "{stderr}");
    assert!(lines[1].starts_with("bad.csv:4: "), "{stderr}");
    assert!(
        lines[2]
            .starts_with("bad.csv:5: codes `K 2` (line 4) and `K-2` both become the variant `K2`"),
        "{stderr}"
    );
    assert_eq!(lines[3], "error: 3 problems");
    assert_eq!(text(&output.stdout), "plain.csv: 1 code, no problems\n");
}

#[test]
fn check_with_a_domain_notes_what_aip_193_refuses() {
    let dir = Dir::new("aip193");
    let long = "A".repeat(64);
    dir.write(
        "grpc.csv",
        &format!(
            "code,description,message\n\
             NOT_FOUND,Gone.,Account {{accountId}} is gone.\n\
             quota.exceeded,Too many.,Quota of {{0}} exceeded for {{user_id}}.\n\
             {long},Long.,\n"
        ),
    );
    // Without `domain`, no notes: the table is not sent as ErrorInfo.
    let output = dir.run(&["check", "grpc.csv"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "");

    let output = dir.run(&["check", "grpc.csv", "--options", "domain = \"example.com\""]);
    // Notes, not findings: the table builds.
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "grpc.csv: 3 codes, no problems\n");
    let stderr = text(&output.stderr);
    let notes: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        notes,
        [
            "grpc.csv:3: note: AIP-193: the reason `quota.exceeded` is not UPPER_SNAKE_CASE (capital letters, digits and `_`, starting with a letter)",
            "grpc.csv:3: note: AIP-193: the placeholder `{0}` of code `quota.exceeded` is no lowerCamelCase name, as ErrorInfo's metadata keys are",
            "grpc.csv:3: note: AIP-193: the placeholder `{user_id}` of code `quota.exceeded` is no lowerCamelCase name, as ErrorInfo's metadata keys are",
            &format!(
                "grpc.csv:4: note: AIP-193: the reason `{long}` has 64 characters, more than 63"
            ),
        ],
        "{stderr}"
    );
}

#[test]
fn check_notes_cells_that_a_default_build_refuses_without_failing() {
    let dir = Dir::new("commonmark");
    dir.write(
        "marked.csv",
        "code,description,message,hint\n\
         M.1,The **lid** is `open`.,Close it.,See [the manual](https://example.com).\n\
         M.2,The water is *hot*.,Wait.,Plain.\n\
         M.3,Empty.,Fill it.,Pour _slowly_.\n",
    );
    let output = dir.run(&["check", "marked.csv", "--options", "columns(hint: &str)"]);
    // The table is fine: the `commonmark` feature reads it.
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "marked.csv: 3 codes, no problems\n");
    let stderr = text(&output.stderr);
    let notes: Vec<&str> = stderr.lines().collect();
    // The short cut reads strong text, code spans and links: only emphasis
    // needs the feature.
    assert_eq!(notes.len(), 2, "{stderr}");
    assert_eq!(
        notes[0],
        "marked.csv:3: note: the description of code `M.2` has markup that needs \
         error-codes-core's `commonmark` feature (off by default): turn it on where \
         the table is built"
    );
    assert!(
        notes[1].starts_with("marked.csv:4: note: the hint of code `M.3` has markup"),
        "{stderr}"
    );

    dir.write("plain.csv", "code,description\nP.1,Plain `code`.\n");
    let output = dir.run(&["check", "plain.csv"]);
    assert!(output.status.success());
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn check_refuses_options_it_does_not_know() {
    let dir = Dir::new("options");
    dir.write("good.csv", KETTLE);
    let output = dir.run(&[
        "check",
        "good.csv",
        "--options",
        "ignor = [\"http_status\"]",
    ]);
    // Bad options are trouble, not findings.
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("--options: unknown option `ignor`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `ignore`?"), "{stderr}");
}

#[test]
fn diff_names_each_change_and_fails_on_breaking_ones() {
    let dir = Dir::new("diff");
    dir.write("old.csv", KETTLE).write(
        "new.csv",
        "module,code,description,http_status,deprecated\n\
         Heating,K.1,The water is too hot.,409,\n\
         Heating,K.2,The kettle is dry.,400,Use K.4.\n\
         Heating,K.4,No water.,422,\n",
    );
    let options = ["--options", "columns(http_status: u16)"];
    let output = dir.run(&[&["diff", "old.csv", "new.csv"][..], &options].concat());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        "description K.2: \"The kettle is empty.\" -> \"The kettle is dry.\"\n\
         deprecated  K.2: \"Use K.4.\"\n\
         added       K.4 (variant K4)\n\
         removed     K.3 (variant K3): breaking\n"
    );
    assert!(text(&output.stderr).contains("--allow-breaking"));

    let output = dir.run(
        &[
            &["diff", "old.csv", "new.csv", "--allow-breaking"][..],
            &options,
        ]
        .concat(),
    );
    assert!(output.status.success());
    assert_eq!(text(&output.stderr), "4 change(s), 1 breaking (allowed)\n");

    let output = dir.run(&[&["diff", "old.csv", "old.csv"][..], &options].concat());
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), "");
    assert_eq!(text(&output.stderr), "no change for users of the enum\n");
}

/// Versions whose columns differ are compared, whatever the
/// options, and a column added or removed is a change of its own.
#[test]
fn diff_compares_versions_whose_columns_differ() {
    let dir = Dir::new("diff-columns");
    dir.write("old.csv", KETTLE).write(
        "new.csv",
        "module,code,description,http_status,Retry,Solution\n\
         Heating,K.1,The water is too *hot*.,409,true,Wait.\n\
         Heating,K.2,The kettle is empty.,404,false,Fill it.\n\
         Lid,K.3,The lid is open.,400,false,Close it.\n",
    );
    let run = |args: &[&str]| {
        let output = dir.run(&[&["diff", "old.csv", "new.csv"][..], args].concat());
        (
            output.status.code(),
            text(&output.stdout),
            text(&output.stderr),
        )
    };
    // No options: `http_status` and `Solution` are standard columns,
    // every other column is compared as text.
    let (status, stdout, stderr) = run(&[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "column      \"Retry\" added (read by no `columns(...)` entry)\n\
         value       K.1: solution None -> \"Wait.\"\n\
         status      K.2: 400 -> 404\n\
         value       K.2: solution None -> \"Fill it.\"\n\
         value       K.3: solution None -> \"Close it.\"\n"
    );
    // The options of the new version: the old one lacks `Retry` and
    // `Solution`, which is no reason to refuse it.
    let options = "columns(http_status: u16, retry: bool), ignore = [\"Solution\"]";
    let (status, stdout, stderr) = run(&["--options", options]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "column      \"retry\" added\n\
         value       K.2: http_status 400 -> 404\n"
    );
    // A heading given for the code column in one version only.
    dir.write("renamed.csv", &KETTLE.replacen("code", "Value", 1));
    let output = dir.run(&[
        "diff",
        "old.csv",
        "renamed.csv",
        "--options",
        "headers(code = \"Value\"), columns(http_status: u16)",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "");
    // Backwards, the accessor `retry()` is gone: that breaks its callers.
    let output = dir.run(&["diff", "new.csv", "old.csv", "--options", options]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout)
            .starts_with("column      \"retry\" removed: its accessor is gone: breaking\n"),
        "{}",
        text(&output.stdout)
    );
}

/// 0 when all is well, 1 for findings, 2 when the command could
/// not do its work, as diff(1) does, for every subcommand.
#[test]
fn exit_status_tells_findings_from_trouble() {
    let dir = Dir::new("status");
    dir.write("good.csv", "code,description\nK.1,Hot.\n")
        .write("bad.csv", "code,description\nK.1,Hot.\nK.1,Hotter.\n");
    let status = |args: &[&str]| dir.run(args).status.code();
    assert_eq!(status(&["check", "good.csv"]), Some(0));
    assert_eq!(status(&["check", "bad.csv"]), Some(1));
    assert_eq!(status(&["check", "missing.csv"]), Some(2));
    assert_eq!(status(&["check", "bad.csv", "missing.csv"]), Some(2));
    assert_eq!(
        status(&["check", "good.csv", "--options", "columns("]),
        Some(2)
    );
    assert_eq!(status(&["diff", "good.csv", "good.csv"]), Some(0));
    assert_eq!(status(&["diff", "missing.csv", "good.csv"]), Some(2));
    // A version with problems cannot be compared: trouble, not a finding.
    assert_eq!(status(&["diff", "bad.csv", "good.csv"]), Some(2));
    assert_eq!(
        status(&["export", "missing.csv", "--format", "json"]),
        Some(2)
    );
    assert_eq!(status(&["export", "good.csv", "--format", "json"]), Some(0));
    assert_eq!(status(&["import", "missing.rst"]), Some(2));
    assert_eq!(status(&["no-such-subcommand"]), Some(2));
}

#[test]
fn diff_reads_the_old_table_from_git() {
    let dir = Dir::new("git");
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(args)
            .current_dir(&*dir)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    dir.write("codes.csv", "code,description\nK.1,Hot.\nK.2,Empty.\n");
    git(&["add", "codes.csv"]);
    git(&["commit", "-q", "-m", "table"]);
    dir.write(
        "codes.csv",
        "code,name,description\nK.1,TooHot,Hot.\nK.2,,Empty.\n",
    );
    let output = dir.run(&["diff", "HEAD:codes.csv", "codes.csv"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "renamed     K.1: variant K1 is now TooHot: breaking\n"
    );

    let output = dir.run(&["diff", "HEAD:missing.csv", "codes.csv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).starts_with("error: HEAD:missing.csv: "),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn export_writes_the_table_as_markdown_by_module_and_json() {
    let dir = Dir::new("export");
    dir.write("kettle.csv", KETTLE);
    let output = dir.run(&[
        "export",
        "kettle.csv",
        "--format",
        "markdown",
        "--title",
        "Kettle errors",
        "--options",
        "columns(http_status: u16)",
        "-o",
        "KETTLE.md",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        std::fs::read_to_string(dir.join("KETTLE.md")).unwrap(),
        "# Kettle errors\n\
         \n\
         ## Heating\n\
         \n\
         | module | code | description | http_status |\n\
         | --- | --- | --- | --- |\n\
         | Heating | K.1 | The water is too *hot*. | 409 |\n\
         |  | K.2 | The kettle is empty. | 400 |\n\
         \n\
         ## Lid\n\
         \n\
         | module | code | description | http_status |\n\
         | --- | --- | --- | --- |\n\
         | Lid | K.3 | The lid is open. | 400 |\n"
    );
    let output = dir.run(&[
        "export",
        "kettle.csv",
        "--format",
        "json",
        "--options",
        "ignore = [\"http_status\"]",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json = text(&output.stdout);
    assert!(
        json.contains("\"description\": \"The water is too hot.\""),
        "{json}"
    );
    assert!(
        json.contains("\"description_markup\": \"The water is too *hot*.\""),
        "{json}"
    );
    assert!(json.contains("\"module\": \"Lid\""), "{json}");
}

#[test]
fn every_subcommand_has_an_example_in_its_help() {
    let dir = Dir::new("help");
    for subcommand in ["import", "check", "diff", "export"] {
        let output = dir.run(&[subcommand, "--help"]);
        assert!(output.status.success());
        let help = text(&output.stdout);
        assert!(
            help.contains(&format!("Examples:\n  error-codes {subcommand} ")),
            "{help}"
        );
    }
    assert!(Path::new(env!("CARGO_BIN_EXE_error-codes")).exists());
}

/// A kettle's codes in English, Spanish and Hindi, written for this test.
const KETTLE_LANGUAGES: &str = "\
code,description,solution,description@es,solution@es,description@hi
K.1,The water is too hot.,Let it cool.,El agua está demasiado caliente.,Déjela enfriar.,पानी बहुत गरम है।
K.2,The kettle is empty.,Fill it.,La tetera está vacía.,,
";

#[test]
fn check_reports_each_language_s_coverage_and_json_carries_every_language() {
    let dir = Dir::new("languages");
    dir.write("kettle.csv", KETTLE_LANGUAGES);
    let output = dir.run(&["check", "kettle.csv"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "kettle.csv: 2 codes, no problems\n\
         kettle.csv: es: 2 of 2 descriptions, 1 of 2 solutions\n\
         kettle.csv: hi: 1 of 2 descriptions, 0 of 2 solutions\n"
    );
    // Under `require_languages`, an empty cell is a problem at its line.
    let output = dir.run(&[
        "check",
        "kettle.csv",
        "--options",
        "require_languages = [\"es\", \"hi\"]",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains(
            "kettle.csv:1: the header has no column `solution@hi`, which `require_languages` asks for: every `solution` cell in `hi`"
        ),
        "{}",
        text(&output.stderr)
    );
    let output = dir.run(&[
        "check",
        "kettle.csv",
        "--options",
        "require_languages = [\"es\"]",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains(
            "kettle.csv:3: column `solution@es` (column 5): empty cell for code `K.2`, whose `es` is in `require_languages`"
        ),
        "{}",
        text(&output.stderr)
    );

    let output = dir.run(&["export", "kettle.csv", "--format", "json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &json["codes"][0]["translations"];
    assert_eq!(first["es"]["solution"], "Déjela enfriar.");
    assert_eq!(first["hi"]["description"], "पानी बहुत गरम है।");
    assert!(json["codes"][1]["translations"]["hi"]["description"].is_null());
    // A table without translated columns exports as before.
    dir.write("plain.csv", KETTLE);
    let output = dir.run(&["export", "plain.csv", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(json["codes"][0].get("translations").is_none());
}

/// A page and its Chinese edition, written for this test: other headings,
/// rows in another order, one code in each that the other lacks.
const DISK_PAGE: &str = "\
| Error Code | Error Message | Solution |
| --- | --- | --- |
| Disk.0001 | The disk is full. | Free some space. |
| Disk.0002 | The disk was not found. | Check the disk ID. |
| Disk.0003 | The disk is busy. | Retry later. |
";
const DISK_PAGE_ZH: &str = "\
| 错误码 | 错误信息 | 处理措施 |
| --- | --- | --- |
| Disk.0002 | 未找到磁盘。 | 检查磁盘 ID。 |
| Disk.0001 | 磁盘已满。 | 释放部分空间。 |
| Disk.0009 | 磁盘已锁定。 | 联系管理员。 |
";

#[test]
fn import_merges_a_translated_edition_by_code() {
    let dir = Dir::new("import-languages");
    dir.write("disk.md", DISK_PAGE)
        .write("disk.zh.md", DISK_PAGE_ZH);
    let output = dir.run(&["import", "disk.md", "--language", "zh-CN=disk.zh.md"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,message,solution,message@zh-CN,solution@zh-CN\n\
         Disk.0001,The disk is full.,Free some space.,磁盘已满。,释放部分空间。\n\
         Disk.0002,The disk was not found.,Check the disk ID.,未找到磁盘。,检查磁盘 ID。\n\
         Disk.0003,The disk is busy.,Retry later.,,\n"
    );
    let notes = text(&output.stderr);
    assert!(notes.contains("disk.md: 1 row(s) of the table have no row in the zh-CN edition, their zh-CN cells left empty: `Disk.0003`"), "{notes}");
    assert!(
        notes.contains(
            "disk.md: 1 row(s) of the zh-CN edition have no row in the table, left aside: `Disk.0009`"
        ),
        "{notes}"
    );
    // A tag that is not one is refused before any page is read.
    let output = dir.run(&["import", "disk.md", "--language", "zh_CN=disk.zh.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not a well-formed language tag"));
}

/// The shape of a real pair of editions, the Apache Doris error-code table
/// in English and in Chinese (apache/doris,
/// docs/en/docs/admin-manual/maint-monitor/doris-error-code.md at 46dd93b
/// and docs/zh-CN/docs/admin-manual/maint-monitor/doris-error-code.md at
/// 1a13095): their codes in their order (5063 listed for several causes,
/// 5064 once between them and once after, 1109 in the Chinese edition
/// only) and their headings' forms (`Error  Code` with two spaces and
/// `Info`; `错误码` and `错误信息`). The texts are written for this test.
const CLUSTER_PAGE: &str = "\
| Error  Code | Info |
| :--- | :--- |
| 1105 | Something else went wrong |
| 5063 | The type name is wrong |
| 5064 | A general error |
| 5063 | Colocation is switched off |
| 5063 | The colocated table is missing |
| 5064 | The table is not colocated |
";
const CLUSTER_PAGE_ZH: &str = "\
| 错误码 | 错误信息 |
| :--- | :--- |
| 1105 | 出了别的问题 |
| 1109 | 表未知 |
| 5063 | 类型名有误 |
| 5064 | 一般错误 |
| 5063 | 共置已关闭 |
| 5063 | 共置的表不见了 |
| 5064 | 此表未共置 |
";

#[test]
fn import_pairs_a_repeated_codes_rows_with_the_editions_in_order() {
    let dir = Dir::new("import-languages-repeated");
    dir.write("cluster.md", CLUSTER_PAGE)
        .write("cluster.zh.md", CLUSTER_PAGE_ZH);
    let output = dir.run(&["import", "cluster.md", "--language", "zh-CN=cluster.zh.md"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description,description@zh-CN\n\
         1105,Something else went wrong,出了别的问题\n\
         5063,The type name is wrong,类型名有误\n\
         5064,A general error,一般错误\n\
         5063,Colocation is switched off,共置已关闭\n\
         5063,The colocated table is missing,共置的表不见了\n\
         5064,The table is not colocated,此表未共置\n"
    );
    let notes = text(&output.stderr);
    assert!(
        notes.contains(
            "cluster.md: 1 row(s) of the zh-CN edition have no row in the table, left aside: `1109`"
        ),
        "{notes}"
    );
    assert!(notes.contains("duplicates = \"merge\""), "{notes}");
    // The merged table passes the macro's rules, translations included.
    dir.write("cluster.csv", &text(&output.stdout));
    let output = dir.run(&[
        "check",
        "cluster.csv",
        "--options",
        "duplicates = \"merge\"",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn import_names_the_rows_whose_description_is_empty() {
    // Published pages leave a description blank now and then; the macro
    // refuses such a row at its line, so the import says so up front
    // instead of advising options that cannot build.
    let dir = Dir::new("import-undescribed");
    dir.write(
        "pump.md",
        "| Code | Description |\n| --- | --- |\n| P.1 | The pump is dry. |\n| P.2 |  |\n| P.3 | The pump is jammed. |\n",
    );
    let output = dir.run(&["import", "pump.md"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description\nP.1,The pump is dry.\nP.2,\nP.3,The pump is jammed.\n"
    );
    let notes = text(&output.stderr);
    assert!(
        notes.contains("1 row(s) have an empty description, which the macro refuses at their lines: `P.2` (line 4); write one for each, or leave the rows out"),
        "{notes}"
    );
}

#[test]
fn import_reads_a_row_of_text_alone_as_the_title_of_the_rows_below() {
    // Plain pages head groups of codes with a row of text in the first
    // cell (Apache Doris's table of return values does, in English and in
    // Chinese); the names, codes and texts here are written for this test.
    let dir = Dir::new("import-groups");
    dir.write(
        "pump.md",
        "| Name | Value | Meaning |\n| --- | --- | --- |\n\
         | PUMP_OK | 0 | The pump works. |\n\
         | Errors of the motor | | |\n\
         | MOTOR_HOT | -10 | The motor is too hot. |\n\
         | MOTOR_STUCK | -11 | The motor does not turn. |\n\
         | 电源错误 | | |\n\
         | POWER_LOW | -20 | The voltage is too low. |\n\
         | STRAY | | |\n",
    );
    let output = dir.run(&["import", "pump.md"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "module,code,description,Name\n\
         ,0,The pump works.,PUMP_OK\n\
         Errors of the motor,-10,The motor is too hot.,MOTOR_HOT\n\
         Errors of the motor,-11,The motor does not turn.,MOTOR_STUCK\n\
         电源错误,-20,The voltage is too low.,POWER_LOW\n"
    );
    let notes = text(&output.stderr);
    assert!(
        notes.contains("2 row(s) with text in the first cell alone head the rows below them, as their module (lines 4, 7)"),
        "{notes}"
    );
    // A lone word is no title: it stays a row without a code, named.
    assert!(
        notes.contains("line 9: a row without a code, left aside"),
        "{notes}"
    );
}
