//! Answers files (`assess --answers FILE`): whatever the bytes, a result or
//! a short error that names the file.

#![no_main]

use careerctl::ratings::parse_answers;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match parse_answers(bytes, "answers.yaml") {
        Ok(answers) => {
            for n in answers.plain().values() {
                assert!(*n <= 5, "a rating out of range got through: {n}");
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(message.starts_with("answers.yaml"), "{message}");
            assert!(
                message.chars().count() <= 600,
                "a message quotes too much: {message}"
            );
        }
    }
});
