//! Built-in minijinja templates, embedded in the binary so that specmint stands alone.

use minijinja::Environment;

const BUILTIN: &[(&str, &str)] = &[
    (
        "client/Cargo.toml.j2",
        include_str!("../../../../templates/client/Cargo.toml.j2"),
    ),
    (
        "client/README.md.j2",
        include_str!("../../../../templates/client/README.md.j2"),
    ),
    (
        "client/runtime.rs",
        include_str!("../../../../templates/client/runtime.rs"),
    ),
];

/// The template source for `name`.
pub fn source(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Renders a built-in template with `context`.
pub fn render(name: &str, context: minijinja::Value) -> Result<String, String> {
    let source = source(name).ok_or_else(|| format!("internal error: no template named {name}"))?;
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.add_template(name, source)
        .map_err(|e| format!("template {name}: {e}"))?;
    let template = env
        .get_template(name)
        .map_err(|e| format!("template {name}: {e}"))?;
    template
        .render(context)
        .map_err(|e| format!("template {name}: {e}"))
}
