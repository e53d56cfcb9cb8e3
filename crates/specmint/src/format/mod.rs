//! The formatting stage: emitted Rust, built as tokens, becomes text here and nowhere else.
//!
//! Every generated Rust file is printed once by prettyplease ([`print_file`]). What happens
//! next is the target's [`Format`]: with the default, printed files are marked to be left as
//! they are by `cargo fmt` ([`keep_printed`]); with `rustfmt`, they go through rustfmt
//! ([`rustfmt::format_crate`]), which reuses what it made of unchanged files last time.

pub mod rustfmt;

use std::path::Path;

use proc_macro2::TokenStream;

pub use crate::config::Format;
use crate::diagnostics::Diagnostic;
use crate::output::FileSet;

/// Prints a token stream as a Rust file. A parse failure is a bug in the emitter; it is
/// returned as an error naming the file rather than a panic.
pub fn print_file(tokens: TokenStream, file: &str) -> Result<String, String> {
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal error: emitted code for {file} does not parse: {e}"))?;
    Ok(prettyplease::unparse(&parsed))
}

/// Prints a file made of sections, one blank line apart: each section's items are printed on
/// their own, which reads as the whole file printed at once since prettyplease lays out
/// top-level items one by one.
pub fn print_sections(
    sections: impl IntoIterator<Item = TokenStream>,
    file: &str,
) -> Result<String, String> {
    let printed = sections
        .into_iter()
        .map(|section| print_file(section, file))
        .collect::<Result<Vec<String>, String>>()?;
    Ok(join_sections(printed))
}

/// [`print_sections`] with a section per item, built and printed on all cores. Tokens cannot
/// move between threads, so each section is built where it is printed.
pub fn print_each<T: Sync>(
    items: &[T],
    file: &str,
    section: impl Fn(&T) -> TokenStream + Sync + Send,
) -> Result<String, String> {
    use rayon::prelude::*;
    let printed = items
        .par_iter()
        .map(|item| print_file(section(item), file))
        .collect::<Result<Vec<String>, String>>()?;
    Ok(join_sections(printed))
}

/// Printed sections, one blank line apart; empty ones left out.
pub fn join_sections(printed: impl IntoIterator<Item = String>) -> String {
    printed
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect::<Vec<String>>()
        .join("\n")
}

/// Prints hand-written Rust source with the same printer as generated code, for a user's
/// override of a runtime template, which may be laid out any way.
pub fn print_source(source: &str, file: &str) -> Result<String, String> {
    let parsed: syn::File =
        syn::parse_str(source).map_err(|e| format!("template {file} does not parse: {e}"))?;
    Ok(prettyplease::unparse(&parsed))
}

/// With [`Format::Rustfmt`], passes a crate's printed Rust files through rustfmt; `previous` is
/// where the crate was last written, for rustfmt's cache. With the default, nothing: the files
/// stay as printed.
pub fn format_rust(files: &mut FileSet, format: Format, previous: &Path) -> Result<(), String> {
    match format {
        Format::Prettyplease => Ok(()),
        Format::Rustfmt => rustfmt::format_crate(files, Some(previous)),
    }
}

/// With the default [`Format::Prettyplease`], marks a crate's printed Rust files so that
/// `cargo fmt` leaves them as printed (see [`keep_printed`]). With rustfmt, nothing: the files
/// already are as `cargo fmt` leaves them.
pub fn mark_printed(files: &mut FileSet, format: Format) {
    if format == Format::Prettyplease {
        keep_printed(files);
    }
}

/// The warning when rustfmt could not format the output.
pub fn not_formatted_warning(file: &str, message: &str) -> Diagnostic {
    Diagnostic::warning(
        "rustfmt",
        file,
        "",
        format!("generated code is not formatted by rustfmt: {message}"),
    )
    .with_help("install rustfmt (`rustup component add rustfmt`) so that output passes `cargo fmt --check`")
}

/// The inner attribute that tells rustfmt to leave a file as it is. `rustfmt` is a cfg that
/// only rustfmt sets, so the compiler ignores the attribute (and does not warn about it).
pub const SKIP_RUSTFMT: &str = "#![cfg_attr(rustfmt, rustfmt::skip)]";

/// Marks every Rust file of the set that was not written in rustfmt's layout (every printed
/// one) with [`SKIP_RUSTFMT`], after the inner doc comment that opens it, so that it passes
/// `cargo fmt --check` as prettyplease printed it.
pub fn keep_printed(files: &mut crate::output::FileSet) {
    let printed: Vec<String> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs") && !files.is_formatted(path))
        .map(|(path, _)| path.to_string())
        .collect();
    for path in printed {
        let text = files.get(&path).unwrap_or_default();
        let heading: usize = text
            .split_inclusive('\n')
            .take_while(|line| line.trim_start().starts_with("//!"))
            .map(str::len)
            .sum();
        let marked = format!("{}{SKIP_RUSTFMT}\n{}", &text[..heading], &text[heading..]);
        files.insert_formatted(&path, marked);
    }
}
