//! Guide loading, as `validate` and `assess --guides` do it: the byte checks,
//! typed parsing, the single-guide checks and locating their findings.
//!
//! Besides "no panic, no hang", it checks what issue 4 promises about
//! messages: they quote at most about 80 characters of the file. And a guide
//! that loads must survive `guides show --format yaml` and loading again.

#![no_main]

use careerctl::guide::Guide;
use careerctl::guide::check::check_guide;
use careerctl::guide::yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = match yaml::check_bytes(bytes) {
        Ok(text) => text,
        Err(e) => return assert_short(&e),
    };
    let guide: Guide = match yaml::from_str(text) {
        Ok(guide) => guide,
        Err(e) => return assert_short(&e),
    };
    let issues = check_guide(&guide, Some("fuzz"));
    for issue in &issues {
        assert!(
            issue.message.chars().count() <= 1000,
            "an issue message quotes too much: {}",
            issue.message
        );
    }
    // One pass for all findings places each where a search of its own does.
    let paths: Vec<&yaml::Path> = issues.iter().map(|i| &i.path).collect();
    let places = yaml::locate_all(text, &paths);
    for (path, place) in paths.iter().zip(&places).take(8) {
        assert_eq!(yaml::locate(text, path), *place, "{path}");
    }
    for path in ["id", "skills", "next_steps"] {
        yaml::locate(text, &yaml::Path::root().key(path));
    }
    // What `guides show --format yaml` prints loads back as the same guide.
    let shown = serde_yaml::to_string(&guide).expect("a guide serializes");
    if let Ok(again) = yaml::check_bytes(shown.as_bytes()) {
        let again: Guide = yaml::from_str(again).expect("a shown guide loads again");
        assert_eq!(again, guide);
    }
});

fn assert_short(e: &yaml::YamlError) {
    assert!(
        e.message.chars().count() <= 401,
        "a message quotes too much: {}",
        e.message
    );
    assert!(
        e.path.chars().count() <= 81,
        "a path is too long: {}",
        e.path
    );
}
