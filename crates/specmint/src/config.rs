//! `specs/specmint.toml`: the targets `specmint generate` regenerates.
//!
//! ```toml
//! # Where generated output goes, relative to this file (default: ../generated).
//! output_dir = "../generated"
//! # Your own templates, overriding built-in ones file by file (optional).
//! templates = "../my-templates"
//! # Generated Rust as prettyplease prints it (the default), or formatted by rustfmt.
//! format = "prettyplease"
//!
//! [[target]]
//! name = "ory-hydra"                 # generated/ory-hydra/{client,...}
//! spec = "ory-hydra.json"            # relative to this file
//! emit = ["client", "docs"]
//! client_crate = "ory-hydra-client"  # default: "<name>-client"
//! server_crate = "ory-hydra-server"  # default: "<name>-server"
//! format = "rustfmt"                 # default: the top-level `format`
//!
//! [[target]]
//! name = "wickr"
//! spec = "wickr.openapi.json"        # written from the model below on every run
//! botocore = "wickr-2024-02-01.service-2.json"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::Diagnostic;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Emit {
    Client,
    Server,
    Docs,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    output_dir: Option<String>,
    /// A directory of templates overriding built-in ones, relative to this file.
    templates: Option<String>,
    /// The targets' format unless they name their own.
    #[serde(default)]
    format: Format,
    #[serde(default, rename = "target")]
    targets: Vec<RawTarget>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    name: String,
    spec: String,
    #[serde(default = "default_emit")]
    emit: Vec<Emit>,
    client_crate: Option<String>,
    server_crate: Option<String>,
    /// A botocore model that `spec` is imported from, re-imported on every run.
    botocore: Option<String>,
    format: Option<Format>,
}

fn default_emit() -> Vec<Emit> {
    vec![Emit::Client, Emit::Server, Emit::Docs]
}

/// One spec and what to generate from it, with paths resolved.
#[derive(Debug, Clone)]
pub struct Target {
    pub name: String,
    pub spec: PathBuf,
    /// The spec's path as shown in diagnostics and generated headers.
    pub spec_display: String,
    /// `generated/<name>`.
    pub out_dir: PathBuf,
    pub emit: Vec<Emit>,
    pub client_crate: String,
    pub server_crate: String,
    pub templates: Option<PathBuf>,
    /// The botocore model `spec` is converted from, when it is one.
    pub botocore: Option<PathBuf>,
    /// How generated Rust gets its layout.
    pub format: Format,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub targets: Vec<Target>,
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, Box<Diagnostic>> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Box::new(Diagnostic::error(
                "config",
                &display,
                "",
                format!("cannot read the config: {e}"),
            ))
        })?;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let d = Diagnostic::error(
                "config",
                &display,
                "",
                format!("invalid config: {}", e.message()),
            );
            Box::new(match e.span() {
                Some(span) => {
                    let before = text.get(..span.start).unwrap_or_default();
                    let line = before.matches('\n').count() + 1;
                    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    d.at_line(line, col)
                }
                None => d,
            })
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let output = normalize(&base.join(raw.output_dir.as_deref().unwrap_or("../generated")));
        let templates = raw.templates.as_deref().map(|t| normalize(&base.join(t)));
        let mut names = std::collections::BTreeSet::new();
        let mut targets = Vec::new();
        for (i, t) in raw.targets.into_iter().enumerate() {
            let valid_name = !t.name.is_empty()
                && t.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid_name || !names.insert(t.name.clone()) {
                return Err(Box::new(Diagnostic::error(
                    "config",
                    &display,
                    format!("/target/{i}/name"),
                    format!(
                        "target name `{}` must be unique and made of letters, digits, `-` and `_`",
                        t.name
                    ),
                )));
            }
            let spec = base.join(&t.spec);
            let spec_display = display_path(&spec);
            targets.push(Target {
                client_crate: t
                    .client_crate
                    .unwrap_or_else(|| format!("{}-client", t.name)),
                server_crate: t
                    .server_crate
                    .unwrap_or_else(|| format!("{}-server", t.name)),
                out_dir: output.join(&t.name),
                name: t.name,
                spec,
                spec_display,
                emit: t.emit,
                templates: templates.clone(),
                botocore: t.botocore.map(|b| base.join(b)),
                format: t.format.unwrap_or(raw.format),
            });
        }
        Ok(Config {
            path: path.to_path_buf(),
            targets,
        })
    }
}

/// Resolves `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut normalized = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if normalized.file_name().is_some() => {
                normalized.pop();
            }
            other => normalized.push(other),
        }
    }
    normalized
}

/// A path for messages: relative to the current directory when it is below it.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let normalized = normalize(path);
    let shown = cwd
        .as_deref()
        .and_then(|cwd| normalized.strip_prefix(cwd).ok())
        .unwrap_or(&normalized);
    shown.display().to_string()
}

/// The crate names for a spec generated without a config: `<stem>-client` and `<stem>-server`
/// after the spec's file name (`petstore.yaml` → `petstore-client`).
pub fn default_crate_names(spec: &Path) -> (String, String) {
    let stem = spec
        .file_stem()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = crate::ir::naming::snake_name(&stem, "api").replace('_', "-");
    (format!("{base}-client"), format!("{base}-server"))
}

/// The server crate named after its client crate: `x-client` (or `x`) → `x-server`.
pub fn server_crate_for(client_crate: &str) -> String {
    format!(
        "{}-server",
        client_crate.strip_suffix("-client").unwrap_or(client_crate)
    )
}

/// How users depend on a crate at `crate_dir` by path, from `root`, `/`-separated.
pub fn install_path(crate_dir: &Path, root: &Path) -> String {
    let crate_dir = normalize(crate_dir);
    let root = normalize(root);
    let relative = crate_dir.strip_prefix(&root).unwrap_or(&crate_dir);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The version of crates whose spec gives no usable version.
pub const FALLBACK_VERSION: &str = "0.1.0";

/// The crates' version: `info.version` when it is semver (a leading `v` is dropped), or a date
/// version such as AWS's `2024-02-01` read as `2024.2.1`; `None` for anything else.
pub fn crate_version(info_version: &str) -> Option<String> {
    let v = info_version.trim();
    let v = v.strip_prefix('v').unwrap_or(v);
    if let Ok(version) = semver::Version::parse(v) {
        return Some(version.to_string());
    }
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let number = |p: &str| {
                p.parse::<u64>()
                    .ok()
                    .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))
            };
            let (y, m, d) = (number(y)?, number(m)?, number(d)?);
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y}.{m}.{d}"))
        }
        _ => None,
    }
}

/// The crates' version from `info.version` ([`crate_version`]), or [`FALLBACK_VERSION`] with
/// the warning that says so.
pub fn stated_version(
    spec_display: &str,
    info_version: &str,
    diags: &mut crate::diagnostics::Diagnostics,
) -> String {
    crate_version(info_version).unwrap_or_else(|| {
        diags.push(unversioned_warning(spec_display, info_version));
        FALLBACK_VERSION.to_string()
    })
}

/// The warning for an `info.version` that [`crate_version`] cannot use.
pub fn unversioned_warning(spec_display: &str, info_version: &str) -> Diagnostic {
    Diagnostic::warning(
        "version",
        spec_display,
        "/info/version",
        format!(
            "info.version \"{info_version}\" is not a semantic version; the crate is versioned {FALLBACK_VERSION}"
        ),
    )
    .with_help("use a version like 1.2.3 to version the crate after the API")
}

/// How generated Rust gets its final layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Printed once, by prettyplease. A file whose layout is not already rustfmt's (the
    /// templates and `models.rs` are) opens with [`crate::format::SKIP_RUSTFMT`], so `cargo fmt` leaves it as
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

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, Box<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("specmint.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn targets_take_the_top_level_format_unless_they_name_their_own() {
        let config = load(
            "format = \"rustfmt\"\n\
             [[target]]\nname = \"a\"\nspec = \"a.json\"\n\
             [[target]]\nname = \"b\"\nspec = \"b.json\"\nformat = \"prettyplease\"\n",
        )
        .unwrap();
        let formats: Vec<Format> = config.targets.iter().map(|t| t.format).collect();
        assert_eq!(formats, [Format::Rustfmt, Format::Prettyplease]);
        let default = load("[[target]]\nname = \"a\"\nspec = \"a.json\"\n").unwrap();
        assert_eq!(default.targets[0].format, Format::Prettyplease);
    }

    #[test]
    fn an_unknown_format_is_an_error_at_its_line() {
        let error =
            load("[[target]]\nname = \"a\"\nspec = \"a.json\"\nformat = \"black\"\n").unwrap_err();
        let shown = error.to_string();
        assert!(shown.contains("unknown variant `black`"), "{shown}");
        assert!(shown.contains(":4:"), "{shown}");
    }
}
