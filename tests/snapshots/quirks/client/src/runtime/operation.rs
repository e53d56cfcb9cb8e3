//! What the generated code tells the runtime about an operation and the spec's servers.

use std::collections::BTreeMap;

/// A server URL of the spec, with its variables and their defaults.
#[derive(Debug)]
pub(crate) struct ServerTemplate {
    pub url: &'static str,
    pub variables: &'static [(&'static str, &'static str)],
}

impl ServerTemplate {
    pub(crate) fn expand(&self, values: &BTreeMap<String, String>) -> String {
        let mut url = self.url.to_string();
        for (name, default) in self.variables {
            let value = values.get(*name).map_or(*default, String::as_str);
            url = url.replace(&format!("{{{name}}}"), value);
        }
        url
    }
}

/// What the runtime needs to know about an operation.
#[derive(Debug)]
pub(crate) struct Operation {
    pub id: &'static str,
    /// The HTTP method, for tracing.
    pub method: &'static str,
    /// The path template, for tracing (never the filled-in path, which may hold identifiers).
    pub path: &'static str,
    pub idempotent: bool,
    pub servers: &'static [ServerTemplate],
    /// Alternative requirements, each a set of scheme names that apply together. Empty: no
    /// authentication.
    pub security: &'static [&'static [&'static str]],
}
