//! `careerctl guides list|show|new`.

use serde::Serialize;

use crate::cli::{Global, GuidesCommand, ListFormat, ShowFormat};
use crate::error::{Error, Result};
use crate::guide::load::Library;
use crate::guide::model::{SCHEMA_VERSION, is_valid_id};
use crate::output;
use crate::render::{self, text::clean};

pub fn run(g: &Global, cmd: GuidesCommand) -> Result<()> {
    let library = crate::commands::library(g);
    match cmd {
        GuidesCommand::List { format } => list(g, &library, format),
        GuidesCommand::Show { role, format } => show(&library, &role, format),
        GuidesCommand::New { id, minimal } => new(&id, minimal),
    }
}

#[derive(Serialize)]
struct ListRow {
    id: String,
    title: String,
    skills: usize,
    source: String,
}

fn list(g: &Global, library: &Library, format: ListFormat) -> Result<()> {
    let loaded = library.load_all(|e| {
        if !g.quiet {
            output::warn(&format!("skipping guide: {e}"));
        }
    });
    let rows: Vec<ListRow> = loaded
        .iter()
        .map(|l| ListRow {
            id: l.guide.id.clone(),
            title: l.guide.title.clone(),
            skills: l.guide.skills.len(),
            source: l.origin.to_string(),
        })
        .collect();
    let text = match format {
        ListFormat::Json => render::json::to_string(&serde_json::json!({
            "schema_version": SCHEMA_VERSION,
            "guides": rows,
        })),
        ListFormat::Table => {
            use render::grid::{Column, Grid};
            let mut t = Grid::new(vec![
                Column::left("Id"),
                Column::left("Title").wrap(),
                Column::right("Skills"),
                Column::left("Source").wrap(),
            ]);
            for r in &rows {
                t.row(vec![
                    clean(&r.id).into(),
                    clean(&r.title).into(),
                    r.skills.into(),
                    clean(&r.source).into(),
                ]);
            }
            format!(
                "{}\n",
                t.render(output::width_of(output::Stream::Stdout), false)
            )
        }
    };
    output::print(&text)
}

fn show(library: &Library, role: &str, format: ShowFormat) -> Result<()> {
    let loaded = library.find(role)?;
    let g = &loaded.guide;
    let text = match format {
        ShowFormat::Table => render::guide::table_text(
            g,
            &loaded.origin.to_string(),
            output::width_of(output::Stream::Stdout),
        ),
        ShowFormat::Markdown => render::guide::markdown(g),
        ShowFormat::Json => render::json::to_string(g),
        ShowFormat::Yaml => yaml(g),
    };
    output::print(&text)
}

/// The guide as YAML. The YAML emitter writes bidi overrides (and NEL) raw;
/// for a guide holding such characters the output is JSON instead, which is
/// valid YAML, with every one of them escaped.
fn yaml(g: &crate::guide::Guide) -> String {
    let text = serde_yaml::to_string(g).expect("a guide always serializes");
    if text
        .chars()
        .any(|c| c != '\n' && render::text::is_unsafe(c))
    {
        return format!(
            "# JSON syntax, which is also YAML: the guide holds control characters\n{}",
            render::json::to_string(g)
        );
    }
    text
}

const TEMPLATE: &str = include_str!("../guide/template.yaml.in");
const MINIMAL: &str = include_str!("../guide/template-minimal.yaml.in");

fn new(id: &str, minimal: bool) -> Result<()> {
    if !is_valid_id(id) {
        let hint = match slug(id) {
            Some(s) => format!("; did you mean `{s}`?"),
            None => String::new(),
        };
        return Err(Error::Usage(format!(
            "`{}` is not a valid guide id: use lowercase letters, digits and single dashes, at most 64 characters{hint}",
            render::text::clip(id, 80)
        )));
    }
    if crate::guide::load::BUILTIN.iter().any(|(b, _)| *b == id) {
        output::warn(&format!(
            "`{id}` is a built-in guide: a guide of yours with this id replaces it everywhere"
        ));
    }
    let template = if minimal { MINIMAL } else { TEMPLATE };
    output::print(&template.replace("{{id}}", id))
}

/// "My Role" → `my-role`: the id a title would have, if it makes a valid one.
fn slug(text: &str) -> Option<String> {
    let lowered: String = (text.chars())
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = (lowered.split('-'))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    is_valid_id(&slug).then_some(slug)
}
