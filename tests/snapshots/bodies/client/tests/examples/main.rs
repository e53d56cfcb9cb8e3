//! Compiles the usage example of every operation, as shown in the docs. They are built
//! by `cargo test`, not run: they would call the real API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(dead_code)]
mod example_send_json;
mod example_send_form;
mod example_send_preferred;
mod example_upload;
mod example_upload_any;
mod example_put_raw;
mod example_send_text;
mod example_get_note;
