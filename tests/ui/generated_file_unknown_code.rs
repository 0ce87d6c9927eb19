// The checked-code macro of a file written by `error-codes generate`
// refuses an unknown code without any proc macro (no did-you-mean there).
fn main() {
    let _ = generated::vbs_error!("VolumeBackup.0014");
    let _ = generated::vbs_error!("VolumeBakup.0014");
}
