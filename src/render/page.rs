//! Flowing text for a terminal: headings, paragraphs wrapped at spaces to
//! the width (when there is one), tables from [`super::grid`].

use std::fmt::Write;

use super::grid::Grid;

/// A document being written for a terminal `width` columns wide (`None`:
/// piped, lines keep their natural length).
pub struct Page {
    out: String,
    width: Option<usize>,
    color: bool,
}

impl Page {
    pub fn new(width: Option<usize>, color: bool) -> Page {
        Page {
            out: String::new(),
            width,
            color,
        }
    }

    /// A section heading after a blank line; bold when colour is on.
    pub fn heading(&mut self, text: &str) {
        self.blank();
        let line = self.bold(text);
        let _ = writeln!(self.out, "{line}");
    }

    /// The first line of a document; bold when colour is on.
    pub fn title(&mut self, text: &str) {
        let text = self.bold(text);
        self.para(&text, "", "");
    }

    fn bold(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// `text` wrapped at spaces, the first line after `first`, the rest
    /// after `rest`. A word longer than the line (a URL) stays whole.
    pub fn para(&mut self, text: &str, first: &str, rest: &str) {
        let text = super::text::wrap_to(text, self.width, first, rest);
        let _ = writeln!(self.out, "{text}");
    }

    /// A line as it is: for a URL, which must stay whole to stay clickable.
    pub fn line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    pub fn grid(&mut self, grid: &Grid) {
        let _ = writeln!(self.out, "{}", grid.render(self.width, self.color));
    }

    pub fn finish(self) -> String {
        self.out
    }
}
