//! Untrusted text on a terminal (README, "Files and environment": text from guides is shown escaped).
//!
//! Guides and answers files come from anyone. Before their text reaches a
//! terminal, C0 and C1 control characters, DEL and the bidirectional
//! overrides are shown escaped (`\u{1b}`), so a guide cannot move the cursor,
//! retitle the window, write the clipboard or reorder what is displayed.
//! JSON output does not go through here: serde_json escapes exactly.

use std::borrow::Cow;

pub fn is_unsafe(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Text with every unsafe character escaped. Trailing whitespace (the newline
/// of a YAML block scalar) is dropped first.
pub fn clean(s: &str) -> Cow<'_, str> {
    let s = s.trim_end();
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`clean`], then cut to about `max` characters with an ellipsis, for quoting
/// a value from a file inside a message.
pub fn clip(s: &str, max: usize) -> String {
    let c = clean(s);
    if c.chars().count() <= max {
        return c.into_owned();
    }
    let mut out: String = c.chars().take(max).collect();
    out.push('…');
    out
}

/// The first `max` items quoted in backticks (each clipped to 80 characters),
/// then "and N more": for messages that could otherwise list thousands.
pub fn quoted_list<S: AsRef<str>>(items: &[S], max: usize) -> String {
    let mut out: Vec<String> = (items.iter().take(max))
        .map(|s| format!("`{}`", clip(s.as_ref(), 80)))
        .collect();
    if items.len() > max {
        out.push(format!("and {} more", items.len() - max));
    }
    out.join(", ")
}

/// `text` wrapped at spaces only, to `width` columns: the first line starts
/// with `first`, the others with `rest` (a hanging indent). A word longer
/// than a line, such as a URL, stays whole on a line of its own; ids like
/// `api-design` are never split at their dashes, and a command to copy
/// (`careerctl ...`, up to a `;`, `,`, `)` or backtick) is never split.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(width.max(first.len().max(rest.len()) + 8))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    if !text.contains("careerctl ") {
        return textwrap::fill(text, options);
    }
    // Inside a command the spaces are no-break spaces while it is wrapped
    // (textwrap breaks at ASCII spaces only).
    let mut held = String::with_capacity(text.len());
    let mut rest_of = text;
    while let Some(at) = rest_of.find("careerctl ") {
        held.push_str(&rest_of[..at]);
        let command = &rest_of[at..];
        let end = command.find([';', ',', ')', '`']).unwrap_or(command.len());
        let words = command[..end].trim_end();
        held.push_str(&words.replace(' ', "\u{a0}"));
        rest_of = &command[words.len()..];
    }
    held.push_str(rest_of);
    textwrap::fill(&held, options).replace('\u{a0}', " ")
}

/// [`wrap`] when there is a width; else `text` after `first`, one line as it is.
pub fn wrap_to(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    match width {
        Some(w) => wrap(text, w, first, rest),
        None => format!("{first}{text}"),
    }
}

/// Every line of `text` that is wider than `width` wrapped at spaces, its
/// continuation lines indented two more than the line itself.
pub fn fit_lines(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if textwrap::core::display_width(line) <= width {
            out.push_str(line);
        } else {
            let body = line.trim_start();
            let indent = &line[..line.len() - body.len()];
            out.push_str(&wrap(body, width, indent, &format!("{indent}  ")));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_to_copy_is_never_split() {
        let text = "interrupted; kept 6 answers as a draft; resume with: careerctl assess backend-developer --resume";
        let wrapped = wrap(text, 40, "", "  ");
        assert!(
            wrapped
                .lines()
                .any(|l| l.trim() == "careerctl assess backend-developer --resume"),
            "{wrapped}"
        );
        let text =
            "saved (2026-12-04); compare later with: careerctl diff backend-developer, or not";
        let wrapped = wrap(text, 30, "", "  ");
        assert!(
            wrapped.contains("careerctl diff backend-developer,"),
            "{wrapped}"
        );
        assert!(!wrapped.contains('\u{a0}'));
    }

    #[test]
    fn wraps_at_spaces_with_a_hanging_indent() {
        let text = "problem-solving, communication, stakeholder-collaboration, api-design";
        let wrapped = wrap(text, 30, "missing: ", "  ");
        assert_eq!(
            wrapped,
            "missing: problem-solving,\n  communication,\n  stakeholder-collaboration,\n  api-design"
        );
        let url = "https://example.com/a/very/long/path/that/does/not/fit";
        assert_eq!(
            wrap(&format!("see {url}"), 20, "", ""),
            format!("see\n{url}")
        );
    }

    #[test]
    fn fits_only_the_long_lines() {
        let text = "short\n  a long line of words that will not fit\n";
        assert_eq!(
            fit_lines(text, Some(20)),
            "short\n  a long line of\n    words that will\n    not fit\n"
        );
        assert_eq!(fit_lines(text, None), text);
    }

    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(clean("plain text"), "plain text");
        assert_eq!(clean("a\x1b]52;c;aGk=\x07b"), "a\\u{1b}]52;c;aGk=\\u{7}b");
        assert_eq!(clean("x\u{9b}2J\u{7f}"), "x\\u{9b}2J\\u{7f}");
        assert_eq!(clean("a\u{202e}b\u{2066}"), "a\\u{202e}b\\u{2066}");
        assert_eq!(clean("a\rb\x08\n"), "a\\rb\\u{8}");
        assert_eq!(clean("line\n"), "line");
    }

    #[test]
    fn lists_a_few_and_counts_the_rest() {
        assert_eq!(quoted_list(&["a", "b"], 5), "`a`, `b`");
        assert_eq!(quoted_list(&["a", "b", "c"], 2), "`a`, `b`, and 1 more");
    }

    #[test]
    fn clips_long_values() {
        let long = "x".repeat(500);
        assert_eq!(clip(&long, 80).chars().count(), 81);
        assert_eq!(clip("short", 80), "short");
    }
}
