//! Turning results into text: tables for people, markdown for documents.
//! JSON is serde_json of the same types.

pub mod analysis;
pub mod guide;
pub mod json;
pub mod profile;
pub mod report;
pub mod text;

use comfy_table::{ContentArrangement, Table, presets};

/// A table in the house style.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    t
}

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
