//! Emitters: IR → files. They read only [`crate::ir`] and do no I/O; Rust is built as tokens
//! and printed by [`crate::format`].
//!
//! - [`client`]: the client crate; [`server`]: the server crate; [`docs`]: the markdown pages;
//!   [`examples`]: the usage example of every operation, compiled in the client crate.
//! - [`models`]: the models, in both crates; [`validate`]: the server's checks of the spec's
//!   rules; [`shape`]: what client, server and docs say alike about an operation.
//! - [`rust`]: identifiers, doc comments and type tokens; [`templates`]: the built-in and
//!   user templates.

pub mod client;
pub mod docs;
pub mod examples;
pub mod models;
pub mod rust;
pub mod rustdoc;
pub mod server;
pub mod shape;
pub mod templates;
pub mod validate;

use std::borrow::Cow;

use proc_macro2::TokenStream;
use quote::quote;

/// The most bytes the stem of a generated file's name may take. File systems allow 255 bytes
/// per name, and archives, sync tools and encrypted home folders fewer; spec names (a
/// generated type or an operationId) can be longer.
pub const MAX_FILE_STEM: usize = 100;

/// `name` as a file name stem of at most [`MAX_FILE_STEM`] bytes: as it is when it fits, else
/// cut at a character boundary and ended with `_` and 8 hex digits of the whole name's SHA-256,
/// so that names cut alike stay apart and the same name always gives the same stem.
pub fn file_stem(name: &str) -> Cow<'_, str> {
    if name.len() <= MAX_FILE_STEM {
        return Cow::Borrowed(name);
    }
    use sha2::Digest;
    let digest = sha2::Sha256::digest(name.as_bytes());
    let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    let mut cut = MAX_FILE_STEM - 1 - hash.len();
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    Cow::Owned(format!("{}_{hash}", &name[..cut]))
}

/// `mod module;` (with `vis` before it), naming its file with `#[path]` when [`file_stem`]
/// cuts the module's name.
pub fn mod_decl(module: &str, vis: TokenStream) -> TokenStream {
    let name = rust::ident(module);
    match file_stem(module) {
        Cow::Borrowed(_) => quote! { #vis mod #name; },
        Cow::Owned(stem) => {
            let file = format!("{stem}.rs");
            quote! { #[path = #file] #vis mod #name; }
        }
    }
}
