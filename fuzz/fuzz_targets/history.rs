//! History and profile files, read the way `history`, `diff` and `assess`
//! read them: through `store::read_versioned` on a real file. A report that
//! reads must write out and read back the same.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use careerctl::report::{REPORT_VERSION, Report};
use careerctl::store::{PROFILE_VERSION, Profile, read_versioned};
use libfuzzer_sys::fuzz_target;

/// One scratch file per fuzzing process, rewritten for every input.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.json");
        (dir, path)
    });
    path
}

fuzz_target!(|bytes: &[u8]| {
    let path = scratch();
    std::fs::write(path, bytes).expect("write the scratch file");
    if let Ok(Some(report)) = read_versioned::<Report>(path, REPORT_VERSION) {
        let json = serde_json::to_vec(&report).expect("a report serializes");
        let again: Report = serde_json::from_slice(&json).expect("a written report reads back");
        assert_eq!(again, report);
    }
    let _ = read_versioned::<Profile>(path, PROFILE_VERSION);
    let _ = serde_json::from_slice::<Report>(bytes);
});
