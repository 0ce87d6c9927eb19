fn main() {
    let _ = tests::placeholders!("P.5", name = "b", "a");
}
