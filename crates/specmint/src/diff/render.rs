//! A [`Report`] as text (rustc-like, grouped), markdown, or JSON.

use std::fmt::Write as _;

use super::{Change, Impact, Report, Subject};

/// For a terminal: one block per change, grouped by impact, in the manner of rustc.
pub fn text(report: &Report, old_name: &str, new_name: &str) -> String {
    let mut out = String::new();
    for impact in Impact::ALL {
        let label = match impact {
            Impact::Breaking | Impact::RustOnly | Impact::WireOnly => "breaking",
            Impact::Additive => "added",
            Impact::Docs => "docs",
        };
        for c in report.group(impact) {
            let _ = writeln!(out, "{label}[{}]: {}", c.code, c.message);
            let _ = writeln!(out, "  = {}", impact.title().to_lowercase());
            if let Some(old) = &c.old {
                let _ = writeln!(out, "  --> {old_name}#{old}");
            }
            if let Some(new) = &c.new {
                let _ = writeln!(out, "  --> {new_name}#{new}");
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "{}", summary(report));
    out
}

/// The counts by group and the bump, in one line.
pub fn summary(report: &Report) -> String {
    let counts: Vec<String> = Impact::ALL
        .iter()
        .map(|&impact| (impact, report.count(impact)))
        .filter(|&(_, n)| n > 0)
        .map(|(impact, n)| format!("{n} {}", impact.title().to_lowercase()))
        .collect();
    let counts = if counts.is_empty() {
        "no changes".to_string()
    } else {
        counts.join(", ")
    };
    format!(
        "{counts}; the generated crates need a {} version bump",
        report.bump.as_str()
    )
}

/// Markdown: a heading per group, a bullet per change. `link` gives, for a change's subject,
/// the docs page to link it to (relative to where the markdown goes), if any.
pub fn markdown(report: &Report, link: &dyn Fn(&Subject) -> Option<String>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}.", capitalized(&summary(report)));
    for impact in Impact::ALL {
        let changes: Vec<&Change> = report.group(impact).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n#### {}\n", impact.title());
        for c in changes {
            let subject = match (&c.subject, link(&c.subject)) {
                (Subject::Operation { method, .. }, Some(to)) => format!("[`{method}`]({to}): "),
                (Subject::Model { name }, Some(to)) => format!("[`{name}`]({to}): "),
                (Subject::Operation { method, .. }, None) => format!("`{method}`: "),
                (Subject::Model { name }, None) => format!("`{name}`: "),
                (Subject::Api, _) => String::new(),
            };
            let _ = writeln!(out, "- {subject}{}", c.message);
        }
    }
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// JSON, as [`Report`] serializes, pretty-printed.
pub fn json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_default();
    text.push('\n');
    text
}
