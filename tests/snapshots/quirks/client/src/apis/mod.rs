//! The API's operations, one module per tag. Each module adds its methods to
//! [`crate::Client`] and defines the operations' error enums.
#![cfg_attr(rustfmt, rustfmt::skip)]
pub mod default;
