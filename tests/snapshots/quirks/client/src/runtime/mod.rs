//! Runtime support shared by every operation of this crate. Generated operations stay small
//! because the work happens here, one concern per module:
//!
//! - [`client`]: the client, its builder and the per-call `with_*` adjustments;
//! - [`call`]: what an operation's method returns: optional parameters, then `.await`;
//! - [`send`]: how a request is sent (server, credentials, retries, timeouts);
//! - [`retry`]: the retry policy;
//! - [`credentials`]: credentials for the spec's security schemes;
//! - [`response`] and [`error`]: what a call gives back;
//! - [`encoding`] and [`multipart`]: parameters and bodies on the wire;
//! - [`operation`]: what the generated code tells the runtime about an operation;
//! - [`objects`]: how models are read, written, printed and compared.

pub use reqwest::header::HeaderMap;
pub use reqwest::StatusCode;

pub mod call;
pub mod client;
pub mod credentials;
pub mod encoding;
pub mod error;
pub mod multipart;
pub mod objects;
pub mod operation;
pub mod response;
pub mod retry;
pub mod send;

pub use call::*;
pub use client::*;
pub use credentials::*;
pub(crate) use encoding::*;
pub use error::*;
pub use multipart::*;
// Used through the models' `object!` and `string_enum!` calls; an API without models uses
// none of it.
#[allow(unused_imports)]
pub use objects::*;
pub(crate) use operation::*;
pub use response::*;
pub use retry::*;
