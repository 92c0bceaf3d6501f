//! Turning results into text: tables for people, markdown for documents.
//! JSON is serde_json of the same types.

pub mod analysis;
pub mod grid;
pub mod guide;
pub mod html;
pub mod json;
pub mod page;
pub mod profile;
pub mod report;
pub mod text;

/// Text for a terminal ([`text::clean`]) or for markdown ([`md`]).
pub fn escaped(s: &str, markdown: bool) -> String {
    if markdown {
        md(s)
    } else {
        text::clean(s).into_owned()
    }
}

/// Escapes text for a markdown table cell or list item.
pub fn md(s: &str) -> String {
    let c = text::clean(s);
    let mut out = String::with_capacity(c.len());
    for ch in c.chars() {
        if matches!(ch, '|' | '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
