//! Guides made from outside databases. Each importer reads the database as
//! published and builds guides in memory; `commands::import` writes them.

pub mod onet;
