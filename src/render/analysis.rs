//! Tables and markdown for `match`, `history`, `diff` and `team`.

use std::fmt::Write;

use super::grid::{Column, Grid};
use super::md;
use super::page::Page;
use super::text::clean;
use crate::analysis::diff::Diff;
use crate::analysis::matching::{MatchReport, Relation};
use crate::analysis::team::Team;
use crate::store::HistoryEntry as Entry;

fn relation(r: Option<Relation>) -> &'static str {
    match r {
        Some(Relation::Progression) => "progression",
        Some(Relation::Transition) => "transition",
        None => "",
    }
}

/// How to rate the unrated skills of the leading roles.
fn unrated_hint(m: &MatchReport) -> String {
    let mut out = String::new();
    for x in m.matches.iter().take(3).filter(|x| x.unrated > 0) {
        let _ = writeln!(
            out,
            "{}: {} skill{} unrated (counted as 0); rate {} with: careerctl assess {} --only-missing",
            clean(&x.id),
            x.unrated,
            if x.unrated == 1 { "" } else { "s" },
            if x.unrated == 1 { "it" } else { "them" },
            clean(&x.id)
        );
    }
    out
}

pub fn match_table(m: &MatchReport, width: Option<usize>) -> String {
    let mut p = Page::new(width, false);
    if let Some(last) = &m.relative_to {
        p.para(
            &format!("Relations are to {}, the guide assessed last.", clean(last)),
            "",
            "",
        );
    }
    let mut t = Grid::new(vec![
        Column::right("#"),
        Column::left("Role").wrap(),
        Column::left("Level").drop(1),
        Column::right("Ready"),
        Column::right("Unrated").drop(0),
        Column::left("Top gaps").wrap(),
        Column::left("Relation").drop(2),
    ]);
    for x in &m.matches {
        t.row(vec![
            x.rank.into(),
            format!("{} ({})", clean(&x.title), clean(&x.id)).into(),
            clean(&x.level).into(),
            format!("{:.1}%", x.readiness).into(),
            x.unrated.into(),
            clean(&x.top_gaps.join(", ")).into(),
            relation(x.relation).into(),
        ]);
    }
    // The table when it shows every column (level, unrated and relation
    // are what set roles apart), else one entry per role, folded into lines.
    let whole = ["Level", "Unrated", "Relation"]
        .iter()
        .all(|c| t.shows(c, width));
    if t.fits(width) && whole {
        p.grid(&t);
    } else {
        for x in &m.matches {
            let rank = format!("{:>3}. ", x.rank);
            p.para(
                &format!(
                    "{} ({}) {:.1}% at {}",
                    clean(&x.title),
                    clean(&x.id),
                    x.readiness,
                    clean(&x.level)
                ),
                &rank,
                "     ",
            );
            let mut facts = Vec::new();
            if !x.top_gaps.is_empty() {
                facts.push(format!("top gaps: {}", clean(&x.top_gaps.join(", "))));
            }
            if x.unrated > 0 {
                facts.push(format!("{} unrated", x.unrated));
            }
            if x.relation.is_some() {
                facts.push(relation(x.relation).to_string());
            }
            if !facts.is_empty() {
                p.para(&facts.join("; "), "     ", "       ");
            }
        }
    }
    p.para(
        "Ready: readiness at the level, the share of its importance-weighted \
         requirements your ratings meet; unrated skills count as 0.",
        "",
        "",
    );
    for line in unrated_hint(m).lines() {
        p.para(line, "", "  ");
    }
    p.finish()
}

pub fn match_markdown(m: &MatchReport) -> String {
    let mut out = String::from("# Closest roles\n\n");
    if let Some(last) = &m.relative_to {
        let _ = writeln!(
            out,
            "Relations are to {}, the guide assessed last.\n",
            md(last)
        );
    }
    out.push_str("| # | Role | Level | Readiness | Unrated | Top gaps | Relation |\n|---:|---|---|---:|---:|---|---|\n");
    for x in &m.matches {
        let _ = writeln!(
            out,
            "| {} | {} ({}) | {} | {:.1}% | {} | {} | {} |",
            x.rank,
            md(&x.title),
            md(&x.id),
            md(&x.level),
            x.readiness,
            x.unrated,
            md(&x.top_gaps.join(", ")),
            relation(x.relation)
        );
    }
    let hint = unrated_hint(m);
    if !hint.is_empty() {
        let _ = write!(out, "\n{}", md(&hint).replace('\n', "  \n"));
    }
    out
}

/// How many of a guide's latest assessments its sparkline shows.
const SPARK_POINTS: usize = 24;

/// Values as a line of block characters from ▁ (the lowest of them) to █
/// (the highest), so a trend shows even when it is a few percent; all ▄
/// when they are equal. The figures beside it give the scale.
pub fn sparkline(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (values.iter())
        .map(|v| {
            if hi - lo < 0.05 {
                BARS[3]
            } else {
                BARS[((v - lo) / (hi - lo) * 7.0).round() as usize]
            }
        })
        .collect()
}

pub fn history_table(entries: &[Entry], width: Option<usize>) -> String {
    if entries.is_empty() {
        return "No saved assessments yet.\n".into();
    }
    let mut t = Grid::new(vec![
        Column::right("#"),
        Column::left("Date"),
        Column::left("Guide").wrap(),
        Column::left("Level"),
        Column::right("Ready"),
        Column::left("File").drop(0),
    ]);
    let path = |f: &str| std::path::Path::new(f).to_path_buf();
    for e in entries {
        let file = path(&e.file);
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        t.row(vec![
            e.number.into(),
            clean(&e.date).into(),
            clean(&e.guide).into(),
            clean(&e.level).into(),
            format!("{:.1}%", e.readiness).into(),
            clean(&name.unwrap_or_default()).into(),
        ]);
    }
    let mut p = Page::new(width, false);
    p.grid(&t);
    // Per guide and level, its readiness as a sparkline, oldest first:
    // readiness at two levels measures against different requirements, so
    // one line mixing them would show a fall that is no fall.
    let mut guides: Vec<(String, Vec<f64>)> = Vec::new();
    let mut levels: std::collections::HashMap<&str, std::collections::HashSet<&str>> =
        std::collections::HashMap::new();
    for e in entries {
        levels.entry(&e.guide).or_default().insert(&e.level);
    }
    for e in entries.iter().rev() {
        let key = if levels[e.guide.as_str()].len() > 1 {
            format!("{} ({})", e.guide, e.level)
        } else {
            e.guide.clone()
        };
        match guides.iter_mut().find(|(g, _)| *g == key) {
            Some((_, v)) => v.push(e.readiness),
            None => guides.push((key, vec![e.readiness])),
        }
    }
    let pad = (guides.iter())
        .map(|(g, _)| textwrap::core::display_width(&clean(g)))
        .max()
        .unwrap_or(0);
    p.line("Readiness over time, oldest first:");
    for (guide, values) in &guides {
        let name = clean(guide);
        let fill = " ".repeat(pad - textwrap::core::display_width(&name));
        let shown = &values[values.len().saturating_sub(SPARK_POINTS)..];
        p.line(&format!(
            "  {name}{fill}  {}  {:.1}% → {:.1}%",
            sparkline(shown),
            shown[0],
            shown[shown.len() - 1]
        ));
    }
    // The directory once, on a line of its own, so it can be copied whole.
    if let Some(dir) = path(&entries[0].file).parent() {
        p.line("Files in:");
        p.line(&format!("  {}", clean(&dir.display().to_string())));
    }
    p.finish()
}

pub fn history_markdown(entries: &[Entry]) -> String {
    let mut out =
        String::from("| # | Date | Guide | Level | Readiness |\n|---:|---|---|---|---:|\n");
    for e in entries {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {:.1}% |",
            e.number,
            md(&e.date),
            md(&e.guide),
            md(&e.level),
            e.readiness
        );
    }
    out
}

/// The diff as plain text for a terminal, or as markdown.
pub fn diff_text(d: &Diff, markdown: bool) -> String {
    let esc = |s: &str| super::escaped(s, markdown);
    let mut out = String::new();
    let head = if markdown { "# " } else { "" };
    let _ = writeln!(
        out,
        "{head}{}: {} → {}\n",
        esc(&d.guide),
        esc(&crate::clock::local_minute(&d.from)),
        esc(&crate::clock::local_minute(&d.to))
    );
    let level = if d.from_level == d.to_level {
        esc(&d.to_level)
    } else {
        format!("{} → {}", esc(&d.from_level), esc(&d.to_level))
    };
    let _ = writeln!(
        out,
        "Readiness ({level}): {:.1}% → {:.1}% ({:+.1})",
        d.readiness_from, d.readiness_to, d.readiness_delta
    );
    if d.from_level != d.to_level {
        let _ = writeln!(
            out,
            "\nThe levels differ ({} then {}): readiness, gaps and plan compare different requirements, not your progress; the rating changes are yours.",
            esc(&d.from_level),
            esc(&d.to_level)
        );
    }
    let section = |out: &mut String, title: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{}{title}", if markdown { "## " } else { "" });
        if markdown {
            out.push('\n');
        }
        for i in items {
            let _ = writeln!(out, "{}{i}", if markdown { "- " } else { "  " });
        }
    };
    if d.is_empty() {
        let _ = writeln!(out, "\nNo changes.");
        return out;
    }
    let rating = |r: Option<u8>| r.map_or("–".to_string(), |n| n.to_string());
    let arrow = |c: &crate::analysis::diff::Change| match (c.from, c.to) {
        (Some(a), Some(b)) if b > a => "↑",
        (Some(_), Some(_)) => "↓",
        _ => "·",
    };
    let named = |ids: &[String]| -> Vec<String> { ids.iter().map(|id| esc(d.name(id))).collect() };
    section(
        &mut out,
        "Ratings changed",
        d.changed
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} → {}",
                    arrow(c),
                    esc(d.name(&c.id)),
                    rating(c.from),
                    rating(c.to)
                )
            })
            .collect(),
    );
    section(&mut out, "Gaps closed", named(&d.closed));
    section(&mut out, "Gaps opened", named(&d.opened));
    section(&mut out, "Gaps that widened", named(&d.widened));
    section(
        &mut out,
        "Plan steps that dropped out",
        d.steps_done.iter().map(|s| esc(d.step_text(s))).collect(),
    );
    section(
        &mut out,
        "Added to the guide since the older assessment",
        named(&d.added),
    );
    section(
        &mut out,
        "No longer in the guide (not counted as closed)",
        named(&d.removed),
    );
    out
}

fn people(n: usize) -> String {
    if n == 1 {
        "1 person".into()
    } else {
        format!("{n} people")
    }
}

pub fn team_text(t: &Team, min_group: usize, markdown: bool, width: Option<usize>) -> String {
    let esc = |s: &str| super::escaped(s, markdown);
    let mut out = String::new();
    let title = format!(
        "{}{} at {}: {}\n",
        if markdown { "# " } else { "" },
        esc(&t.guide),
        esc(&t.level),
        people(t.people)
    );
    out.push_str(&super::text::fit_lines(&title, width));
    if !markdown {
        out.push('\n');
    }
    let rows: Vec<Vec<String>> = t
        .skills
        .iter()
        .map(|s| {
            if s.assessed == 0 {
                return vec![
                    esc(&s.name),
                    s.required.to_string(),
                    "–".into(),
                    "–".into(),
                    "–".into(),
                ];
            }
            vec![
                esc(&s.name),
                s.required.to_string(),
                format!("{:.1}", s.median),
                format!("{}–{}", s.min, s.max),
                format!("{}/{}", s.below, s.assessed),
            ]
        })
        .collect();
    let header = ["Skill", "Required", "Median", "Range", "Below"];
    out.push_str(&grid(&header, &rows, markdown, width));
    let note = |out: &mut String, text: String| {
        let text = if markdown {
            format!("\n{text}\n")
        } else {
            format!("{text}\n")
        };
        out.push_str(&super::text::fit_lines(&text, width));
    };
    note(
        &mut out,
        "Below: how many of the people assessed on the skill are below its requirement.".into(),
    );
    if !t.added.is_empty() {
        note(
            &mut out,
            format!(
                "Added to the guide after some of these reports (left out of those people's figures): {}.",
                t.added
                    .iter()
                    .map(|a| esc(a))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    if !t.removed.is_empty() {
        note(
            &mut out,
            format!(
                "Rated in the reports but no longer in the guide: {}.",
                t.removed
                    .iter()
                    .map(|a| esc(a))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let _ = writeln!(
        out,
        "\n{}Team gaps (summed priority)",
        if markdown { "## " } else { "" }
    );
    let gap_rows: Vec<Vec<String>> = t
        .gaps
        .iter()
        .map(|g| {
            vec![
                g.rank.to_string(),
                esc(&g.name),
                format!("{:.1}", g.priority),
            ]
        })
        .collect();
    out.push_str(&grid(
        &["#", "Skill", "Priority"],
        &gap_rows,
        markdown,
        width,
    ));
    match &t.grid {
        Some(g) => {
            let _ = writeln!(
                out,
                "\n{}Skills × people",
                if markdown { "## " } else { "" }
            );
            let rows: Vec<Vec<String>> = g
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![esc(&r.name)];
                    row.extend(r.ratings.iter().enumerate().map(|(i, n)| {
                        if r.missing.contains(&i) {
                            "–".to_string()
                        } else {
                            n.to_string()
                        }
                    }));
                    row
                })
                .collect();
            let header = |numbered: bool| -> Vec<String> {
                let mut header = vec!["Skill".to_string()];
                header.extend((g.people.iter().enumerate()).map(|(i, p)| {
                    if numbered {
                        (i + 1).to_string()
                    } else {
                        esc(p)
                    }
                }));
                header
            };
            let named = header(false);
            let named: Vec<&str> = named.iter().map(String::as_str).collect();
            // File names as headers when the table fits with them, else
            // numbers, and a key with each file on a line of its own.
            if markdown || skill_grid(&named, &rows).fits(width) {
                out.push_str(&grid(&named, &rows, markdown, width));
            } else {
                let numbered = header(true);
                let numbered: Vec<&str> = numbered.iter().map(String::as_str).collect();
                out.push_str(&grid(&numbered, &rows, markdown, width));
                for (i, p) in g.people.iter().enumerate() {
                    let _ = writeln!(out, "  {}: {}", i + 1, esc(p));
                }
            }
        }
        None => {
            note(
                &mut out,
                format!(
                    "\nPer-person view hidden: {}, fewer than --min-group {min_group}.",
                    people(t.people)
                ),
            );
        }
    }
    out
}

/// A table fitted to `width`, or a markdown table.
fn grid(header: &[&str], rows: &[Vec<String>], markdown: bool, width: Option<usize>) -> String {
    if markdown {
        // The Skill column is text; the others are numbers, right-aligned.
        let align: String = (header.iter())
            .map(|h| if *h == "Skill" { "---|" } else { "---:|" })
            .collect();
        let mut out = format!("\n| {} |\n|{align}\n", header.join(" | "));
        for r in rows {
            let _ = writeln!(out, "| {} |", r.join(" | "));
        }
        out
    } else {
        format!("{}\n", skill_grid(header, rows).render(width, false))
    }
}

/// A table whose Skill column may wrap; the numbers do not.
fn skill_grid(header: &[&str], rows: &[Vec<String>]) -> Grid {
    let mut t = Grid::new(
        (header.iter())
            .map(|h| match *h {
                "Skill" => Column::left(h).wrap(),
                _ => Column::right(h),
            })
            .collect(),
    );
    for r in rows {
        t.row(r.iter().map(|c| c.as_str().into()).collect());
    }
    t
}

#[cfg(test)]
mod sparkline_tests {
    #[test]
    fn spans_the_values_range() {
        assert_eq!(super::sparkline(&[50.0, 60.0, 75.0, 100.0]), "▁▂▅█");
        assert_eq!(super::sparkline(&[82.8, 82.8]), "▄▄");
        assert_eq!(super::sparkline(&[90.0]), "▄");
    }
}
