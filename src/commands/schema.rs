//! `careerctl schema guide|ratings|report`: JSON Schemas generated from the Rust types.

use crate::cli::SchemaKind;
use crate::error::Result;
use crate::output;

pub fn schema_text(kind: SchemaKind) -> String {
    let schema = match kind {
        SchemaKind::Guide => schemars::schema_for!(crate::guide::Guide),
        SchemaKind::Ratings => schemars::schema_for!(crate::ratings::Answers),
        SchemaKind::Report => schemars::schema_for!(crate::report::Report),
    };
    crate::render::json::to_string(&schema)
}

pub fn run(kind: SchemaKind) -> Result<()> {
    output::print(&schema_text(kind))
}
