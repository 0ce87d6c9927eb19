//! Compiles `proto/accounts.proto` into the server and client of the
//! example, with `protoc` (Debian's `protobuf-compiler`; `PROTOC` names
//! another).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tonic_prost_build::compile_protos("proto/accounts.proto")?;
    Ok(())
}
