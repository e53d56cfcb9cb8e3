//! One module per API (tag): its trait, the operations' request and response types,
//! their handlers, and a router for the API alone.
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
