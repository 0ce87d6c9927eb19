// A file written by `error-codes generate` refuses arguments that do not fit
// a row without any proc macro: the error names the row's placeholders.
fn main() {
    let _ = generated::templates!("T.2", "flavor");
    let _ = generated::templates!("T.2", "a", "b");
    let _ = generated::templates!("T.1", user = 1);
}
