use error_codes_core::ErrorCode;

// One mistake in the derive (a misspelled code), under code that is right
// for a right enum: the derive error should come first, and as few
// follow-on errors as possible.
#[derive(ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "../codes.csv")]
pub enum Retryable {
    #[code = "VolumeBackup.0900"]
    ServiceUnavailable,
    #[code = "VolumeBakup.0013"]
    PreviousTaskRunning,
}

fn describe<E: ErrorCode>(code: &str) -> Option<&'static str> {
    E::from_code(code).map(|error| error.description())
}

fn main() {
    let _ = Retryable::from_code("VolumeBackup.0900");
    let _ = Retryable::ServiceUnavailable.to_string();
    let _ = describe::<Retryable>("VolumeBackup.0900");
}
