//! Role guides: the format ([`model`]), parsing ([`yaml`]), semantic checks
//! ([`check`]) and where guides come from ([`load`]).

pub mod check;
pub mod events;
pub mod load;
pub mod model;
pub mod schema;
pub mod yaml;

pub use model::{Guide, Skill};
