fn main() {
    error_codes_build::Builder::new("codes.csv")
        .enum_name("Fixture")
        .generate()
        .unwrap();
}
