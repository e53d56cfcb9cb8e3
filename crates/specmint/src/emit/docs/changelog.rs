//! `docs/CHANGELOG.md`: the record's entries, newest first, each change linking to the page of
//! the operation or model it is about (while that page exists).

use super::*;
use crate::diff::{render, Subject};
use crate::history::History;

/// The page's path inside `docs/`.
pub(super) const FILE: &str = "CHANGELOG.md";

#[derive(Serialize)]
struct EntryView {
    version: String,
    previous: String,
    spec_from: String,
    spec_to: String,
    bump: &'static str,
    /// The grouped changes, as markdown.
    body: String,
}

pub(super) fn page(
    api: &Api,
    options: &DocsOptions,
    history: &History,
    templates: &Renderer<'_>,
) -> Result<String, String> {
    let link = |subject: &Subject| -> Option<String> {
        match subject {
            Subject::Operation { method, .. } => {
                let op = api.operations.iter().find(|op| op.rust_name == *method)?;
                let tag = op.group(api)?;
                Some(format!("{}#{}", api_file(&tag.type_name), anchor(method)))
            }
            Subject::Model { name } => api
                .types
                .iter()
                .any(|(_, def)| def.name == *name)
                .then(|| model_file(name)),
            Subject::Api => None,
        }
    };
    let entries: Vec<EntryView> = history
        .entries
        .iter()
        .map(|e| EntryView {
            version: e.version.clone(),
            previous: e.previous.clone(),
            spec_from: shown_version(&e.spec_from),
            spec_to: shown_version(&e.spec_to),
            bump: e.bump.as_str(),
            body: render::changes_markdown(&e.changes, &link),
        })
        .collect();
    templates.render(
        "docs/changelog.md.j2",
        &minijinja::context! {
            crate_name => options.crate_name,
            version => history.version,
            api_version => api.info.version,
            entries => entries,
        },
    )
}

/// `info.version` as the changelog shows it.
fn shown_version(version: &str) -> String {
    if version.trim().is_empty() {
        "(none given)".to_string()
    } else {
        version.to_string()
    }
}
