use error_codes_core::ErrorCode;

#[derive(ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Retryable {
    #[code = "VolumeBackup.0900"]
    ServiceUnavailable,
}

fn main() {}
