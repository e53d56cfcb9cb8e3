//! specmint: OpenAPI → Rust client crates (and, as they grow, servers and docs).
//!
//! The pipeline runs one way: [`load`] reads a spec into `openapiv3` with located diagnostics,
//! [`ir::lower`] turns it into specmint's own [`ir::Api`], and the emitters in [`emit`] turn
//! that into files, which [`output`] writes atomically or compares for `--check`.

pub mod config;
pub mod diagnostics;
pub mod emit;
pub mod import;
pub mod ir;
pub mod load;
pub mod output;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diagnostics::{Diagnostic, Diagnostics};
use output::FileSet;

/// What to generate from one spec.
#[derive(Debug, Clone)]
pub struct Job {
    pub spec: PathBuf,
    /// The spec's name in diagnostics.
    pub spec_display: String,
    /// The directory that receives `client/` (and later `server/`, `docs/`).
    pub out_dir: PathBuf,
    pub client_crate: Option<String>,
    /// How users depend on the client crate by path, from the repository root; `None` for the
    /// crate directory itself.
    pub install_path: Option<String>,
    /// Write the docs pages to `out_dir/docs` (the client's README links to them).
    pub docs: bool,
    /// Write the server crate to `out_dir/server`, named this.
    pub server_crate: Option<String>,
    /// A directory of the user's templates overriding built-in ones.
    pub templates: Option<PathBuf>,
    /// Whether generated Rust is left as prettyplease prints it or formatted by rustfmt.
    pub format: emit::rust::Format,
}

/// Figures from one generation run, for summaries and closing notes.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub operations: usize,
    pub component_schemas: usize,
    pub types: usize,
    pub files: usize,
    pub lines: usize,
    pub load: Duration,
    pub lower: Duration,
    pub emit: Duration,
    pub format: Duration,
    pub docs: Duration,
    /// Emitting and formatting the server crate (alongside the client and docs, the two
    /// sharing the cores).
    pub server: Duration,
    /// The whole run in memory (everything but writing the files), wall-clock.
    pub total: Duration,
    pub docs_pages: usize,
    pub examples: usize,
}

/// Generated output, not yet written.
#[derive(Debug)]
pub struct Generated {
    /// Output directory → its files.
    pub outputs: Vec<(PathBuf, FileSet)>,
    pub warnings: Vec<Diagnostic>,
    pub stats: Stats,
}

impl Generated {
    /// Warnings counted by kind.
    pub fn warning_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for w in &self.warnings {
            *counts.entry(w.kind).or_insert(0) += 1;
        }
        counts
    }
}

/// Loads, lowers and emits one spec. On failure, every diagnostic found (errors and warnings).
pub fn generate(job: &Job) -> Result<Generated, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new(&job.spec_display);
    let mut stats = Stats::default();
    let run_started = Instant::now();

    let started = Instant::now();
    let doc = load::load_file(&job.spec, &job.spec_display, &mut diags);
    stats.load = started.elapsed();
    let Some(doc) = doc else {
        return Err(diags.into_items());
    };

    let started = Instant::now();
    let api = ir::lower(&doc, &mut diags);
    stats.lower = started.elapsed();
    // The document is freed alongside emission rather than after it.
    rayon::spawn(move || drop(doc));
    let Some(api) = api else {
        return Err(diags.into_items());
    };

    let started = Instant::now();
    let spec_file = job
        .spec
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let crate_name = job.client_crate.clone().unwrap_or_else(|| {
        let stem = job
            .spec
            .file_stem()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!(
            "{}-client",
            ir::naming::snake_name(&stem, "api").replace('_', "-")
        )
    });
    let version = match emit::client::crate_version(&api.info.version) {
        Some(v) => v,
        None => {
            diags.push(
                Diagnostic::warning(
                    "version",
                    &job.spec_display,
                    "/info/version",
                    format!("info.version \"{}\" is not a semantic version; the crate is versioned 0.1.0", api.info.version),
                )
                .with_help("use a version like 1.2.3 to version the crate after the API"),
            );
            "0.1.0".to_string()
        }
    };
    let options = emit::client::ClientOptions {
        crate_name,
        version,
        spec_file,
        install_path: job.install_path.clone().unwrap_or_else(|| ".".to_string()),
    };
    let templates = match &job.templates {
        Some(dir) => emit::templates::Templates::with_overrides(dir).map_err(|message| {
            vec![Diagnostic::error(
                "templates",
                &dir.display().to_string(),
                "",
                message,
            )]
        })?,
        None => emit::templates::Templates::builtin(),
    };
    // The server crate does not depend on the client's files: the two are built side by side,
    // and each splits its files over all cores too.
    let server_options =
        job.server_crate
            .as_ref()
            .map(|server_crate| emit::server::ServerOptions {
                crate_name: server_crate.clone(),
                version: options.version.clone(),
                spec_file: options.spec_file.clone(),
            });
    let (client_part, server_part) = rayon::join(
        || client_and_docs(&api, job, &options, &templates, started),
        || {
            server_options.as_ref().map(|server_options| {
                let started = Instant::now();
                let mut server = emit::server::emit(&api, server_options, &templates)?;
                let formatted = format_rust(&mut server, job, &job.out_dir.join("server"));
                mark_printed(&mut server, job);
                Ok::<_, String>((server, formatted, started.elapsed()))
            })
        },
    );
    let ClientPart {
        client,
        docs,
        formatted,
        examples,
        emit: emit_time,
        format,
        docs_time,
    } = client_part.map_err(|m| internal(&diags, m))?;
    stats.emit = emit_time;
    stats.format = format;
    stats.docs = docs_time;
    note_rustfmt(formatted, &mut diags);

    stats.operations = api.operations.len();
    stats.component_schemas = api
        .types
        .iter()
        .filter(|(_, d)| d.original.is_some())
        .count();
    stats.types = api.types.len();
    stats.files = client.len() + docs.len();
    stats.lines = client.lines() + docs.lines();
    stats.docs_pages = docs.len();
    stats.examples = examples;
    let mut outputs = vec![(job.out_dir.join("client"), client)];
    if let Some(server_part) = server_part {
        let (server, formatted, elapsed) = server_part.map_err(|m| internal(&diags, m))?;
        // One warning when rustfmt is missing, not one per crate.
        if formatted.is_ok() || !diags.items().iter().any(|d| d.kind == "rustfmt") {
            note_rustfmt(formatted, &mut diags);
        }
        stats.server = elapsed;
        stats.files += server.len();
        stats.lines += server.lines();
        outputs.push((job.out_dir.join("server"), server));
    }
    if job.docs {
        outputs.push((job.out_dir.join("docs"), docs));
    }
    stats.total = run_started.elapsed();
    Ok(Generated {
        outputs,
        warnings: diags.into_items(),
        stats,
    })
}

/// The diagnostics so far, with an emitter failure (a bug in specmint) as the final error.
fn internal(diags: &Diagnostics, message: String) -> Vec<Diagnostic> {
    let mut items = diags.items().to_vec();
    items.push(Diagnostic::error("internal", diags.file(), "", message));
    items
}

/// The client crate and the docs, built together: the docs show each operation's example
/// exactly as the client crate compiles it.
struct ClientPart {
    client: FileSet,
    docs: FileSet,
    formatted: Result<(), String>,
    examples: usize,
    emit: Duration,
    format: Duration,
    docs_time: Duration,
}

fn client_and_docs(
    api: &ir::Api,
    job: &Job,
    options: &emit::client::ClientOptions,
    templates: &emit::templates::Templates,
    started: Instant,
) -> Result<ClientPart, String> {
    let docs_options = emit::docs::DocsOptions {
        crate_name: options.crate_name.clone(),
        version: options.version.clone(),
        spec_file: options.spec_file.clone(),
        install_path: options.install_path.clone(),
        pages: job.docs,
    };
    let crate_ident = options.crate_name.replace('-', "_");
    let example_files = emit::examples::examples(api, &crate_ident)?;
    let docs = |examples: &BTreeMap<String, String>| {
        let started = Instant::now();
        emit::docs::emit(api, &docs_options, examples, templates).map(|d| (d, started.elapsed()))
    };
    let (mut client, examples, docs, formatted, emit, format) = match job.format {
        // Examples are final as printed, so the docs are built alongside the rest of the client.
        emit::rust::Format::Prettyplease => {
            let examples = shown_examples(api, &example_files);
            let (docs, client) = rayon::join(
                || docs(&examples),
                || emit::client::emit(api, options, templates),
            );
            let mut client = client?;
            client.extend(example_files);
            let emit = started.elapsed();
            (client, examples, docs?, Ok(()), emit, Duration::ZERO)
        }
        // rustfmt first, so that the docs show the examples as formatted.
        emit::rust::Format::Rustfmt => {
            let mut client = emit::client::emit(api, options, templates)?;
            client.extend(example_files);
            let emit = started.elapsed();
            let format_started = Instant::now();
            let formatted = format_rust(&mut client, job, &job.out_dir.join("client"));
            let format = format_started.elapsed();
            let examples = shown_examples(api, &client);
            let docs = docs(&examples)?;
            (client, examples, docs, formatted, emit, format)
        }
    };
    let ((readme, docs), docs_time) = docs;
    client.insert("README.md", readme);
    // Marked after the docs took the examples, which show them as printed, without the mark.
    mark_printed(&mut client, job);
    Ok(ClientPart {
        client,
        docs,
        formatted,
        examples: examples.len(),
        emit,
        format,
        docs_time,
    })
}

/// Each operation's example as `files` (the client crate's) hold it, by operation, for the
/// docs to show.
fn shown_examples(api: &ir::Api, files: &FileSet) -> BTreeMap<String, String> {
    api.operations
        .iter()
        .filter_map(|op| {
            files
                .get(&emit::examples::example_path(op))
                .map(|text| (op.rust_name.clone(), text.to_string()))
        })
        .collect()
}

/// With `--format rustfmt`, formats a crate's Rust files (reusing what rustfmt made of files
/// printed as in `previous`); otherwise nothing.
fn format_rust(files: &mut FileSet, job: &Job, previous: &Path) -> Result<(), String> {
    match job.format {
        emit::rust::Format::Rustfmt => emit::rust::rustfmt(files, Some(previous)),
        emit::rust::Format::Prettyplease => Ok(()),
    }
}

/// In the default layout, marks a crate's printed Rust files to be left as printed.
fn mark_printed(files: &mut FileSet, job: &Job) {
    if job.format == emit::rust::Format::Prettyplease {
        emit::rust::keep_printed(files);
    }
}

/// Without rustfmt, one warning says the output is not formatted.
fn note_rustfmt(formatted: Result<(), String>, diags: &mut Diagnostics) {
    if let Err(message) = formatted {
        diags.push(
            Diagnostic::warning("rustfmt", diags.file(), "", format!("generated code is not formatted by rustfmt: {message}"))
                .with_help("install rustfmt (`rustup component add rustfmt`) so that output passes `cargo fmt --check`"),
        );
    }
}

/// Only validates a spec: every diagnostic, errors first.
pub fn check(spec: &Path, spec_display: &str) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::new(spec_display);
    if let Some(doc) = load::load_file(spec, spec_display, &mut diags) {
        let _ = ir::lower(&doc, &mut diags);
    }
    let mut items = diags.into_items();
    items.sort_by_key(|d| d.severity);
    items
}

/// Reads a botocore model and converts it into an OpenAPI document (see [`import::botocore`]).
pub fn import_botocore(
    path: &Path,
    display: &str,
) -> Result<import::botocore::Imported, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic::error(
            "io",
            display,
            "",
            format!("cannot read the botocore model: {e}"),
        )]
    })?;
    import::botocore::convert(&text, display)
}

/// The job for a configured target.
pub fn job_for(target: &config::Target, root: &Path) -> Job {
    let client_dir = config::normalize(&target.out_dir.join("client"));
    let root = config::normalize(root);
    let install = client_dir.strip_prefix(&root).unwrap_or(&client_dir);
    Job {
        spec: target.spec.clone(),
        spec_display: target.spec_display.clone(),
        out_dir: target.out_dir.clone(),
        client_crate: Some(target.client_crate.clone()),
        install_path: Some(
            install
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
        ),
        docs: target.emit.contains(&config::Emit::Docs),
        server_crate: target
            .emit
            .contains(&config::Emit::Server)
            .then(|| target.server_crate.clone()),
        templates: target.templates.clone(),
        format: target.format,
    }
}

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
