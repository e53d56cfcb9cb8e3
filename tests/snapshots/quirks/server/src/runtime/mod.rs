//! Runtime support for the generated handlers, one concern per module:
//!
//! - [`incoming`]: the request as read, and its dispatch to your implementation;
//! - [`params`]: path, query, header and cookie parameters read into their types;
//! - [`body`]: request bodies (JSON, forms, text, bytes, multipart);
//! - [`validation`]: the spec's rules checked on what was read;
//! - [`reply`]: replies, and the JSON problems sent for bad requests;
//! - [`credentials`]: the credentials a request carries;
//! - [`guard`]: limits on request heads, and panics answered with `500`;
//! - [`serve`]: the [`Server`] that serves a router with timeouts and a connection limit;
//! - [`objects`]: how models are read, written, printed and compared.

pub mod body;
pub mod credentials;
pub mod guard;
pub mod incoming;
pub mod objects;
pub mod params;
pub mod reply;
pub mod serve;
pub mod validation;

pub use body::*;
pub use credentials::*;
pub use guard::*;
pub use incoming::*;
pub use objects::*;
pub use params::*;
pub use reply::*;
pub use serve::*;
pub use validation::*;
