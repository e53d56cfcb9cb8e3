//! One module per API (tag): its trait, the operations' request and response types,
//! their handlers, and a router for the API alone.
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
