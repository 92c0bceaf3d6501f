//! The one parse of a file: libyaml (through `unsafe-libyaml`, the parser
//! serde_yaml itself is built on) turned into a flat list of events, each
//! with its line and column. [`super::schema`] reads the list once to check
//! the structure, build the value serde_yaml turns into the typed guide, and
//! keep the places of the keys for the findings.
//!
//! Only this file holds `unsafe` code: the calls into libyaml, as serde_yaml
//! makes them (its `libyaml::parser` module).

use std::collections::HashMap;
use std::mem::MaybeUninit;

use unsafe_libyaml as unsafe_sys;

/// 1-based line and column, as serde_yaml reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Mark {
    pub line: u32,
    pub column: u32,
}

impl Mark {
    pub fn pair(self) -> (usize, usize) {
        (self.line as usize, self.column as usize)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Ev {
    /// The text of a scalar and whether it was plain (unquoted, not a block scalar).
    Scalar(String, bool),
    SeqStart,
    SeqEnd,
    MapStart,
    MapEnd,
    /// An alias: the index of the event its anchor is on.
    Alias(usize),
}

/// The events of the one document of a file, from its root node to its end.
#[derive(Debug, Default)]
pub struct Events {
    pub list: Vec<(Ev, Mark)>,
    /// Whether any alias is in the list: then an event may be read twice.
    pub has_alias: bool,
}

/// Why the events could not be read: the caller reports it the way
/// serde_yaml words it (a syntax error, a second document, an unknown anchor).
#[derive(Debug)]
pub struct Unreadable;

/// Parses `text` into events. Tags are ignored ([`super::yaml::check_bytes`]
/// has refused them already), so are document markers.
pub fn parse(text: &str) -> Result<Events, Unreadable> {
    let mut parser = Parser::new(text.as_bytes());
    let mut list = Vec::with_capacity(text.len() / 16);
    let mut anchors: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut documents = 0;
    loop {
        let event = parser.next()?;
        let at = list.len();
        let ev = match event.kind {
            Kind::StreamEnd => break,
            Kind::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(Unreadable);
                }
                continue;
            }
            Kind::Other => continue,
            Kind::Scalar(s, plain) => Ev::Scalar(s, plain),
            Kind::SeqStart => Ev::SeqStart,
            Kind::SeqEnd => Ev::SeqEnd,
            Kind::MapStart => Ev::MapStart,
            Kind::MapEnd => Ev::MapEnd,
            Kind::Alias(name) => Ev::Alias(*anchors.get(&name).ok_or(Unreadable)?),
        };
        if let Some(name) = event.anchor {
            anchors.insert(name, at);
        }
        list.push((ev, event.mark));
    }
    if list.is_empty() {
        return Err(Unreadable);
    }
    let has_alias = list.iter().any(|(e, _)| matches!(e, Ev::Alias(_)));
    Ok(Events { list, has_alias })
}

enum Kind {
    StreamEnd,
    DocumentStart,
    Other,
    Scalar(String, bool),
    SeqStart,
    SeqEnd,
    MapStart,
    MapEnd,
    Alias(Vec<u8>),
}

struct Event {
    kind: Kind,
    anchor: Option<Vec<u8>>,
    mark: Mark,
}

/// libyaml's parser, pinned on the heap (it keeps pointers into itself).
struct Parser<'a> {
    sys: Box<MaybeUninit<unsafe_sys::yaml_parser_t>>,
    _input: &'a [u8],
}

impl<'a> Parser<'a> {
    fn new(input: &'a [u8]) -> Self {
        let mut sys = Box::new(MaybeUninit::<unsafe_sys::yaml_parser_t>::uninit());
        // SAFETY: as serde_yaml's `Parser::new`: the parser is initialized
        // in place and reads `input`, which outlives it (`'a`).
        unsafe {
            let parser = sys.as_mut_ptr();
            if unsafe_sys::yaml_parser_initialize(parser).fail {
                // Only on allocation failure, which aborts elsewhere anyway.
                std::process::abort();
            }
            unsafe_sys::yaml_parser_set_encoding(parser, unsafe_sys::YAML_UTF8_ENCODING);
            unsafe_sys::yaml_parser_set_input_string(parser, input.as_ptr(), input.len() as u64);
        }
        Parser { sys, _input: input }
    }

    fn next(&mut self) -> Result<Event, Unreadable> {
        let mut event = MaybeUninit::<unsafe_sys::yaml_event_t>::uninit();
        // SAFETY: as serde_yaml's `Parser::next`: the event is read only
        // after a successful parse, and deleted before returning. After a
        // failed parse `next` is not called again (the caller stops).
        unsafe {
            let parser = self.sys.as_mut_ptr();
            let event = event.as_mut_ptr();
            if unsafe_sys::yaml_parser_parse(parser, event).fail {
                return Err(Unreadable);
            }
            let e = &*event;
            let mark = Mark {
                line: e.start_mark.line as u32 + 1,
                column: e.start_mark.column as u32 + 1,
            };
            let anchor_of = |p: *const u8| {
                (!p.is_null()).then(|| std::ffi::CStr::from_ptr(p.cast()).to_bytes().to_vec())
            };
            let (kind, anchor) = match e.type_ {
                unsafe_sys::YAML_STREAM_END_EVENT => (Kind::StreamEnd, None),
                unsafe_sys::YAML_DOCUMENT_START_EVENT => (Kind::DocumentStart, None),
                unsafe_sys::YAML_SCALAR_EVENT => {
                    let s = &e.data.scalar;
                    let bytes = std::slice::from_raw_parts(s.value, s.length as usize);
                    // The input is UTF-8 (checked before), and so is what libyaml makes of it.
                    let text = String::from_utf8_lossy(bytes).into_owned();
                    let plain = s.style == unsafe_sys::YAML_PLAIN_SCALAR_STYLE;
                    (Kind::Scalar(text, plain), anchor_of(s.anchor))
                }
                unsafe_sys::YAML_SEQUENCE_START_EVENT => {
                    (Kind::SeqStart, anchor_of(e.data.sequence_start.anchor))
                }
                unsafe_sys::YAML_SEQUENCE_END_EVENT => (Kind::SeqEnd, None),
                unsafe_sys::YAML_MAPPING_START_EVENT => {
                    (Kind::MapStart, anchor_of(e.data.mapping_start.anchor))
                }
                unsafe_sys::YAML_MAPPING_END_EVENT => (Kind::MapEnd, None),
                unsafe_sys::YAML_ALIAS_EVENT => (
                    Kind::Alias(anchor_of(e.data.alias.anchor).unwrap_or_default()),
                    None,
                ),
                _ => (Kind::Other, None),
            };
            unsafe_sys::yaml_event_delete(event);
            Ok(Event { kind, anchor, mark })
        }
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: initialized in `new`.
        unsafe { unsafe_sys::yaml_parser_delete(self.sys.as_mut_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_carry_places_and_aliases() {
        let e = parse("a: &x [1, 'b']\nc: *x\n").unwrap();
        let evs: Vec<&Ev> = e.list.iter().map(|(ev, _)| ev).collect();
        assert_eq!(evs[0], &Ev::MapStart);
        assert_eq!(evs[1], &Ev::Scalar("a".into(), true));
        assert_eq!(evs[4], &Ev::Scalar("b".into(), false));
        assert_eq!(evs[7], &Ev::Alias(2));
        assert_eq!(e.list[2].1, Mark { line: 1, column: 4 });
        assert_eq!(e.list[6].1, Mark { line: 2, column: 1 });
        assert!(parse("a: [1\n").is_err());
        assert!(parse("a: 1\n---\nb: 2\n").is_err());
        assert!(parse("# nothing\n").is_err());
    }
}
