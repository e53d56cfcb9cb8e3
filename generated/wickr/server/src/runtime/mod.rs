//! Runtime support for the generated handlers, one concern per module:
//!
//! - [`incoming`]: the request as read, and its dispatch to your implementation;
//! - [`params`]: path, query, header and cookie parameters read into their types;
//! - [`body`]: request bodies (JSON, forms, text, bytes, multipart);
//! - [`validation`]: the spec's rules checked on what was read;
//! - [`reply`]: replies, and the JSON problems sent for bad requests;
//! - [`credentials`]: the credentials a request carries;
//! - [`objects`]: how models are read, written, printed and compared.

pub mod body;
pub mod credentials;
pub mod incoming;
pub mod objects;
pub mod params;
pub mod reply;
pub mod validation;

pub use body::*;
pub use credentials::*;
pub use incoming::*;
pub use objects::*;
pub use params::*;
pub use reply::*;
pub use validation::*;
