//! Examples of error-codes; see `examples/`.
