//! Benchmarks specmint on real specs: the time of each phase (load, lower, client, formatting
//! of the client, docs, server, write), peak memory and output size. Each measurement runs in
//! a child process of its own, so that its peak resident memory is its own. Each measurement
//! also times a re-run over its own output (`rerun`), as when a user regenerates an unchanged
//! spec: unchanged files are linked rather than written (and with `--format rustfmt`, files
//! printed as before are taken from the previous output instead of going through rustfmt).
//!
//! `cargo run --release -p specmint-bench` runs every spec three times and prints the median
//! run of each; the GitHub REST API description comes from npm (`@octokit/openapi`, pinned in
//! `tests/bench/package.json`), installed on first use. `github-x2` is the GitHub spec with
//! every path duplicated under `/v2`, to show that time grows linearly with spec size.
//!
//! `diff` (also in `--only`) times `specmint diff` from the previous GitHub release (23.0.1,
//! also from npm) to the current one, both specs loaded and lowered and then compared, against
//! the in-memory generation of the current one.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use clap::Parser;
use serde::{Deserialize, Serialize};

/// mimalloc: generation allocates many small token trees and strings, and glibc's malloc
/// spent a fifth of the run in allocation and freeing.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(about = "Benchmark specmint per spec: phases, peak memory, generated lines")]
struct Args {
    /// Runs per spec; the median run (by total time) is reported.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Only these specs (hydra, ory-network, pipeshub, wickr, github, github-x2, diff),
    /// comma-separated.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// The layout of generated Rust: `prettyplease` (the default) or `rustfmt`.
    #[arg(long, default_value = "prettyplease")]
    format: specmint::config::Format,
    /// Generate without keeping the record (`spec/`: the spec as JSON and the history), to
    /// see what keeping it costs.
    #[arg(long)]
    no_record: bool,
    /// Where to write the figures as JSON.
    #[arg(long, default_value = "target/bench/report.json")]
    json: PathBuf,
    /// Internal: measure one run of this spec and print it as JSON.
    #[arg(long, hide = true)]
    one: Option<PathBuf>,
    /// Internal: write the doubled GitHub spec from this one.
    #[arg(long, hide = true)]
    double: Option<PathBuf>,
    /// Internal: time one diff of these two specs and print it as JSON.
    #[arg(long, hide = true, num_args = 2)]
    diff_one: Vec<PathBuf>,
}

/// One diff's figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct DiffRun {
    changes: usize,
    diff_ms: f64,
    peak_rss_mb: f64,
}

/// Reads two specs and compares them, as `specmint diff` does.
fn measure_diff(old: &Path, new: &Path) -> Result<DiffRun, String> {
    let started = Instant::now();
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let (a, b) = (read(old)?, read(new)?);
    let report = specmint::diff::diff_specs((&a, "old"), (&b, "new")).map_err(|diags| {
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    Ok(DiffRun {
        changes: report.changes.len(),
        diff_ms: ms(started.elapsed()),
        peak_rss_mb: peak_rss_mb(),
    })
}

/// One run's figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Run {
    operations: usize,
    schemas: usize,
    files: usize,
    lines: usize,
    load_ms: f64,
    lower_ms: f64,
    /// Emitting the client crate.
    client_ms: f64,
    /// The formatting stage of the client crate.
    format_client_ms: f64,
    docs_ms: f64,
    /// Emitting and formatting the server crate, alongside the client and its docs.
    server_ms: f64,
    /// Loading, lowering and emitting, in memory: everything but writing the files.
    generate_ms: f64,
    write_ms: f64,
    total_ms: f64,
    peak_rss_mb: f64,
    /// A second run over the first run's output: generation and writing.
    rerun_ms: f64,
}

#[derive(Debug, Serialize)]
struct Row {
    spec: String,
    spec_bytes: u64,
    #[serde(flatten)]
    run: Run,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 10.0).round() / 10.0
}

/// Peak resident memory of this process, in MiB.
fn peak_rss_mb() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0;
    if ok {
        (usage.ru_maxrss as f64 / 1024.0 * 10.0).round() / 10.0
    } else {
        f64::NAN
    }
}

/// Generates client, server and docs for `spec` and writes them to a temporary directory,
/// then does it again over that output.
fn measure(spec: &Path, format: specmint::config::Format, record: bool) -> Result<Run, String> {
    let started = Instant::now();
    // Kept until the whole benchmark is over (see `outputs_dir`).
    let parent = outputs_dir();
    std::fs::create_dir_all(&parent).map_err(|e| e.to_string())?;
    let out = tempfile::tempdir_in(&parent).map_err(|e| e.to_string())?;
    let mut job = specmint::Job::new(spec, out.path()).crate_names("bench-client");
    job.format = format;
    job.record = record;
    let (generated, write) = generate_and_write(&job)?;
    let total = started.elapsed();
    let peak_rss_mb = peak_rss_mb();
    let rerun_started = Instant::now();
    generate_and_write(&job)?;
    let rerun = rerun_started.elapsed();
    let _ = out.keep();
    let s = &generated.stats;
    Ok(Run {
        operations: s.operations,
        schemas: s.component_schemas,
        files: s.files,
        lines: s.lines,
        load_ms: ms(s.load),
        lower_ms: ms(s.lower),
        client_ms: ms(s.emit),
        format_client_ms: ms(s.format),
        docs_ms: ms(s.docs),
        server_ms: ms(s.server),
        generate_ms: ms(s.total),
        write_ms: ms(write),
        total_ms: ms(total),
        peak_rss_mb,
        rerun_ms: ms(rerun),
    })
}

/// One generation of `job`, written out; returns it with the time writing took.
fn generate_and_write(job: &specmint::Job) -> Result<(specmint::Generated, Duration), String> {
    let generated = specmint::generate(job).map_err(|diags| {
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect();
        errors.join("\n")
    })?;
    let write_started = Instant::now();
    let sets: Vec<(PathBuf, &specmint::output::FileSet)> = generated
        .outputs
        .iter()
        .map(|(d, f)| (d.clone(), f))
        .collect();
    specmint::output::write_all(&sets).map_err(|e| e.to_string())?;
    Ok((generated, write_started.elapsed()))
}

/// The median of `repeat` diffs of the two specs, each in a child process.
fn time_diffs(exe: &Path, old: &Path, new: &Path, repeat: usize) -> Result<DiffRun, String> {
    let mut runs = Vec::new();
    for _ in 0..repeat.max(1) {
        let output = Command::new(exe)
            .arg("--diff-one")
            .args([old, new])
            .current_dir(repo())
            .output()
            .map_err(|e| e.to_string())?;
        let run = serde_json::from_slice::<DiffRun>(&output.stdout).map_err(|_| {
            format!(
                "the diff failed: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
        runs.push(run);
    }
    runs.sort_by(|a, b| a.diff_ms.total_cmp(&b.diff_ms));
    Ok(runs[runs.len() / 2].clone())
}

/// GitHub's spec one release before the benchmark's (npm alias `octokit-openapi-previous`).
fn previous_github() -> PathBuf {
    repo().join("tests/bench/node_modules/octokit-openapi-previous/generated/api.github.com.json")
}

/// Installs the benchmark's npm packages (the GitHub specs) when they are missing.
fn setup() -> Result<PathBuf, String> {
    let dir = repo().join("tests/bench");
    let spec = dir.join("node_modules/@octokit/openapi/generated/api.github.com.json");
    if !spec.exists() || !previous_github().exists() {
        eprintln!("installing the GitHub spec (npm ci in tests/bench)");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .map_err(|e| format!("cannot run npm: {e}"))?;
        if !status.success() || !spec.exists() {
            return Err("npm ci in tests/bench failed".into());
        }
    }
    Ok(spec)
}

/// Where measurements write their output. It is removed only once every measurement is done:
/// on a disk file system without a journal (as on the machine the figures come from), ext4
/// looks past every inode freed in the last minutes when it creates a file, so deleting one
/// run's thousands of files would slow the next run's writing by seconds.
fn outputs_dir() -> PathBuf {
    repo().join("target/bench/outputs")
}

fn doubled_path() -> PathBuf {
    repo().join("target/bench/github-x2.json")
}

/// The GitHub spec with every path also under `/v2` (operation ids suffixed), twice the size.
fn doubled(github: &Path) -> Result<(), String> {
    let out = doubled_path();
    let text = std::fs::read_to_string(github).map_err(|e| e.to_string())?;
    let mut doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let paths = doc["paths"].as_object().cloned().unwrap_or_default();
    let target = doc["paths"].as_object_mut().ok_or("no paths")?;
    for (path, item) in paths {
        let mut item = item;
        if let Some(ops) = item.as_object_mut() {
            for op in ops.values_mut() {
                if let Some(id) = op
                    .get("operationId")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
                {
                    op["operationId"] = serde_json::Value::String(format!("{id}-v2"));
                }
            }
        }
        target.insert(format!("/v2{path}"), item);
    }
    std::fs::create_dir_all(out.parent().unwrap_or(Path::new("."))).map_err(|e| e.to_string())?;
    std::fs::write(
        &out,
        serde_json::to_string(&doc).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}

/// A child's measurement, printed as JSON for its parent (or its error).
fn report_one<T: Serialize>(measured: Result<T, String>) -> ExitCode {
    match measured {
        Ok(run) => {
            println!("{}", serde_json::to_string(&run).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    specmint::disable_huge_pages();
    let args = Args::parse();
    if let Some(spec) = &args.one {
        return report_one(measure(spec, args.format, !args.no_record));
    }
    if let [old, new] = args.diff_one.as_slice() {
        return report_one(measure_diff(old, new));
    }
    if let Some(github) = &args.double {
        return match doubled(github) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    let wanted = |name: &str| args.only.is_empty() || args.only.iter().any(|o| o == name);
    let mut specs: Vec<(String, PathBuf)> = [
        ("hydra", "specs/ory-hydra.json"),
        ("ory-network", "specs/ory-client.json"),
        ("pipeshub", "specs/pipeshub.openapi.yaml"),
        ("wickr", "specs/wickr.openapi.json"),
    ]
    .into_iter()
    .filter(|(n, _)| wanted(n))
    .map(|(n, p)| (n.to_string(), repo().join(p)))
    .collect();
    let mut diff_pair = None;
    if wanted("github") || wanted("github-x2") || wanted("diff") {
        let github = match setup() {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        if wanted("github") || wanted("diff") {
            specs.push(("github".into(), github.clone()));
        }
        if wanted("diff") {
            diff_pair = Some((previous_github(), github.clone()));
        }
        if wanted("github-x2") {
            // In a child process: a child's peak memory starts from its parent's at the fork,
            // so the parent must never hold a large spec.
            let made = std::env::current_exe().and_then(|exe| {
                Command::new(exe)
                    .arg("--double")
                    .arg(&github)
                    .current_dir(repo())
                    .status()
            });
            if !made.is_ok_and(|status| status.success()) {
                eprintln!("error: cannot double the GitHub spec");
                return ExitCode::FAILURE;
            }
            specs.push(("github-x2".into(), doubled_path()));
        }
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let _ = std::fs::remove_dir_all(outputs_dir());
    let mut rows = Vec::new();
    for (name, path) in &specs {
        let mut runs = Vec::new();
        for _ in 0..args.repeat.max(1) {
            let output = Command::new(&exe)
                .args(["--format", args.format.name()])
                .args(args.no_record.then_some("--no-record"))
                .arg("--one")
                .arg(path)
                .current_dir(repo())
                .output();
            let run = output
                .ok()
                .filter(|o| o.status.success())
                .and_then(|o| serde_json::from_slice::<Run>(&o.stdout).ok());
            match run {
                Some(run) => runs.push(run),
                None => {
                    eprintln!("error: {name}: the measuring run failed");
                    return ExitCode::FAILURE;
                }
            }
        }
        runs.sort_by(|a, b| a.total_ms.total_cmp(&b.total_ms));
        let mut median = runs[runs.len() / 2].clone();
        median.peak_rss_mb = runs.iter().map(|r| r.peak_rss_mb).fold(0.0, f64::max);
        let spec_bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or_default();
        rows.push(Row {
            spec: name.clone(),
            spec_bytes,
            run: median,
        });
    }
    let _ = std::fs::remove_dir_all(outputs_dir());
    let diffs = match &diff_pair {
        Some((old, new)) => match time_diffs(&exe, old, new, args.repeat) {
            Ok(run) => Some(run),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    println!("| spec | ops | schemas | files | lines | load | lower | client | format (client) | docs | server | in memory | write | total | peak RSS | re-run |");
    println!("|------|-----|---------|-------|-------|------|-------|--------|-----------------|------|--------|-----------|-------|-------|----------|--------|");
    for r in &rows {
        let x = &r.run;
        println!(
            "| {} | {} | {} | {} | {} | {} ms | {} ms | {} ms | {} ms | {} ms | {} ms | {} ms | {} ms | **{} ms** | {} MiB | {} ms |",
            r.spec, x.operations, x.schemas, x.files, x.lines, x.load_ms, x.lower_ms, x.client_ms, x.format_client_ms, x.docs_ms, x.server_ms, x.generate_ms, x.write_ms, x.total_ms, x.peak_rss_mb, x.rerun_ms
        );
    }
    if let (Some(one), Some(two)) = (
        rows.iter().find(|r| r.spec == "github"),
        rows.iter().find(|r| r.spec == "github-x2"),
    ) {
        println!(
            "\ngithub-x2 / github: {:.2}x the operations, {:.2}x the time, {:.2}x the peak memory",
            two.run.operations as f64 / one.run.operations as f64,
            two.run.total_ms / one.run.total_ms,
            two.run.peak_rss_mb / one.run.peak_rss_mb
        );
    }
    if let (Some(diff), Some(github)) = (&diffs, rows.iter().find(|r| r.spec == "github")) {
        println!(
            "\ndiff github 23.0.1 -> 23.0.2: {} ms ({} changes, peak {} MiB); generating 23.0.2 in memory: {} ms ({:.2}x the diff)",
            diff.diff_ms,
            diff.changes,
            diff.peak_rss_mb,
            github.run.generate_ms,
            github.run.generate_ms / diff.diff_ms
        );
    }
    if let Some(parent) = args.json.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    match serde_json::to_string_pretty(&rows) {
        Ok(text) => {
            if let Err(e) = std::fs::write(&args.json, text + "\n") {
                eprintln!("error: cannot write {}: {e}", args.json.display());
                return ExitCode::FAILURE;
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
