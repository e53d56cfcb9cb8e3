//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(dead_code)]
mod example_get_schema;
mod example_get_schema_copy;
mod example_get_schema_again;
mod example_create_push;
mod example_create_design;
mod example_upload;
