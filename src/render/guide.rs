//! `guides show`: a guide for reading in a terminal or a markdown document.

use std::fmt::Write;

use super::text::clean;
use super::{md, table};
use crate::guide::Guide;
use crate::guide::model::{Category, Covers};

fn category(c: Category) -> &'static str {
    match c {
        Category::Technical => "technical",
        Category::Professional => "professional",
        Category::Domain => "domain",
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

/// One line per source: its citation, where to find it and what it backs;
/// then what no source backs, which is the guide author's own judgement.
fn sources_lines(g: &Guide) -> Vec<String> {
    let mut out = Vec::new();
    for s in &g.sources {
        // The citation without `undated`: that matters for figures, which
        // say it where they are shown.
        let mut line = s.title.clone();
        for part in [&s.publisher, &s.date].into_iter().flatten() {
            line.push_str(&format!(", {part}"));
        }
        if let Some(url) = &s.url {
            line.push_str(&format!(" <{url}>"));
        }
        if let Some(l) = &s.licence {
            line.push_str(&format!(" (licence: {l})"));
        }
        let covers: Vec<&str> = s.covers.iter().map(|c| c.key()).collect();
        line.push_str(&format!(
            ": {}",
            if covers.is_empty() {
                "covers nothing named".to_string()
            } else {
                covers.join(", ")
            }
        ));
        out.push(line);
    }
    let uncovered: Vec<&str> = (Covers::ALL.iter())
        .filter(|c| c.present_in(g) && !g.covered(**c))
        .map(|c| c.key())
        .collect();
    if !uncovered.is_empty() {
        out.push(format!("no source named for: {}", uncovered.join(", ")));
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

pub fn table_text(g: &Guide, origin: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", clean(&g.title), clean(&g.id));
    let _ = writeln!(out, "{}", clean(&g.summary));
    let _ = writeln!(
        out,
        "levels: {}   from: {}",
        clean(&g.levels.join(", ")),
        clean(origin)
    );
    section(&mut out, "Sources");
    if let Some(s) = &g.source {
        let _ = writeln!(out, "  {}", clean(s));
    }
    for line in sources_lines(g) {
        let _ = writeln!(out, "  • {}", clean(&line));
    }

    section(&mut out, "Responsibilities");
    for r in &g.responsibilities {
        let _ = writeln!(out, "  • {}", clean(r));
    }

    section(&mut out, "Skills");
    let mut header = vec!["Skill", "Id", "Category", "Importance", "Often missing"];
    header.extend(g.levels.iter().map(String::as_str));
    let mut t = table(&header);
    for s in &g.skills {
        let mut row = vec![
            clean(&s.name).into_owned(),
            clean(&s.id).into_owned(),
            category(s.category).to_string(),
            s.importance.0.to_string(),
            if s.often_missing { "yes" } else { "" }.to_string(),
        ];
        row.extend(g.levels.iter().map(|l| s.required_at(l).to_string()));
        t.add_row(row);
    }
    for i in (3..header.len()).filter(|&i| i != 4) {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    let _ = writeln!(out, "{t}");

    section(&mut out, "Next steps");
    for (i, step) in g.next_steps.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, clean(&step.text));
        let _ = writeln!(out, "     develops: {}", list_or_dash(&step.skills));
    }
    if !g.development_suggestions.is_empty() {
        section(&mut out, "Development suggestions");
        for d in &g.development_suggestions {
            let _ = writeln!(out, "  • {}", clean(d));
        }
    }
    section(&mut out, "Career paths");
    let _ = writeln!(out, "  leads to:    {}", list_or_dash(&g.career.leads_to));
    let _ = writeln!(
        out,
        "  transitions: {}",
        list_or_dash(&g.career.transitions)
    );
    if let Some(m) = &g.market {
        section(&mut out, "Market");
        for level in &g.levels {
            if let Some(s) = salary_text(g, level) {
                let _ = writeln!(out, "  {s}");
            }
        }
        if let Some(d) = &m.demand {
            let _ = writeln!(out, "  demand: {}", clean(d));
        }
        if !m.employers.is_empty() {
            let _ = writeln!(out, "  employers: {}", list_or_dash(&m.employers));
        }
        if !m.sectors.is_empty() {
            let _ = writeln!(out, "  sectors: {}", list_or_dash(&m.sectors));
        }
    }
    out
}

fn section(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n{title}");
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
    let _ = writeln!(out, "# {}\n\n{}\n", md(&g.title), md(&g.summary));
    let _ = writeln!(out, "## Sources\n");
    if let Some(s) = &g.source {
        let _ = writeln!(out, "{}\n", md(s));
    }
    for line in sources_lines(g) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Responsibilities\n");
    for r in &g.responsibilities {
        let _ = writeln!(out, "- {}", md(r));
    }
    let _ = writeln!(out, "\n## Skills\n");
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
    let _ = writeln!(out, "\n## Next steps\n");
    for (i, step) in g.next_steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. {} (develops: {})",
            i + 1,
            md(&step.text),
            md(&list_or_dash(&step.skills))
        );
    }
    if !g.development_suggestions.is_empty() {
        let _ = writeln!(out, "\n## Development suggestions\n");
        for d in &g.development_suggestions {
            let _ = writeln!(out, "- {}", md(d));
        }
    }
    let _ = writeln!(out, "\n## Career paths\n");
    let _ = writeln!(out, "- Leads to: {}", md(&list_or_dash(&g.career.leads_to)));
    let _ = writeln!(
        out,
        "- Transitions: {}",
        md(&list_or_dash(&g.career.transitions))
    );
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
