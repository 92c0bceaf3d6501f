//! All YAML parsing lives here, so the YAML crate can be swapped in one place.
//!
//! serde_yaml (libyaml) does the typed deserialization and reports line and
//! column for syntax and type errors. It keeps no positions on the values it
//! builds, so for findings about well-typed but wrong content (a decreasing
//! required level, an unknown skill in a next step) [`locate`] walks the event
//! stream of yaml-rust2, which does carry positions, to find the key again.
//! That second pass only runs when there is something to report.
//!
//! Before any parser sees a file, [`check_bytes`] bounds what it has to do:
//! a size cap, UTF-8 only, and a cap on flow nesting depth (libyaml's flow
//! parser is quadratic in the depth).

use std::fmt;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser};

/// Largest file we parse.
pub const MAX_BYTES: usize = 1024 * 1024;
/// Deepest flow nesting (`[[[` or `{a: {a:`) we hand to the parser.
pub const MAX_FLOW_DEPTH: usize = 64;

/// One step of a key path such as `skills[3].required.mid`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A key path into a document, displayed as `skills[3].required.mid`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }
    pub fn key(&self, k: impl Into<String>) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Key(k.into()));
        p
    }
    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if i == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A problem with the text of a YAML file, with its place where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Key path, as serde_yaml reports it (`skills[0].importance`), or empty.
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// Not a file we are willing to parse: too big, not UTF-8, too deep.
    Input,
    /// Not well-formed YAML.
    Syntax,
    /// Well-formed YAML that does not fit the expected types.
    Type,
}

impl YamlError {
    fn input(message: String, offset: Option<(usize, usize)>) -> Self {
        YamlError {
            kind: YamlErrorKind::Input,
            line: offset.map(|o| o.0),
            column: offset.map(|o| o.1),
            path: String::new(),
            message,
        }
    }
}

/// Rejects, before parsing, input that no guide or answers file needs and
/// that would make a parser slow or confused. Returns the text as UTF-8.
pub fn check_bytes(bytes: &[u8]) -> Result<&str, YamlError> {
    if bytes.len() > MAX_BYTES {
        return Err(YamlError::input(
            format!(
                "file is {} bytes, larger than the limit of {} bytes (1 MiB)",
                bytes.len(),
                MAX_BYTES
            ),
            None,
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(YamlError::input(
            "file is UTF-16 encoded; save it as UTF-8".into(),
            Some((1, 1)),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        YamlError::input(
            "file is not valid UTF-8; save it as UTF-8".into(),
            Some(line_col(bytes, e.valid_up_to())),
        )
    })?;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(YamlError::input(
            "file contains a NUL byte; it is not a text file".into(),
            Some(line_col(bytes, at)),
        ));
    }
    if let Some(at) = too_deep(bytes) {
        return Err(YamlError::input(
            format!("flow collections nested deeper than {MAX_FLOW_DEPTH} levels"),
            Some(line_col(bytes, at)),
        ));
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The offset where `[`/`{` nesting first exceeds [`MAX_FLOW_DEPTH`], skipping
/// quoted strings and comments. A rough scan: it may overcount brackets inside
/// plain scalars, which only matters for text with 64 unclosed brackets.
fn too_deep(bytes: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    let mut prev = b'\n';
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' if prev.is_ascii_whitespace() => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                prev = b'\n';
                continue;
            }
            b'"' | b'\'' if matches!(prev, b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b':') => {
                let quote = b;
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    if quote == b'"' && bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        prev = b;
        i += 1;
    }
    None
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

/// Deserializes one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| convert(&e))
}

fn convert(e: &serde_yaml::Error) -> YamlError {
    let (line, column) = match e.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    let mut message = e.to_string();
    if let Some(l) = e.location() {
        let suffix = format!(" at line {} column {}", l.line(), l.column());
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_string();
        }
    }
    // libyaml's own syntax errors say "..., while parsing X at line N column M".
    let syntax = message.contains(" at line ") || message.starts_with("did not find");
    let mut path = String::new();
    if let Some((head, rest)) = message.split_once(": ") {
        let looks_like_path = head
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-[].?".contains(&b));
        if looks_like_path && !head.is_empty() {
            path = head.to_string();
            message = rest.to_string();
        }
    }
    YamlError {
        kind: if syntax {
            YamlErrorKind::Syntax
        } else {
            YamlErrorKind::Type
        },
        line,
        column,
        path,
        message,
    }
}

/// Finds the line and column (1-based) of the key or item at `target`.
/// Returns `None` when the text does not parse or the path is not in it.
pub fn locate(text: &str, target: &Path) -> Option<(usize, usize)> {
    if target.0.is_empty() {
        return Some((1, 1));
    }
    enum Frame {
        Map {
            expect_key: bool,
            key: Option<String>,
        },
        Seq {
            next: usize,
        },
    }
    // Each open container with the path segment that led to it.
    let mut stack: Vec<(Frame, Option<Seg>)> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, mark) = parser.next_token().ok()?;
        let starts_node = matches!(
            event,
            Event::Scalar(..)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
                | Event::Alias(_)
        );
        if starts_node {
            let seg = match stack.last_mut() {
                None => None,
                Some((Frame::Map { expect_key, key }, _)) if *expect_key => {
                    *expect_key = false;
                    *key = match &event {
                        Event::Scalar(s, ..) => Some(s.clone()),
                        _ => None,
                    };
                    let here = key.clone().map(Seg::Key);
                    if here.is_some() && path_is(&stack, here.as_ref(), target) {
                        return Some((mark.line(), mark.col() + 1));
                    }
                    None
                }
                Some((Frame::Map { expect_key, key }, _)) => {
                    *expect_key = true;
                    key.take().map(Seg::Key)
                }
                Some((Frame::Seq { next }, _)) => {
                    *next += 1;
                    Some(Seg::Index(*next - 1))
                }
            };
            if matches!(seg, Some(Seg::Index(_))) && path_is(&stack, seg.as_ref(), target) {
                return Some((mark.line(), mark.col() + 1));
            }
            match event {
                Event::MappingStart(..) => stack.push((
                    Frame::Map {
                        expect_key: true,
                        key: None,
                    },
                    seg,
                )),
                Event::SequenceStart(..) => stack.push((Frame::Seq { next: 0 }, seg)),
                _ => {}
            }
        } else {
            match event {
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                Event::StreamEnd => return None,
                _ => {}
            }
        }
    }
}

/// Whether the open containers of `stack`, then `last`, spell `target`.
fn path_is<F>(stack: &[(F, Option<Seg>)], last: Option<&Seg>, target: &Path) -> bool {
    let mut segs = stack.iter().filter_map(|(_, s)| s.as_ref()).chain(last);
    let mut want = target.0.iter();
    loop {
        match (segs.next(), want.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "id: x\nskills:\n  - id: a\n    required: {entry: 1, mid: 2}\n  - id: b\n    required:\n      entry: 3\n      mid: 1\n";

    #[test]
    fn locates_keys_and_items() {
        let p = Path::root()
            .key("skills")
            .index(1)
            .key("required")
            .key("mid");
        assert_eq!(p.to_string(), "skills[1].required.mid");
        assert_eq!(locate(DOC, &p), Some((8, 7)));
        let p = Path::root()
            .key("skills")
            .index(0)
            .key("required")
            .key("mid");
        assert_eq!(locate(DOC, &p), Some((4, 26)));
        assert_eq!(
            locate(DOC, &Path::root().key("skills").index(1)),
            Some((5, 7))
        );
        assert_eq!(locate(DOC, &Path::root().key("id")), Some((1, 1)));
        assert_eq!(locate(DOC, &Path::root().key("nope")), None);
    }

    #[test]
    fn serde_errors_keep_path_and_place() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            skills: Vec<T>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            id: u8,
        }
        let e = from_str::<S>("skills:\n  - id: 1\n  - id: x\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Type);
        assert_eq!(e.path, "skills[1].id");
        assert_eq!((e.line, e.column), (Some(3), Some(9)));
        assert!(!e.message.contains("line"), "{}", e.message);
    }

    #[test]
    fn rejects_deep_flow_and_bad_encodings() {
        let deep = "[".repeat(200_000);
        assert_eq!(
            check_bytes(deep.as_bytes()).unwrap_err().kind,
            YamlErrorKind::Input
        );
        assert!(
            check_bytes(
                b"a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['\n"
            )
            .is_ok()
        );
        assert!(check_bytes(b"a: \xe9t\xe9\n").is_err());
        assert!(check_bytes(b"\xff\xfea\x00").is_err());
        assert_eq!(check_bytes(b"a: 1\nb: \x00\n").unwrap_err().line, Some(2));
        assert!(check_bytes(&vec![b' '; MAX_BYTES + 1]).is_err());
    }
}
