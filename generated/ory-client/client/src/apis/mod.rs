//! The API's operations, one module per tag. Each module adds its methods to
//! [`crate::Client`] and defines the operations' error enums.
#![cfg_attr(rustfmt, rustfmt::skip)]
pub mod identity;
pub mod frontend;
pub mod courier;
pub mod metadata;
pub mod wellknown;
pub mod oidc;
pub mod o_auth2;
pub mod jwk;
pub mod relationship;
pub mod project;
pub mod permission;
