//! One module per subcommand: read inputs, call the core, hand the result to a renderer.

pub mod guides;
pub mod validate;
