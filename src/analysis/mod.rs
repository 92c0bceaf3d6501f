//! Comparisons built on scoring, all pure: how close the ratings are to every
//! role ([`matching`]), how two assessments differ ([`diff`]), and a team's
//! reports rolled up ([`team`]).

pub mod diff;
pub mod matching;
pub mod team;
