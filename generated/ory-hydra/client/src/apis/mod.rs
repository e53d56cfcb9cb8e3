//! The API's operations, one module per tag. Each module adds its methods to
//! [`crate::Client`] and defines the operations' error enums.
pub mod jwk;
pub mod metadata;
pub mod o_auth2;
pub mod oidc;
pub mod wellknown;
