fn main() {
    let _ = tests::placeholders!("P.1", param = "flavor");
}
