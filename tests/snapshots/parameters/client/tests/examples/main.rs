//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(dead_code)]
mod example_get_part;
mod example_get_file;
mod example_get_zone;
mod example_get_styled;
