use error_codes_core::{VbsError, vbs_error};

fn retryable(error: VbsError) -> bool {
    matches!(error, vbs_error!("VolumeBakup.0900"))
}

fn main() {
    let _ = retryable(vbs_error!("VolumeBackup.0900"));
}
