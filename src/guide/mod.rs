//! Role guides: the format ([`model`]), parsing ([`yaml`]), semantic checks
//! ([`check`]) and where guides come from ([`load`]).

pub mod check;
pub mod load;
pub mod model;
pub mod yaml;

pub use model::{Guide, Skill};
