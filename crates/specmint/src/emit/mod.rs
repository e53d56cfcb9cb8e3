//! Emitters: IR → files. They read only [`crate::ir`] and do no I/O; Rust is built as tokens
//! and printed by [`crate::format`].
//!
//! - [`client`]: the client crate; [`server`]: the server crate; [`docs`]: the markdown pages;
//!   [`examples`]: the usage example of every operation, compiled in the client crate.
//! - [`models`]: the models, in both crates; [`validate`]: the server's checks of the spec's
//!   rules; [`shape`]: what client, server and docs say alike about an operation.
//! - [`rust`]: identifiers, doc comments and type tokens; [`templates`]: the built-in and
//!   user templates.

pub mod client;
pub mod docs;
pub mod examples;
pub mod models;
pub mod rust;
pub mod rustdoc;
pub mod server;
pub mod shape;
pub mod templates;
pub mod validate;
