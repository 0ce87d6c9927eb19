fn main() {
    let _ = tests::placeholders!("P.3", "a");
}
