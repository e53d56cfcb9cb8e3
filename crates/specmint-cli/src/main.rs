//! `specmint`: generate Rust clients from OpenAPI specs.

mod diff;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use specmint::config::Format;
use specmint::config::{display_path, Config};
use specmint::diagnostics::Diagnostic;
use specmint::output::{self, Stale};
use specmint::{Generated, Job};

/// mimalloc: generation allocates many small token trees and strings, and glibc's malloc
/// spent a fifth of the run in allocation and freeing.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "specmint",
    version,
    about = "Generate Rust client crates from OpenAPI specs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate every target of the config, or one spec with `SPEC --out DIR`.
    Generate(GenerateArgs),
    /// Validate a spec and print its diagnostics; writes nothing.
    Check { spec: PathBuf },
    /// What a spec change does to the generated crates: breaking, additive and docs-only
    /// changes, and the version bump they need.
    Diff(diff::DiffArgs),
    /// Convert an API description that is not OpenAPI into an OpenAPI 3.0 document.
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
}

#[derive(Args)]
struct GenerateArgs {
    /// A single spec to generate (needs --out); without it, every target of the config.
    spec: Option<PathBuf>,
    /// Output directory for a single spec; the client crate goes to DIR/client.
    #[arg(long, requires = "spec")]
    out: Option<PathBuf>,
    /// Crate name for a single spec (default: `<spec file stem>-client`).
    #[arg(long, requires = "spec")]
    name: Option<String>,
    /// Write nothing; exit 1 and list the stale files when the output is not up to date.
    #[arg(long)]
    check: bool,
    /// The config naming the targets.
    #[arg(long, default_value = "specs/specmint.toml")]
    config: PathBuf,
    /// A directory of templates overriding the built-in ones, file by file (for example
    /// `docs/api.md.j2`); for config targets it replaces the config's `templates`.
    #[arg(long)]
    templates: Option<PathBuf>,
    /// How generated Rust is laid out: `prettyplease` (printed once; files whose layout is
    /// not rustfmt's tell rustfmt to leave them as they are) or `rustfmt` (formatted by
    /// rustfmt, slower). The default is `prettyplease`; for config targets it replaces
    /// the config's `format`.
    #[arg(long)]
    format: Option<Format>,
    /// Print every warning instead of a summary by kind.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Subcommand)]
enum ImportFrom {
    /// A botocore service model (`service-2.json`) of protocol `rest-json`.
    Botocore {
        /// The model, for example `wickr-2024-02-01.service-2.json`.
        model: PathBuf,
        /// Where to write the OpenAPI document (JSON).
        #[arg(short, long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    specmint::disable_huge_pages();
    match Cli::parse().command {
        Command::Generate(args) => match &args.spec {
            Some(spec) => generate_spec(spec, &args),
            None => generate_config(&args),
        },
        Command::Import {
            from: ImportFrom::Botocore { model, out },
        } => import_botocore(&model, &out),
        Command::Check { spec } => check_spec(&spec),
        Command::Diff(args) => diff::run(&args),
    }
}

/// `specmint generate SPEC --out DIR`: one spec, outside any config.
fn generate_spec(spec: &Path, args: &GenerateArgs) -> ExitCode {
    let Some(out) = &args.out else {
        eprintln!("error: `specmint generate SPEC` needs `--out DIR`");
        return ExitCode::FAILURE;
    };
    let mut job = Job::new(spec.to_path_buf(), out.clone());
    if let Some(name) = &args.name {
        job = job.crate_names(name);
    }
    job.templates = args.templates.clone();
    job.format = args.format.unwrap_or_default();
    run(&[(String::new(), job)], args.check, args.verbose)
}

/// `specmint generate`: every target of the config, imported specs first.
fn generate_config(args: &GenerateArgs) -> ExitCode {
    let config = match Config::load(&args.config) {
        Ok(c) => c,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    let root = config
        .path
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let stale_imports = match refresh_imports(&config, args.check, args.verbose) {
        Ok(stale) => stale,
        Err(code) => return code,
    };
    let jobs: Vec<(String, Job)> = config
        .targets
        .iter()
        .map(|t| {
            let mut job = Job::for_target(t, &root);
            if args.templates.is_some() {
                job.templates = args.templates.clone();
            }
            if let Some(format) = args.format {
                job.format = format;
            }
            (t.name.clone(), job)
        })
        .collect();
    let code = run(&jobs, args.check, args.verbose);
    if stale_imports > 0 {
        eprintln!(
            "{stale_imports} imported specs are stale; run `specmint generate` to update them"
        );
        return ExitCode::FAILURE;
    }
    code
}

/// Specs imported from other formats are converted first, so that a changed model reaches
/// the generated code in the same run. With `check`, counts the stale ones instead of
/// writing them.
fn refresh_imports(config: &Config, check: bool, verbose: bool) -> Result<usize, ExitCode> {
    let mut stale_imports = 0;
    for target in &config.targets {
        let Some(model) = &target.botocore else {
            continue;
        };
        let imported = match specmint::import_botocore(model, &display_path(model)) {
            Ok(imported) => imported,
            Err(diags) => {
                for d in &diags {
                    eprintln!("{d}\n");
                }
                eprintln!("{}: import failed; nothing was written", target.name);
                return Err(ExitCode::FAILURE);
            }
        };
        print_warnings(&target.name, &imported.warnings, verbose);
        let current = std::fs::read_to_string(&target.spec).ok();
        if current.as_deref() == Some(imported.text.as_str()) {
            continue;
        }
        if check {
            eprintln!(
                "{}: {} is stale: it differs from what {} converts to",
                target.name,
                target.spec_display,
                display_path(model)
            );
            stale_imports += 1;
        } else if let Err(e) = output::write_file(&target.spec, &imported.text) {
            eprintln!("error: cannot write {}: {e}", target.spec_display);
            return Err(ExitCode::FAILURE);
        }
    }
    Ok(stale_imports)
}

/// `specmint import botocore MODEL --out FILE`.
fn import_botocore(model: &Path, out: &Path) -> ExitCode {
    let display = display_path(model);
    match specmint::import_botocore(model, &display) {
        Ok(imported) => {
            for w in &imported.warnings {
                eprintln!("{w}\n");
            }
            if let Err(e) = output::write_file(out, &imported.text) {
                eprintln!("error: cannot write {}: {e}", display_path(out));
                return ExitCode::FAILURE;
            }
            println!(
                "{display}: {} operations, {} schemas -> {}",
                imported.operations,
                imported.schemas,
                display_path(out)
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}\n");
            }
            eprintln!("{display}: import failed; nothing was written");
            ExitCode::FAILURE
        }
    }
}

/// `specmint check SPEC`: diagnostics only.
fn check_spec(spec: &Path) -> ExitCode {
    let diags = specmint::check(spec, &display_path(spec));
    for d in &diags {
        eprintln!("{d}\n");
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "{}: {}, {}",
        display_path(spec),
        count(errors, "error"),
        count(diags.len() - errors, "warning")
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Generates every job in memory; writes (or checks) only when all of them succeeded.
fn run(jobs: &[(String, Job)], check: bool, verbose: bool) -> ExitCode {
    let mut results: Vec<(&str, Generated)> = Vec::new();
    let mut failed = false;
    for (name, job) in jobs {
        let label = if name.is_empty() {
            job.spec_display.as_str()
        } else {
            name.as_str()
        };
        match specmint::generate(job) {
            Ok(generated) => {
                print_warnings(label, &generated.warnings, verbose);
                results.push((label, generated));
            }
            Err(diags) => {
                for d in &diags {
                    eprintln!("{d}\n");
                }
                let errors = diags.iter().filter(|d| d.is_error()).count();
                eprintln!(
                    "{label}: failed with {}; nothing was written",
                    count(errors, "error")
                );
                failed = true;
            }
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    if check {
        return check_outputs(&results, verbose);
    }
    if let Err(code) = write_outputs(&results) {
        return code;
    }
    // The process ends here: freeing thousands of files one by one would only delay it.
    std::mem::forget(results);
    ExitCode::SUCCESS
}

/// Compares what was generated with what is on disk and lists the stale files.
fn check_outputs(results: &[(&str, Generated)], verbose: bool) -> ExitCode {
    let mut stale_count = 0;
    // Output folders that share a parent see the same leftovers; each is listed once.
    let mut listed = std::collections::BTreeSet::new();
    for (label, generated) in results {
        for (dir, files) in &generated.outputs {
            match output::compare(dir, files) {
                Ok(mut stale) => {
                    stale.retain(|s| !matches!(s, Stale::Leftover(p) if !listed.insert(p.clone())));
                    for s in &stale {
                        eprintln!("{label}: {s}");
                        if let Stale::Changed { diff, .. } = s {
                            if verbose {
                                eprintln!("{diff}");
                            }
                        }
                    }
                    stale_count += stale.len();
                }
                Err(e) => {
                    eprintln!("error: cannot read {}: {e}", dir.display());
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    if stale_count > 0 {
        eprintln!(
            "{stale_count} generated files are stale; run `specmint generate` to update them"
        );
        return ExitCode::FAILURE;
    }
    eprintln!("generated output is up to date");
    ExitCode::SUCCESS
}

/// Writes every output directory (all or none), then prints one summary line per job.
fn write_outputs(results: &[(&str, Generated)]) -> Result<(), ExitCode> {
    let sets: Vec<(PathBuf, &output::FileSet)> = results
        .iter()
        .flat_map(|(_, g)| g.outputs.iter().map(|(d, f)| (d.clone(), f)))
        .collect();
    if let Err(e) = output::write_all(&sets) {
        eprintln!("error: writing the output failed: {e}; the previous output was left in place");
        return Err(ExitCode::FAILURE);
    }
    for (label, g) in results {
        let s = &g.stats;
        let dirs: Vec<String> = g.outputs.iter().map(|(d, _)| display_path(d)).collect();
        println!(
            "{label}: {} operations, {} schemas ({} types) -> {} ({} files, {} lines) in {} ms; {}",
            s.operations,
            s.component_schemas,
            s.types,
            dirs.join(", "),
            s.files,
            s.lines,
            s.total.as_millis(),
            count(g.warnings.len(), "warning")
        );
    }
    Ok(())
}

fn print_warnings(label: &str, warnings: &[Diagnostic], verbose: bool) {
    if verbose {
        for w in warnings {
            eprintln!("{w}\n");
        }
        return;
    }
    let mut kinds: Vec<&str> = warnings.iter().map(|w| w.kind).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let of_kind: Vec<&Diagnostic> = warnings.iter().filter(|w| w.kind == kind).collect();
        if let Some(first) = of_kind.first() {
            eprintln!("{first}");
            if of_kind.len() > 1 {
                eprintln!(
                    "  = note: {label}: {} more `{kind}` warnings (--verbose shows all)",
                    of_kind.len() - 1
                );
            }
            eprintln!();
        }
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
