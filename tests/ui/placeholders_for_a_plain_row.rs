fn main() {
    let _ = tests::placeholders!("P.4", "a");
}
