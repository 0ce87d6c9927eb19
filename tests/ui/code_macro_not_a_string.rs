fn main() {
    let _ = error_codes_core::vbs_error!(900);
}
