#!/usr/bin/env python3
"""Builds every table of the shared corpus (../shared/corpus/csv/, 37 error
tables from public documentation, see its README) with the macro, and checks
every row: each table builds with the options its data needs and every row
comes back (code, description as plain text, module, and the number for
numeric tables); a table whose data is wrong must fail to build at the right
file and line.

The corpus is other people's text: it is read from where it lies and never
copied here. All tables are built in one throwaway crate under
target/corpus-check/ (one crate compiles far faster than one per table); the
tables expected to fail are built in a second one, whose errors are checked.

The expected plain text of each description comes from a small reading of
the markup written here, independently of the macro's (pulldown-cmark): the
two must agree on every row.

Then the same again from the pages themselves (../shared/corpus/raw/): each
page goes through `error-codes import`, and the table it writes must build
with the options the import printed and give every code of the faithful CSV
with the same description and module.

Last, the columns beside the description: every page with an
HTTP status, message or solution column, imported and built with the
options the import printed (which never leave these three aside with
`ignore`), must give for every row the statuses, message and solution of
the page's cells as the import wrote them, read here independently of the
macro (statuses by the rules of `error-codes-table/src/status.rs` written
again below, texts through `plain`).

Usage: python3 scripts/corpus.py [path/to/corpus]. Without a corpus it says
so and exits 0 on a developer's machine, and fails under CI (`CI=true`),
where the shared data is beside the clone, so that the check cannot
vanish while CI stays green.
"""

import csv
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "corpus")

# The options each table needs, and why (every other table takes none).
OPTIONS = {
    # Codes listed once per cause (`InvalidBlobType` twice word for word,
    # `SnapshotsPresent` with two wordings).
    "azure-storage-blob-service-error-codes.csv": 'duplicates = "merge"',
    # `CSBS.9009` with two unrelated meanings.
    "otc-cloud-server-backup-service.csv": 'duplicates = "merge"',
    # `EVS.5400` eight times, one per cause.
    "otc-elastic-volume-service.csv": 'duplicates = "merge"',
    # `Ecs.1000` twice.
    "otc-html-ecs.csv": 'duplicates = "merge"',
    # Codes per API operation: `VPC.0101` in several modules. Built merged,
    # and once more per module below.
    "otc-virtual-private-cloud.csv": 'duplicates = "merge"',
    # Codes that are HTTP reason phrases (`Moved Permanently`).
    "otc-object-storage-service-swift.csv": "allow_spaces = true",
}

# One enum per module of these tables, with `module = "..."`.
PER_MODULE = ["otc-virtual-private-cloud.csv"]

# Tables whose data is wrong: the build must fail with these problems, as
# (line, a part of the message); every other error is a failure.
BROKEN = {
    # `DCS. 4855` and `DCS. 5094`: a space typed into the code, so the
    # service's `DCS.4855` would never match.
    "otc-distributed-cache-service.csv": "has a space inside",
}


def main():
    csv_dir = os.path.join(CORPUS, "csv")
    if not os.path.isdir(csv_dir):
        if os.environ.get("CI") == "true":
            print(f"corpus: no {os.path.normpath(csv_dir)} beside the repository, which CI must have")
            return 1
        print(f"corpus: skipped, no {os.path.normpath(csv_dir)} beside the repository")
        return 0
    tables = sorted(f for f in os.listdir(csv_dir) if f.endswith(".csv"))
    work = os.path.join(REPO, "target", "corpus-check")
    good = [(t, os.path.join(csv_dir, t), OPTIONS.get(t, "")) for t in tables if t not in BROKEN]
    bad = [(t, os.path.join(csv_dir, t), "") for t in tables if t in BROKEN]
    failures = check_good(os.path.join(work, "good"), csv_dir, good)
    failures += check_bad(os.path.join(work, "bad"), bad)
    imported, import_failures = import_pages(os.path.join(work, "imported"))
    failures += import_failures
    good = [entry for entry in imported if entry[0] not in BROKEN]
    bad = [entry for entry in imported if entry[0] in BROKEN]
    failures += check_good(os.path.join(work, "imported-good"), csv_dir, good, per_module=False)
    failures += check_bad(os.path.join(work, "imported-bad"), bad)
    published, published_failures = check_published(os.path.join(work, "published"), good)
    failures += published_failures
    if failures:
        print("\n".join(failures))
        print(f"corpus: {len(failures)} failure(s)")
        return 1
    rows = sum(len(read_rows(os.path.join(csv_dir, t))) for t in tables)
    print(f"corpus: {len(tables) - len(BROKEN)} tables build and every row comes back, "
          f"{len(BROKEN)} broken table(s) fail at the right lines ({rows} rows); "
          f"the same from the {len(imported)} pages through `error-codes import`; "
          f"{published[0]} pages with status, message or solution columns give them "
          f"on every row ({published[1]} rows: {published[2]} with a status, "
          f"{published[3]} with a message, {published[4]} with a solution)")
    return 0


# --- the pages, through `error-codes import` --------------------------------

# Which table of a page holds the codes of its faithful CSV, where the page
# has several kinds (Discord's page lists opcodes and close codes too).
IMPORT_ARGS = {
    "discord-json-error-codes.mdx": ["--heading", "JSON Error Codes"],
}


def import_pages(out_dir):
    """Imports every page of raw/; returns (table, imported CSV, options
    the import printed) per page, and the failures."""
    raw_dir = os.path.join(CORPUS, "raw")
    if not os.path.isdir(raw_dir):
        return [], [f"corpus: no {raw_dir}"]
    build = subprocess.run(["cargo", "build", "--quiet", "-p", "error-codes-cli"], cwd=REPO,
                           capture_output=True, text=True)
    if build.returncode != 0:
        return [], [f"corpus: error-codes-cli does not build:\n{build.stderr}"]
    binary = os.path.join(REPO, "target", "debug", "error-codes")
    os.makedirs(out_dir, exist_ok=True)
    imported, failures = [], []
    for page in sorted(os.listdir(raw_dir)):
        table = os.path.splitext(page)[0] + ".csv"
        out = os.path.join(out_dir, table)
        result = subprocess.run([binary, "import", os.path.join(raw_dir, page), "-o", out,
                                 *IMPORT_ARGS.get(page, [])], capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"corpus: error-codes import {page} failed:\n{result.stderr}")
            continue
        advice = re.search(r"build it with #\[error_codes\(csv = \"(?:\\.|[^\"\\])*\", (.*)\)\]$",
                           result.stderr, re.M)
        imported.append((table, out, advice.group(1) if advice else ""))
    return imported, failures


# --- reading the tables, independently of the macro -------------------------

def read_rows(path):
    """(line, code, description, module) per data row; lines count the
    line breaks inside quoted cells."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        start = reader.line_num + 1
        rows = []
        for record in reader:
            cells = dict(zip(header, (c.strip() for c in record)))
            rows.append((start, cells["code"], cells["description"], cells.get("module") or None))
            start = reader.line_num + 1
        return rows


def plain(text):
    """The description as the rendered page shows it: the markup that these
    tables use (Markdown and RST) removed, white space collapsed."""
    # RST directives (`.. note::`) read as their title.
    text = re.sub(r"(?m)^[ \t]*\.\. ([a-z]+)::", lambda m: m.group(1).capitalize() + ":", text)
    # RST escaped spaces that join markup to a word: nothing on the page,
    # but they keep the markup on either side apart until the end.
    text = re.sub(r"\\ (?=[`*:_])|(?<=[`*_])\\ ", JOINED, text)
    # A cell is inline content, as in a Markdown table: a list's bullets are text, as
    # the plain text of the generated code keeps them.
    # RST roles and named links: their text, with RST escapes applied.
    def interpreted(m):
        content = re.sub(r"\\(.)", r"\1", m.group(1))
        label = re.match(r"(?s)(.*?)\s*<[^<>]*>$", content)
        return protect(label.group(1) if label and label.group(1).strip() else content)
    text = re.sub(r":[a-z][\w+.-]*:`((?:\\.|[^`\\])+)`", interpreted, text)
    text = re.sub(r"(?<![\w`])`((?:\\.|[^`\\])+)`__?(?!\w)", interpreted, text)
    # Literals, ``x`` and `x`: their content as written.
    text = re.sub(r"``(.+?)``|`([^`]+)`", lambda m: protect(m.group(1) or m.group(2)), text)
    # Markdown links: their text.
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    # Backslash escapes of punctuation.
    text = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: protect(m.group(1)), text)
    # Strong, then emphasis, where they open and close around text.
    text = re.sub(r"(?<!\*)\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = "".join(chr(ord(c) - PROTECTED) if ord(c) >= PROTECTED else c for c in text)
    return " ".join(text.replace(JOINED, "").split())


# What an RST escaped space next to markup leaves until the end: nothing.
JOINED = "\ue000"

# Literal text is moved to a private-use plane while later rules run, so
# that none of them reads it as markup, and moved back at the end.
PROTECTED = 0xF0000


def protect(text):
    return "".join(chr(PROTECTED + ord(c)) if c.isascii() and not c.isalnum() else c for c in text)


# --- the tables that must build ---------------------------------------------

def rust_str(text):
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def expectations(rows, module=None):
    """Per row: its line, code, and what the enum gives for it (the first
    row's description and module where a code is on several rows)."""
    chosen = [r for r in rows if module is None or r[3] == module]
    first = {}
    for row in chosen:
        first.setdefault(row[1], row)
    return [(line, code, plain(first[code][2]), first[code][3]) for line, code, _, _ in chosen], len(first)


def is_numeric(rows):
    return all(re.fullmatch(r"-?[0-9]+", code) for _, code, _, _ in rows)


def check_good(crate, csv_dir, tables, per_module=True):
    """Builds `tables`, each (name, CSV to build, options), in one crate and
    checks every row of the name's faithful CSV in `csv_dir`."""
    lib, tests = [], []
    for index, (table, path, table_options) in enumerate(tables):
        rows = read_rows(os.path.join(csv_dir, table))
        relative = os.path.relpath(path, crate)
        builds = [(f"t{index}", table_options, None)]
        if per_module and table in PER_MODULE:
            modules = sorted({r[3] for r in rows if r[3]})
            for m, name in enumerate(modules):
                # Some operations list a code once per cause: merged.
                module_rows = {r[1:] for r in rows if r[3] == name}
                merge = len(module_rows) > len({r[0] for r in module_rows})
                options = f"module = {rust_str(name)}" + (', duplicates = "merge"' if merge else "")
                builds.append((f"t{index}m{m}", options, name))
        for name, options, module in builds:
            options = f", {options}" if options else ""
            lib.append(f"/// {table}\n#[error_codes(csv = {rust_str(relative)}, code_macro = false{options})]\n"
                       f"pub enum {name.upper()} {{}}\n")
            expected, count = expectations(rows, module)
            literal = ",\n".join(
                f"    ({line}, {rust_str(code)}, {rust_str(desc)}, "
                + (f"Some({rust_str(mod)})" if mod is not None else "None") + ")"
                for line, code, desc, mod in expected)
            numeric = ""
            if is_numeric(rows):
                numeric = (f"    for &(line, code, ..) in ROWS_{name.upper()} {{\n"
                           f"        let value = {name.upper()}::from_code(code).expect(code);\n"
                           f"        let number: i64 = code.parse().expect(code);\n"
                           f"        assert_eq!(value.as_i64(), number, \"{table}:{{line}}\");\n"
                           f"        assert_eq!({name.upper()}::from_i64(number), Some(value), \"{table}:{{line}}\");\n"
                           f"    }}\n")
            tests.append(
                f"static ROWS_{name.upper()}: &[Row] = &[\n{literal}\n];\n\n"
                f"#[test]\nfn {name}() {{\n"
                f"    check::<{name.upper()}>({rust_str(table)}, ROWS_{name.upper()}, {count});\n{numeric}}}\n")
    write_crate(crate, "corpus-good", "use error_codes_core::error_codes;\n\n" + "\n".join(lib))
    with open(os.path.join(crate, "tests", "rows.rs"), "w", encoding="utf-8") as f:
        f.write(ROW_CHECK + "\n".join(tests))
    result = cargo(crate, "test", "--quiet")
    if result.returncode != 0:
        return [f"corpus: the tables that must build do not, or a row does not come back:\n"
                f"{result.stdout}\n{result.stderr}"]
    return []


ROW_CHECK = """\
#![allow(clippy::all)]
use corpus_good::*;
use error_codes_core::ErrorCode;

/// (line, code, description as plain text, module) as the enum must give them.
type Row = (usize, &'static str, &'static str, Option<&'static str>);

fn check<E: ErrorCode + core::fmt::Debug>(table: &str, rows: &[Row], count: usize) {
    let mut failures = Vec::new();
    for &(line, code, description, module) in rows {
        let Some(value) = E::from_code(code) else {
            failures.push(format!("{table}:{line}: `{code}` not found"));
            continue;
        };
        let got = (value.code(), value.description(), value.module());
        if got != (code, description, module) {
            failures.push(format!("{table}:{line}: expected {:?}\\n  got {got:?}", (code, description, module)));
        }
    }
    if E::ALL.len() != count {
        failures.push(format!("{table}: {} variants for {count} distinct codes", E::ALL.len()));
    }
    assert!(failures.is_empty(), "{}", failures.join("\\n"));
}

"""


# --- the status, message and solution columns -------------------------------

# The headings the macro finds the three columns under, as `header::key`
# writes them: none may be left aside with `ignore`.
STANDARD_KEYS = {
    "httpstatus", "httpstatuscode", "statuscode", "status",
    "message", "errormessage", "errorinfo", "errorinformation",
    "solution", "handlingmeasure", "measure", "troubleshooting",
}


def heading_key(heading):
    return "".join(c.lower() if c.isascii() else c for c in heading if c not in " -_")


def statuses(cell):
    """The HTTP statuses a cell names, or None when the macro must refuse
    it: every run of digits a number from 100 to 599 of three digits, not
    glued to a letter, a digit or a dot (but for a reason phrase typed
    without its space: `401Unauthorized`)."""
    number = r"(?<![^\W_])(?<!\.)[0-9]+(?!(?![A-Z])[^\W_])(?!\.)"
    found = []
    for match in re.finditer(number, cell):
        value = int(match.group(0))
        if len(match.group(0)) != 3 or not 100 <= value <= 599:
            return None
        if value not in found:
            found.append(value)
    if re.search(r"\d", re.sub(number, "", cell)):
        return None
    return found


def published_rows(path):
    """(line, code, statuses, message, solution) of the first row of each
    code of an imported CSV, and which of the three columns it has."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip() for h in next(reader)]
        start = reader.line_num + 1
        rows, seen = [], set()
        for record in reader:
            cells = dict(zip(header, (c.strip() for c in record)))
            code = cells["code"]
            if code not in seen:
                seen.add(code)
                text = lambda name: (plain(cells[name]) or None) if cells.get(name) else None
                rows.append((start, code, statuses(cells.get("http_status", "")),
                             text("message"), text("solution")))
            start = reader.line_num + 1
    return rows, [c for c in ("http_status", "message", "solution") if c in header]


def check_published(crate, imported):
    """Builds every imported table that has a status, message or solution
    column, with the options the import printed, and checks every row.
    Returns (pages, rows, with status, with message, with solution) and
    the failures."""
    failures, lib, tests = [], [], []
    counts = [0, 0, 0, 0, 0]
    for index, (table, path, options) in enumerate(imported):
        ignored = re.search(r"ignore = \[(.*?)\]", options)
        if ignored:
            for heading in re.findall(r'"((?:\\.|[^"\\])*)"', ignored.group(1)):
                if heading_key(heading) in STANDARD_KEYS:
                    failures.append(f"corpus: {table}: the import leaves {heading!r} aside with `ignore`")
        rows, columns = published_rows(path)
        if not columns:
            continue
        bad = [(line, code) for line, code, found, _, _ in rows if found is None]
        if bad:
            failures.append(f"corpus: {table}: status cells the macro must refuse: {bad[:5]}")
            continue
        counts[0] += 1
        counts[1] += len(rows)
        counts[2] += sum(1 for r in rows if r[2])
        counts[3] += sum(1 for r in rows if r[3] is not None)
        counts[4] += sum(1 for r in rows if r[4] is not None)
        name = f"P{index}"
        relative = os.path.relpath(path, crate)
        extra = f", {options}" if options else ""
        lib.append(f"/// {table}\n#[error_codes(csv = {rust_str(relative)}, code_macro = false{extra})]\n"
                   f"pub enum {name} {{}}\n")
        opt = lambda text: f"Some({rust_str(text)})" if text is not None else "None"
        literal = ",\n".join(
            f"    ({line}, {rust_str(code)}, &[{', '.join(map(str, found))}], {opt(message)}, {opt(solution)})"
            for line, code, found, message, solution in rows)
        tests.append(f"static ROWS_{name}: &[Published] = &[\n{literal}\n];\n\n"
                     f"#[test]\nfn {name.lower()}() {{\n    check::<{name}>({rust_str(table)}, ROWS_{name});\n}}\n")
    if not lib:
        return counts, failures + ["corpus: no imported page has a status, message or solution column"]
    write_crate(crate, "corpus-published", "use error_codes_core::error_codes;\n\n" + "\n".join(lib))
    with open(os.path.join(crate, "tests", "rows.rs"), "w", encoding="utf-8") as f:
        f.write(PUBLISHED_CHECK + "\n".join(tests))
    result = cargo(crate, "test", "--quiet")
    if result.returncode != 0:
        failures.append(f"corpus: the imported tables' status, message or solution do not come back:\n"
                        f"{result.stdout}\n{result.stderr}")
    return counts, failures


PUBLISHED_CHECK = """\
#![allow(clippy::all)]
use corpus_published::*;
use error_codes_core::ErrorCode;

/// (line, code, statuses, message and solution as plain text).
type Published = (usize, &'static str, &'static [u16], Option<&'static str>, Option<&'static str>);

fn check<E: ErrorCode>(table: &str, rows: &[Published]) {
    let mut failures = Vec::new();
    for &(line, code, statuses, message, solution) in rows {
        let Some(value) = E::from_code(code) else {
            failures.push(format!("{table}:{line}: `{code}` not found"));
            continue;
        };
        let got = (value.http_statuses(), value.http_status(), value.message(), value.solution());
        let expected = (statuses, statuses.first().copied(), message, solution);
        if got != expected {
            failures.push(format!("{table}:{line}: expected {expected:?}\\n  got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\\n"));
}

"""


# --- the tables that must not build -----------------------------------------

def check_bad(crate, tables):
    """Builds `tables`, each (name, CSV, options), which must fail at the
    lines whose codes hold white space, and nowhere else."""
    failures = []
    lib = ["use error_codes_core::error_codes;\n"]
    expected = set()
    for index, (table, path, options) in enumerate(tables):
        relative = os.path.relpath(path, crate)
        options = f", {options}" if options else ""
        lib.append(f"#[error_codes(csv = {rust_str(relative)}, code_macro = false{options})]\n"
                   f"pub enum B{index} {{}}\n")
        for line, code, _, _ in read_rows(path):
            if re.search(r"\s", code):
                expected.add((table, line))
    write_crate(crate, "corpus-bad", "\n".join(lib))
    result = cargo(crate, "build", "--quiet")
    if result.returncode == 0:
        return ["corpus: the broken tables built"]
    found = set()
    for match in re.finditer(r"^error: (\S+\.csv):(\d+): (.*)$", result.stderr, re.M):
        table, line, message = os.path.basename(match.group(1)), int(match.group(2)), match.group(3)
        if BROKEN.get(table, "\0") not in message:
            failures.append(f"corpus: unexpected error {match.group(0)}")
        found.add((table, line))
    for table, line in sorted(expected - found):
        failures.append(f"corpus: {table}:{line}: expected an error there, got none")
    for table, line in sorted(found - expected):
        failures.append(f"corpus: {table}:{line}: an error where none was expected")
    other = [l for l in result.stderr.splitlines()
             if l.startswith("error") and ".csv:" not in l and "could not compile" not in l]
    failures += [f"corpus: unexpected error: {l}" for l in other]
    if not expected:
        failures.append("corpus: no broken row expected in the broken tables; update BROKEN")
    return failures


# --- the throwaway crates ---------------------------------------------------

def write_crate(crate, name, lib):
    os.makedirs(os.path.join(crate, "src"), exist_ok=True)
    os.makedirs(os.path.join(crate, "tests"), exist_ok=True)
    core = os.path.join(REPO, "error-codes-core")
    with open(os.path.join(crate, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
                # Published tables use markup beyond the short cut
                # (paragraphs, `*x*`, `<b>`): their plain text needs the parser.
                f'[dependencies]\nerror-codes-core = {{ path = {rust_str(core)}, '
                f'features = ["commonmark", "nfc"] }}\n\n[workspace]\n')
    # The repository's versions of every dependency, already built.
    with open(os.path.join(REPO, "Cargo.lock"), encoding="utf-8") as src, \
            open(os.path.join(crate, "Cargo.lock"), "w", encoding="utf-8") as dst:
        dst.write(src.read())
    with open(os.path.join(crate, "src", "lib.rs"), "w", encoding="utf-8") as f:
        f.write("//! Built by scripts/corpus.py; not part of the repository.\n#![allow(missing_docs)]\n\n" + lib)


def cargo(crate, *args):
    # The repository's target directory: dependencies already built there
    # are reused.
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(REPO, "target"))
    return subprocess.run(["cargo", *args, "--manifest-path", os.path.join(crate, "Cargo.toml")],
                          capture_output=True, text=True, env=env)


if __name__ == "__main__":
    sys.exit(main())
