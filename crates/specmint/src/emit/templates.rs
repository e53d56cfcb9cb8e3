//! Templates: built into the binary so that specmint stands alone, and overridable file by
//! file from a directory of the user's (`--templates DIR` or `templates` in `specmint.toml`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::output::FileSet;

/// A built-in template: its name and its text, from `templates/` in this repository.
macro_rules! template {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../../templates/", $name)),
        )
    };
}

/// The built-in templates, by name. A user's directory overrides any of them by holding a file
/// at the same relative path.
const BUILTIN: &[(&str, &str)] = &[
    template!("client/Cargo.toml.j2"),
    template!("client/README.md.j2"),
    template!("client/runtime/call.rs"),
    template!("client/runtime/client.rs"),
    template!("client/runtime/credentials.rs"),
    template!("client/runtime/encoding.rs"),
    template!("client/runtime/error.rs"),
    template!("client/runtime/mod.rs"),
    template!("client/runtime/multipart.rs"),
    template!("client/runtime/operation.rs"),
    template!("client/runtime/response.rs"),
    template!("client/runtime/retry.rs"),
    template!("client/runtime/send.rs"),
    template!("client/sigv4.rs"),
    template!("docs/api.md.j2"),
    template!("docs/changelog.md.j2"),
    template!("docs/model.md.j2"),
    template!("server/Cargo.toml.j2"),
    template!("server/runtime/body.rs"),
    template!("server/runtime/credentials.rs"),
    template!("server/runtime/guard.rs"),
    template!("server/runtime/incoming.rs"),
    template!("server/runtime/mod.rs"),
    template!("server/runtime/params.rs"),
    template!("server/runtime/reply.rs"),
    template!("server/runtime/serve.rs"),
    template!("server/runtime/validation.rs"),
    template!("server/sigv4.rs"),
    template!("shared/runtime/objects.rs"),
];

/// The names a user may override.
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(n, _)| *n)
}

/// The templates of one run: the built-in ones with the user's overrides applied.
#[derive(Debug, Clone, Default)]
pub struct Templates {
    overrides: BTreeMap<String, String>,
}

impl Templates {
    /// Built-in templates only.
    pub fn builtin() -> Self {
        Templates::default()
    }

    /// Built-in templates, with every one that `dir` holds a file for replaced by that file.
    /// Files in `dir` that match no template are an error, so a misspelt name does not go
    /// unnoticed.
    pub fn with_overrides(dir: &Path) -> Result<Self, String> {
        let mut overrides = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(current) = stack.pop() {
            let entries = std::fs::read_dir(&current)
                .map_err(|e| format!("cannot read templates in {}: {e}", current.display()))?;
            for entry in entries {
                let entry = entry
                    .map_err(|e| format!("cannot read templates in {}: {e}", current.display()))?;
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if !builtin_names().any(|n| n == name) {
                    return Err(format!(
                        "{} overrides no template; the templates are: {}",
                        path.display(),
                        builtin_names().collect::<Vec<_>>().join(", ")
                    ));
                }
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                overrides.insert(name, text);
            }
        }
        Ok(Templates { overrides })
    }

    /// Whether the template is the built-in one (the user's directory does not override it).
    pub fn is_builtin(&self, name: &str) -> bool {
        !self.overrides.contains_key(name)
    }

    /// The source of a template: the user's, else the built-in one.
    pub fn source(&self, name: &str) -> Result<&str, String> {
        if let Some(text) = self.overrides.get(name) {
            return Ok(text);
        }
        BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
            .ok_or_else(|| format!("internal error: no template named {name}"))
    }

    /// Renders one template. For many pages of the same templates, use [`Templates::renderer`].
    pub fn render(&self, name: &str, context: impl Serialize) -> Result<String, String> {
        self.renderer()?.render(name, context)
    }

    /// Every template parsed once, ready to render many pages.
    pub fn renderer(&self) -> Result<Renderer<'_>, String> {
        let mut env = minijinja::Environment::new();
        env.set_keep_trailing_newline(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for name in builtin_names().filter(|n| n.ends_with(".j2")) {
            env.add_template(name, self.source(name)?)
                .map_err(|e| format!("template {name}: {e}"))?;
        }
        Ok(Renderer { env })
    }
}

/// Parsed templates.
pub struct Renderer<'t> {
    env: minijinja::Environment<'t>,
}

impl Renderer<'_> {
    pub fn render(&self, name: &str, context: impl Serialize) -> Result<String, String> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| format!("template {name}: {e}"))?;
        template
            .render(context)
            .map_err(|e| format!("template {name}: {e:#}"))
    }
}

/// Copies a Rust template into a crate at `path`. A built-in template is kept in rustfmt's
/// layout in this repository (`tests/run-all.sh` checks it), so it is copied as it is, comments
/// included, and marked as formatted; a user's override may be laid out any way, so it is
/// printed like generated code.
pub fn copy_rust(
    templates: &Templates,
    name: &str,
    files: &mut FileSet,
    path: &str,
) -> Result<(), String> {
    let text = templates.source(name)?;
    if templates.is_builtin(name) {
        files.insert_formatted(path, text.to_string());
    } else {
        files.insert(path, crate::format::print_source(text, name)?);
    }
    Ok(())
}

/// Copies a crate's runtime into `src/runtime/`: every module of `{side}/runtime/` (`client` or
/// `server`), and the model readers both share (`shared/runtime/objects.rs`).
pub fn copy_runtime(templates: &Templates, side: &str, files: &mut FileSet) -> Result<(), String> {
    let prefix = format!("{side}/runtime/");
    let shared = "shared/runtime/";
    for name in builtin_names().filter(|n| n.starts_with(&prefix) || n.starts_with(shared)) {
        let module = name.rsplit('/').next().unwrap_or(name);
        copy_rust(templates, name, files, &format!("src/runtime/{module}"))?;
    }
    Ok(())
}
