use error_codes_core::ErrorCode;

#[derive(ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "../codes.csv")]
pub enum Retryable {
    #[code = "VolumeBackup.0900"]
    ServiceUnavailable,
    #[code = "VolumeBakup.0013"]
    PreviousTaskRunning,
}

fn main() {}
