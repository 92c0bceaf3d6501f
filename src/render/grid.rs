//! Tables that fit the terminal without splitting a word.
//!
//! comfy-table draws the boxes; this decides what goes in them. Given a
//! width, columns marked droppable go first (in their drop order), then the
//! columns marked to wrap are narrowed and their text wrapped at spaces
//! only. A word wider than its column is never cut: the column keeps it
//! whole, and the line may then be wider than asked (the caller's text
//! decides how long a word can be). Without a width (piped output) every
//! column keeps its natural width.

use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table, presets};
use textwrap::core::display_width;

/// One column: its header and how it behaves when space is short.
#[derive(Debug, Clone)]
pub struct Column {
    header: String,
    right: bool,
    wrap: bool,
    /// Lower drops first; `None` never drops.
    drop: Option<u8>,
}

impl Column {
    pub fn left(header: &str) -> Column {
        Column {
            header: header.to_string(),
            right: false,
            wrap: false,
            drop: None,
        }
    }
    pub fn right(header: &str) -> Column {
        Column {
            right: true,
            ..Column::left(header)
        }
    }
    /// Text in this column may wrap at spaces to make the table fit.
    pub fn wrap(mut self) -> Column {
        self.wrap = true;
        self
    }
    /// The column may be left out to make the table fit; `order` 0 goes first.
    pub fn drop(mut self, order: u8) -> Column {
        self.drop = Some(order);
        self
    }
}

/// A cell's text and its style (used only when colour is on).
#[derive(Debug, Clone, Default)]
pub struct Text {
    text: String,
    color: Option<Color>,
    bold: bool,
}

impl Text {
    pub fn red(mut self) -> Text {
        self.color = Some(Color::Red);
        self
    }
    pub fn bold(mut self) -> Text {
        self.bold = true;
        self
    }
}

impl<T: std::fmt::Display> From<T> for Text {
    fn from(t: T) -> Text {
        Text {
            text: t.to_string(),
            ..Text::default()
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Grid {
    columns: Vec<Column>,
    rows: Vec<Vec<Text>>,
}

struct Layout {
    keep: Vec<bool>,
    natural: Vec<usize>,
    widths: Vec<usize>,
    total: usize,
}

/// Outer border plus, per column, a border and one space each side.
const EDGE: usize = 1;
const PER_COLUMN: usize = 3;

impl Grid {
    pub fn new(columns: Vec<Column>) -> Grid {
        Grid {
            columns,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<Text>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(cells);
    }

    /// Which columns are kept and how wide each is, to fit `width`.
    fn layout(&self, width: Option<usize>) -> Layout {
        let n = self.columns.len();
        let mut keep: Vec<bool> = vec![true; n];
        let natural: Vec<usize> = (0..n)
            .map(|c| {
                let cells = self.rows.iter().map(|r| widest_line(&r[c].text));
                cells
                    .max()
                    .unwrap_or(0)
                    .max(display_width(&self.columns[c].header))
            })
            .collect();
        let mut widths = natural.clone();
        let total = |keep: &[bool], widths: &[usize]| -> usize {
            EDGE + (0..n)
                .filter(|&c| keep[c])
                .map(|c| widths[c] + PER_COLUMN)
                .sum::<usize>()
        };
        let Some(max) = width else {
            let total = total(&keep, &widths);
            return Layout {
                keep,
                natural,
                widths,
                total,
            };
        };
        let mut droppable: Vec<(u8, usize)> = (self.columns.iter().enumerate())
            .filter_map(|(c, col)| col.drop.map(|o| (o, c)))
            .collect();
        droppable.sort();
        for (_, c) in droppable {
            if total(&keep, &widths) <= max {
                break;
            }
            keep[c] = false;
        }
        // Narrow the widest wrapping column, one column at a time, down to
        // its longest word.
        let floor: Vec<usize> = (0..n)
            .map(|c| {
                let words = self.rows.iter().flat_map(|r| r[c].text.split_whitespace());
                let header = self.columns[c].header.split_whitespace();
                words.chain(header).map(display_width).max().unwrap_or(0)
            })
            .collect();
        while total(&keep, &widths) > max {
            let Some(c) = (0..n)
                .filter(|&c| keep[c] && self.columns[c].wrap && widths[c] > floor[c])
                .max_by_key(|&c| widths[c])
            else {
                break;
            };
            widths[c] -= 1;
        }
        let total = total(&keep, &widths);
        Layout {
            keep,
            natural,
            widths,
            total,
        }
    }

    /// Whether the table fits `width` (dropping and wrapping as needed).
    pub fn fits(&self, width: Option<usize>) -> bool {
        width.is_none_or(|w| self.layout(width).total <= w)
    }

    /// Whether the column `header` survives fitting to `width`.
    pub fn shows(&self, header: &str, width: Option<usize>) -> bool {
        let layout = self.layout(width);
        (self.columns.iter().zip(&layout.keep)).any(|(c, &k)| k && c.header == header)
    }

    /// The table, fitted to `width` when given; coloured when `color`. When
    /// no table fits, each row is folded into lines instead.
    pub fn render(&self, width: Option<usize>, color: bool) -> String {
        let Layout {
            keep,
            natural,
            widths,
            total,
        } = self.layout(width);
        if let Some(w) = width
            && total > w
        {
            return self.folded(w);
        }
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners())
            .set_content_arrangement(ContentArrangement::Disabled);
        if color {
            t.enforce_styling();
        }
        let shown: Vec<usize> = (0..self.columns.len()).filter(|&c| keep[c]).collect();
        t.set_header(shown.iter().map(|&c| {
            let cell = Cell::new(&self.columns[c].header);
            if color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        for row in &self.rows {
            t.add_row(shown.iter().map(|&c| {
                let text = &row[c];
                let content = if widths[c] < natural[c] {
                    wrap_lines(&text.text, widths[c])
                } else {
                    text.text.clone()
                };
                let mut cell = Cell::new(content);
                if color {
                    if let Some(fg) = text.color {
                        cell = cell.fg(fg);
                    }
                    if text.bold {
                        cell = cell.add_attribute(Attribute::Bold);
                    }
                }
                cell
            }));
        }
        for (i, &c) in shown.iter().enumerate() {
            if self.columns[c].right
                && let Some(col) = t.column_mut(i)
            {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        t.to_string()
    }
}

impl Grid {
    /// Each row as its first cell on a line, then `Header value` for the
    /// other cells (but those that may be dropped), joined with ` · ` and
    /// wrapped at spaces to `width`.
    fn folded(&self, width: usize) -> String {
        let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut out = Vec::new();
        for row in &self.rows {
            let first = one_line(&row[0].text);
            out.push(super::text::wrap(&first, width, "", "  "));
            let rest: Vec<String> = (self.columns.iter().zip(row).skip(1))
                .filter(|(col, cell)| col.drop.is_none() && !cell.text.trim().is_empty())
                // A no-break space keeps each header with its value.
                .map(|(col, cell)| format!("{}\u{a0}{}", col.header, one_line(&cell.text)))
                .collect();
            if !rest.is_empty() {
                out.push(super::text::wrap(&rest.join(" · "), width, "  ", "    "));
            }
        }
        out.join("\n")
    }
}

fn widest_line(s: &str) -> usize {
    s.lines().map(display_width).max().unwrap_or(0)
}

/// Each line of `s` wrapped at spaces to `width`, words kept whole.
fn wrap_lines(s: &str, width: usize) -> String {
    let options = textwrap::Options::new(width.max(1))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    s.lines()
        .map(|line| textwrap::fill(line, &options))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Grid {
        let mut g = Grid::new(vec![
            Column::right("#"),
            Column::left("Skill").wrap(),
            Column::right("Priority"),
            Column::left("Bar").drop(0),
        ]);
        g.row(vec![
            1.into(),
            "Stakeholder Collaboration and Communication".into(),
            "18.0".into(),
            "█░░··".into(),
        ]);
        g.row(vec![
            2.into(),
            "Observability".into(),
            "8.0".into(),
            "░░···".into(),
        ]);
        g
    }

    fn widths(s: &str) -> Vec<usize> {
        s.lines().map(display_width).collect()
    }

    #[test]
    fn natural_width_without_a_terminal() {
        let t = sample().render(None, false);
        assert!(t.contains("Stakeholder Collaboration and Communication"));
        assert!(t.contains("Bar"));
    }

    #[test]
    fn drops_then_wraps_at_spaces_to_fit() {
        for max in [32, 40, 60] {
            let t = sample().render(Some(max), false);
            assert!(widths(&t).iter().all(|&w| w <= max), "{max}:\n{t}");
            for word in [
                "Stakeholder",
                "Collaboration",
                "Communication",
                "Observability",
            ] {
                assert!(t.contains(word), "{word} split at {max}:\n{t}");
            }
        }
        // At 40 the bar column goes first.
        assert!(!sample().render(Some(40), false).contains("Bar"));
        assert!(sample().render(Some(80), false).contains("Bar"));
    }

    #[test]
    fn rows_fold_when_no_table_fits() {
        let t = sample().render(Some(24), false).replace('\u{a0}', "_");
        assert_eq!(
            t,
            "1\n  Skill_Stakeholder\n    Collaboration and\n    Communication ·\n    Priority_18.0\n\
             2\n  Skill_Observability ·\n    Priority_8.0"
        );
    }
}
