//! Tables and markdown for `match`, `history`, `diff` and `team`.

use std::fmt::Write;

use super::text::clean;
use super::{md, table};
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

pub fn match_table(m: &MatchReport) -> String {
    let mut out = String::new();
    if let Some(last) = &m.relative_to {
        let _ = writeln!(
            out,
            "Relations are to {}, the guide assessed last.",
            clean(last)
        );
    }
    let mut t = table(&[
        "#",
        "Role",
        "Level",
        "Readiness",
        "Unrated",
        "Top gaps",
        "Relation",
    ]);
    for x in &m.matches {
        t.add_row(vec![
            x.rank.to_string(),
            format!("{} ({})", clean(&x.title), clean(&x.id)),
            clean(&x.level).into_owned(),
            format!("{:.1}%", x.readiness),
            x.unrated.to_string(),
            clean(&x.top_gaps.join(", ")).into_owned(),
            relation(x.relation).to_string(),
        ]);
    }
    for i in [0, 3, 4] {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    let _ = writeln!(out, "{t}");
    out.push_str(&unrated_hint(m));
    out
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

pub fn history_table(entries: &[Entry]) -> String {
    if entries.is_empty() {
        return "No saved assessments yet.\n".into();
    }
    let mut t = table(&["#", "Date", "Guide", "Level", "Readiness", "File"]);
    for e in entries {
        t.add_row(vec![
            e.number.to_string(),
            clean(&e.date).into_owned(),
            clean(&e.guide).into_owned(),
            clean(&e.level).into_owned(),
            format!("{:.1}%", e.readiness),
            clean(&e.file).into_owned(),
        ]);
    }
    format!("{t}\n")
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
        esc(&d.from),
        esc(&d.to)
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
    let rating = |r: Option<u8>| r.map_or("-".to_string(), |n| n.to_string());
    section(
        &mut out,
        "Ratings changed",
        d.changed
            .iter()
            .map(|c| format!("{}: {} → {}", esc(&c.id), rating(c.from), rating(c.to)))
            .collect(),
    );
    section(
        &mut out,
        "Gaps closed",
        d.closed.iter().map(|s| esc(s)).collect(),
    );
    section(
        &mut out,
        "Gaps opened",
        d.opened.iter().map(|s| esc(s)).collect(),
    );
    section(
        &mut out,
        "Plan steps that dropped out",
        d.steps_done.iter().map(|s| esc(s)).collect(),
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

pub fn team_text(t: &Team, min_group: usize, markdown: bool) -> String {
    let esc = |s: &str| super::escaped(s, markdown);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{} at {}: {}\n",
        if markdown { "# " } else { "" },
        esc(&t.guide),
        esc(&t.level),
        people(t.people)
    );
    let rows: Vec<Vec<String>> = t
        .skills
        .iter()
        .map(|s| {
            vec![
                esc(&s.name),
                s.required.to_string(),
                format!("{:.1}", s.median),
                format!("{}–{}", s.min, s.max),
                format!("{}/{}", s.below, t.people),
            ]
        })
        .collect();
    let header = ["Skill", "Required", "Median", "Range", "Below required"];
    out.push_str(&grid(&header, &rows, markdown));
    let _ = writeln!(
        out,
        "\n{}Team gaps (summed priority)",
        if markdown { "## " } else { "" }
    );
    let gap_rows: Vec<Vec<String>> = t
        .gaps
        .iter()
        .map(|g| vec![g.rank.to_string(), esc(&g.id), format!("{:.1}", g.priority)])
        .collect();
    out.push_str(&grid(&["#", "Skill", "Priority"], &gap_rows, markdown));
    match &t.grid {
        Some(g) => {
            let _ = writeln!(
                out,
                "\n{}Skills × people",
                if markdown { "## " } else { "" }
            );
            let mut header = vec!["Skill".to_string()];
            header.extend(g.people.iter().map(|p| esc(p)));
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let rows: Vec<Vec<String>> = g
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![esc(&r.id)];
                    row.extend(r.ratings.iter().map(u8::to_string));
                    row
                })
                .collect();
            out.push_str(&grid(&header, &rows, markdown));
        }
        None => {
            let _ = writeln!(
                out,
                "\nPer-person view hidden: {}, fewer than --min-group {min_group}.",
                people(t.people)
            );
        }
    }
    out
}

/// A comfy-table, or a markdown table.
fn grid(header: &[&str], rows: &[Vec<String>], markdown: bool) -> String {
    if markdown {
        let mut out = format!(
            "\n| {} |\n|{}\n",
            header.join(" | "),
            "---|".repeat(header.len())
        );
        for r in rows {
            let _ = writeln!(out, "| {} |", r.join(" | "));
        }
        out
    } else {
        let mut t = table(header);
        for r in rows {
            t.add_row(r.clone());
        }
        format!("{t}\n")
    }
}
