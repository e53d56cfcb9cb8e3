//! `specmint diff`: what a spec change does to the generated crates.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Args, ValueEnum};
use specmint::config::{display_path, Config};
use specmint::diagnostics::Diagnostic;
use specmint::diff::{self, render, Report};

#[derive(Args)]
pub struct DiffArgs {
    /// The old spec; with `--since`, leave OLD and NEW out.
    #[arg(required_unless_present = "since", conflicts_with = "since")]
    old: Option<PathBuf>,
    /// The new spec.
    #[arg(required_unless_present = "since")]
    new: Option<PathBuf>,
    /// Compare each target's spec with its version at this git revision (for example
    /// `HEAD`, `v1.4.0`, `main~3`).
    #[arg(long, value_name = "REV")]
    since: Option<String>,
    /// With `--since`: only this target of the config.
    #[arg(long, requires = "since")]
    target: Option<String>,
    /// The config naming the targets, for `--since`.
    #[arg(long, default_value = "specs/specmint.toml")]
    config: PathBuf,
    /// How the report is printed.
    #[arg(long, value_enum, default_value_t = Output::Text)]
    format: Output,
    /// Exit with status 1 when there is a change of this kind (for CI).
    #[arg(long, value_enum, value_name = "KIND")]
    fail_on: Option<FailOn>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Output {
    /// Grouped, one block per change, like compiler messages.
    Text,
    /// A heading per group and a bullet per change.
    Markdown,
    /// The whole report as JSON.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    /// Any change that breaks callers' code or the wire.
    Breaking,
    /// Any change at all, documentation included.
    Any,
}

pub fn run(args: &DiffArgs) -> ExitCode {
    let pairs = match (&args.since, &args.old, &args.new) {
        (Some(rev), _, _) => match since(rev, args) {
            Ok(pairs) => pairs,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::FAILURE;
            }
        },
        (None, Some(old), Some(new)) => {
            let read = |path: &Path| diff::read(path, &display_path(path));
            match (read(old), read(new)) {
                (Ok(a), Ok(b)) => vec![Pair {
                    label: None,
                    old: (a, display_path(old)),
                    new: (b, display_path(new)),
                }],
                (a, b) => {
                    print_errors(a.err().into_iter().chain(b.err()).flatten());
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => {
            eprintln!("error: give OLD and NEW, or --since REV");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    let mut reports = Vec::new();
    for pair in &pairs {
        match diff::diff_specs(
            (&pair.old.0, pair.old.1.as_str()),
            (&pair.new.0, pair.new.1.as_str()),
        ) {
            Ok(report) => {
                failed |= match args.fail_on {
                    Some(FailOn::Breaking) => report.breaking() > 0,
                    Some(FailOn::Any) => !report.changes.is_empty(),
                    None => false,
                };
                reports.push((pair, report));
            }
            Err(errors) => {
                print_errors(errors);
                eprintln!("{}: cannot be compared", pair.new.1);
                return ExitCode::FAILURE;
            }
        }
    }
    print(&reports, args.format);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Two versions of one spec: the bytes and the name each is shown as.
struct Pair {
    /// The target's name, with `--since`.
    label: Option<String>,
    old: (Vec<u8>, String),
    new: (Vec<u8>, String),
}

fn print(reports: &[(&Pair, Report)], format: Output) {
    match format {
        Output::Json => {
            if let [(pair, report)] = reports {
                if pair.label.is_none() {
                    print!("{}", render::json(report));
                    return;
                }
            }
            let all: serde_json::Map<String, serde_json::Value> = reports
                .iter()
                .map(|(pair, report)| {
                    (
                        pair.label.clone().unwrap_or_default(),
                        serde_json::to_value(report).unwrap_or_default(),
                    )
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
        }
        Output::Text => {
            for (pair, report) in reports {
                if let Some(label) = &pair.label {
                    println!("== {label}: {} -> {}\n", pair.old.1, pair.new.1);
                }
                print!("{}", render::text(report, &pair.old.1, &pair.new.1));
            }
        }
        Output::Markdown => {
            for (pair, report) in reports {
                let title = pair.label.as_deref().unwrap_or(pair.new.1.as_str());
                println!(
                    "## {title}: {} → {}\n",
                    report.old_version, report.new_version
                );
                print!("{}", render::markdown(report, &|_| None));
                println!();
            }
        }
    }
}

/// Each target's spec (or the one named), as committed at `rev` and as it is now.
fn since(rev: &str, args: &DiffArgs) -> Result<Vec<Pair>, String> {
    let config = Config::load(&args.config).map_err(|d| d.to_string())?;
    let mut pairs = Vec::new();
    for target in &config.targets {
        if args
            .target
            .as_ref()
            .is_some_and(|name| *name != target.name)
        {
            continue;
        }
        let display = target.spec_display.clone();
        let new = std::fs::read(&target.spec).map_err(|e| format!("cannot read {display}: {e}"))?;
        let old = at_revision(&target.spec, rev)?;
        pairs.push(Pair {
            label: Some(target.name.clone()),
            old: (old, format!("{display}@{rev}")),
            new: (new, display),
        });
    }
    if pairs.is_empty() {
        return Err(match &args.target {
            Some(name) => format!("{} has no target `{name}`", display_path(&args.config)),
            None => format!("{} has no targets", display_path(&args.config)),
        });
    }
    Ok(pairs)
}

/// What a target's spec is compared with at a revision that does not have it yet.
const EMPTY_SPEC: &str =
    r#"{"openapi": "3.0.3", "info": {"title": "", "version": ""}, "paths": {}}"#;

/// A file's contents at a git revision, through `git show REV:./FILE` run in its directory
/// (an API with nothing in it when the revision exists but the file did not).
fn at_revision(path: &Path, rev: &str) -> Result<Vec<u8>, String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = path
        .file_name()
        .ok_or_else(|| format!("{} is not a file", path.display()))?
        .to_string_lossy();
    let shown = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{file}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !shown.status.success() {
        // A valid revision without the file: the target is new since, so all of it is added.
        let valid = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["rev-parse", "--verify", "--quiet"])
            .arg(format!("{rev}^{{commit}}"))
            .output()
            .is_ok_and(|o| o.status.success());
        if valid {
            return Ok(EMPTY_SPEC.as_bytes().to_vec());
        }
        return Err(format!(
            "git cannot show {} at {rev}: {}",
            display_path(path),
            String::from_utf8_lossy(&shown.stderr).trim()
        ));
    }
    Ok(shown.stdout)
}

fn print_errors(errors: impl IntoIterator<Item = Diagnostic>) {
    for d in errors {
        eprintln!("{d}\n");
    }
}
