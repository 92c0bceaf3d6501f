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
        // The name mostly repeats the id: it gives way first, so that when
        // and where a rating was given stay in view.
        Column::left("Name").wrap().drop(0),
        Column::right("Rating"),
        Column::left("Rated").drop(2),
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
