//! The `api_error` example; see `examples/`.
