fn main() {
    let _ = tests::placeholders!("P.2", 1, "admins");
}
