//! The profile as a table (`careerctl profile`); JSON is serde_json of the rows.

use super::grid::{Column, Grid};
use super::text::clean;
use crate::store::ProfileRow;

pub fn profile_table(rows: &[ProfileRow], width: Option<usize>) -> String {
    if rows.is_empty() {
        return "No ratings yet: `careerctl assess ROLE` or `careerctl profile set ID=N` adds some.\n"
            .into();
    }
    let mut t = Grid::new(vec![
        Column::left("Skill"),
        Column::left("Name").wrap(),
        Column::right("Rating"),
        Column::left("Rated").drop(0),
        Column::left("Guide").drop(1),
    ]);
    for r in rows {
        t.row(vec![
            clean(&r.id).into(),
            clean(r.name.as_deref().unwrap_or("(no loaded guide has it)")).into(),
            r.rating.into(),
            clean(r.date.as_deref().unwrap_or("")).into(),
            clean(r.guide.as_deref().unwrap_or(if r.rated_at.is_some() {
                "set by hand"
            } else {
                ""
            }))
            .into(),
        ]);
    }
    format!("{}\n", t.render(width, false))
}
