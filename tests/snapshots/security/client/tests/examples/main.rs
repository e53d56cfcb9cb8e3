//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(dead_code)]
mod example_uses_global;
mod example_opts_out;
mod example_basic_or_oauth2;
mod example_oauth2_only;
mod example_all_keys;
mod example_anonymous_allowed;
mod example_elsewhere;
