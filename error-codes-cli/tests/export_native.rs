//! The Go, C and protobuf exports checked by the tools their users run:
//! `gofmt -l` and `go vet`, the C and C++ compilers at their strictest,
//! and `protoc`; and a Go and a C program that look up every code of each
//! table and give back its row, compared with the table's JSON export.
//!
//! A tool that is missing skips its test with a message, except under
//! `CI=true`, where a skip is a failure (`.ci/run` installs them).

mod common;

use common::{Dir, checked, run, text};
use std::path::Path;
use std::process::{Command, Stdio};

/// Codes no target language takes as names as they are: their keywords,
/// the names the generated files take for themselves, leading digits and
/// characters beyond ASCII; descriptions with quotes, backslashes, a
/// trigraph, a comment's end and a line break; statuses, messages, a
/// retired row.
const AWKWARD: &str = "code,description,module,http_status,message,deprecated
type,A code named as a keyword of Go and Rust.,Words,400,Pick another word.,
func,\"Named as Go's function keyword, with \"\"quotes\"\" and a \\ backslash.\",Words,,,
default,Named as a keyword of C and Go; ??= is no trigraph.,Words,500,,
break,\"A description on
two lines, with */ that would end a C comment.\",Words,,,
Code,Named as the Go file's type.,Taken,,,
All,Named as the Go file's list of codes.,Taken,,,
Lookup,Named as the Go file's function.,Taken,,,
count,Named as the C header's count.,Taken,,,
unspecified,Named as protobuf's zero value.,Taken,,,
404-not-found,Begins with a digit.,Digits,404,The page is gone.,
2fa.required,Begins with a digit as well.,Digits,401,,
ärger,Ärger begins beyond ASCII.,Unicode,,,
日本語.1,Written in Japanese: 失敗しました.,Unicode,,,
ошибка.8,Код с кириллицей.,Unicode,,,
🦀.crab,Named after an emoji.,Unicode,,,
old.code,A retired code.,Retired,410,,Use type instead.
";

/// Decimal codes within `int32`, zero among them: protobuf numbers its
/// values with them, zero first.
const NUMERIC: &str = "code,description
7,Seven.
0,Zero is a code of its own.
-1,\"Below zero, as C functions report failure.\"
404,Not found.
2147483647,The largest int32.
-2147483648,The smallest int32.
";

/// Decimal codes beyond `int32`: protobuf numbers the rows instead.
const WIDE: &str = "code,description
1,One.
4294967296,Beyond int32.
";

/// Hexadecimal codes, as Windows' HRESULTs are written.
const HEXADECIMAL: &str = "code,description
0x80070005,Access is denied.
0x8007000E,Not enough memory.
0XDEAD,An upper-case prefix.
0x0,Zero in hexadecimal.
";

/// Every table of the tests, as `(file name, text)`; the seed table is
/// read from the workspace root.
fn tables(dir: &Path) -> Vec<(String, String)> {
    let mut tables = vec![(
        "seed".to_owned(),
        common::root().join("codes.csv").display().to_string(),
    )];
    for (name, text) in [
        ("awkward", AWKWARD),
        ("numeric", NUMERIC),
        ("wide", WIDE),
        ("hexadecimal", HEXADECIMAL),
    ] {
        let path = dir.join(format!("{name}.csv"));
        std::fs::write(&path, text).unwrap();
        tables.push((name.to_owned(), path.display().to_string()));
    }
    tables
}

/// A test's tool is missing: a failure under CI, a skip elsewhere.
fn missing(what: &str) {
    test_support::skip(format!("{what} is missing (.ci/run installs it)"));
}

/// Whether `program ARGS` runs and succeeds.
fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|output| output.status.success())
}

/// `error-codes export TABLE --format FORMAT ARGS -o OUTPUT`, which must
/// succeed.
fn export(table: &str, format: &str, args: &[&str], output: &Path) {
    let result = run(&[
        &[
            "export",
            table,
            "--format",
            format,
            "-o",
            output.to_str().unwrap(),
        ],
        args,
    ]
    .concat());
    assert!(
        result.status.success(),
        "{format} of {table}: {}",
        text(&result.stderr)
    );
}

/// Each row of a table as the test programs print it: code, description,
/// module (or ""), first HTTP status (or 0), message (or ""), read from
/// the table's JSON export.
fn rows(table: &str) -> Vec<[String; 5]> {
    let output = run(&["export", table, "--format", "json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let cell = |row: &serde_json::Value, key: &str| match &row[key] {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Number(number) => number.to_string(),
        _ => String::new(),
    };
    json["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let status = cell(row, "http_status");
            [
                cell(row, "code"),
                cell(row, "description"),
                cell(row, "module"),
                if status.is_empty() {
                    "0".into()
                } else {
                    status
                },
                cell(row, "message"),
            ]
        })
        .collect()
}

/// What a test program printed: one record per code (fields separated by
/// U+001F, records ended by U+001E), so that any text reads back.
fn records(output: &[u8]) -> Vec<Vec<String>> {
    let output = String::from_utf8(output.to_vec()).expect("the program prints UTF-8");
    output
        .split_terminator('\u{1e}')
        .map(|record| record.split('\u{1f}').map(str::to_owned).collect())
        .collect()
}

/// The codes of `rows`, one a line, for a test program's input.
fn codes_file(dir: &Path, rows: &[[String; 5]]) -> std::path::PathBuf {
    let path = dir.join("codes.txt");
    let mut codes: String = rows.iter().map(|row| format!("{}\n", row[0])).collect();
    // A code no table has, which the programs must not find.
    codes.push_str("VolumeBackup.9999\n");
    std::fs::write(&path, codes).unwrap();
    path
}

/// Compares a test program's records with the rows' cells that it prints
/// (`cells` of each): every code found, with its cells, and the unknown
/// code not found.
fn compare(program: &str, table: &str, rows: &[[String; 5]], cells: &[usize], output: &[u8]) {
    let records = records(output);
    assert_eq!(
        records.len(),
        rows.len() + 1,
        "{program} on {table}: {records:?}"
    );
    for (row, record) in rows.iter().zip(&records) {
        let expected: Vec<&String> = cells.iter().map(|&cell| &row[cell]).collect();
        let got: Vec<&String> = record.iter().collect();
        assert_eq!(
            got, expected,
            "{program} on {table}: the row of {:?}",
            row[0]
        );
    }
    assert_eq!(
        records.last().unwrap(),
        &["not found"],
        "{program} on {table} found an unknown code"
    );
}

/// Go 1.19's modules, without the network or the user's caches.
fn go(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("go");
    command
        .args(args)
        .current_dir(dir)
        .env("GO111MODULE", "on")
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOCACHE", dir.join(".cache"))
        .env("GOPATH", dir.join(".gopath"))
        .env("CGO_ENABLED", "0");
    command
}

const GO_PROGRAM: &str = r#"package main

import (
	"bufio"
	"fmt"
	"os"

	"example.com/check/codes"
)

func main() {
	lines := bufio.NewScanner(os.Stdin)
	for lines.Scan() {
		code, ok := codes.Lookup(lines.Text())
		if !ok {
			fmt.Print("not found\x1e")
			continue
		}
		fmt.Printf("%s\x1f%s\x1f%s\x1f%d\x1f%s\x1e", string(code), code.Description(), code.Module(), code.HTTPStatus(), code.Message())
	}
	if len(codes.All) != EXPECTED_COUNT {
		fmt.Fprintln(os.Stderr, "All holds", len(codes.All), "codes")
		os.Exit(1)
	}
}
"#;

#[test]
fn go_is_gofmt_clean_vet_clean_and_finds_every_code() {
    // gofmt formats its empty standard input without a word.
    if !runs("go", &["version"]) || !runs("gofmt", &[]) {
        return missing("go (apt-get install golang-go)");
    }
    let dir = Dir::new("go");
    for (name, table) in tables(&dir) {
        let module = dir.join(&name);
        std::fs::create_dir_all(module.join("codes")).unwrap();
        let file = module.join("codes/codes.go");
        export(&table, "go", &["--package", "codes"], &file);
        let unformatted = checked(Command::new("gofmt").arg("-l").arg(&file), "gofmt -l");
        assert!(
            unformatted.is_empty(),
            "gofmt would reformat the Go export of {name}: {}",
            text(&checked(
                Command::new("gofmt").arg("-d").arg(&file),
                "gofmt -d"
            ))
        );
        let rows = rows(&table);
        std::fs::write(
            module.join("go.mod"),
            "module example.com/check\n\ngo 1.19\n",
        )
        .unwrap();
        std::fs::write(
            module.join("main.go"),
            GO_PROGRAM.replace("EXPECTED_COUNT", &rows.len().to_string()),
        )
        .unwrap();
        checked(&mut go(&module, &["vet", "./..."]), "go vet");
        checked(&mut go(&module, &["build", "-o", "check", "."]), "go build");
        let input = std::fs::File::open(codes_file(&module, &rows)).unwrap();
        let output = checked(
            Command::new(module.join("check"))
                .stdin(Stdio::from(input))
                .current_dir(&module),
            "the Go program",
        );
        compare("Go", &name, &rows, &[0, 1, 2, 3, 4], &output);
    }
}

const C_PROGRAM: &str = r#"#include "codes.h"
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    char line[4096];
    FILE *input;
    if (argc != 2 || (input = fopen(argv[1], "r")) == NULL) {
        return 2;
    }
    while (fgets(line, sizeof line, input) != NULL) {
        chk_code code;
        line[strcspn(line, "\n")] = '\0';
        if (!chk_lookup(line, &code)) {
            printf("not found\x1e");
            continue;
        }
        printf("%s\x1f%s\x1f%d\x1e", chk_code_string(code), chk_description(code), chk_http_status(code));
    }
    fclose(input);
    if (chk_code_string(chk_COUNT) != NULL || chk_lookup(NULL, NULL) != 0 || (int)chk_COUNT != EXPECTED_COUNT) {
        return 3;
    }
    return 0;
}
"#;

#[test]
fn c_header_compiles_strictly_as_c_and_cpp_and_finds_every_code() {
    if !runs("cc", &["--version"]) || !runs("c++", &["--version"]) {
        return missing("cc or c++ (apt-get install gcc g++)");
    }
    let dir = Dir::new("c");
    for (name, table) in tables(&dir) {
        let work = dir.join(&name);
        std::fs::create_dir_all(&work).unwrap();
        export(&table, "c", &["--prefix", "chk"], &work.join("codes.h"));
        let rows = rows(&table);
        let source = C_PROGRAM.replace("EXPECTED_COUNT", &rows.len().to_string());
        std::fs::write(work.join("check.c"), &source).unwrap();
        std::fs::write(work.join("check.cpp"), &source).unwrap();
        let input = codes_file(&work, &rows);
        let strict_c = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic"];
        let strict_cpp = ["-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic"];
        for (compiler, flags, source) in [
            ("cc", &strict_c, "check.c"),
            ("c++", &strict_cpp, "check.cpp"),
        ] {
            checked(
                Command::new(compiler)
                    .args(flags)
                    .args([source, "-o", "check"])
                    .current_dir(&work),
                &format!("{compiler} {} on {name}", flags.join(" ")),
            );
            let output = checked(
                Command::new(work.join("check")).arg(&input),
                &format!("the program built by {compiler}"),
            );
            compare(compiler, &name, &rows, &[0, 1, 3], &output);
        }
        // The header also builds as C99, the oldest standard it is for.
        checked(
            Command::new("cc")
                .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"])
                .args(["-fsyntax-only", "check.c"])
                .current_dir(&work),
            "cc -std=c99",
        );
    }
}

#[test]
fn proto_passes_protoc() {
    if !runs("protoc", &["--version"]) {
        return missing("protoc (apt-get install protobuf-compiler)");
    }
    let dir = Dir::new("proto");
    for (name, table) in tables(&dir) {
        let file = dir.join(format!("{name}.proto"));
        export(
            &table,
            "proto",
            &["--enum", "CheckCode", "--package", &format!("check.{name}")],
            &file,
        );
        // The descriptor protoc makes of it, as text: every code is there.
        let descriptor = dir.join(format!("{name}.pb"));
        checked(
            Command::new("protoc")
                .arg(format!("-I{}", dir.display()))
                .arg(format!("--descriptor_set_out={}", descriptor.display()))
                .arg(&file),
            &format!("protoc on the export of {name}"),
        );
        let written = std::fs::read_to_string(&file).unwrap();
        for row in rows(&table) {
            let code = row[0].clone();
            let literal = code.bytes().fold(String::new(), |mut out, byte| {
                match byte {
                    b'"' | b'\\' | b'\'' => {
                        out.push('\\');
                        out.push(char::from(byte));
                    }
                    b' '..=b'~' => out.push(char::from(byte)),
                    _ => out.push_str(&format!("\\{byte:03o}")),
                }
                out
            });
            assert!(
                written.contains(&format!("(code) = \"{literal}\"")),
                "{name}: no value for {code:?}"
            );
            let bytes = std::fs::read(&descriptor).unwrap();
            assert!(
                bytes
                    .windows(code.len())
                    .any(|window| window == code.as_bytes()),
                "{name}: protoc's descriptor lacks {code:?}"
            );
        }
    }
}

#[test]
fn proto_numbers_are_the_codes_when_they_fit_int32() {
    let dir = Dir::new("proto-numbers");
    let tables = tables(&dir);
    let export_of = |name: &str| {
        let (_, table) = tables.iter().find(|(n, _)| n == name).unwrap();
        let output = run(&["export", table, "--format", "proto", "--enum", "Check"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        text(&output.stdout)
    };
    let numeric = export_of("numeric");
    assert!(!numeric.contains("UNSPECIFIED"), "{numeric}");
    let values: Vec<&str> = numeric
        .lines()
        .filter(|line| line.contains("[(code)"))
        .collect();
    assert!(
        values[0].contains("CHECK_E_0 = 0 [(code) = \"0\"]"),
        "{numeric}"
    );
    assert!(values[1].contains("= 7 [(code) = \"7\"]"), "{numeric}");
    assert!(values[2].contains("CHECK_MINUS_1 = -1 "), "{numeric}");
    assert!(values[5].contains("= -2147483648 "), "{numeric}");
    let wide = export_of("wide");
    assert!(wide.contains("  CHECK_UNSPECIFIED = 0;\n"), "{wide}");
    assert!(wide.contains("= 2 [(code) = \"4294967296\"]"), "{wide}");
    let awkward = export_of("awkward");
    assert!(
        awkward.contains("= 16 [(code) = \"old.code\", deprecated = true];"),
        "{awkward}"
    );
    assert!(
        awkward.contains("  // A description on two lines, with */ that would end a C comment.\n"),
        "{awkward}"
    );
}

#[test]
fn renamed_codes_are_listed_in_each_header() {
    let dir = Dir::new("renamed");
    let table = dir.join("awkward.csv");
    std::fs::write(&table, AWKWARD).unwrap();
    let table = table.to_str().unwrap();
    let output = |args: &[&str]| {
        let output = run(&[&["export", table], args].concat());
        assert!(output.status.success(), "{}", text(&output.stderr));
        text(&output.stdout)
    };
    let go = output(&["--format", "go", "--package", "codes"]);
    for line in [
        "//   code \"Code\": CodeCode\n",
        "//   code \"All\": CodeAll\n",
        "//   code \"ärger\": U00C4rger\n",
        "const CodeLookup Code = \"Lookup\"\n",
        "const Type Code = \"type\"\n",
        "const E404NotFound Code = \"404-not-found\"\n",
        "// Deprecated: Use type instead.\nconst OldCode Code = \"old.code\"\n",
    ] {
        assert!(go.contains(line), "{line:?} in\n{go}");
    }
    let c = output(&["--format", "c", "--prefix", "chk"]);
    for line in [
        "//   code \"count\": chk_CODE_COUNT\n",
        "    chk_CODE_COUNT,\n",
        "    chk_TYPE,\n",
        "    chk_DEFAULT,\n",
        "    chk_U00C4RGER,\n",
        "        \"\\303\\244rger\",\n",
    ] {
        assert!(c.contains(line), "{line:?} in\n{c}");
    }
    let proto = output(&["--format", "proto", "--enum", "Check"]);
    for line in [
        "//   code \"unspecified\": CHECK_CODE_UNSPECIFIED\n",
        "  CHECK_UNSPECIFIED = 0;\n",
    ] {
        assert!(proto.contains(line), "{line:?} in\n{proto}");
    }
}

#[test]
fn names_that_clash_in_a_language_are_an_error_naming_both_rows() {
    let dir = Dir::new("clash");
    for (format, args, rows, name) in [
        (
            "go",
            ["--package", "codes"],
            "Code,First.\ncode.code,Second.\n",
            "`CodeCode`",
        ),
        (
            "c",
            ["--prefix", "chk"],
            "count,First.\ncode.count,Second.\n",
            "`chk_CODE_COUNT`",
        ),
        (
            "proto",
            ["--enum", "Check"],
            "unspecified,First.\ncode.unspecified,Second.\n",
            "`CODE_UNSPECIFIED`",
        ),
    ] {
        let table = dir.join(format!("{format}.csv"));
        std::fs::write(&table, format!("code,description\n{rows}")).unwrap();
        let table = table.to_str().unwrap();
        let output = run(&[&["export", table, "--format", format], &args[..]].concat());
        assert_eq!(output.status.code(), Some(2), "{format}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains(&format!("{table}:3: code `"))
                && stderr.contains("at line 2")
                && stderr.contains(name),
            "{format}: {stderr}"
        );
    }
}

#[test]
fn native_exports_need_their_names_and_are_deterministic() {
    for (format, args) in [
        ("go", ["--package", "func"]),
        ("go", ["--enum", "VbsError"]),
        ("c", ["--prefix", "vbs_"]),
        ("c", ["--enum", "VbsError"]),
        ("proto", ["--package", "a..b"]),
        ("proto", ["--enum", "message"]),
        ("proto", ["--enum", "code"]),
    ] {
        let output = run(&[&["export", "codes.csv", "--format", format], &args[..]].concat());
        assert_eq!(output.status.code(), Some(2), "{format} {args:?}");
    }
    for (format, args) in [
        ("go", ["--package", "vbs"]),
        ("c", ["--prefix", "vbs"]),
        ("proto", ["--package", "vbs"]),
    ] {
        let command = [&["export", "codes.csv", "--format", format], &args[..]].concat();
        let (first, second) = (run(&command), run(&command));
        assert!(first.status.success(), "{}", text(&first.stderr));
        assert!(
            first.stdout == second.stdout,
            "{format} differs between runs"
        );
    }
}
