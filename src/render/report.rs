//! The assessment report for a terminal (tables) and for documents (markdown).

use std::fmt::Write;

use super::grid::{Column, Grid, Text};
use super::guide::salary_range;
use super::page::Page;
use super::text::clean;
use super::{md, md_link};
use crate::guide::model::{Covers, Resource};
use crate::report::{Gap, PlanKind, Report, Strength};

/// Five cells: rating filled, the shortfall to the requirement shaded, the rest dotted.
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

/// Who says the flagged skills are often missing: `per TITLE`.
fn often_missing_source(r: &Report) -> String {
    (r.guide.sources.iter())
        .find(|s| s.covers.contains(&Covers::OftenMissing))
        .map_or("no source named".into(), |s| format!("per {}", s.title))
}

/// `median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)`.
pub(super) fn salary_line(r: &Report) -> Option<String> {
    let s = r.salary.as_ref()?;
    Some(super::guide::salary_line(
        s.statistic.as_deref(),
        &r.level,
        &salary_range(&s.currency, s.min, s.max),
        s.source.as_deref(),
    ))
}

/// "Gaps (3 of 9)", or "Gaps (9)".
fn gaps_heading(r: &Report) -> String {
    match r.gaps_total {
        Some(total) => format!("Gaps ({} of {total})", r.gaps.len()),
        None => format!("Gaps ({})", r.gaps.len()),
    }
}

/// "No gaps at mid", and where to look next: the next level, or other roles.
fn no_gaps(r: &Report) -> String {
    let mut levels = r.readiness_by_level.keys();
    let next = levels.by_ref().find(|l| **l == r.level).and(levels.next());
    let id = clean(&r.guide.id);
    let level = clean(&r.level);
    match next {
        Some(next) => format!(
            "No gaps at {level}: you meet every requirement. Next: careerctl assess {id} --level {}",
            clean(next)
        ),
        None => format!("No gaps at {level}, the guide's top level. Other roles: careerctl match"),
    }
}

/// What the gap table's figures and glyphs mean.
/// The legend under the gaps: `terminal` for the table's own words (the
/// `Imp` column when `imp`, the ⚑ mark, the bar when `bars`), else the
/// markdown table's (Importance, Often missing).
fn legend(r: &Report, terminal: bool, imp: bool, bars: bool) -> String {
    let mut legend = String::from(if terminal && imp {
        "Priority = gap × importance (Imp, 1–5)"
    } else {
        "Priority = gap × importance (1–5)"
    });
    if r.gaps.iter().any(|g| g.often_missing) {
        let _ = write!(
            legend,
            ", × 1.5 when {} in this role ({})",
            if terminal {
                "⚑ often missing"
            } else {
                "often missing"
            },
            clean(&often_missing_source(r))
        );
    }
    legend.push('.');
    if r.gaps.iter().any(|g| g.unrated) {
        let _ = write!(legend, " – unrated, scored as {}.", r.assumed_unrated);
    }
    if bars {
        legend.push_str(" Bar: █ rated, ░ short of what the level needs, · beyond it.");
    }
    legend
}

/// The rating as shown: `–` when none was given.
fn rated(g: &Gap) -> String {
    if g.unrated {
        "–".into()
    } else {
        g.rating.to_string()
    }
}

/// `API Design 1 → 3, Observability – → 3`.
fn plan_gaps(gaps: &[crate::report::PlanGap], r: &Report) -> String {
    let from = |p: &crate::report::PlanGap| {
        if r.unrated.contains(&p.id) {
            "–".to_string()
        } else {
            p.from.to_string()
        }
    };
    // No-break spaces keep "1 → 3" together when the line wraps.
    (gaps.iter())
        .map(|p| format!("{} {}\u{a0}→\u{a0}{}", clean(&p.name), from(p), p.to))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The strengths above the requirement, and the names of those that just meet it.
fn strengths(r: &Report) -> (Vec<&Strength>, Vec<&Strength>) {
    r.strengths.iter().partition(|s| s.surplus > 0)
}

/// The report for a terminal `width` columns wide (`None`: natural width).
pub fn table_text(r: &Report, width: Option<usize>, color: bool) -> String {
    let mut p = Page::new(width, color);
    p.title(&header(r));
    if let Some(n) = unrated_note(r) {
        p.para(&n, "", "  ");
    }

    if r.gaps.is_empty() {
        p.blank();
        p.para(&no_gaps(r), "", "");
    } else {
        p.heading(&gaps_heading(r));
        let mut t = Grid::new(vec![
            Column::right("#"),
            Column::left("Skill").wrap(),
            Column::right("Rated"),
            Column::right("Needs"),
            Column::right("Gap").drop(1),
            Column::right("Imp").drop(2),
            Column::right("Priority"),
            Column::left("Bar").drop(0),
        ]);
        for g in &r.gaps {
            let mut name = clean(&g.name).into_owned();
            if g.often_missing {
                name.push_str(" ⚑");
            }
            let priority = Text::from(format!("{:.1}", g.priority));
            // The three largest gaps stand out, as errors do in cargo.
            let (name, priority) = if g.rank <= 3 {
                (Text::from(name).red(), priority.red().bold())
            } else {
                (Text::from(name), priority)
            };
            t.row(vec![
                g.rank.into(),
                name,
                rated(g).into(),
                g.required.into(),
                g.gap.into(),
                g.importance.into(),
                priority,
                bar(g.rating, g.required).into(),
            ]);
        }
        p.grid(&t);
        p.para(
            &legend(r, true, t.shows("Imp", width), t.shows("Bar", width)),
            "",
            "",
        );
    }

    let (above, met) = strengths(r);
    if !above.is_empty() {
        p.heading(&format!("Strengths (above what {} needs)", clean(&r.level)));
        for s in &above {
            p.para(
                &format!("{} {} (needs {})", clean(&s.name), s.rating, s.required),
                "  ",
                "    ",
            );
        }
    }
    if !met.is_empty() {
        let names: Vec<_> = met.iter().map(|s| clean(&s.name)).collect();
        p.blank();
        p.para(
            &format!("Meets what {} needs: {}", clean(&r.level), names.join(", ")),
            "",
            "  ",
        );
    }

    if !r.plan.is_empty() {
        p.heading("Plan");
        // In a guide without next steps (a minimal guide) every item is an
        // action: saying so on each would be noise.
        let any_step = r.plan.iter().any(|i| i.kind == PlanKind::Step);
        for item in &r.plan {
            let rank = format!("{:>3}. ", item.rank);
            p.para(&clean(&item.text), &rank, "     ");
            if item.kind == PlanKind::Step && !item.gaps.is_empty() {
                p.para(&plan_gaps(&item.gaps, r), "     develops: ", "       ");
            }
            if item.skills.is_empty() {
                p.para("develops no rated skill", "     ", "     ");
            }
            if item.kind == PlanKind::Action && any_step {
                p.para("(no next step of the guide develops it)", "     ", "     ");
            }
        }
    }

    let by_gap: Vec<(&str, &[Resource])> = (r.gaps.iter())
        .map(|g| (g.name.as_str(), g.resources.as_slice()))
        .collect();
    super::resources_text(&mut p, &by_gap);

    if !r.development_suggestions.is_empty() {
        p.heading("Development suggestions");
        for d in &r.development_suggestions {
            p.para(&clean(d), "  • ", "    ");
        }
    }

    p.heading("Readiness by level");
    let pad = (r.readiness_by_level.keys())
        .map(|l| textwrap::core::display_width(&clean(l)))
        .max()
        .unwrap_or(0);
    for (level, x) in &r.readiness_by_level {
        let mark = if *level == r.level { "  ◀" } else { "" };
        let level = clean(level);
        let fill = " ".repeat(pad - textwrap::core::display_width(&level));
        p.line(&format!("  {level}{fill} {:>6}{mark}", pct(*x)));
    }
    if let Some(s) = salary_line(r) {
        p.blank();
        p.para(&s, "", "  ");
    }
    if let Some(credit) = &r.guide.credit {
        p.blank();
        p.para(&format!("Source: {}", clean(credit)), "", "  ");
    }
    p.finish()
}

pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}: skill gaps at {}\n\nReadiness: **{}** · assessed {} with careerctl {}\n",
        md(&r.guide.title),
        md(&r.level),
        pct(r.readiness),
        md(&crate::clock::local_minute(&r.generated_at)),
        md(&r.tool.version)
    );
    if let Some(n) = unrated_note(r) {
        let _ = writeln!(out, "> {}\n", md(&n));
    }
    if r.gaps.is_empty() {
        let _ = writeln!(out, "## Gaps\n\n{}", md(&no_gaps(r)));
    } else {
        let _ = writeln!(out, "## {}\n", gaps_heading(r));
        let _ = writeln!(
            out,
            "| # | Skill | Rating | Required | Gap | Importance | Often missing | Priority |\n|---:|---|---:|---:|---:|---:|---|---:|"
        );
        for g in &r.gaps {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {:.1} |",
                g.rank,
                md(&g.name),
                rated(g),
                g.required,
                g.gap,
                g.importance,
                if g.often_missing { "yes" } else { "" },
                g.priority
            );
        }
        let _ = writeln!(out, "\n{}", md(&legend(r, false, false, false)));
    }
    let (above, met) = strengths(r);
    if !above.is_empty() {
        let _ = writeln!(out, "\n## Strengths (above what {} needs)\n", md(&r.level));
        for s in &above {
            let _ = writeln!(
                out,
                "- {}: {} (needs {})",
                md(&s.name),
                s.rating,
                s.required
            );
        }
    }
    if !met.is_empty() {
        let names: Vec<_> = met.iter().map(|s| md(&s.name)).collect();
        let _ = writeln!(
            out,
            "\nMeets what {} needs: {}.",
            md(&r.level),
            names.join(", ")
        );
    }
    if !r.plan.is_empty() {
        let _ = writeln!(out, "\n## Plan\n");
        for item in &r.plan {
            let mut line = format!("{}. {}", item.rank, md(&item.text));
            if item.skills.is_empty() {
                line.push_str(" (develops no rated skill)");
            }
            if item.kind == PlanKind::Step && !item.gaps.is_empty() {
                let _ = write!(
                    line,
                    " (develops {})",
                    md(&plan_gaps(&item.gaps, r).replace('\u{a0}', " "))
                );
            }
            if let Some(res) = &item.resource {
                let _ = write!(line, " · {}", md_link(&res.title, &res.url));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    let by_gap: Vec<(&str, &[Resource])> = (r.gaps.iter())
        .map(|g| (g.name.as_str(), g.resources.as_slice()))
        .collect();
    super::resources_markdown(&mut out, &by_gap);
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
    if let Some(credit) = &r.guide.credit {
        let _ = writeln!(out, "\nSource: {}", md(credit));
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
