//! One module per subcommand: read inputs, call the core, hand the result to a renderer.

pub mod assess;
pub mod diff;
pub mod generate;
pub mod guides;
pub mod history;
pub mod matching;
pub mod schema;
pub mod team;
pub mod validate;
