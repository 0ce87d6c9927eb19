//! Integration tests of error-codes; see `tests/`.
