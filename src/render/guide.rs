//! `guides show`: a guide for reading in a terminal or a markdown document.

use std::fmt::Write;

use super::grid::{Column, Grid, Text};
use super::md;
use super::page::Page;
use super::text::clean;
use crate::guide::Guide;
use crate::guide::model::{Category, Covers};

fn category(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::Technical) => "technical",
        Some(Category::Professional) => "professional",
        Some(Category::Domain) => "domain",
        None => "",
    }
}

/// `median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)`.
fn salary_text(g: &Guide, level: &str) -> Option<String> {
    let salary = g.market.as_ref()?.salary.as_ref()?;
    let [min, max] = salary.ranges.get(level)?;
    let source = g.source_of(Covers::Salary).map(|s| s.citation());
    Some(salary_line(
        salary.statistic.as_deref(),
        level,
        &salary_range(&salary.currency, *min, *max),
        source.as_deref(),
    ))
}

/// `median salary, mid: RANGE (SOURCE)`: what the figures are, for which
/// level, and where they come from; `salary` alone when the guide does not
/// say which statistic, and `no source named` when no source covers it.
/// Untrusted text is cleaned; the caller escapes for markdown.
pub fn salary_line(
    statistic: Option<&str>,
    level: &str,
    range: &str,
    source: Option<&str>,
) -> String {
    let what = match statistic {
        Some(s) => format!("{} salary", clean(s)),
        None => "salary".to_string(),
    };
    format!(
        "{what}, {}: {range} ({})",
        clean(level),
        source.map_or("no source named".into(), clean)
    )
}

/// One entry per source: its title; the rest of its citation and what it
/// backs; and its address, kept apart so a terminal can give it a line of its
/// own, whole, and markdown can make the title a link. Then what no source
/// backs, which is the guide author's own judgement.
fn sources_entries(g: &Guide) -> Vec<(&str, String, Option<&str>)> {
    let mut out = Vec::new();
    for s in &g.sources {
        // The citation without `undated`: that matters for figures, which
        // say it where they are shown.
        let mut rest = String::new();
        for part in [&s.publisher, &s.date].into_iter().flatten() {
            rest.push_str(&format!(", {part}"));
        }
        if let Some(l) = &s.licence {
            rest.push_str(&format!(" (licence: {l})"));
        }
        let covers: Vec<&str> = s.covers.iter().map(|c| c.key()).collect();
        rest.push_str(&format!(
            ": {}",
            if covers.is_empty() {
                "covers nothing named".to_string()
            } else {
                covers.join(", ")
            }
        ));
        out.push((s.title.as_str(), rest, s.url.as_deref()));
    }
    let uncovered: Vec<&str> = (Covers::ALL.iter())
        .filter(|c| c.present_in(g) && !g.covered(**c))
        .map(|c| c.key())
        .collect();
    if !uncovered.is_empty() {
        let rest = format!(": {}", uncovered.join(", "));
        out.push(("no source named for", rest, None));
    }
    out
}

/// `USD 105,000 – 150,000`.
pub fn salary_range(currency: &str, min: u64, max: u64) -> String {
    format!(
        "{} {} – {}",
        clean(currency),
        thousands(min),
        thousands(max)
    )
}

/// 105000 → "105,000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The guide for a terminal `width` columns wide (`None`: natural width).
pub fn table_text(g: &Guide, origin: &str, width: Option<usize>) -> String {
    let mut p = Page::new(width, false);
    p.title(&format!("{} ({})", clean(&g.title), clean(&g.id)));
    if !g.summary.is_empty() {
        p.para(&clean(&g.summary), "", "");
    }
    p.para(
        &format!(
            "levels: {}   from: {}",
            clean(&g.levels.join(", ")),
            clean(origin)
        ),
        "",
        "  ",
    );
    p.heading("Sources");
    if let Some(s) = &g.source {
        p.para(&clean(s), "  ", "  ");
    }
    for (title, rest, url) in sources_entries(g) {
        p.para(&clean(&format!("{title}{rest}")), "  • ", "    ");
        if let Some(url) = url {
            p.para(&clean(url), "    ", "    ");
        }
    }

    if !g.responsibilities.is_empty() {
        p.heading("Responsibilities");
        for r in &g.responsibilities {
            p.para(&clean(r), "  • ", "    ");
        }
    }

    p.heading("Skills");
    // Level names as headers when they fit, else numbers and a key.
    let named = skills_grid(g, false);
    if named.fits(width) {
        p.grid(&named);
    } else {
        p.grid(&skills_grid(g, true));
        let key: Vec<String> = (g.levels.iter().enumerate())
            .map(|(i, l)| format!("{} {}", i + 1, clean(l)))
            .collect();
        p.para(&format!("Levels: {}.", key.join(", ")), "", "  ");
    }
    p.para(
        "Imp: importance, 1–5. ⚑: often missing in this role. The level \
         columns give the rating each level requires, 0–5.",
        "",
        "",
    );

    if !g.next_steps.is_empty() {
        p.heading("Next steps");
        for (i, step) in g.next_steps.iter().enumerate() {
            p.para(&clean(&step.text), &format!("{:>3}. ", i + 1), "     ");
            if !step.skills.is_empty() {
                p.para(
                    &clean(&step.skills.join(", ")),
                    "     develops: ",
                    "       ",
                );
            }
        }
    }
    if !g.development_suggestions.is_empty() {
        p.heading("Development suggestions");
        for d in &g.development_suggestions {
            p.para(&clean(d), "  • ", "    ");
        }
    }
    super::resources_text(&mut p, &by_skill(g));
    if !g.career.is_empty() {
        p.heading("Career paths");
        p.para(
            &list_or_dash(&g.career.leads_to),
            "  leads to:    ",
            "               ",
        );
        p.para(
            &list_or_dash(&g.career.transitions),
            "  transitions: ",
            "               ",
        );
    }
    if let Some(m) = &g.market {
        p.heading("Market");
        for level in &g.levels {
            if let Some(s) = salary_text(g, level) {
                p.para(&s, "  ", "    ");
            }
        }
        if let Some(d) = &m.demand {
            p.para(&clean(d), "  demand: ", "    ");
        }
        if !m.employers.is_empty() {
            p.para(&list_or_dash(&m.employers), "  employers: ", "    ");
        }
        if !m.sectors.is_empty() {
            p.para(&list_or_dash(&m.sectors), "  sectors: ", "    ");
        }
    }
    p.finish()
}

/// The skills table; `numbered` puts level numbers in the headers instead of names.
fn skills_grid(g: &Guide, numbered: bool) -> Grid {
    let headers: Vec<String> = (g.levels.iter().enumerate())
        .map(|(i, l)| {
            if numbered {
                (i + 1).to_string()
            } else {
                clean(l).into_owned()
            }
        })
        .collect();
    // A column nobody filled in is left out.
    let categories = g.skills.iter().any(|s| s.category.is_some());
    let mut columns = vec![
        Column::left("Skill").wrap(),
        Column::left("Id").wrap().drop(1),
    ];
    if categories {
        columns.push(Column::left("Category").drop(0));
    }
    columns.extend([Column::right("Imp"), Column::left("⚑")]);
    columns.extend(headers.iter().map(|h| Column::right(h)));
    let mut t = Grid::new(columns);
    for s in &g.skills {
        let mut row: Vec<Text> = vec![clean(&s.name).into(), clean(&s.id).into()];
        if categories {
            row.push(category(s.category).into());
        }
        row.push(s.importance.0.into());
        row.push(if s.often_missing { "⚑" } else { "" }.into());
        row.extend(g.levels.iter().map(|l| s.required_at(l).into()));
        t.row(row);
    }
    t
}

/// Each skill's name with its resources.
fn by_skill(g: &Guide) -> Vec<(&str, &[crate::guide::model::Resource])> {
    (g.skills.iter())
        .map(|s| (s.name.as_str(), s.resources.as_slice()))
        .collect()
}

fn list_or_dash(items: &[String]) -> String {
    if items.is_empty() {
        "-".into()
    } else {
        clean(&items.join(", ")).into_owned()
    }
}

pub fn markdown(g: &Guide) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&g.title));
    if !g.summary.is_empty() {
        let _ = writeln!(out, "{}\n", md(&g.summary));
    }
    let _ = writeln!(out, "## Sources\n");
    if let Some(s) = &g.source {
        let _ = writeln!(out, "{}\n", md(s));
    }
    for (title, rest, url) in sources_entries(g) {
        let title = match url {
            Some(url) => super::md_link(title, url),
            None => md(title),
        };
        let _ = writeln!(out, "- {title}{}", md(&rest));
    }
    let _ = writeln!(out);
    if !g.responsibilities.is_empty() {
        let _ = writeln!(out, "## Responsibilities\n");
        for r in &g.responsibilities {
            let _ = writeln!(out, "- {}", md(r));
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## Skills\n");
    let levels: Vec<String> = g.levels.iter().map(|l| md(l)).collect();
    let _ = writeln!(
        out,
        "| Skill | Id | Category | Importance | Often missing | {} |",
        levels.join(" | ")
    );
    let _ = writeln!(
        out,
        "|---|---|---|---:|---|{}",
        "---:|".repeat(levels.len())
    );
    for s in &g.skills {
        let req: Vec<String> = g
            .levels
            .iter()
            .map(|l| s.required_at(l).to_string())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            md(&s.name),
            md(&s.id),
            category(s.category),
            s.importance.0,
            if s.often_missing { "yes" } else { "" },
            req.join(" | ")
        );
    }
    if !g.next_steps.is_empty() {
        let _ = writeln!(out, "\n## Next steps\n");
    }
    for (i, step) in g.next_steps.iter().enumerate() {
        if step.skills.is_empty() {
            let _ = writeln!(out, "{}. {}", i + 1, md(&step.text));
        } else {
            let _ = writeln!(
                out,
                "{}. {} (develops: {})",
                i + 1,
                md(&step.text),
                md(&step.skills.join(", "))
            );
        }
    }
    if !g.development_suggestions.is_empty() {
        let _ = writeln!(out, "\n## Development suggestions\n");
        for d in &g.development_suggestions {
            let _ = writeln!(out, "- {}", md(d));
        }
    }
    super::resources_markdown(&mut out, &by_skill(g));
    if !g.career.is_empty() {
        let _ = writeln!(out, "\n## Career paths\n");
        let _ = writeln!(out, "- Leads to: {}", md(&list_or_dash(&g.career.leads_to)));
        let _ = writeln!(
            out,
            "- Transitions: {}",
            md(&list_or_dash(&g.career.transitions))
        );
    }
    if let Some(m) = &g.market {
        let _ = writeln!(out, "\n## Market\n");
        for level in &g.levels {
            if let Some(s) = salary_text(g, level) {
                let _ = writeln!(out, "- {}", md(&s));
            }
        }
        if let Some(d) = &m.demand {
            let _ = writeln!(out, "- Demand: {}", md(d));
        }
        if !m.employers.is_empty() {
            let _ = writeln!(out, "- Employers: {}", md(&m.employers.join(", ")));
        }
        if !m.sectors.is_empty() {
            let _ = writeln!(out, "- Sectors: {}", md(&m.sectors.join(", ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(105000), "105,000");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
