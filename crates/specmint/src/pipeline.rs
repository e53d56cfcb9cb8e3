//! The pipeline, top to bottom: load → lower → emit → format → (docs) → finished file sets.
//! Writing them (atomically, or comparing for `--check`) is [`crate::output`]'s job.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{self, Format};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::emit;
use crate::emit::templates::Templates;
use crate::output::FileSet;
use crate::{format, history, ir, load};

/// What to generate from one spec. [`Job::new`] sets every option to its default.
#[derive(Debug, Clone)]
pub struct Job {
    pub spec: PathBuf,
    /// The spec's name in diagnostics.
    pub spec_display: String,
    /// The directory that receives `client/`, `server/` and `docs/`.
    pub out_dir: PathBuf,
    pub client_crate: String,
    /// How users depend on the client crate by path, from the repository root; `.` for the
    /// crate directory itself.
    pub install_path: String,
    /// Write the docs pages to `out_dir/docs` (the client's README links to them).
    pub docs: bool,
    /// Write the server crate to `out_dir/server`, named this.
    pub server_crate: Option<String>,
    /// A directory of the user's templates overriding built-in ones.
    pub templates: Option<PathBuf>,
    /// Whether generated Rust is left as prettyplease prints it or formatted by rustfmt.
    pub format: Format,
    /// Keep the spec and the record of its changes in `out_dir/spec`, compare the spec with
    /// the recorded one, and version the crates and write the changelog from that (see
    /// [`crate::history`]). Without it the crates' version is the spec's own.
    pub record: bool,
}

impl Job {
    /// Client, server and docs of `spec` into `out_dir`, the crates named after the spec's file
    /// (see [`config::default_crate_names`]).
    pub fn new(spec: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> Job {
        let spec = spec.into();
        let (client_crate, server_crate) = config::default_crate_names(&spec);
        Job {
            spec_display: config::display_path(&spec),
            spec,
            out_dir: out_dir.into(),
            client_crate,
            install_path: ".".to_string(),
            docs: true,
            server_crate: Some(server_crate),
            templates: None,
            format: Format::default(),
            record: true,
        }
    }

    /// Names the crates: the client `name`, the server after it (see
    /// [`config::server_crate_for`]).
    pub fn crate_names(mut self, client: &str) -> Job {
        if self.server_crate.is_some() {
            self.server_crate = Some(config::server_crate_for(client));
        }
        self.client_crate = client.to_string();
        self
    }

    /// The job for a target of `specmint.toml`, whose paths are relative to `root`.
    pub fn for_target(target: &config::Target, root: &Path) -> Job {
        Job {
            spec: target.spec.clone(),
            spec_display: target.spec_display.clone(),
            out_dir: target.out_dir.clone(),
            client_crate: target.client_crate.clone(),
            install_path: config::install_path(&target.out_dir.join("client"), root),
            docs: target.emit.contains(&config::Emit::Docs),
            server_crate: target
                .emit
                .contains(&config::Emit::Server)
                .then(|| target.server_crate.clone()),
            templates: target.templates.clone(),
            format: target.format,
            record: true,
        }
    }
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
    /// Emitting the client crate.
    pub emit: Duration,
    /// The formatting stage of the client crate.
    pub format: Duration,
    pub docs: Duration,
    /// Emitting and formatting the server crate, alongside the client and its docs.
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
    on_large_stack(|| generate_here(job))
}

/// Runs `work` on a thread with a stack of [`STACK_SIZE`] and waits for it. Loading and
/// lowering walk the spec's own nesting, which parsing bounds and every walk checks; a stack of
/// its own keeps that margin the same on any calling thread (test threads get 2 MiB, a main
/// thread 8 MiB). A panic in `work` is passed on.
pub(crate) fn on_large_stack<T: Send>(
    work: impl FnOnce() -> Result<T, Vec<Diagnostic>> + Send,
) -> Result<T, Vec<Diagnostic>> {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("specmint-generate".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, work)
            .map_err(|e| {
                vec![Diagnostic::error(
                    "internal",
                    "",
                    "",
                    format!("cannot start a thread: {e}"),
                )]
            })?
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// The stack [`generate`] and [`crate::diff::diff_specs`] run on.
const STACK_SIZE: usize = 64 << 20;

fn generate_here(job: &Job) -> Result<Generated, Vec<Diagnostic>> {
    let run_started = Instant::now();
    let mut diags = Diagnostics::new(&job.spec_display);
    let mut stats = Stats::default();

    // Load: the spec as an OpenAPI 3.0 document, its `$ref`s resolved.
    let started = Instant::now();
    let doc = load::load_file(&job.spec, &job.spec_display, &mut diags);
    stats.load = started.elapsed();
    let Some(doc) = doc else {
        return Err(diags.into_items());
    };

    // Lower: specmint's own model of the API, every name decided; meanwhile the document is
    // written out as JSON for the record.
    let started = Instant::now();
    let (spec_text, api) = rayon::join(
        || job.record.then(|| crate::output::pretty_json(&doc.api)),
        || ir::lower(&doc, &mut diags),
    );
    stats.lower = started.elapsed();
    // The document is freed alongside emission rather than after it.
    rayon::spawn(move || drop(doc));
    let Some(api) = api else {
        return Err(diags.into_items());
    };
    // The record: the spec compared with the last run's, the version and the changelog.
    let recorded = spec_text
        .map(|text| history::record(&job.out_dir.join(history::DIR), text, &api, &mut diags));
    let version = match &recorded {
        Some(recorded) => recorded.version.clone(),
        None => config::stated_version(&job.spec_display, &api.info.version, &mut diags),
    };
    let settings = Settings::new(job, version, recorded.as_ref().map(|r| &r.history))?;

    // Emit and format: the client crate with its docs, and the server crate, side by side.
    let (client, server) = rayon::join(
        || client_and_docs(job, &api, &settings),
        || server_crate(job, &api, &settings),
    );
    let client = client.map_err(|m| internal(&diags, m))?;
    let server = server.map_err(|m| internal(&diags, m))?;
    stats.emit = client.emit;
    stats.format = client.format;
    stats.docs = client.docs_time;
    stats.server = server.as_ref().map_or(Duration::ZERO, |server| server.time);
    // One warning when rustfmt is missing, not one per crate.
    let formatted = server
        .as_ref()
        .map_or(Ok(()), |server| server.formatted.clone());
    if let Err(message) = client.formatted.clone().and(formatted) {
        diags.push(format::not_formatted_warning(diags.file(), &message));
    }
    let (mut client, docs, examples) = (client.files, client.docs, client.examples);
    let docs_pages = docs.len();
    let mut server = server.map(|server| server.files);

    // Printed files not formatted by rustfmt are marked for `cargo fmt` to leave as they are.
    format::mark_printed(&mut client, job.format);
    if let Some(server) = server.as_mut() {
        format::mark_printed(server, job.format);
    }

    let mut outputs = vec![(job.out_dir.join("client"), client)];
    outputs.extend(server.map(|server| (job.out_dir.join("server"), server)));
    if job.docs {
        outputs.push((job.out_dir.join("docs"), docs));
    }
    if let Some(recorded) = recorded {
        outputs.push((job.out_dir.join(history::DIR), recorded.files));
    }
    stats.count(&api, &outputs, examples, docs_pages);
    stats.total = run_started.elapsed();
    Ok(Generated {
        outputs,
        warnings: diags.into_items(),
        stats,
    })
}

/// The client crate and its docs: emitted, formatted, then the docs, which show each
/// operation's example as the client crate has it.
struct ClientPart {
    files: FileSet,
    docs: FileSet,
    examples: usize,
    formatted: Result<(), String>,
    emit: Duration,
    format: Duration,
    docs_time: Duration,
}

fn client_and_docs(job: &Job, api: &ir::Api, settings: &Settings) -> Result<ClientPart, String> {
    let started = Instant::now();
    let mut files = emit::client::emit(api, &settings.client, &settings.templates)?;
    let emit = started.elapsed();

    // Format: with `--format rustfmt`, every printed file goes through rustfmt.
    let started = Instant::now();
    let formatted = format::format_rust(&mut files, job.format, &job.out_dir.join("client"));
    let format = started.elapsed();

    // Docs: each operation's example shown as the client crate has it.
    let started = Instant::now();
    let examples = emit::examples::shown(api, &files);
    let (readme, docs) = emit::docs::emit(api, &settings.docs, &examples, &settings.templates)?;
    files.insert("README.md", readme);
    Ok(ClientPart {
        files,
        docs,
        examples: examples.len(),
        formatted,
        emit,
        format,
        docs_time: started.elapsed(),
    })
}

/// The server crate, emitted and formatted.
struct ServerPart {
    files: FileSet,
    formatted: Result<(), String>,
    time: Duration,
}

fn server_crate(
    job: &Job,
    api: &ir::Api,
    settings: &Settings,
) -> Result<Option<ServerPart>, String> {
    let Some(options) = &settings.server else {
        return Ok(None);
    };
    let started = Instant::now();
    let mut files = emit::server::emit(api, options, &settings.templates)?;
    let formatted = format::format_rust(&mut files, job.format, &job.out_dir.join("server"));
    Ok(Some(ServerPart {
        files,
        formatted,
        time: started.elapsed(),
    }))
}

impl Stats {
    /// The sizes of the API and of what was generated from it.
    fn count(
        &mut self,
        api: &ir::Api,
        outputs: &[(PathBuf, FileSet)],
        examples: usize,
        docs_pages: usize,
    ) {
        self.operations = api.operations.len();
        self.component_schemas = api
            .types
            .iter()
            .filter(|(_, d)| d.original.is_some())
            .count();
        self.types = api.types.len();
        self.docs_pages = docs_pages;
        self.examples = examples;
        self.files = outputs.iter().map(|(_, files)| files.len()).sum();
        self.lines = outputs.iter().map(|(_, files)| files.lines()).sum();
    }
}

/// What the emitters are told besides the API: crate names, the version, the templates.
struct Settings {
    templates: Templates,
    client: emit::client::ClientOptions,
    server: Option<emit::server::ServerOptions>,
    docs: emit::docs::DocsOptions,
}

impl Settings {
    fn new(
        job: &Job,
        version: String,
        history: Option<&history::History>,
    ) -> Result<Settings, Vec<Diagnostic>> {
        let templates = match &job.templates {
            Some(dir) => Templates::with_overrides(dir).map_err(|message| {
                vec![Diagnostic::error(
                    "templates",
                    &dir.display().to_string(),
                    "",
                    message,
                )]
            })?,
            None => Templates::builtin(),
        };
        let spec_file = job
            .spec
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Settings {
            templates,
            client: emit::client::ClientOptions {
                crate_name: job.client_crate.clone(),
                version: version.clone(),
                spec_file: spec_file.clone(),
                install_path: job.install_path.clone(),
            },
            server: job
                .server_crate
                .as_ref()
                .map(|crate_name| emit::server::ServerOptions {
                    crate_name: crate_name.clone(),
                    version: version.clone(),
                    spec_file: spec_file.clone(),
                }),
            docs: emit::docs::DocsOptions {
                crate_name: job.client_crate.clone(),
                version,
                spec_file,
                install_path: job.install_path.clone(),
                pages: job.docs,
                history: history.cloned(),
            },
        })
    }
}

/// The diagnostics so far, with an emitter failure (a bug in specmint) as the final error.
fn internal(diags: &Diagnostics, message: String) -> Vec<Diagnostic> {
    let mut items = diags.items().to_vec();
    items.push(Diagnostic::error("internal", diags.file(), "", message));
    items
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

/// Reads a botocore model and converts it into an OpenAPI document (see
/// [`crate::import::botocore`]).
pub fn import_botocore(
    path: &Path,
    display: &str,
) -> Result<crate::import::botocore::Imported, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic::error(
            "io",
            display,
            "",
            format!("cannot read the botocore model: {e}"),
        )]
    })?;
    crate::import::botocore::convert(&text, display)
}
