//! What a target's output remembers between runs, in its `spec/` folder: the spec it was
//! generated from (`openapi.json`, the loaded document, normalized to OpenAPI 3.0 JSON) and
//! `history.json` (the crates' version, one entry per change of the spec, newest first, and the
//! version each operation and model first appeared in).
//!
//! The next run compares the spec it is given with the recorded one through the IR (see
//! [`crate::diff`]). When they differ, it adds an entry and moves the crates' version by the
//! bump the changes need, unless `info.version` is semver and higher still. Nothing here depends
//! on the date or the machine, so a run with an unchanged spec writes the same files again.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::diff::{self, Bump, Change};
use crate::ir::Api;
use crate::output::FileSet;

/// The folder of a target's output that holds the record.
pub const DIR: &str = "spec";
pub const SPEC_FILE: &str = "openapi.json";
pub const HISTORY_FILE: &str = "history.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// The crates' version.
    pub version: String,
    /// One entry per run that found the spec changed, newest first.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The crate version each operation and model first appeared in, for those added after the
    /// record began.
    #[serde(default)]
    pub since: Since,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The crates' version this change led to.
    pub version: String,
    /// The crates' version before.
    pub previous: String,
    /// `info.version` of the spec, before and after.
    pub spec_from: String,
    pub spec_to: String,
    pub bump: Bump,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Since {
    /// By method name.
    pub operations: BTreeMap<String, String>,
    /// By Rust type name.
    pub models: BTreeMap<String, String>,
}

/// The outcome of comparing a run's spec with the record.
#[derive(Debug)]
pub struct Recorded {
    /// The crates' version for this run.
    pub version: String,
    pub history: History,
    /// `openapi.json` and `history.json`, for the `spec/` folder.
    pub files: FileSet,
}

/// Reads the record in `dir` (if any), compares `api` (loaded from `spec_text`, the normalized
/// document) with it, and works out this run's version and record. Problems with the record are
/// warnings: the run then starts a new record.
pub fn record(dir: &Path, spec_text: String, api: &Api, diags: &mut Diagnostics) -> Recorded {
    let stated = config::crate_version(&api.info.version);
    let file = diags.file().to_string();
    let previous = read(dir, diags);
    let history = match previous {
        Some((old_spec, mut history)) => {
            if old_spec != spec_text.as_bytes() {
                advance(&mut history, &old_spec, api, stated.as_deref(), dir, diags);
            }
            history.version = higher(&history.version, stated.as_deref());
            keep_present(&mut history.since, api);
            history
        }
        None => History {
            version: config::stated_version(&file, &api.info.version, diags),
            ..History::default()
        },
    };
    let mut files = FileSet::new();
    files.insert(HISTORY_FILE, crate::output::pretty_json(&history));
    files.insert(SPEC_FILE, spec_text);
    Recorded {
        version: history.version.clone(),
        history,
        files,
    }
}

/// The recorded spec and history, when both are there and readable.
fn read(dir: &Path, diags: &mut Diagnostics) -> Option<(Vec<u8>, History)> {
    let spec = std::fs::read(dir.join(SPEC_FILE)).ok()?;
    let shown = dir.join(HISTORY_FILE).display().to_string();
    let problem = |message: String| {
        Diagnostic::warning("history", &shown, "", message)
            .with_help("the record starts again from this run; the changelog so far is kept only if history.json is restored")
    };
    let text = match std::fs::read(dir.join(HISTORY_FILE)) {
        Ok(text) => text,
        Err(e) => {
            diags.push(problem(format!(
                "cannot read the record of earlier runs: {e}"
            )));
            return None;
        }
    };
    match serde_json::from_slice::<History>(&text) {
        Ok(history) if semver::Version::parse(&history.version).is_ok() => Some((spec, history)),
        Ok(history) => {
            diags.push(problem(format!(
                "the recorded version \"{}\" is not semver",
                history.version
            )));
            None
        }
        Err(e) => {
            diags.push(problem(format!(
                "the record of earlier runs is not valid: {e}"
            )));
            None
        }
    }
}

/// Adds the entry for a changed spec and moves the version.
fn advance(
    history: &mut History,
    old_spec: &[u8],
    api: &Api,
    stated: Option<&str>,
    dir: &Path,
    diags: &mut Diagnostics,
) {
    let shown = dir.join(SPEC_FILE).display().to_string();
    let old = match diff::load_api(old_spec, &shown) {
        Ok(old) => old,
        Err(errors) => {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            diags.push(Diagnostic::warning(
                "history",
                &shown,
                "",
                format!("the recorded spec cannot be compared, so this run adds no changelog entry: {first}"),
            ));
            return;
        }
    };
    let report = diff::diff(&old, api);
    if report.changes.is_empty() {
        return;
    }
    let previous =
        semver::Version::parse(&history.version).unwrap_or_else(|_| semver::Version::new(0, 1, 0));
    let next = higher(&report.bump.apply(&previous).to_string(), stated);
    let (operations, models) = report.added();
    for name in operations {
        history
            .since
            .operations
            .insert(name.to_string(), next.clone());
    }
    for name in models {
        history.since.models.insert(name.to_string(), next.clone());
    }
    history.entries.insert(
        0,
        Entry {
            version: next.clone(),
            previous: history.version.clone(),
            spec_from: old.info.version.clone(),
            spec_to: api.info.version.clone(),
            bump: report.bump,
            changes: report.changes,
        },
    );
    history.version = next;
}

/// `version`, or the spec's own when that is semver and higher.
fn higher(version: &str, stated: Option<&str>) -> String {
    let parse = |v: &str| semver::Version::parse(v).ok();
    match (parse(version), stated.and_then(parse)) {
        (Some(ours), Some(theirs)) if theirs > ours => theirs.to_string(),
        _ => version.to_string(),
    }
}

/// Forgets when operations and models that are gone were added.
fn keep_present(since: &mut Since, api: &Api) {
    since
        .operations
        .retain(|name, _| api.operations.iter().any(|op| op.rust_name == *name));
    since
        .models
        .retain(|name, _| api.types.iter().any(|(_, def)| def.name == *name));
}
