//! What a spec change does to the generated crates: two [`Api`]s compared, each change placed
//! in a group by what it breaks (Rust callers, the wire, both, or nothing), with the JSON
//! pointers of the node on both sides, and the semver bump the crates need.
//!
//! The comparison reads only the IR, so what does not change the generated API is not a
//! change: a renamed `$ref`, a reordered file, an inline schema moved into components under
//! the name it had. Operations are matched by their Rust method name, parameters by place and
//! wire name, types by Rust name, fields by wire name.

mod models;
mod operations;
pub mod render;
mod responses;
mod types;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::ir::{self, Api};
use crate::load;

/// How a change affects users of the generated crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Impact {
    /// Callers' code stops compiling, and requests or responses that worked stop working.
    Breaking,
    /// Callers' code stops compiling, but the wire is unchanged (a renamed method or type).
    RustOnly,
    /// Callers' code compiles unchanged, but what goes over the wire is incompatible (a moved
    /// path, a renamed property with the same Rust name, a new auth requirement).
    WireOnly,
    /// Something new; existing code and requests keep working.
    Additive,
    /// Descriptions, summaries and titles.
    Docs,
}

impl Impact {
    pub fn bump(self) -> Bump {
        match self {
            Impact::Breaking | Impact::RustOnly | Impact::WireOnly => Bump::Major,
            Impact::Additive => Bump::Minor,
            Impact::Docs => Bump::Patch,
        }
    }

    pub fn is_breaking(self) -> bool {
        self.bump() == Bump::Major
    }

    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Impact::Breaking => "Breaking changes",
            Impact::RustOnly => "Breaking in Rust, compatible on the wire",
            Impact::WireOnly => "Breaking on the wire, compatible in Rust",
            Impact::Additive => "Additions",
            Impact::Docs => "Documentation",
        }
    }

    /// What the group means, for the text report.
    pub fn note(self) -> &'static str {
        match self {
            Impact::Breaking => "breaks callers' code and the requests or responses they rely on",
            Impact::RustOnly => "breaks callers' code; the requests and responses are unchanged",
            Impact::WireOnly => {
                "callers' code compiles, but the requests or responses no longer match"
            }
            Impact::Additive => "an addition: existing code and requests keep working",
            Impact::Docs => "documentation only",
        }
    }

    pub const ALL: [Impact; 5] = [
        Impact::Breaking,
        Impact::RustOnly,
        Impact::WireOnly,
        Impact::Additive,
        Impact::Docs,
    ];
}

/// The semver step a change needs.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    #[default]
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The version after `version` for this step, as Cargo reads semver: below 1.0.0 a breaking
    /// change moves the minor number, and anything else the patch number.
    pub fn apply(self, version: &semver::Version) -> semver::Version {
        let mut next = semver::Version::new(version.major, version.minor, version.patch);
        match (self, version.major) {
            (Bump::None, _) => return version.clone(),
            (Bump::Major, 0) => {
                next.minor += 1;
                next.patch = 0;
            }
            (Bump::Minor | Bump::Patch, 0) | (Bump::Patch, _) => next.patch += 1,
            (Bump::Major, _) => {
                next.major += 1;
                next.minor = 0;
                next.patch = 0;
            }
            (Bump::Minor, _) => {
                next.minor += 1;
                next.patch = 0;
            }
        }
        next
    }
}

/// What a change is about, for grouping and for links into the docs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Subject {
    /// The API as a whole: servers, title.
    Api,
    /// An operation: its client method, and the API group (tag type name) holding it.
    Operation { method: String, group: String },
    /// A model (a type of `models.rs`).
    Model { name: String },
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub impact: Impact,
    /// A stable kebab-case name of the rule, for example `operation-removed`.
    pub code: String,
    pub subject: Subject,
    pub message: String,
    /// JSON pointer of the node in the old spec, when it has one there.
    pub old: Option<String>,
    /// JSON pointer of the node in the new spec.
    pub new: Option<String>,
}

/// Every change between two versions of a spec, and the bump they need together.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub old_version: String,
    pub new_version: String,
    pub bump: Bump,
    pub changes: Vec<Change>,
}

impl Report {
    /// The changes of one group, in report order.
    pub fn group(&self, impact: Impact) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.impact == impact)
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.group(impact).count()
    }

    pub fn breaking(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.impact.is_breaking())
            .count()
    }

    /// What the docs mark as new: operations (by method name) and models (by name).
    pub fn added(&self) -> (Vec<&str>, Vec<&str>) {
        let mut operations = Vec::new();
        let mut models = Vec::new();
        for c in &self.changes {
            match (&c.subject, c.code.as_str()) {
                (Subject::Operation { method, .. }, "operation-added") => {
                    operations.push(method.as_str())
                }
                (Subject::Model { name }, "type-added") => models.push(name.as_str()),
                _ => {}
            }
        }
        (operations, models)
    }
}

/// Compares two APIs.
pub fn diff(old: &Api, new: &Api) -> Report {
    let mut changes = Changes::default();
    let sides = types::Sides::new(old, new);
    operations::compare(&sides, &mut changes);
    models::compare(&sides, &mut changes);
    api_level(old, new, &mut changes);
    let mut changes = changes.0;
    // Grouped by impact, then by subject, in a fixed order whatever the specs' order.
    changes.sort_by(|a, b| {
        (a.impact, &a.subject, &a.message, &a.old, &a.new)
            .cmp(&(b.impact, &b.subject, &b.message, &b.old, &b.new))
    });
    changes.dedup();
    let bump = changes
        .iter()
        .map(|c| c.impact.bump())
        .max()
        .unwrap_or(Bump::None);
    Report {
        old_version: old.info.version.clone(),
        new_version: new.info.version.clone(),
        bump,
        changes,
    }
}

/// Loads and lowers a spec for comparison (warnings dropped). `bytes` is the spec's text and
/// `display` its name in diagnostics.
pub fn load_api(bytes: &[u8], display: &str) -> Result<Api, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new(display);
    let doc = load::load_bytes(bytes, display, &mut diags);
    let api = doc.and_then(|doc| ir::lower(&doc, &mut diags));
    match api {
        Some(api) if !diags.has_errors() => Ok(api),
        _ => {
            let mut items = diags.into_items();
            items.retain(Diagnostic::is_error);
            Err(items)
        }
    }
}

/// `specmint diff OLD NEW` on two files: both loaded and lowered on a large stack of their
/// own, side by side, then compared.
pub fn diff_specs(old: (&[u8], &str), new: (&[u8], &str)) -> Result<Report, Vec<Diagnostic>> {
    crate::pipeline::on_large_stack(|| {
        let (a, b) = rayon::join(|| load_api(old.0, old.1), || load_api(new.0, new.1));
        match (a, b) {
            (Ok(a), Ok(b)) => Ok(diff(&a, &b)),
            (a, b) => Err(a.err().into_iter().chain(b.err()).flatten().collect()),
        }
    })
}

/// Reads a file for [`diff_specs`].
pub fn read(path: &Path, display: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
    std::fs::read(path).map_err(|e| {
        vec![Diagnostic::error(
            "io",
            display,
            "",
            format!("cannot read spec file: {e}"),
        )]
    })
}

/// The changes found so far.
#[derive(Default)]
pub(crate) struct Changes(Vec<Change>);

impl Changes {
    pub(crate) fn push(
        &mut self,
        impact: Impact,
        code: &'static str,
        subject: &Subject,
        old: Option<&str>,
        new: Option<&str>,
        message: String,
    ) {
        self.0.push(Change {
            impact,
            code: code.to_string(),
            subject: subject.clone(),
            message,
            old: old.map(str::to_string),
            new: new.map(str::to_string),
        });
    }
}

/// Title, description and servers.
fn api_level(old: &Api, new: &Api, changes: &mut Changes) {
    let api = Subject::Api;
    if old.info.title != new.info.title || old.info.description != new.info.description {
        changes.push(
            Impact::Docs,
            "info-changed",
            &api,
            Some("/info"),
            Some("/info"),
            "the API's title or description changed".to_string(),
        );
    }
    let urls = |api: &Api| -> Vec<String> { api.servers.iter().map(|s| s.url.clone()).collect() };
    let (before, after) = (urls(old), urls(new));
    match (before.first(), after.first()) {
        (Some(a), Some(b)) if a != b => changes.push(
            Impact::WireOnly,
            "default-server-changed",
            &api,
            Some("/servers/0"),
            Some("/servers/0"),
            format!("the default server moved from `{a}` to `{b}`: a client built with the default URL sends its requests elsewhere"),
        ),
        (Some(a), None) => changes.push(
            Impact::WireOnly,
            "default-server-changed",
            &api,
            Some("/servers/0"),
            None,
            format!("the default server `{a}` was removed: requests go to `/` on the host the client is given"),
        ),
        _ => {}
    }
    let before_set: BTreeMap<&str, ()> = before.iter().map(|u| (u.as_str(), ())).collect();
    for (at, url) in after.iter().enumerate().skip(1) {
        if !before_set.contains_key(url.as_str()) {
            changes.push(
                Impact::Additive,
                "server-added",
                &api,
                None,
                Some(&format!("/servers/{at}")),
                format!("server `{url}` was added"),
            );
        }
    }
}
