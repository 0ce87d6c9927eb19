// The checked-code macro of a file written by `error-codes generate`
// refuses an unknown code without any proc macro (no did-you-mean there).
fn main() {
    let _ = generated::storage_error!("storage.0001");
    let _ = generated::storage_error!("storage.0010");
}
