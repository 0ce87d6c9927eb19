//! Prints every code of its table: `Display`, then the module.

include!(concat!(env!("OUT_DIR"), "/fixture.rs"));

fn main() {
    assert_eq!(fixture!("fixture.1"), Fixture::Fixture1);
    for code in Fixture::ALL {
        println!("{code} ({})", code.module().unwrap_or("no module"));
    }
}
