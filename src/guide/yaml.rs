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
    serde_yaml::from_str(text).map_err(|e| {
        let mut err = convert(&e);
        // serde reports a repeated key at the start of its mapping: point at
        // the second occurrence of the key instead.
        if err.message.starts_with("duplicate")
            && let Some(key) = err.message.split('`').nth(1)
        {
            let at = parse_path(&err.path).key(key);
            if let Some((l, c)) = find(text, &at, 1) {
                (err.line, err.column) = (Some(l), Some(c));
                err.path = at.to_string();
            }
        }
        err
    })
}

/// The messages serde gives for well-formed YAML of the wrong shape; anything
/// else comes from the YAML parser itself.
const TYPE_ERRORS: [&str; 11] = [
    "invalid type",
    "invalid value",
    "invalid length",
    "unknown variant",
    "unknown field",
    "missing field",
    "duplicate field",
    "duplicate key",
    "rating ",
    "importance ",
    "EOF while parsing",
];

fn convert(e: &serde_yaml::Error) -> YamlError {
    let (line, column) = match e.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    let mut message = e.to_string();
    if let Some(l) = e.location() {
        let here = format!(" at line {} column {}", l.line(), l.column());
        message = message.replacen(&here, "", 1);
    }
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
    let kind = if TYPE_ERRORS.iter().any(|p| message.starts_with(p)) {
        YamlErrorKind::Type
    } else {
        YamlErrorKind::Syntax
    };
    YamlError {
        kind,
        line,
        column,
        path,
        message,
    }
}

/// Parses a path as serde_yaml prints it (`skills[3].required`). Keys are ids,
/// so they hold no dots or brackets.
pub fn parse_path(s: &str) -> Path {
    let mut p = Path::root();
    for part in s.split('.').filter(|p| !p.is_empty() && *p != "?") {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            p = p.key(key);
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                p = p.index(i);
            }
        }
    }
    p
}

/// Finds the line and column (1-based) of the key or item at `target`.
/// Returns `None` when the text does not parse or the path is not in it.
pub fn locate(text: &str, target: &Path) -> Option<(usize, usize)> {
    find(text, target, 0)
}

/// Like [`locate`], for the `nth` (0-based) occurrence of the path: a key
/// given twice in one mapping occurs twice.
fn find(text: &str, target: &Path, mut nth: usize) -> Option<(usize, usize)> {
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
    // The item of a sequence was found; its place is that of its first token.
    let mut item_found = false;
    loop {
        let (event, mark) = parser.next_token().ok()?;
        let here = Some((mark.line(), mark.col() + 1));
        if item_found {
            return match event {
                Event::Scalar(..) => here,
                _ => None,
            };
        }
        let starts_node = matches!(
            event,
            Event::Scalar(..)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
                | Event::Alias(_)
        );
        if starts_node {
            let mut hit = false;
            let seg = match stack.last_mut() {
                None => None,
                Some((Frame::Map { expect_key, key }, _)) if *expect_key => {
                    *expect_key = false;
                    *key = match &event {
                        Event::Scalar(s, ..) => Some(s.clone()),
                        _ => None,
                    };
                    let this = key.clone().map(Seg::Key);
                    hit = this.is_some() && path_is(&stack, this.as_ref(), target);
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
                if nth > 0 {
                    nth -= 1;
                } else if matches!(event, Event::MappingStart(..)) {
                    item_found = true;
                    continue;
                } else {
                    return here;
                }
            }
            if hit {
                if nth == 0 {
                    return here;
                }
                nth -= 1;
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
            Some((5, 5))
        );
        assert_eq!(locate(DOC, &Path::root().key("id")), Some((1, 1)));
        assert_eq!(locate(DOC, &Path::root().key("nope")), None);
    }

    #[test]
    fn duplicate_keys_point_at_the_second_one() {
        let doc = "a: 1\nm:\n  x: 1\n  y: 2\n  x: 3\n";
        assert_eq!(find(doc, &parse_path("m.x"), 1), Some((5, 3)));
        assert_eq!(
            parse_path("skills[3].required.mid").to_string(),
            "skills[3].required.mid"
        );
        assert_eq!(parse_path(""), Path::root());
    }

    #[test]
    fn syntax_and_type_errors_are_told_apart() {
        let e = from_str::<serde_yaml::Value>("a: b: c\n").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Syntax, "{}", e.message);
        let e = from_str::<Vec<u8>>("[x]").unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Type, "{}", e.message);
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
