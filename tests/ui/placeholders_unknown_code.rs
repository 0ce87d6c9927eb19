fn main() {
    let _ = tests::placeholders!("P.9", "a");
}
