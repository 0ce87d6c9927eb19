fn main() {
    let _ = tests::placeholders!("P.2", user_id = 1);
}
