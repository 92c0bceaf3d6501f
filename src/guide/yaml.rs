//! All YAML parsing lives here, so the YAML crate can be swapped in one place.
//!
//! Guides are parsed once, by [`super::schema::parse_guide`]: libyaml's
//! events with their places, a structure check over them, then serde_yaml
//! turns the checked value into the typed guide; the places of every
//! finding come from that same parse. serde_yaml's own errors ([`from_str`])
//! word what stops the parser (YAML syntax) and the answers files. [`locate`]
//! walks yaml-rust2's events to find a key in a text that was not kept
//! (an answers file's finding, a cross-guide path no mark covers).
//!
//! Guides come from anyone, so before serde_yaml sees a file, [`check_bytes`]
//! bounds what it has to do (issue 4, "bounded YAML"):
//!
//! - a size cap, UTF-8 only (UTF-16 and NUL bytes are named as such);
//! - flow nesting (`[[[[`, `{a: {a:`) at most [`MAX_FLOW_DEPTH`] deep, where it
//!   could cost time: libyaml spends time proportional to the flow depth on
//!   every token, so 200 KB of `[` takes many seconds;
//! - one document per file;
//! - no tags (`!!binary`, `!custom`), no merge keys (`<<`), and aliases that
//!   expand to at most [`MAX_ALIAS_EXPANSION`]: serde_yaml copies the aliased
//!   node at every alias, so a 500 KB string aliased 100,000 times would need
//!   50 GB.
//!
//! Everything on the path a well-formed guide takes is one cheap pass over the
//! bytes; the exact checks (a yaml-rust2 scan or parse) only run when that
//! pass sees something that calls for them (many brackets in a big file, an
//! `*` or `!` where a token can start, `<<`, a second `---`).
//!
//! Messages never carry more than about 80 characters of the file: serde
//! quotes the offending value (`unknown variant `…``, `invalid type: string
//! "…"`), and a key path can hold a long key, so both are cut (see [`convert`]).

use std::collections::HashMap;
use std::fmt;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, ScanError, Scanner, TScalarStyle, Token, TokenType};

use crate::render::text::clip;

/// Largest file we parse.
pub const MAX_BYTES: usize = 1024 * 1024;
/// Deepest flow nesting (`[[[` or `{a: {a:`) we hand to the parser.
pub const MAX_FLOW_DEPTH: usize = 64;
/// How much aliases may add to a document, counting each scalar's bytes plus
/// [`NODE_COST`] per node of every expansion. Reusing a `required` map a few
/// dozen times costs a few KB; an alias bomb hits the limit in microseconds.
pub const MAX_ALIAS_EXPANSION: u64 = MAX_BYTES as u64;
/// The cost of one node in [`MAX_ALIAS_EXPANSION`]: a node costs memory and
/// time even when it is an empty string.
const NODE_COST: u64 = 16;
/// libyaml's cost of flow nesting is at most (tokens × depth), and both are at
/// most the file size and the number of `[`/`{` bytes. Below this product the
/// nesting cannot cost more than a few milliseconds, whatever it is, so the
/// exact depth check is skipped.
const FLOW_WORK: usize = 64 << 20;
/// Longest value or key path quoted in a message, in characters.
const QUOTE_MAX: usize = 80;

/// One step of a key path such as `skills[3].required.mid`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    /// Not a file we are willing to parse: too big, not UTF-8, too deep,
    /// tags, aliases that expand too far, more than one document.
    Input,
    /// Not well-formed YAML.
    Syntax,
    /// Well-formed YAML that does not fit the expected types.
    Type,
}

impl YamlError {
    fn input(message: String, at: Option<(usize, usize)>) -> Self {
        YamlError {
            kind: YamlErrorKind::Input,
            line: at.map(|o| o.0),
            column: at.map(|o| o.1),
            path: String::new(),
            message,
        }
    }
}

/// Rejects, before parsing, input that no guide or answers file needs and
/// that would make a parser slow or confused. Returns the text as UTF-8.
pub fn check_bytes(bytes: &[u8]) -> Result<&str, YamlError> {
    if bytes.len() > MAX_BYTES {
        // The reader stops at MAX_BYTES + 1, so the size is only known to be over.
        return Err(YamlError::input(
            format!("file is larger than the limit of {MAX_BYTES} bytes (1 MiB)"),
            None,
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(YamlError::input(
            "file is UTF-16 encoded; save it as UTF-8".into(),
            Some((1, 1)),
        ));
    }
    let scan = Scan::of(bytes);
    if let Some(at) = scan.nul {
        // ASCII text saved as UTF-16 without a byte order mark has a NUL
        // beside every character: say so rather than "not a text file".
        let message = match bytes {
            [a, 0, ..] | [0, a, ..] if *a != 0 => {
                "file looks UTF-16 encoded (NUL bytes between the characters); save it as UTF-8"
            }
            _ => "file contains a NUL byte; it is not a text file",
        };
        return Err(YamlError::input(message.into(), Some(line_col(bytes, at))));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        YamlError::input(
            "file is not valid UTF-8; save it as UTF-8".into(),
            Some(line_col(bytes, e.valid_up_to())),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if scan.opens > MAX_FLOW_DEPTH && scan.opens.saturating_mul(bytes.len()) > FLOW_WORK {
        flow_depth(text)?;
    }
    if scan.doc_marker {
        one_document(text)?;
    }
    if scan.walk {
        walk(text)?;
    }
    Ok(text)
}

/// What the one pass over the bytes finds. Apart from `nul`, it only tells
/// which exact checks to run; each test errs on the side of running them.
#[derive(Default)]
struct Scan {
    nul: Option<usize>,
    /// `[` and `{` bytes, wherever they are: at least the flow depth.
    opens: usize,
    /// An `*` (alias) or `!` (tag) where a token can start, or `<<` (merge key).
    walk: bool,
    /// `---` or `...` at the start of a line other than the first.
    doc_marker: bool,
}

impl Scan {
    /// SIMD searches (memchr) for the few bytes that matter, then a look at
    /// the byte before each hit: valid guides pay about a tenth of what a
    /// byte-by-byte loop costs.
    fn of(bytes: &[u8]) -> Scan {
        let before = |i: usize| if i == 0 { b'\n' } else { bytes[i - 1] };
        let walk = memchr::memchr3_iter(b'*', b'!', b'<', bytes).any(|i| match bytes[i] {
            // A token never starts right after a letter or a digit, so
            // this misses no alias: the alias check is a safety check.
            b'*' => !before(i).is_ascii_alphanumeric(),
            // Tags are no danger, only unsupported: the usual token starts will do.
            b'!' => matches!(
                before(i),
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':'
            ),
            _ => before(i) == b'<',
        });
        // Markers are rare and line breaks are not: find the markers, then
        // look at the byte before them.
        let line_start = |i: usize| i > 0 && matches!(bytes[i - 1], b'\n' | b'\r');
        let doc_marker = (memchr::memmem::find_iter(bytes, b"---"))
            .chain(memchr::memmem::find_iter(bytes, b"..."))
            .any(line_start);
        Scan {
            nul: memchr::memchr(0, bytes),
            opens: memchr::memchr2_iter(b'[', b'{', bytes).count(),
            walk,
            doc_marker,
        }
    }
}

/// The exact flow depth check, with yaml-rust2's scanner, which tokenizes like
/// libyaml (quotes, comments, block scalars), so no stray quote can hide a
/// bracket from it. Its cost per token also grows with the depth, but it
/// stops soon after the limit.
fn flow_depth(text: &str) -> Result<(), YamlError> {
    let mut scanner = Scanner::new(text.chars());
    let mut depth = 0usize;
    for Token(mark, token) in &mut scanner {
        match token {
            TokenType::FlowSequenceStart | TokenType::FlowMappingStart => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(YamlError::input(
                        format!("flow collections nested deeper than {MAX_FLOW_DEPTH} levels"),
                        Some(place(&mark)),
                    ));
                }
            }
            TokenType::FlowSequenceEnd | TokenType::FlowMappingEnd => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    // Where yaml-rust2 cannot read on, the depth of the rest is unknown.
    scanner.get_error().map_or(Ok(()), |e| Err(scan_error(&e)))
}

/// Rejects a second document. A `---` or `...` at the start of a line is a
/// document marker wherever it is (inside a scalar it ends the scalar, or is
/// an error), so looking at whole lines is exact.
fn one_document(text: &str) -> Result<(), YamlError> {
    // A document has started; `...` has ended it.
    let (mut started, mut ended) = (false, false);
    for (n, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let marker = |m: &str| {
            (line.strip_prefix(m))
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
        };
        let second = if marker("---") {
            std::mem::replace(&mut started, true)
        } else if marker("...") {
            ended = started;
            false
        } else if is_content(line) {
            started = true;
            ended
        } else {
            false
        };
        if second {
            return Err(YamlError::input(
                "a second YAML document starts here; a file holds one document \
                 (remove the `---` or `...` line, or split the file)"
                    .into(),
                Some((n + 1, 1)),
            ));
        }
    }
    Ok(())
}

/// A line with YAML content: not blank, not a comment, not a `%` directive.
fn is_content(line: &str) -> bool {
    let t = line.trim_start();
    !(t.is_empty() || t.starts_with('#') || line.starts_with('%'))
}

/// The checks that need a parser, run when the byte pass calls for them:
/// tags, merge keys, a second document, and aliases that refer to the node
/// they are in or expand past [`MAX_ALIAS_EXPANSION`]. Where yaml-rust2 cannot
/// parse the file, that is the error: the aliases in it could not be measured.
fn walk(text: &str) -> Result<(), YamlError> {
    /// An open collection.
    struct Open {
        anchor: usize,
        /// `expanded` when it opened.
        start: u64,
        map: bool,
        /// In a mapping: the next node is a key.
        key_next: bool,
    }
    let mut parser = Parser::new_from_str(text);
    let mut open: Vec<Open> = Vec::new();
    // Expanded size of each finished anchored node, by yaml-rust2's anchor id.
    let mut sizes: HashMap<usize, u64> = HashMap::new();
    // Size of the document so far with every alias expanded, and the part of
    // it that aliases added.
    let (mut expanded, mut added) = (0u64, 0u64);
    let mut documents = 0;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| scan_error(&e))?;
        let at = Some(place(&mark));
        let is_map = matches!(event, Event::MappingStart(..));
        let mut is_key = false;
        if let Event::Scalar(..)
        | Event::SequenceStart(..)
        | Event::MappingStart(..)
        | Event::Alias(_) = event
            && let Some(top) = open.last_mut().filter(|o| o.map)
        {
            is_key = top.key_next;
            top.key_next = !top.key_next;
        }
        match event {
            Event::StreamEnd => return Ok(()),
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError::input(
                        "a second YAML document starts here; a file holds one document".into(),
                        at,
                    ));
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                no_tag(tag.as_ref(), at)?;
                if is_key && style == TScalarStyle::Plain && value == "<<" {
                    return Err(YamlError::input(
                        "merge keys (`<<`) are not supported; write the keys out".into(),
                        at,
                    ));
                }
                let cost = NODE_COST + value.len() as u64;
                expanded += cost;
                if anchor != 0 {
                    sizes.insert(anchor, cost);
                }
            }
            Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                no_tag(tag.as_ref(), at)?;
                open.push(Open {
                    anchor,
                    start: expanded,
                    map: is_map,
                    key_next: true,
                });
                expanded += NODE_COST;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(o) = open.pop()
                    && o.anchor != 0
                {
                    sizes.insert(o.anchor, expanded - o.start);
                }
            }
            Event::Alias(id) => {
                // yaml-rust2 refuses an unknown anchor, so one without a size
                // yet is a collection still open: the alias is inside it.
                let Some(&size) = sizes.get(&id) else {
                    return Err(YamlError::input(
                        "an alias refers to the node it is inside of (a cycle)".into(),
                        at,
                    ));
                };
                expanded += size;
                added += size;
                if added > MAX_ALIAS_EXPANSION {
                    return Err(YamlError::input(
                        "aliases (`*name`) expand the document past the limit of 1 MiB \
                         (an alias bomb?); write the content out instead"
                            .into(),
                        at,
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Tags (`!!binary`, `!custom`, `!!python/object`) have no meaning in a guide;
/// refusing them keeps what a file says independent of the YAML library.
fn no_tag(tag: Option<&Tag>, at: Option<(usize, usize)>) -> Result<(), YamlError> {
    let Some(tag) = tag else { return Ok(()) };
    let shown = match tag.handle.as_str() {
        "tag:yaml.org,2002:" => format!("!!{}", tag.suffix),
        handle => format!("{handle}{}", tag.suffix),
    };
    Err(YamlError::input(
        format!(
            "YAML tags are not supported (found `{}`); remove the tag",
            clip(&shown, QUOTE_MAX)
        ),
        at,
    ))
}

/// 1-based line and column of a yaml-rust2 mark.
fn place(mark: &Marker) -> (usize, usize) {
    (mark.line(), mark.col() + 1)
}

fn scan_error(e: &ScanError) -> YamlError {
    // The scanner reads a whole flow collection ahead (it may turn out to be
    // a key), and gives up at 255 levels, before [`flow_depth`] sees level 65.
    if e.info() == "recursion limit exceeded" {
        return YamlError::input(
            format!("flow collections nested deeper than {MAX_FLOW_DEPTH} levels"),
            Some(place(e.marker())),
        );
    }
    YamlError {
        kind: YamlErrorKind::Syntax,
        line: Some(e.marker().line()),
        column: Some(e.marker().col() + 1),
        path: String::new(),
        message: clip(e.info(), 2 * QUOTE_MAX),
    }
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
        let mut err = convert(&e, text);
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
        // serde names the mapping an unknown key is in; the key's own path
        // is what the README documents (`skills[0].descriptoin`). A key too
        // long to be a typo of a field is quoted in the message only.
        if let Some(rest) = err.message.strip_prefix("unknown field `")
            && let Some((key, _)) = rest.split_once("`, ")
            && key.len() <= 64
        {
            err.path = parse_path(&err.path).key(key).to_string();
        }
        // A type error can come before libyaml reaches a syntax error further
        // on (`importance: [3` with no `]` reads as a sequence first): a file
        // that is not well-formed YAML is reported as that.
        if err.kind == YamlErrorKind::Type
            && let Some(syntax) = syntax_error(text)
        {
            err = syntax;
        }
        if err.kind == YamlErrorKind::Syntax
            && let Some((l, c)) = opened_at(&err.message)
        {
            (err.line, err.column) = (Some(l), Some(c));
        }
        // Last, so nothing above works on a cut value.
        if !explain(&mut err, text) {
            err.message = shorten(&err.message);
        }
        err.path = clip(&err.path, QUOTE_MAX);
        err
    })
}

/// The first syntax error of `text`, from libyaml reading the whole document
/// without types; only called on the error path.
fn syntax_error(text: &str) -> Option<YamlError> {
    let e = serde_yaml::from_str::<serde::de::IgnoredAny>(text).err()?;
    let err = convert(&e, text);
    (err.kind == YamlErrorKind::Syntax).then_some(err)
}

/// libyaml gives up on an unclosed quote or flow collection where it notices
/// (the end of the file, the next line) and names where the construct was
/// opened in its message: `..., while scanning a quoted scalar at line 9
/// column 11`. That place is where the defect is.
fn opened_at(message: &str) -> Option<(usize, usize)> {
    let (_, context) = message.rsplit_once(", while ")?;
    let unclosed = [
        "scanning a quoted scalar",
        "parsing a flow",
        "scanning a flow",
    ]
    .iter()
    .any(|c| context.starts_with(c));
    if !unclosed {
        return None;
    }
    let (_, at) = context.rsplit_once(" at line ")?;
    let (l, c) = at.split_once(" column ")?;
    Some((l.trim().parse().ok()?, c.trim().parse().ok()?))
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

fn convert(e: &serde_yaml::Error, text: &str) -> YamlError {
    let (mut line, mut column) = match e.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    let mut message = e.to_string();
    if let Some(l) = e.location() {
        let here = format!(" at line {} column {}", l.line(), l.column());
        message = message.replacen(&here, "", 1);
    }
    // libyaml's reader errors (a control character) know only the byte offset.
    if let Some((head, offset)) = message.rsplit_once(" at position ")
        && let Ok(offset) = offset.parse::<usize>()
    {
        let (l, c) = line_col(text.as_bytes(), offset);
        (line, column) = (Some(l), Some(c));
        message = head.to_string();
    }
    // serde_yaml writes `PATH: MESSAGE`; a key in the path can hold anything,
    // `: ` included, so split before the first known message.
    let known = |s: &str| TYPE_ERRORS.iter().any(|p| s.starts_with(p));
    let mut path = String::new();
    if !known(&message) {
        let split =
            (message.match_indices(": ").map(|(i, _)| i)).find(|&i| known(&message[i + 2..]));
        let split = split.or_else(|| {
            let (head, _) = message.split_once(": ")?;
            let looks_like_path = head
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_-[].?".contains(&b));
            (looks_like_path && !head.is_empty()).then_some(head.len())
        });
        if let Some(i) = split {
            path = message[..i].to_string();
            message = message[i + 2..].to_string();
        }
    }
    let kind = if known(&message) {
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

/// Rewords what serde_yaml says about a file that is not a mapping of keys,
/// or about its limits, in terms of the file. Returns whether it did.
fn explain(err: &mut YamlError, text: &str) -> bool {
    let m = err.message.as_str();
    let (kind, message) = if !text.lines().any(is_content) {
        (
            YamlErrorKind::Input,
            "file is empty: it holds no YAML content".to_string(),
        )
    } else if err.path.is_empty()
        && let Some(found) = m.strip_prefix("invalid type: ")
        && m.contains(", expected struct ")
    {
        // Say what the file is without quoting it: it may be any text file.
        let found = found.split(['"', '`', ',']).next().unwrap_or("").trim();
        let found = if found == "unit value" { "null" } else { found };
        (
            YamlErrorKind::Type,
            format!("the file is a YAML {found}, not a mapping of keys (`key: value` lines)"),
        )
    } else if m.contains("more than one document") {
        (
            YamlErrorKind::Input,
            "the file holds more than one YAML document (`---`); a file holds one".to_string(),
        )
    } else if m.starts_with("recursion limit exceeded") {
        (
            YamlErrorKind::Input,
            "nested more than 128 levels deep".to_string(),
        )
    } else if m.starts_with("repetition limit exceeded") {
        (
            YamlErrorKind::Input,
            "aliases (`*name`) repeat too much (an alias bomb?)".to_string(),
        )
    } else {
        return false;
    };
    err.kind = kind;
    err.message = message;
    if kind == YamlErrorKind::Input {
        err.path.clear();
    }
    true
}

/// Cuts the value a serde message quotes (`unknown variant `…`, expected …`,
/// `invalid type: string "…", expected …`) to [`QUOTE_MAX`] characters. The
/// value runs from the first quote to serde's own `, expected`, found from
/// the end, so quotes and commas inside the value do not matter.
fn shorten(message: &str) -> String {
    let cut = match message.find(['`', '"']) {
        Some(open) => {
            let quote = &message[open..open + 1];
            let end = (message.rfind(", expected"))
                .filter(|&e| e > open)
                .unwrap_or(message.len());
            let value = &message[open + 1..end];
            let value = value.strip_suffix(quote).unwrap_or(value);
            format!(
                "{}{quote}{}{quote}{}",
                &message[..open],
                clip(value, QUOTE_MAX),
                &message[end..]
            )
        }
        None => message.to_string(),
    };
    // Whatever is left (a long key in an unusual message) is cut as a whole.
    clip(&cut, 5 * QUOTE_MAX)
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

/// [`locate`] for many paths in one pass over the text: a guide with
/// thousands of findings is read once, not once per finding.
pub fn locate_all(text: &str, targets: &[&Path]) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; targets.len()];
    let mut wanted: HashMap<&[Seg], Vec<usize>> = HashMap::new();
    for (i, t) in targets.iter().enumerate() {
        if t.0.is_empty() {
            out[i] = Some((1, 1));
        } else {
            wanted.entry(t.0.as_slice()).or_default().push(i);
        }
    }
    if !wanted.is_empty() {
        each_place(text, |path, at| {
            for i in wanted.remove(path).unwrap_or_default() {
                out[i] = Some(at);
            }
            wanted.is_empty()
        });
    }
    out
}

/// Like [`locate`], for the `nth` (0-based) occurrence of the path: a key
/// given twice in one mapping occurs twice.
fn find(text: &str, target: &Path, mut nth: usize) -> Option<(usize, usize)> {
    if target.0.is_empty() {
        return Some((1, 1));
    }
    let mut found = None;
    each_place(text, |path, at| {
        if path != target.0.as_slice() {
            false
        } else if nth == 0 {
            found = Some(at);
            true
        } else {
            nth -= 1;
            false
        }
    });
    found
}

/// Calls `visit` with the path and place of every key and every sequence
/// item, in document order, until it returns true or the text ends or stops
/// parsing. A key is placed at the key; an item at its first token, so a
/// mapping item at its first key.
fn each_place(text: &str, mut visit: impl FnMut(&[Seg], (usize, usize)) -> bool) {
    enum Frame {
        Map {
            expect_key: bool,
            key: Option<String>,
        },
        Seq {
            next: usize,
        },
    }
    // The open containers, each with whether it added a segment to `path`.
    let mut stack: Vec<(Frame, bool)> = Vec::new();
    let mut path: Vec<Seg> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    // A mapping item is placed at the next event, its first key.
    let mut pending_item = false;
    while let Ok((event, mark)) = parser.next_token() {
        let here = place(&mark);
        if std::mem::take(&mut pending_item)
            && matches!(event, Event::Scalar(..))
            && visit(&path, here)
        {
            return;
        }
        match event {
            Event::Scalar(..)
            | Event::MappingStart(..)
            | Event::SequenceStart(..)
            | Event::Alias(_) => {}
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some((_, true)) = stack.pop() {
                    path.pop();
                }
                continue;
            }
            Event::StreamEnd => return,
            _ => continue,
        }
        // The segment that leads to this node: a key's value or an item.
        let seg = match stack.last_mut() {
            None => None,
            Some((Frame::Map { expect_key, key }, _)) if *expect_key => {
                *expect_key = false;
                *key = match &event {
                    Event::Scalar(s, ..) => Some(s.clone()),
                    _ => None,
                };
                if let Some(k) = key.clone() {
                    path.push(Seg::Key(k));
                    let stop = visit(&path, here);
                    path.pop();
                    if stop {
                        return;
                    }
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
        let is_item = matches!(seg, Some(Seg::Index(_)));
        let pushed = seg.is_some();
        path.extend(seg);
        let frame = match event {
            Event::MappingStart(..) => Some(Frame::Map {
                expect_key: true,
                key: None,
            }),
            Event::SequenceStart(..) => Some(Frame::Seq { next: 0 }),
            _ => None,
        };
        if is_item {
            if matches!(frame, Some(Frame::Map { .. })) {
                pending_item = true;
            } else if visit(&path, here) {
                return;
            }
        }
        match frame {
            Some(frame) => stack.push((frame, pushed)),
            None if pushed => {
                path.pop();
            }
            None => {}
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
        // An unknown key's path is the key's, not its mapping's.
        let e = from_str::<S>("skills:\n  - id: 1\n    idd: 2\n").unwrap_err();
        assert!(
            e.message.starts_with("unknown field `idd`"),
            "{}",
            e.message
        );
        assert_eq!(e.path, "skills[0].idd");
        assert_eq!((e.line, e.column), (Some(3), Some(5)));
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

    fn input_error(text: &str) -> String {
        let e = check_bytes(text.as_bytes()).unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::Input, "{}", e.message);
        e.message
    }

    #[test]
    fn finds_many_paths_in_one_pass() {
        let paths = [
            Path::root()
                .key("skills")
                .index(1)
                .key("required")
                .key("mid"),
            Path::root().key("nope"),
            Path::root()
                .key("skills")
                .index(0)
                .key("required")
                .key("mid"),
            Path::root().key("skills").index(1),
            Path::root(),
            Path::root().key("id"),
        ];
        let refs: Vec<&Path> = paths.iter().collect();
        let one_by_one: Vec<_> = paths.iter().map(|p| locate(DOC, p)).collect();
        assert_eq!(locate_all(DOC, &refs), one_by_one);
        assert_eq!(one_by_one[4], Some((1, 1)));
    }

    #[test]
    fn flow_depth_is_exact_where_it_could_cost_time() {
        // A quote inside a plain scalar does not hide the brackets after it.
        let bypass = format!("a: [x ', {}", "[".repeat(200_000));
        assert!(input_error(&bypass).contains("deeper than 64"));
        let maps = "{a: ".repeat(50_000);
        assert!(input_error(&maps).contains("deeper than 64"));
        // Many brackets, none deep: fine.
        let flat = format!("a: [{}]\n", "[x], ".repeat(200_000));
        assert!(check_bytes(flat.as_bytes()).is_ok());
    }

    #[test]
    fn one_document_per_file() {
        for ok in [
            "a: 1\n",
            "---\na: 1\n",
            "# c\n%YAML 1.1\n---\na: 1\n...\n# end\n",
            "a: |\n  ---x\n",
        ] {
            assert!(check_bytes(ok.as_bytes()).is_ok(), "{ok:?}");
        }
        for two in [
            "a: 1\n---\nb: 2\n",
            "---\na: 1\n--- b\n",
            "a: 1\n...\nb: 2\n",
        ] {
            let e = check_bytes(two.as_bytes()).unwrap_err();
            assert!(e.message.contains("second YAML document"), "{two:?}");
        }
    }

    #[test]
    fn aliases_are_measured() {
        // Reusing a small node is fine.
        let ok = "a: &l {entry: 1, mid: 2}\nb: *l\nc: *l\n";
        assert!(check_bytes(ok.as_bytes()).is_ok());
        // A string aliased many times, and the classic nine-by-nine bomb.
        let big = format!("a: [&s {}, {}]\n", "x".repeat(20_000), "*s, ".repeat(100));
        assert!(input_error(&big).contains("alias"));
        let mut bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n".to_string();
        for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
            let refs = vec![format!("*{prev}"); 9].join(", ");
            bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        assert!(input_error(&bomb).contains("alias"));
        assert!(input_error("a: &a [*a]\n").contains("cycle"));
        assert_eq!(
            check_bytes(b"a: *nowhere\n").unwrap_err().kind,
            YamlErrorKind::Syntax
        );
        // An asterisk inside a word is not an alias and costs no parse.
        assert!(!Scan::of(b"a: 2*3 b!c").walk);
    }

    #[test]
    fn tags_and_merge_keys_are_refused() {
        assert!(input_error("a: !!binary aGk=\n").contains("`!!binary`"));
        assert!(input_error("a: !custom x\n").contains("`!custom`"));
        assert!(input_error("a: [1, !!str 2]\n").contains("`!!str`"));
        assert!(input_error("b: &b {x: 1}\na:\n  <<: *b\n").contains("merge keys"));
        // `<<` as a value, or quoted, is just text.
        assert!(check_bytes(b"a: <<\nb: '<<'\n").is_ok());
        assert!(check_bytes(b"a: Wow! <<not a tag>>\n").is_ok());
    }

    #[test]
    fn messages_quote_at_most_80_characters() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        enum Category {
            Technical,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            c: Category,
        }
        let long = "v".repeat(10_000);
        let e = from_str::<S>(&format!("c: {long}\n")).unwrap_err();
        assert!(
            e.message.starts_with("unknown variant `vvv"),
            "{}",
            e.message
        );
        assert!(e.message.contains("…`, expected"), "{}", e.message);
        assert!(e.message.chars().count() < 200, "{}", e.message);
        let e = from_str::<S>(&format!("? {long}\n: 1\n")).unwrap_err();
        assert!(e.message.chars().count() < 200, "{}", e.message);
        // A long key in the path is cut too.
        let e = from_str::<std::collections::BTreeMap<String, u8>>(&format!("? {long}\n: x\n"))
            .unwrap_err();
        assert!(e.path.chars().count() <= 81, "{}", e.path);
        assert!(e.message.starts_with("invalid type"), "{}", e.message);
        // A text file is not quoted at all.
        let e = from_str::<S>("root:x:0:0:root:/root:/bin/bash\n").unwrap_err();
        assert!(!e.message.contains("root:x"), "{}", e.message);
        assert!(e.message.contains("not a mapping"), "{}", e.message);
        let e = from_str::<S>("# only a comment\n").unwrap_err();
        assert!(e.message.contains("empty"), "{}", e.message);
    }

    #[test]
    fn reader_errors_get_a_line_and_column() {
        let e = from_str::<serde_yaml::Value>("a: 1\nb: x\u{1b}y\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(5)), "{}", e.message);
        assert!(!e.message.contains("position"), "{}", e.message);
    }
}
