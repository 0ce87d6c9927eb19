use error_codes_core::error_codes;

// A copy of the PostgreSQL table, where five pairs of codes share a name.
#[error_codes(csv = "ui/csv/clashing_names.csv")]
pub enum SqlState {}

fn main() {
    let _ = SqlState::from_code("23505");
}
