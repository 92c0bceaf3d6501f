//! `careerctl schema KIND`: JSON Schemas generated from the Rust types, one
//! per file format and per command's JSON output.

use crate::cli::SchemaKind;
use crate::error::Result;
use crate::output;

pub fn schema_text(kind: SchemaKind) -> String {
    let schema = match kind {
        SchemaKind::Guide => schemars::schema_for!(crate::guide::Guide),
        SchemaKind::Ratings => schemars::schema_for!(crate::ratings::Answers),
        SchemaKind::Report => schemars::schema_for!(crate::report::Report),
        SchemaKind::Match => schemars::schema_for!(crate::analysis::matching::MatchReport),
        SchemaKind::Diff => schemars::schema_for!(crate::analysis::diff::Diff),
        SchemaKind::Team => schemars::schema_for!(crate::analysis::team::Team),
        SchemaKind::History => schemars::schema_for!(crate::store::HistoryListing),
        SchemaKind::Profile => schemars::schema_for!(crate::store::ProfileListing),
        SchemaKind::Validate => schemars::schema_for!(crate::commands::validate::ValidateOutput),
    };
    crate::render::json::to_string(&schema)
}

pub fn run(kind: SchemaKind) -> Result<()> {
    output::print(&schema_text(kind))
}
