//! One module per subcommand: read inputs, call the core, hand the result to a renderer.

pub mod assess;
pub mod generate;
pub mod guides;
pub mod schema;
pub mod validate;
