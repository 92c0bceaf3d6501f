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

use std::fmt::Write;

use crate::guide::model::Resource;
use page::Page;

/// Whether `url` may be made a link: its scheme is `http`, `https` or
/// `mailto`, so a guide cannot plant a `javascript:` link in a document.
pub fn linkable(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        matches!(
            scheme.to_ascii_lowercase().as_str(),
            "http" | "https" | "mailto"
        )
    })
}

/// A markdown link when the URL is [`linkable`], else the text alone.
pub fn md_link(title: &str, url: &str) -> String {
    let url = text::clean(url);
    if linkable(&url) {
        let dest: String = (url.chars())
            .map(|c| match c {
                ' ' => "%20".to_string(),
                '<' => "%3C".to_string(),
                '>' => "%3E".to_string(),
                c => c.to_string(),
            })
            .collect();
        format!("[{}](<{dest}>)", md(title))
    } else {
        format!("{} ({})", md(title), md(&url))
    }
}

/// The Resources section for a terminal: each skill that has any, then
/// each title with its URL on a line of its own (whole, so it stays
/// clickable). Nothing when no skill has one.
pub fn resources_text(p: &mut Page, skills: &[(&str, &[Resource])]) {
    let with: Vec<_> = skills.iter().filter(|(_, r)| !r.is_empty()).collect();
    if with.is_empty() {
        return;
    }
    p.heading("Resources");
    for (name, resources) in with {
        p.para(&text::clean(name), "  ", "    ");
        for res in resources.iter() {
            p.para(&text::clean(&res.title), "    ", "    ");
            p.line(&format!("      {}", text::clean(&res.url)));
        }
    }
}

/// The Resources section of a markdown document: one line of links per skill.
pub fn resources_markdown(out: &mut String, skills: &[(&str, &[Resource])]) {
    let with: Vec<_> = skills.iter().filter(|(_, r)| !r.is_empty()).collect();
    if with.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Resources\n");
    for (name, resources) in with {
        let links: Vec<String> = (resources.iter())
            .map(|res| md_link(&res.title, &res.url))
            .collect();
        let _ = writeln!(out, "- {}: {}", md(name), links.join(", "));
    }
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

#[cfg(test)]
mod link_tests {
    #[test]
    fn only_web_and_mail_links_are_links() {
        assert_eq!(
            super::md_link("Docs", "https://example.org/a b"),
            "[Docs](<https://example.org/a%20b>)"
        );
        assert_eq!(
            super::md_link("x", "javascript:alert(1)"),
            "x (javascript:alert(1))"
        );
    }
}
