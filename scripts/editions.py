#!/usr/bin/env python3
"""Checks `error-codes import PAGE --language TAG=OTHER_PAGE` on two real
editions of one published table: a page and its translation, each with its
own headings.

The pages are other people's text, so they are not kept here: give their
paths. The script

1. imports PAGE with `--language TAG=OTHER_PAGE`, as a user would;
2. builds the table it writes, with the options the import printed, in a
   throwaway crate under target/editions-check/;
3. asks the built enum, for every variant, `description_in` of the
   edition's primary language (`zh` for `zh-CN`, so that the fallback from
   a primary language to its regional tag is exercised) and of the tag
   itself;
4. reads OTHER_PAGE again here, independently of the command (a plain
   reading of its Markdown pipe tables: the code in column --code-column,
   the text in --text-column, both counted from 1), and checks that every
   variant answers the edition's text for its code. A code listed several
   times answers its first row's text, as `description()` does for a
   merged variant;
5. checks the table the import wrote row by row: the n-th row of a code
   holds the text of the n-th row of that code in the edition, so that a
   code with several causes pairs each cause with its translation.

It prints the counts and every disagreement; exit 0 when all agree, 1 when
one does not, 2 when it could not run.

Usage:
  python3 scripts/editions.py PAGE TAG=OTHER_PAGE [--code-column N] [--text-column N]
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page")
    parser.add_argument("edition", metavar="TAG=OTHER_PAGE")
    parser.add_argument("--code-column", type=int, default=1)
    parser.add_argument("--text-column", type=int, default=2)
    args = parser.parse_args()
    tag, _, other_page = args.edition.partition("=")
    if not tag or not other_page:
        print("editions: write the edition as TAG=OTHER_PAGE", file=sys.stderr)
        return 2
    primary = tag.split("-")[0]

    work = os.path.join(REPO, "target", "editions-check")
    os.makedirs(os.path.join(work, "src"), exist_ok=True)
    table = os.path.join(work, "table.csv")
    build = subprocess.run(["cargo", "build", "--quiet", "-p", "error-codes-cli"], cwd=REPO,
                           capture_output=True, text=True)
    if build.returncode != 0:
        print(f"editions: error-codes-cli does not build:\n{build.stderr}", file=sys.stderr)
        return 2
    binary = os.path.join(REPO, "target", "debug", "error-codes")
    imported = subprocess.run([binary, "import", args.page, "--language", args.edition,
                               "-o", table], capture_output=True, text=True)
    print(imported.stderr, end="")
    if imported.returncode != 0:
        print("editions: the import failed", file=sys.stderr)
        return 2
    advice = re.search(r"build it with #\[error_codes\(csv = \"(?:\\.|[^\"\\])*\"(.*)\)\]$",
                       imported.stderr, re.M)
    options = advice.group(1) if advice else ""

    write_crate(work, table, options, tag, primary)
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(REPO, "target"))
    run = subprocess.run(["cargo", "run", "--quiet", "--manifest-path",
                          os.path.join(work, "Cargo.toml")],
                         capture_output=True, text=True, env=env)
    if run.returncode != 0:
        print(f"editions: the imported table does not build:\n{run.stderr}", file=sys.stderr)
        return 2
    answers = [json.loads(line) for line in run.stdout.splitlines()]

    expected = first_rows(other_page, args.code_column, args.text_column)
    failures = []
    for code, languages, by_primary, by_tag in answers:
        if languages[1:] != [tag]:
            failures.append(f"LANGUAGES is {languages}, not the table's language then {tag}")
            break
        want = expected.get(code)
        if want is None:
            failures.append(f"`{code}`: not in the {tag} edition, so its text is the table's: "
                            f"{by_primary!r}")
            continue
        for asked, got in ((primary, by_primary), (tag, by_tag)):
            if got != want:
                failures.append(f"`{code}`: description_in({asked!r}) is {got!r}, "
                                f"the {tag} edition says {want!r}")
    rows = page_rows(other_page, args.code_column, args.text_column)
    failures += paired_rows(table, tag, rows)
    in_enum = {code for code, *_ in answers}
    print(f"editions: {len(answers)} variants; {len(expected)} codes in the {tag} edition, "
          f"{len(set(expected) - in_enum)} of them not in the table; "
          f"{len(rows)} rows in the edition; {len(failures)} disagreement(s)")
    for failure in failures:
        print(f"  {failure}")
    return 1 if failures else 0


def first_rows(path, code_column, text_column):
    """{code: text} of the first row of each code in the page."""
    rows = {}
    for code, text in page_rows(path, code_column, text_column):
        rows.setdefault(code, text)
    return rows


def page_rows(path, code_column, text_column):
    """(code, text) of every row of the page's pipe tables: rows between
    `|`, the delimiter row and the heading left out, cells trimmed, runs of
    spaces as one."""
    rows = []
    heading_seen = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("|"):
                heading_seen = False
                continue
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                continue
            if not heading_seen:
                heading_seen = True
                continue
            if len(cells) < max(code_column, text_column):
                continue
            code = cells[code_column - 1]
            text = " ".join(cells[text_column - 1].split())
            if code:
                rows.append((code, text))
    return rows


def paired_rows(table, tag, edition_rows):
    """The rows of the imported table whose `description@TAG` is not the
    edition's text for that code and occurrence."""
    by_code = {}
    for code, text in edition_rows:
        by_code.setdefault(code, []).append(text)
    seen = {}
    failures = []
    with open(table, encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            code = row["code"]
            nth = seen.get(code, 0)
            seen[code] = nth + 1
            texts = by_code.get(code, [])
            want = texts[nth] if nth < len(texts) else ""
            got = " ".join(row.get(f"description@{tag}", "").split())
            if got != want:
                failures.append(f"table.csv:{line}: `{code}` (row {nth + 1} of the code): "
                                f"description@{tag} is {got!r}, the edition's row says {want!r}")
    return failures


def write_crate(work, table, options, tag, primary):
    core = os.path.join(REPO, "error-codes-core")
    with open(os.path.join(work, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write('[package]\nname = "editions-check"\nversion = "0.0.0"\nedition = "2024"\n'
                f'publish = false\n\n[dependencies]\nerror-codes-core = {{ path = {json.dumps(core)}, '
                'features = ["commonmark"] }\n\n[workspace]\n')
    with open(os.path.join(REPO, "Cargo.lock"), encoding="utf-8") as src, \
            open(os.path.join(work, "Cargo.lock"), "w", encoding="utf-8") as dst:
        dst.write(src.read())
    with open(os.path.join(work, "src", "main.rs"), "w", encoding="utf-8") as f:
        f.write(f"""//! Built by scripts/editions.py; not part of the repository.
use error_codes_core::{{ErrorCode, error_codes}};

#[error_codes(csv = {json.dumps(table)}{options})]
pub enum Edition {{}}

/// A JSON string, for the script to read back.
fn quoted(text: &str) -> String {{
    let mut out = String::from('"');
    for c in text.chars() {{
        match c {{
            '"' => out.push_str("\\\\\\""),
            '\\\\' => out.push_str("\\\\\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\\\u{{:04x}}", c as u32)),
            c => out.push(c),
        }}
    }}
    out.push('"');
    out
}}

fn main() {{
    let languages: Vec<String> = Edition::LANGUAGES.iter().map(|l| quoted(l)).collect();
    for variant in Edition::ALL {{
        println!(
            "[{{}}, [{{}}], {{}}, {{}}]",
            quoted(variant.code()),
            languages.join(", "),
            quoted(variant.description_in({json.dumps(primary)})),
            quoted(variant.description_in({json.dumps(tag)})),
        );
    }}
}}
""")


if __name__ == "__main__":
    sys.exit(main())
