//! specmint: an OpenAPI spec (or an AWS botocore model) → a Rust client crate, a Rust server
//! crate and their markdown docs.
//!
//! The [`pipeline`] runs one way: [`load`] reads a spec into `openapiv3` with located
//! diagnostics, [`ir::lower`] turns it into specmint's own [`ir::Api`], the emitters in
//! [`emit`] build files from it (Rust as tokens), [`format`] gives the Rust its layout, and
//! [`output`] writes the files atomically or compares them for `--check`. [`config`] reads
//! `specmint.toml` and decides crate names and versions.

pub mod config;
pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod extensions;
pub mod format;
pub mod history;
pub mod import;
pub mod ir;
pub mod load;
pub mod output;
pub mod pipeline;

pub use pipeline::{check, generate, import_botocore, Generated, Job, Stats};

/// Turns transparent huge pages off for this process (and the rustfmt processes it starts), for
/// the binaries to call first thing. mimalloc asks for huge pages on its arenas, and the kernel
/// then zeroes 2 MiB at the first touch of each: for a run of a few seconds that is memory and
/// time spent on pages that are barely used (GitHub's peak memory is about 50 MiB lower
/// without). Elsewhere than on Linux it does nothing.
pub fn disable_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag of the process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
