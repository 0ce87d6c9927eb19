//! The names the generated enum takes for itself, in one list: a variant or
//! a typed column of the same name would hide them (`E::COUNT` would be the
//! variant). The rules refuse such names here, and the
//! generator's tests check that what it emits is exactly this list.

/// An item of every generated enum (or of some, as `as_i64`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generated {
    /// The item's name.
    pub name: &'static str,
    /// Whether it is emitted for every table, or only for some.
    pub always: bool,
}

const fn always(name: &'static str) -> Generated {
    Generated { name, always: true }
}

const fn sometimes(name: &'static str) -> Generated {
    Generated {
        name,
        always: false,
    }
}

/// Every inherent item the generator emits on an enum.
pub const GENERATED: &[Generated] = &[
    always("ALL"),
    always("COUNT"),
    always("LANGUAGES"),
    always("code"),
    always("description"),
    always("module"),
    always("from_code"),
    // Rows with placeholders: every table has them.
    always("placeholders"),
    always("fill"),
    // The standard columns beside the description.
    always("http_status"),
    always("http_statuses"),
    always("message"),
    always("solution"),
    always("grpc_code"),
    // Numeric tables only.
    sometimes("as_i64"),
    sometimes("from_i64"),
    // With the `docs_url` option only.
    sometimes("docs_url"),
    // Tables with translated columns (`description@de`) only.
    sometimes("description_in"),
    sometimes("message_in"),
    sometimes("solution_in"),
    sometimes("negotiate"),
];

/// The items a table has only with translated columns.
pub const TRANSLATED: &[&str] = &["description_in", "message_in", "solution_in", "negotiate"];

/// The accessors of standard columns that a typed column of the same name
/// replaces (`columns(http_status: u16)`, as tables declared before the
/// column was standard): the typed accessor is generated instead.
pub const REPLACEABLE: &[&str] = &["http_status", "message", "solution", "grpc_code"];

/// The standard columns that are not accessors of their own: a typed column
/// cannot take their names either.
pub const STANDARD_COLUMNS: &[&str] = &["name", "deprecated"];

/// Whether `name` is taken by a generated item.
pub fn is_generated(name: &str) -> bool {
    GENERATED.iter().any(|item| item.name == name)
}

/// Whether a typed column may not be called `name`: a generated item, a
/// standard column, or a name that `ALL` and `COUNT` would shadow.
pub fn is_reserved_for_columns(name: &str) -> bool {
    (is_generated(name) && !REPLACEABLE.contains(&name)) || STANDARD_COLUMNS.contains(&name)
}
