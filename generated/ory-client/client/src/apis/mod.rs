//! The API's operations, one module per tag. Each module adds its methods to
//! [`crate::Client`] and defines the operations' error enums.
pub mod courier;
pub mod frontend;
pub mod identity;
pub mod jwk;
pub mod metadata;
pub mod o_auth2;
pub mod oidc;
pub mod permission;
pub mod project;
pub mod relationship;
pub mod wellknown;
