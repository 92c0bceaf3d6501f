//! The profile as a table (`careerctl profile`); JSON is serde_json of the rows.

use super::table;
use super::text::clean;
use crate::store::ProfileRow;

pub fn profile_table(rows: &[ProfileRow]) -> String {
    if rows.is_empty() {
        return "No ratings yet: `careerctl assess ROLE` or `careerctl profile set ID=N` adds some.\n"
            .into();
    }
    let mut t = table(&["Skill", "Name", "Rating", "Rated", "Guide"]);
    for r in rows {
        t.add_row(vec![
            clean(&r.id).into_owned(),
            clean(r.name.as_deref().unwrap_or("(no loaded guide has it)")).into_owned(),
            r.rating.to_string(),
            clean(r.date.as_deref().unwrap_or("")).into_owned(),
            clean(r.guide.as_deref().unwrap_or(if r.rated_at.is_some() {
                "set by hand"
            } else {
                ""
            }))
            .into_owned(),
        ]);
    }
    if let Some(c) = t.column_mut(2) {
        c.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    format!("{t}\n")
}
