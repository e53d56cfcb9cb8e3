//! The API's operations, one module per tag. Each module adds its methods to
//! [`crate::Client`] and defines the operations' error enums.
#![cfg_attr(rustfmt, rustfmt::skip)]
pub mod o_auth2;
pub mod oidc;
pub mod jwk;
pub mod wellknown;
pub mod metadata;
