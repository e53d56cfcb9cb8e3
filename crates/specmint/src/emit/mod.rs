//! Emitters: IR → files. They read only [`crate::ir`].

pub mod client;
pub mod rust;
pub mod templates;
