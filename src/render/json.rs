//! JSON output: pretty, with a final newline, and with the characters a
//! terminal could act on escaped even where JSON allows them raw.
//!
//! serde_json escapes C0 controls but writes DEL, C1 controls (U+009B is a
//! one-character CSI) and bidi overrides as they are. This formatter writes
//! those as `\uXXXX` too: a JSON reader gets the exact text back, and a JSON
//! report printed to a terminal cannot drive it.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::text::is_unsafe;

struct Escaping<'a>(PrettyFormatter<'a>);

impl Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_unsafe(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    // Everything else as PrettyFormatter does it.
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Pretty JSON with a final newline.
pub fn to_string(value: &impl Serialize) -> String {
    let mut out = Vec::with_capacity(4096);
    let mut ser =
        serde_json::Serializer::with_formatter(&mut out, Escaping(PrettyFormatter::new()));
    value
        .serialize(&mut ser)
        .expect("output types always serialize");
    out.push(b'\n');
    // Only valid UTF-8 went in, and escapes are ASCII.
    String::from_utf8(out).expect("JSON output is UTF-8")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        let text = "a\u{9b}2J\u{7f}\u{202e}b\x1b]0;t\x07é";
        let json = super::to_string(&serde_json::json!({ "t": text }));
        assert!(
            json.contains(r"a\u009b2J\u007f\u202eb\u001b]0;t\u0007é"),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["t"], text, "a JSON reader gets the exact text");
    }
}
