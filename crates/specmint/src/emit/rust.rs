//! Helpers shared by the Rust emitters: identifiers, doc comments, type paths, printing.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{naming, Primitive, TypeRef, TypeSpace};

/// An identifier from a name the IR decided. Names are valid by construction; anything else is
/// mapped to a valid identifier rather than panicking.
pub fn ident(name: &str) -> Ident {
    let valid = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !naming::is_keyword(name);
    if valid {
        Ident::new(name, Span::call_site())
    } else {
        let cleaned: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        Ident::new(&format!("x_{cleaned}"), Span::call_site())
    }
}

/// `#[doc = "..."]` attributes, one per line, made safe for rustdoc: spec text is not Rust, so
/// code blocks are marked `text` and indentation that would open a code block is removed.
pub fn doc_attrs(parts: &[Option<&str>]) -> TokenStream {
    doc_tokens(doc_lines(parts), false)
}

/// A module's inner doc comment (`//!`), one attribute per line of `parts`, paragraphs apart.
pub fn inner_doc_attrs(parts: &[Option<&str>]) -> TokenStream {
    doc_tokens(doc_lines(parts), true)
}

/// The text a doc comment's marker starts with (see [`doc_tokens`]). It begins with a control
/// character, which a string literal in printed code is never left holding: prettyplease
/// escapes it.
const DOC_MARKER: &str = "\u{1}specmint-doc ";

thread_local! {
    /// The doc comments of the token streams built on this thread and not printed yet, by
    /// marker number, and how many of them are still waiting.
    static DOCS: std::cell::RefCell<(Vec<Option<Vec<String>>>, usize)> =
        const { std::cell::RefCell::new((Vec::new(), 0)) };
}

/// A doc comment's attributes. Spec text is most of what an API's code says, and going through
/// tokens, `syn` and prettyplease line by line was a tenth of a large API's generation. So a
/// comment that prettyplease would print as `///` (or `//!`) lines, one per line as it is
/// (trailing spaces trimmed), is one attribute holding a numbered marker instead, and
/// [`print_file`] puts the lines back where the marker is printed. Tokens are printed on the
/// thread that built them. Every comment is printed that way: [`doc_lines`] gives lines without
/// line breaks that start with a space or are empty, which prettyplease prints as they are.
fn doc_tokens(lines: Vec<String>, inner: bool) -> TokenStream {
    if lines.is_empty() {
        return TokenStream::new();
    }
    let number = DOCS.with(|docs| {
        let (docs, waiting) = &mut *docs.borrow_mut();
        docs.push(Some(lines));
        *waiting += 1;
        docs.len() - 1
    });
    let marker = format!("{DOC_MARKER}{number}");
    if inner {
        quote! { #![doc = #marker] }
    } else {
        quote! { #[doc = #marker] }
    }
}

/// Puts the doc comments of [`doc_tokens`]' markers into printed code: each marker line,
/// `{indent}///{marker}` (or `//!`), becomes the comment's lines with the same indentation and
/// prefix. Nothing else is printed that way: every line of a comment's text starts with a space
/// or is empty, so the marker right after the slashes can only be one.
fn splice_docs(printed: String, file: &str) -> Result<String, String> {
    if !printed.contains(DOC_MARKER) {
        return Ok(printed);
    }
    DOCS.with(|docs| {
        let (docs, waiting) = &mut *docs.borrow_mut();
        let mut out = String::with_capacity(printed.len() * 2);
        for line in printed.split_inclusive('\n') {
            let body = line.trim_start();
            let Some(number) = ["///", "//!"]
                .iter()
                .find_map(|slashes| body.strip_prefix(slashes)?.strip_prefix(DOC_MARKER))
            else {
                out.push_str(line);
                continue;
            };
            let lines = number
                .trim_end()
                .parse::<usize>()
                .ok()
                .and_then(|number| docs.get_mut(number)?.take())
                .ok_or_else(|| {
                    format!(
                        "internal error: a doc comment of {file} was printed on another thread \
                         than the one that built it, or twice"
                    )
                })?;
            *waiting -= 1;
            let prefix = &line[..line.len() - body.len() + 3];
            for text in lines {
                out.push_str(prefix);
                out.push_str(text.trim_end_matches(' '));
                out.push('\n');
            }
        }
        if *waiting == 0 {
            docs.clear();
        }
        Ok(out)
    })
}

/// The values of [`doc_attrs`]' attributes: each line of the comment, with its leading space.
pub fn doc_lines(parts: &[Option<&str>]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in parts.iter().flatten() {
        let text = part.trim();
        if text.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(sanitize_doc(text));
    }
    lines
        .into_iter()
        .map(|line| {
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

/// Rust declarations written as text in the layout rustfmt gives them, for the models that are
/// most of a large API's code: when every line is known to come out of rustfmt unchanged, the
/// file skips rustfmt altogether. A line that might not (too wide, or a comment with control
/// characters) marks the text as not exact, and the file is formatted as usual.
pub struct Layout {
    pub text: String,
    /// Whether rustfmt would leave the text as it is.
    pub exact: bool,
}

impl Default for Layout {
    /// Empty text, which rustfmt leaves as it is.
    fn default() -> Self {
        Self {
            text: String::new(),
            exact: true,
        }
    }
}

impl Layout {
    /// rustfmt's default line width.
    const MAX_WIDTH: usize = 100;

    /// Whether a line fits rustfmt's width.
    pub fn fits(line: &str) -> bool {
        line.chars().count() <= Self::MAX_WIDTH
    }

    /// A line as it is.
    pub fn line(&mut self, line: &str) {
        if !Self::fits(line) {
            self.exact = false;
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Doc comment lines (values from [`doc_lines`]) at an indentation.
    pub fn doc(&mut self, indent: &str, lines: &[String]) {
        for line in lines {
            self.text.push_str(indent);
            if line.chars().any(char::is_control) {
                // Not a line comment's text: written as the attribute, and left to rustfmt.
                self.exact = false;
                self.text
                    .push_str(&format!("#[doc = {}]", proc_macro2::Literal::string(line)));
            } else {
                self.text.push_str("///");
                self.text.push_str(line);
            }
            self.text.push('\n');
        }
    }

    /// A named field, `    pub name: Type,`, on one line when it fits. A field that does not
    /// fit has its type on the next line, as rustfmt breaks it; wider still is left to rustfmt.
    pub fn field(&mut self, name: &str, ty: &str) {
        let one_line = format!("    pub {name}: {ty},");
        if Self::fits(&one_line) {
            return self.line(&one_line);
        }
        self.line(&format!("    pub {name}:"));
        self.line(&format!("        {ty},"));
    }

    /// An enum variant, `    Name,`, or one holding a value, `    Name(Type),`; one too wide
    /// for a line is left to rustfmt.
    pub fn variant(&mut self, name: &str, ty: Option<&str>) {
        match ty {
            Some(ty) => self.line(&format!("    {name}({ty}),")),
            None => self.line(&format!("    {name},")),
        }
    }
}

/// A type's text as rustfmt writes it on one line: `::std::option::Option<Foo>`,
/// `::std::collections::BTreeMap<::std::string::String, Bar>`, `()`.
pub fn type_text(ty: &TokenStream) -> String {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = String::new();
    let mut after_word = false;
    for token in ty.clone() {
        match &token {
            TokenTree::Ident(_) | TokenTree::Literal(_) => {
                if after_word {
                    out.push(' ');
                }
                out.push_str(&token.to_string());
                after_word = true;
            }
            TokenTree::Punct(punct) => {
                out.push(punct.as_char());
                if punct.as_char() == ',' {
                    out.push(' ');
                }
                after_word = false;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                out.push_str(&type_text(&group.stream()));
                out.push_str(close);
                after_word = false;
            }
        }
    }
    out
}

pub fn sanitize_doc(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            if in_fence {
                out.push("```".to_string());
            } else {
                let _ = rest;
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
        } else {
            out.push(trimmed.to_string());
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out
}

/// Where the emitted code refers to models from.
#[derive(Clone, Copy)]
pub enum ModelPath {
    /// Inside the `models` module itself.
    Local,
    /// From another module of the crate: `crate::models::X`.
    Crate,
}

/// The Rust type of a use of a type. `Nullable` becomes `Option` unless the inner type already
/// admits null (an alias of a nullable type).
pub fn type_tokens(types: &TypeSpace, ty: &TypeRef, at: ModelPath) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&types.get(*id).name);
            match at {
                ModelPath::Local => quote! { #name },
                ModelPath::Crate => quote! { crate::models::#name },
            }
        }
        TypeRef::Prim(p) => primitive_tokens(*p),
        TypeRef::List(inner) => {
            let inner = type_tokens(types, inner, at);
            quote! { ::std::vec::Vec<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(types, inner, at);
            quote! { ::std::collections::BTreeMap<::std::string::String, #inner> }
        }
        TypeRef::Nullable(inner) => {
            let tokens = type_tokens(types, inner, at);
            if types.is_nullable(inner) {
                tokens
            } else {
                quote! { ::std::option::Option<#tokens> }
            }
        }
    }
}

/// The type without its outer nullability, for fields that are `Option` anyway.
pub fn non_null(types: &TypeSpace, ty: &TypeRef) -> TypeRef {
    let _ = types;
    match ty {
        TypeRef::Nullable(inner) => non_null(types, inner),
        other => other.clone(),
    }
}

pub fn primitive_tokens(p: Primitive) -> TokenStream {
    match p {
        Primitive::String => quote! { ::std::string::String },
        Primitive::Bool => quote! { bool },
        Primitive::I32 => quote! { i32 },
        Primitive::I64 => quote! { i64 },
        Primitive::F32 => quote! { f32 },
        Primitive::F64 => quote! { f64 },
        Primitive::Date => quote! { ::chrono::NaiveDate },
        Primitive::DateTime => quote! { ::chrono::DateTime<::chrono::Utc> },
        Primitive::Uuid => quote! { ::uuid::Uuid },
        Primitive::Bytes => quote! { ::std::vec::Vec<u8> },
        Primitive::Any => quote! { ::serde_json::Value },
        Primitive::Unit => quote! { () },
    }
}

/// Which optional dependencies the emitted code uses.
#[derive(Debug, Default, Clone, Copy)]
pub struct Uses {
    pub chrono: bool,
    pub uuid: bool,
}

impl Uses {
    pub fn scan(types: &TypeSpace, refs: impl IntoIterator<Item = TypeRef>) -> Uses {
        let mut uses = Uses::default();
        let mut visit = |ty: &TypeRef| uses.visit(ty);
        for (_, def) in types.iter() {
            for_each_ref(&def.kind, &mut visit);
        }
        for r in refs {
            visit(&r);
        }
        uses
    }

    fn visit(&mut self, ty: &TypeRef) {
        match ty {
            TypeRef::Prim(Primitive::Date | Primitive::DateTime) => self.chrono = true,
            TypeRef::Prim(Primitive::Uuid) => self.uuid = true,
            TypeRef::List(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => self.visit(i),
            _ => {}
        }
    }
}

fn for_each_ref(kind: &crate::ir::TypeKind, f: &mut impl FnMut(&TypeRef)) {
    use crate::ir::TypeKind;
    match kind {
        TypeKind::Struct { fields, additional } => {
            fields.iter().for_each(|x| f(&x.ty));
            if let Some(a) = additional {
                f(a);
            }
        }
        TypeKind::Union { variants, .. } => variants.iter().for_each(|v| f(&v.ty)),
        TypeKind::Alias(t) | TypeKind::Newtype(t) => f(t),
        TypeKind::Enum { .. } => {}
    }
}

/// Prints a token stream as a formatted Rust file. A parse failure is a bug in the emitter; it
/// is returned as an error naming the file rather than a panic.
pub fn print_file(tokens: TokenStream, file: &str) -> Result<String, String> {
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal error: emitted code for {file} does not parse: {e}"))?;
    splice_docs(prettyplease::unparse(&parsed), file)
}

/// Prints hand-written Rust source with the same printer as generated code, for a user's
/// override of a runtime template, which may be formatted any way.
pub fn print_source(source: &str, file: &str) -> Result<String, String> {
    let parsed: syn::File = syn::parse_str(source)
        .map_err(|e| format!("internal error: template {file} does not parse: {e}"))?;
    Ok(prettyplease::unparse(&parsed))
}

/// Hand-written Rust source as it is emitted, and whether it is already in its final form.
/// The built-in templates are kept rustfmt-formatted in the repository (`tests/run-all.sh`
/// checks them), so they are copied verbatim, comments included, and skip both printers; a
/// user's override is printed and then formatted with the generated files.
pub struct Source {
    pub text: String,
    pub formatted: bool,
}

impl Source {
    /// The text of a template as emitted: verbatim when every template it is made of is a
    /// built-in one, else printed.
    fn of(text: String, builtin: bool, name: &str) -> Result<Source, String> {
        if builtin {
            return Ok(Source {
                text,
                formatted: true,
            });
        }
        Ok(Source {
            text: print_source(&text, name)?,
            formatted: false,
        })
    }

    /// Adds the source to a file set at `path`.
    pub fn insert_into(self, files: &mut crate::output::FileSet, path: &str) {
        if self.formatted {
            files.insert_formatted(path, self.text);
        } else {
            files.insert(path, self.text);
        }
    }
}

/// One runtime template (`client/sigv4.rs`, ...) as emitted.
pub fn template_source(
    templates: &crate::emit::templates::Templates,
    name: &str,
) -> Result<Source, String> {
    let text = templates.source(name)?.to_string();
    Source::of(text, templates.is_builtin(name), name)
}

/// A crate's `runtime.rs`: its own runtime template (`client/runtime.rs`, `server/runtime.rs`)
/// with `shared/objects.rs`, which both read models with, added before its tests.
pub fn runtime_file(
    templates: &crate::emit::templates::Templates,
    name: &str,
) -> Result<Source, String> {
    const SHARED: &str = "shared/objects.rs";
    let own = templates.source(name)?;
    let shared = templates.source(SHARED)?;
    let (items, tests) = own.split_at(own.find("#[cfg(test)]").unwrap_or(own.len()));
    // Items, the shared readers and the tests, one blank line apart as rustfmt leaves them.
    let mut text = format!("{}\n\n{}\n", items.trim_end(), shared.trim_end());
    if !tests.is_empty() {
        text.push('\n');
        text.push_str(tests);
    }
    let builtin = templates.is_builtin(name) && templates.is_builtin(SHARED);
    Source::of(text, builtin, name)
}

/// How generated Rust gets its final layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Printed once, by prettyplease. A file whose layout is not already rustfmt's (the
    /// templates and `models.rs` are) opens with [`SKIP_RUSTFMT`], so `cargo fmt` leaves it as
    /// printed. No rustfmt process runs: most of a large API's generation time otherwise.
    #[default]
    Prettyplease,
    /// Passed through rustfmt after printing, so every file is in rustfmt's layout.
    Rustfmt,
}

impl Format {
    /// The name `--format` and `specmint.toml` use.
    pub fn name(self) -> &'static str {
        match self {
            Format::Prettyplease => "prettyplease",
            Format::Rustfmt => "rustfmt",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(name: &str) -> Result<Format, String> {
        [Format::Prettyplease, Format::Rustfmt]
            .into_iter()
            .find(|format| format.name() == name)
            .ok_or_else(|| format!("unknown format `{name}`: expected `prettyplease` or `rustfmt`"))
    }
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

/// Formats every `.rs` file of the set with rustfmt (one batch per core), so generated
/// code is exactly what `cargo fmt` would leave. prettyplease's layout differs from rustfmt's in
/// places, and generated crates must pass `cargo fmt --check`.
///
/// `previous` is the directory the set was last written to: a file printed exactly as last
/// time, whose copy there is still what rustfmt made of it (see [`FormatCache`]), is taken from
/// there instead of being formatted again. The cache written with the set
/// ([`FormatCache::FILE`]) records every Rust file of it.
///
/// The `RUSTFMT` environment variable names the binary, as for cargo; the default is `rustfmt`
/// from `PATH`. The files are formatted in a temporary directory, so no `rustfmt.toml` of the
/// surrounding project applies and the result does not depend on where the output goes.
pub fn rustfmt(
    files: &mut crate::output::FileSet,
    previous: Option<&std::path::Path>,
) -> Result<(), String> {
    let cache = previous.map(FormatCache::load).unwrap_or_default();
    let mut record = FormatCache::default();
    let mut rust_files: Vec<(String, String)> = Vec::new();
    let mut printed_hashes: Vec<String> = Vec::new();
    let mut reused: Vec<(String, String)> = Vec::new();
    for (path, text) in files.iter() {
        if !path.ends_with(".rs") || files.is_formatted(path) {
            continue;
        }
        let printed = FormatCache::hash(text);
        match cache.reuse(path, &printed) {
            Some(formatted) => {
                record.add(path, &printed, &formatted);
                reused.push((path.to_string(), formatted));
            }
            None => {
                rust_files.push((path.to_string(), text.to_string()));
                printed_hashes.push(printed);
            }
        }
    }
    for (path, text) in reused {
        files.insert(&path, text);
    }
    for (i, text) in rustfmt_files(&rust_files)? {
        record.add(&rust_files[i].0, &printed_hashes[i], &text);
        files.insert(&rust_files[i].0, text);
    }
    if !record.entries.is_empty() {
        files.insert(FormatCache::FILE, record.render());
    }
    Ok(())
}

/// What rustfmt made of each Rust file of a crate the last time it was generated, kept with
/// the crate as [`FormatCache::FILE`]: per file, a hash of the text specmint printed and a hash
/// of rustfmt's result. A re-run that prints a file exactly as before, and finds the file on
/// disk still hashing to that result, reuses it instead of running rustfmt again; an edited,
/// missing or differently printed file is formatted anew. rustfmt's stability guarantee (the
/// default style does not change for formatted code) makes the result independent of the
/// rustfmt version, so none is recorded.
#[derive(Debug, Default)]
pub struct FormatCache {
    dir: std::path::PathBuf,
    /// Path → (hash as printed, hash as formatted).
    entries: std::collections::BTreeMap<String, (String, String)>,
}

impl FormatCache {
    /// The cache's file name in a crate's directory.
    pub const FILE: &'static str = ".specmint-format";

    /// The cache of the crate at `dir`; empty when there is none or it cannot be read.
    pub fn load(dir: &std::path::Path) -> FormatCache {
        let mut cache = FormatCache {
            dir: dir.to_path_buf(),
            entries: Default::default(),
        };
        let Ok(text) = std::fs::read_to_string(dir.join(Self::FILE)) else {
            return cache;
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.splitn(3, ' ');
            if let (Some(printed), Some(formatted), Some(path)) =
                (parts.next(), parts.next(), parts.next())
            {
                cache.entries.insert(
                    path.to_string(),
                    (printed.to_string(), formatted.to_string()),
                );
            }
        }
        cache
    }

    /// A hex SHA-256 of a file's text.
    pub fn hash(text: &str) -> String {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(text.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The file's formatted text from the previous output, when `printed` is what it was
    /// printed as then and the copy on disk is still rustfmt's result.
    fn reuse(&self, path: &str, printed: &str) -> Option<String> {
        let (was_printed, was_formatted) = self.entries.get(path)?;
        if was_printed != printed {
            return None;
        }
        let text = std::fs::read_to_string(self.dir.join(path)).ok()?;
        (&Self::hash(&text) == was_formatted).then_some(text)
    }

    fn add(&mut self, path: &str, printed: &str, formatted: &str) {
        self.entries.insert(
            path.to_string(),
            (printed.to_string(), Self::hash(formatted)),
        );
    }

    fn render(&self) -> String {
        let mut out = String::from(
            "# specmint: each Rust file's hash as printed and as formatted by rustfmt, so that a\n\
             # re-run formats only files that changed. Regenerated with the crate.\n",
        );
        for (path, (printed, formatted)) in &self.entries {
            out.push_str(&format!("{printed} {formatted} {path}\n"));
        }
        out
    }
}

/// Formats `rust_files` (path, text), returning each one's index and formatted text.
fn rustfmt_files(rust_files: &[(String, String)]) -> Result<Vec<(usize, String)>, String> {
    if rust_files.is_empty() {
        return Ok(Vec::new());
    }
    // One rustfmt per core, each on a share of the files of about equal size.
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(rust_files.len());
    let mut shares: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); workers];
    let mut by_size: Vec<usize> = (0..rust_files.len()).collect();
    by_size.sort_by_key(|&i| std::cmp::Reverse(rust_files[i].1.len()));
    for i in by_size {
        if let Some(lightest) = shares.iter_mut().min_by_key(|(size, _)| *size) {
            lightest.0 += rust_files[i].1.len();
            lightest.1.push(i);
        }
    }
    let formatted: Vec<Result<Vec<(usize, String)>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .iter()
            .map(|(_, share)| scope.spawn(|| rustfmt_share(rust_files, share)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut all = Vec::with_capacity(rust_files.len());
    for share in formatted {
        all.extend(share?);
    }
    Ok(all)
}

/// Formats the files at `share` (indexes into `all`). Files without out-of-line modules are
/// written to a temporary directory and formatted by one rustfmt process; rustfmt would follow
/// a `mod x;` to its file, so the few files declaring modules (`lib.rs`, `apis/mod.rs`) are
/// formatted from standard input instead, where it does not.
fn rustfmt_share(
    all: &[(String, String)],
    share: &[usize],
) -> Result<Vec<(usize, String)>, String> {
    let (roots, leaves): (Vec<usize>, Vec<usize>) =
        share.iter().partition(|&&i| declares_modules(&all[i].1));
    // rustfmt runs in an empty directory, so no configuration of the surroundings applies.
    let dir = tempfile::Builder::new()
        .prefix("specmint-rustfmt-")
        .tempdir_in(scratch_dir())
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let (joinable, separate): (Vec<usize>, Vec<usize>) =
        leaves.iter().partition(|&&i| joinable(&all[i].1));
    let mut paths = Vec::with_capacity(separate.len());
    for &i in &separate {
        let path = dir.path().join(&all[i].0);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &all[i].1)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        paths.push(path);
    }
    // Small files are formatted joined into larger ones, each file after a marker line:
    // rustfmt's cost per file is most of what a twenty-line example takes, and it formats
    // top-level items one by one, so each part comes out as it would on its own.
    let marker = format!("// specmint-rustfmt-part-{}-", std::process::id());
    let mut joined: Vec<(std::path::PathBuf, Vec<usize>)> = Vec::new();
    for group in joinable.chunks(JOINED_FILES) {
        let mut text = String::new();
        for &i in group {
            text.push_str(&format!("{marker}{i}\n"));
            text.push_str(all[i].1.trim_end());
            text.push('\n');
        }
        let path = dir.path().join(format!("joined-{}.rs", joined.len()));
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        joined.push((path, group.to_vec()));
    }
    let all_paths: Vec<&std::path::PathBuf> =
        paths.iter().chain(joined.iter().map(|(p, _)| p)).collect();
    // The leaves' process runs while the roots go through standard input one by one.
    let batch = if all_paths.is_empty() {
        None
    } else {
        Some(
            rustfmt_command()
                .args(&all_paths)
                .current_dir(dir.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot run rustfmt: {e}"))?,
        )
    };
    let mut formatted = Vec::with_capacity(share.len());
    let roots_formatted: Result<(), String> = roots.iter().try_for_each(|&i| {
        formatted.push((i, rustfmt_stdin(&all[i].1, &all[i].0, dir.path())?));
        Ok(())
    });
    if let Some(batch) = batch {
        let output = batch
            .wait_with_output()
            .map_err(|e| format!("cannot run rustfmt: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "rustfmt failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
    }
    roots_formatted?;
    for (&i, path) in separate.iter().zip(&paths) {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        formatted.push((i, text));
    }
    for (path, members) in &joined {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let parts = split_joined(&text, &marker);
        if parts.iter().map(|(i, _)| *i).ne(members.iter().copied()) {
            return Err(format!(
                "internal error: rustfmt did not keep the parts of {} apart",
                path.display()
            ));
        }
        formatted.extend(parts);
    }
    Ok(formatted)
}

/// How many small files are formatted as one.
const JOINED_FILES: usize = 200;

/// Files with fewer lines than this are formatted joined with others.
const JOINABLE_LINES: usize = 200;

/// Whether a file can be formatted joined with others: small, and without inner attributes or
/// inner doc comments, which may only open a file.
fn joinable(text: &str) -> bool {
    text.lines().count() < JOINABLE_LINES
        && !text.lines().any(|line| {
            let line = line.trim_start();
            line.starts_with("#![") || line.starts_with("//!")
        })
}

/// The parts of a joined file, by the index each marker line names, each ending in one newline
/// as rustfmt ends a file.
fn split_joined(text: &str, marker: &str) -> Vec<(usize, String)> {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        match line
            .strip_prefix(marker)
            .and_then(|rest| rest.trim_end().parse().ok())
        {
            Some(index) => parts.push((index, String::new())),
            None => {
                if let Some((_, part)) = parts.last_mut() {
                    part.push_str(line);
                }
            }
        }
    }
    for (_, part) in &mut parts {
        let end = part.trim_end().len();
        part.truncate(end);
        part.push('\n');
    }
    parts
}

/// Where rustfmt's copies of the files go: a memory-backed directory when the system has one
/// (`$XDG_RUNTIME_DIR`, else `/dev/shm`), as they live for a moment only and creating and
/// deleting thousands of files on a disk file system costs more than formatting them; else the
/// temporary directory.
fn scratch_dir() -> std::path::PathBuf {
    let memory_backed = std::env::var_os("XDG_RUNTIME_DIR")
        .map(std::path::PathBuf::from)
        .into_iter()
        .chain([std::path::PathBuf::from("/dev/shm")])
        .find(|dir| {
            std::fs::metadata(dir).is_ok_and(|m| m.is_dir() && !m.permissions().readonly())
        });
    memory_backed.unwrap_or_else(std::env::temp_dir)
}

/// Whether a file declares a module whose body lives in another file (`mod x;`).
fn declares_modules(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        let line = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        line.strip_prefix("mod ")
            .is_some_and(|rest| rest.trim_end().ends_with(';'))
    })
}

/// rustfmt for Rust 2021, from the `RUSTFMT` environment variable as for cargo, or from `PATH`.
fn rustfmt_command() -> std::process::Command {
    let mut command = std::process::Command::new(rustfmt_binary());
    command.args(["--edition", "2021"]);
    command
}

/// The rustfmt binary, found once per process. `rustfmt` on `PATH` is usually rustup's proxy,
/// which chooses a toolchain on every start; asking rustup once for the binary it would run
/// spares that on each of a run's rustfmt processes. rustup resolves it from a neutral
/// directory, as the processes run in one, so a toolchain file of the surroundings applies to
/// neither.
fn rustfmt_binary() -> &'static std::ffi::OsStr {
    static BINARY: std::sync::OnceLock<std::ffi::OsString> = std::sync::OnceLock::new();
    BINARY.get_or_init(|| {
        if let Some(binary) = std::env::var_os("RUSTFMT") {
            return binary;
        }
        std::process::Command::new("rustup")
            .args(["which", "rustfmt"])
            .current_dir(std::env::temp_dir())
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .map(|path| std::path::PathBuf::from(path.trim()))
            .filter(|path| path.is_file())
            .map_or_else(|| "rustfmt".into(), std::ffi::OsString::from)
    })
}

/// Formats one file's text through rustfmt's standard input.
fn rustfmt_stdin(text: &str, file: &str, dir: &std::path::Path) -> Result<String, String> {
    use std::io::Write;
    let mut child = rustfmt_command()
        .args(["--emit", "stdout"])
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| "cannot write to rustfmt".to_string())?;
    // Written from a thread of its own, so a large file cannot fill both pipes at once.
    let input = text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let written = writer
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    if !output.status.success() {
        return Err(format!(
            "rustfmt failed on {file}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    written.map_err(|e| format!("cannot write {file} to rustfmt: {e}"))?;
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt wrote invalid UTF-8: {e}"))
}

/// Shortens the fully qualified paths of generated code for reading in docs.
pub fn readable_paths(text: &str) -> String {
    [
        ("::std::result::Result", "Result"),
        ("::std::option::Option", "Option"),
        ("::std::vec::Vec", "Vec"),
        ("::std::string::String", "String"),
        ("::std::collections::BTreeMap", "BTreeMap"),
        ("::std::boxed::Box", "Box"),
        ("crate::models::", "models::"),
        ("::reqwest::", "reqwest::"),
        ("::chrono::", "chrono::"),
        ("::uuid::", "uuid::"),
        ("::serde_json::", "serde_json::"),
    ]
    .iter()
    .fold(text.to_string(), |t, (long, short)| t.replace(long, short))
}

/// The struct holding the parts of an operation's multipart body, in client and server.
pub fn form_ident(op: &crate::ir::Operation) -> Ident {
    ident(&format!("{}Form", op.type_name))
}

/// Whether a multipart value part is a list, sent as one part per item.
pub fn part_is_list(types: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(types.resolve_alias(&non_null(types, ty)), TypeRef::List(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What prettyplease prints for the same doc comment written as one attribute per line.
    fn printed_plainly(lines: &[&str], inner: bool) -> String {
        let attrs = lines.iter().map(|text| {
            if inner {
                quote! { #![doc = #text] }
            } else {
                quote! { #[doc = #text] }
            }
        });
        let tokens = if inner {
            quote! { #(#attrs)* pub struct A; }
        } else {
            quote! { impl A { #(#attrs)* pub fn f(&self) {} } }
        };
        prettyplease::unparse(&syn::parse2(tokens).unwrap())
    }

    /// Models' impls are printed in chunks and a server module one operation at a time, then
    /// put together: that must be the text printing everything at once gives.
    #[test]
    fn items_printed_in_pieces_read_as_printed_together() {
        let heading = quote! {
            //! A module.
            use std::fmt;
        };
        let first = quote! {
            /// A struct.
            #[derive(Debug)]
            pub struct A { pub value: ::std::option::Option<::std::string::String> }
            impl fmt::Display for A {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("a") }
            }
        };
        let second = quote! {
            pub enum B { One, Two(i32) }
            pub fn long_name_to_make_prettyplease_break_the_line(first_argument: i32, second_argument: i32) -> i32 { first_argument + second_argument }
        };
        let together = print_file(quote! { #heading #first #second }, "together.rs").unwrap();
        let pieces = [heading, first, second]
            .into_iter()
            .map(|tokens| print_file(tokens, "piece.rs").unwrap())
            .collect::<String>();
        assert_eq!(pieces, together);
        assert!(together.contains("//! A module.\n"));
    }

    #[test]
    fn doc_comments_print_as_prettyplease_prints_their_attributes() {
        let parts = [
            Some("Title"),
            Some("A line  \n\n    indented\ntrailing spaces   "),
        ];
        let lines = doc_lines(&parts);
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();

        let doc = doc_attrs(&parts);
        let tokens = quote! { impl A { #doc pub fn f(&self) {} } };
        let printed = print_file(tokens, "a.rs").unwrap();
        assert_eq!(printed, printed_plainly(&texts, false));
        assert!(printed.contains("    /// Title\n    ///\n"), "{printed}");
        assert!(!printed.contains(DOC_MARKER), "{printed}");

        let doc = inner_doc_attrs(&parts);
        let printed = print_file(quote! { #doc pub struct A; }, "b.rs").unwrap();
        assert_eq!(printed, printed_plainly(&texts, true));
        assert!(printed.starts_with("//! Title\n"), "{printed}");
    }

    #[test]
    fn comment_lines_that_look_like_code_print_as_their_attributes_do() {
        // Each line has its leading space, so `/path` does not make a fourth slash.
        let parts = [Some("/path\n//! not inner\n\u{1}specmint-doc 0")];
        let lines = doc_lines(&parts);
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let doc = doc_attrs(&parts);
        let printed = print_file(quote! { impl A { #doc pub fn f(&self) {} } }, "a.rs").unwrap();
        assert_eq!(printed, printed_plainly(&texts, false));
    }

    #[test]
    fn a_marker_printed_on_another_thread_is_an_error_not_a_lost_comment() {
        let doc = doc_attrs(&[Some("Made here")]).to_string();
        let printed = std::thread::spawn(move || {
            let doc: TokenStream = doc.parse().unwrap();
            print_file(quote! { #doc pub struct A; }, "a.rs")
        })
        .join()
        .unwrap();
        let err = printed.unwrap_err();
        assert!(err.contains("a.rs"), "{err}");
    }
}
