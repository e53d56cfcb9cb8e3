//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(dead_code)]
mod example_list_things;
mod example_root_config;
mod example_elsewhere;
mod example_retry_get;
mod example_retry_post;
