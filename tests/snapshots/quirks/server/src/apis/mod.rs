//! One module per API (tag): its trait, the operations' request and response types,
//! their handlers, and a router for the API alone.
#![cfg_attr(rustfmt, rustfmt::skip)]
pub mod default;
