//! Names in the exported modules that Rust tells apart but another
//! language would not, or would read as something else: each export is
//! imported and checked by its own tools, and finds every code.

mod common;

use common::{Dir, checked, text};
use std::path::PathBuf;
use std::process::Command;

/// Codes that are two variants in Rust and one identifier in Python (NFKC:
/// fullwidth letters, a ligature), and typed columns named as the object
/// model of TypeScript or Python uses names.
const TABLE: &str = "\
code,description,proto,init,sunder,private,fullwidth_a,a,fi_col,err
A.1,Plain.,1,2,3,4,5,6,7,8
\u{FF21}.1,Fullwidth.,1,2,3,4,5,6,7,8
\u{FB01}x,Ligature.,1,2,3,4,5,6,7,8
FIX,Upper.,1,2,3,4,5,6,7,8
\u{9519}\u{8BEF},No case.,1,2,3,4,5,6,7,8
";

const OPTIONS: &str = "columns(__proto__: u8 = \"proto\", __init__: u8 = \"init\", _x_: u8 = \"sunder\", __private: u8 = \"private\", \u{FF41}: u8 = \"fullwidth_a\", a: u8 = \"a\", \u{FB01}: u8 = \"fi_col\", \u{9519}\u{8BEF}: u8 = \"err\")";

fn export(dir: &Dir, format: &str, file: &str) -> PathBuf {
    let output = dir.run(&[
        "export",
        "names.csv",
        "--format",
        format,
        "--enum",
        "Names",
        "--options",
        OPTIONS,
        "-o",
        file,
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    dir.join(file)
}

/// A tool the test needs: `None` (the test skips) outside CI, a failure
/// under `CI=true`, where a skip would hide what is not tested.
fn tool(name: &str) -> Option<Command> {
    let found = common::tool(name);
    if found.is_none() {
        test_support::skip(format!("no {name}"));
    }
    found
}

#[test]
fn python_names_are_distinct_as_python_reads_them() {
    let dir = Dir::new("python-names");
    dir.write("names.csv", TABLE);
    let module = export(&dir, "python", "names.py");
    let written = std::fs::read_to_string(&module).unwrap();
    for member in ["A_1 = \"A.1\"", "A_1_2 = \"\u{FF21}.1\"", "FIX = \"FIX\""] {
        assert!(written.contains(member), "{member}\n{written}");
    }
    let Some(mut python) = tool("python3") else {
        return;
    };
    python.current_dir(&*dir).args([
        "-c",
        "from names import Names\n\
         codes = ['A.1', '\u{FF21}.1', '\u{FB01}x', 'FIX', '\u{9519}\u{8BEF}']\n\
         members = [Names.from_code(c) for c in codes]\n\
         assert all(m is not None for m in members) and len(set(members)) == 5 and len(Names) == 5\n\
         assert Names.\u{9519}\u{8BEF}.row.\u{9519}\u{8BEF} == 8\n\
         assert [m.value for m in members] == codes\n\
         r = Names.A_1.row\n\
         assert (r.column__proto__, r.column__init__, r.column_x_, r.column__private) == (1, 2, 3, 4)\n\
         assert (r.a, r.a_2, r.fi) == (5, 6, 7)\n\
         assert Names.A_1.column__init__ == 2 and Names.A_1.column_x_ == 3\n\
         print('ok')\n",
    ]);
    assert_eq!(
        text(&checked(&mut python, "python3 -c \"import ...\"")),
        "ok\n"
    );
    if let Some(mut mypy) = tool("mypy") {
        mypy.current_dir(&*dir).args(["--strict", "names.py"]);
        checked(&mut mypy, "mypy --strict");
    }
}

#[test]
fn typescript_keys_are_properties_whatever_their_names() {
    let dir = Dir::new("typescript-names");
    dir.write("names.csv", TABLE);
    let module = export(&dir, "typescript", "names.ts");
    let written = std::fs::read_to_string(&module).unwrap();
    assert!(written.contains("    [\"__proto__\"]: 1,\n"), "{written}");
    assert!(!written.contains("    \"__proto__\":"), "{written}");
    let Some(mut tsc) = tool("tsc") else {
        return;
    };
    dir.write(
        "use.ts",
        "import { Names, isNamesCode } from \"./names\";\n\
         const proto: 1 = Names[\"A.1\"].__proto__;\n\
         const init: 2 = Names[\"\u{FF21}.1\"].__init__;\n\
         export const used = [proto, init, isNamesCode(\"FIX\")];\n",
    );
    tsc.current_dir(&*dir).args([
        "--strict", "--module", "commonjs", "--target", "es2020", "--outDir", "out", "names.ts",
        "use.ts",
    ]);
    checked(&mut tsc, "tsc --strict");
    let Some(mut node) = tool("node") else {
        return;
    };
    node.current_dir(&*dir).args([
        "-e",
        "const { Names, isNamesCode } = require('./out/names.js');\n\
         const row = Names['A.1'];\n\
         if (Object.getPrototypeOf(row) !== Object.prototype) throw new Error('prototype set');\n\
         if (!Object.prototype.hasOwnProperty.call(row, '__proto__') || row.__proto__ !== 1) throw new Error('no own __proto__');\n\
         for (const code of ['A.1', '\u{FF21}.1', '\u{FB01}x', 'FIX']) if (!isNamesCode(code)) throw new Error(code);\n\
         console.log('ok');\n",
    ]);
    assert_eq!(text(&checked(&mut node, "node")), "ok\n");
}
