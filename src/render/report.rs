//! The assessment report for a terminal (tables) and for documents (markdown).

use std::fmt::Write;

use comfy_table::{Cell, CellAlignment, Color};

use super::guide::salary_range;
use super::text::clean;
use super::{md, table};
use crate::guide::model::Covers;
use crate::report::{PlanKind, Report};

/// Five cells: rating filled, the shortfall to the requirement hollow, the rest dotted.
pub fn bar(rating: u8, required: u8) -> String {
    (1..=5)
        .map(|i| {
            if i <= rating {
                '█'
            } else if i <= required {
                '░'
            } else {
                '·'
            }
        })
        .collect()
}

fn pct(x: f64) -> String {
    format!("{x:.1}%")
}

fn header(r: &Report) -> String {
    format!(
        "{} ({}) · level {} · readiness {}",
        clean(&r.guide.title),
        clean(&r.guide.id),
        clean(&r.level),
        pct(r.readiness)
    )
}

fn unrated_note(r: &Report) -> Option<String> {
    (!r.unrated.is_empty()).then(|| {
        format!(
            "{} unrated, scored as {}: {}",
            r.unrated.len(),
            r.assumed_unrated,
            clean(&r.unrated.join(", "))
        )
    })
}

/// `median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)`.
/// Who says the flagged skills are often missing: `per TITLE`.
fn often_missing_source(r: &Report) -> String {
    (r.guide.sources.iter())
        .find(|s| s.covers.contains(&Covers::OftenMissing))
        .map_or("no source named".into(), |s| format!("per {}", s.title))
}

fn salary_line(r: &Report) -> Option<String> {
    let s = r.salary.as_ref()?;
    Some(super::guide::salary_line(
        s.statistic.as_deref(),
        &r.level,
        &salary_range(&s.currency, s.min, s.max),
        s.source.as_deref(),
    ))
}

pub fn table_text(r: &Report, top: Option<usize>, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", header(r));
    if let Some(n) = unrated_note(r) {
        let _ = writeln!(out, "{n}");
    }

    let shown = top.unwrap_or(usize::MAX).min(r.gaps.len());
    if r.gaps.is_empty() {
        let _ = writeln!(out, "\nNo gaps at this level.");
    } else {
        let _ = writeln!(out, "\nGaps ({} of {})", shown, r.gaps.len());
        let mut t = table(&[
            "#",
            "Skill",
            "Rating",
            "Required",
            "Gap",
            "Importance",
            "Priority",
            "Rating vs required",
        ]);
        if color {
            t.enforce_styling();
        }
        for g in &r.gaps[..shown] {
            let mut name = clean(&g.name).into_owned();
            if g.often_missing {
                name.push_str(" ⚑");
            }
            let bar_cell = Cell::new(bar(g.rating, g.required));
            t.add_row(vec![
                Cell::new(g.rank),
                Cell::new(name),
                Cell::new(g.rating),
                Cell::new(g.required),
                Cell::new(g.gap),
                Cell::new(g.importance),
                Cell::new(format!("{:.1}", g.priority)),
                if color {
                    bar_cell.fg(Color::Yellow)
                } else {
                    bar_cell
                },
            ]);
        }
        for i in [0, 2, 3, 4, 5, 6] {
            if let Some(c) = t.column_mut(i) {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
        let _ = writeln!(out, "{t}");
        if r.gaps[..shown].iter().any(|g| g.often_missing) {
            let _ = writeln!(
                out,
                "⚑ often missing in this role ({}): its gap weighs 1.5×",
                clean(&often_missing_source(r))
            );
        }
    }

    if !r.strengths.is_empty() {
        let _ = writeln!(out, "\nStrengths");
        for s in &r.strengths {
            let _ = writeln!(
                out,
                "  {} {}  {} (needs {})",
                bar(s.rating, s.required),
                clean(&s.name),
                s.rating,
                s.required
            );
        }
    }

    if !r.plan.is_empty() {
        let _ = writeln!(out, "\nPlan");
        for p in &r.plan {
            let _ = writeln!(out, "  {}. {}", p.rank, clean(&p.text));
            let mut detail = if p.skills.is_empty() {
                "     develops no rated skill".to_string()
            } else {
                format!(
                    "     closes {:.1} of priority: {}",
                    p.score,
                    clean(&p.skills.join(", "))
                )
            };
            if let Some(res) = &p.resource {
                detail.push_str(&format!(
                    "\n     see {} <{}>",
                    clean(&res.title),
                    clean(&res.url)
                ));
            }
            if p.kind == PlanKind::Action {
                detail.push_str("  (no next step covers it)");
            }
            let _ = writeln!(out, "{detail}");
        }
    }
    if !r.development_suggestions.is_empty() {
        let _ = writeln!(out, "\nDevelopment suggestions");
        for d in &r.development_suggestions {
            let _ = writeln!(out, "  • {}", clean(d));
        }
    }

    let _ = writeln!(out, "\nReadiness by level");
    for (level, x) in &r.readiness_by_level {
        let mark = if *level == r.level { "  ◀" } else { "" };
        let _ = writeln!(out, "  {:<12} {:>6}{mark}", clean(level), pct(*x));
    }
    if let Some(s) = salary_line(r) {
        let _ = writeln!(out, "\n{s}");
    }
    out
}

pub fn markdown(r: &Report, top: Option<usize>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}: skill gaps at {}\n\nReadiness: **{}** · assessed {} with careerctl {}\n",
        md(&r.guide.title),
        md(&r.level),
        pct(r.readiness),
        md(&r.generated_at),
        md(&r.tool.version)
    );
    if let Some(n) = unrated_note(r) {
        let _ = writeln!(out, "> {}\n", md(&n));
    }
    let shown = top.unwrap_or(usize::MAX).min(r.gaps.len());
    let _ = writeln!(out, "## Gaps\n");
    if r.gaps.is_empty() {
        let _ = writeln!(out, "No gaps at this level.");
    } else {
        let _ = writeln!(
            out,
            "| # | Skill | Rating | Required | Gap | Importance | Often missing | Priority |\n|---:|---|---:|---:|---:|---:|---|---:|"
        );
        for g in &r.gaps[..shown] {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {:.1} |",
                g.rank,
                md(&g.name),
                g.rating,
                g.required,
                g.gap,
                g.importance,
                if g.often_missing { "yes" } else { "" },
                g.priority
            );
        }
        if r.gaps[..shown].iter().any(|g| g.often_missing) {
            let _ = writeln!(
                out,
                "\nOften missing in this role ({}): such a gap weighs 1.5×.",
                md(&often_missing_source(r))
            );
        }
    }
    if !r.strengths.is_empty() {
        let _ = writeln!(out, "\n## Strengths\n");
        for s in &r.strengths {
            let _ = writeln!(
                out,
                "- {}: {} (needs {})",
                md(&s.name),
                s.rating,
                s.required
            );
        }
    }
    if !r.plan.is_empty() {
        let _ = writeln!(out, "\n## Plan\n");
        for p in &r.plan {
            let mut line = if p.skills.is_empty() {
                format!("{}. {} (develops no rated skill)", p.rank, md(&p.text))
            } else {
                format!(
                    "{}. {} (closes {:.1}: {})",
                    p.rank,
                    md(&p.text),
                    p.score,
                    md(&p.skills.join(", "))
                )
            };
            if let Some(res) = &p.resource {
                line.push_str(&format!(" · see {} <{}>", md(&res.title), md(&res.url)));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !r.development_suggestions.is_empty() {
        let _ = writeln!(out, "\n## Development suggestions\n");
        for d in &r.development_suggestions {
            let _ = writeln!(out, "- {}", md(d));
        }
    }
    let _ = writeln!(
        out,
        "\n## Readiness by level\n\n| Level | Readiness |\n|---|---:|"
    );
    for (level, x) in &r.readiness_by_level {
        let _ = writeln!(out, "| {} | {} |", md(level), pct(*x));
    }
    if let Some(s) = salary_line(r) {
        let _ = writeln!(out, "\n{}", md(&s));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bar_shows_rating_against_required() {
        assert_eq!(super::bar(1, 3), "█░░··");
        assert_eq!(super::bar(0, 5), "░░░░░");
        assert_eq!(super::bar(4, 3), "████·");
    }
}
