//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![allow(dead_code)]
mod example_get_a;
mod example_get_b;
mod example_get_c;
