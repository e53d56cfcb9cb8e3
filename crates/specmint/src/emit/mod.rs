//! Emitters: IR → files. They read only [`crate::ir`].

pub mod client;
pub mod docs;
pub mod examples;
pub mod rust;
pub mod server;
pub mod templates;
pub mod validate;
