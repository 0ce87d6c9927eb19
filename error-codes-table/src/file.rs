//! Reading a table file: only a regular file, and at most [`MAX_BYTES`] of
//! it, whoever asks (the macro at compile time, the command line).

use std::io::Read;
use std::path::Path;

/// The largest table read, far above any real one (a 200,000-row table
/// is about 15 MB): a file past it is refused rather than read into memory.
pub const MAX_BYTES: u64 = 64 << 20;

/// The bytes of the table at `path`, or why they cannot be read.
///
/// A FIFO would block a build forever and `/dev/zero` would fill the
/// memory, so the file must be a regular one, and no more than
/// [`MAX_BYTES`] is read.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    // Metadata first: opening a FIFO blocks until a writer comes.
    let metadata = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if metadata.is_dir() {
        return Err("it is a directory".to_owned());
    }
    if !metadata.is_file() {
        return Err(
            "not a regular file (a FIFO, socket or device); the table must be a file".to_owned(),
        );
    }
    if metadata.len() > MAX_BYTES {
        return Err(too_large());
    }
    // The length can change, or be 0 for files the kernel makes up: read
    // one byte past the limit, never more.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn too_large() -> String {
    format!(
        "larger than {} MiB, the most a table may be",
        MAX_BYTES >> 20
    )
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => error.to_string(),
    }
}
