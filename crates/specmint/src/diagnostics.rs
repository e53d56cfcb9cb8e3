//! Problems found in a spec, each located by file and JSON pointer, rendered like rustc.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A stable, short name for the kind of problem, used to group warnings in summaries.
pub type Kind = &'static str;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: Kind,
    pub message: String,
    /// The spec file, as the user named it.
    pub file: String,
    /// JSON pointer (RFC 6901) of the offending node; empty for the document root.
    pub pointer: String,
    /// 1-based line and column, for syntax errors.
    pub line_col: Option<(usize, usize)>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(
        kind: Kind,
        file: &str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            message: message.into(),
            file: file.to_string(),
            pointer: pointer.into(),
            line_col: None,
            help: None,
        }
    }

    pub fn warning(
        kind: Kind,
        file: &str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(kind, file, pointer, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn at_line(mut self, line: usize, column: usize) -> Self {
        self.line_col = Some((line, column));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        match self.line_col {
            Some((line, col)) => write!(f, "  --> {}:{line}:{col}", self.file)?,
            None => write!(f, "  --> {}#{}", self.file, self.pointer)?,
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Collects diagnostics for one spec file during a run.
#[derive(Debug, Default)]
pub struct Diagnostics {
    file: String,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(file: impl Into<String>) -> Self {
        Diagnostics {
            file: file.into(),
            items: Vec::new(),
        }
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn error(&mut self, kind: Kind, pointer: impl Into<String>, message: impl Into<String>) {
        let d = Diagnostic::error(kind, &self.file, pointer, message);
        self.push(d);
    }

    pub fn warning(&mut self, kind: Kind, pointer: impl Into<String>, message: impl Into<String>) {
        let d = Diagnostic::warning(kind, &self.file, pointer, message);
        self.push(d);
    }

    /// Records a diagnostic, once: stages that meet the same problem at the same node report it
    /// one time.
    pub fn push(&mut self, d: Diagnostic) {
        let seen = self
            .items
            .iter()
            .any(|e| e.kind == d.kind && e.pointer == d.pointer && e.severity == d.severity);
        if !seen {
            self.items.push(d);
        }
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn into_items(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// Appends `/token` to a JSON pointer in place, the token escaped (RFC 6901).
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Appends one token to a JSON pointer.
pub fn join(pointer: &str, token: impl AsRef<str>) -> String {
    let mut joined = pointer.to_string();
    push_token(&mut joined, token.as_ref());
    joined
}

/// Splits a JSON pointer into its unescaped tokens; `None` when it is not a pointer.
pub fn split_pointer(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let d = Diagnostic::error(
            "schema-type",
            "specs/x.json",
            "/paths/~1a/get",
            "unknown schema type \"strin\"",
        )
        .with_help("use one of: string, integer");
        assert_eq!(
            d.to_string(),
            "error: unknown schema type \"strin\"\n  --> specs/x.json#/paths/~1a/get\n  = help: use one of: string, integer"
        );
    }

    #[test]
    fn pointer_tokens_round_trip() {
        let p = join(&join("", "paths"), "/a~b");
        assert_eq!(p, "/paths/~1a~0b");
        assert_eq!(
            split_pointer(&p),
            Some(vec!["paths".to_string(), "/a~b".to_string()])
        );
        assert_eq!(split_pointer("nope"), None);
    }
}
