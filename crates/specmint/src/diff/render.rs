//! A [`Report`] as text (rustc-like, grouped), markdown, or JSON.

use std::fmt::Write as _;

use super::{Bump, Change, Impact, Report, Subject};

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
            let _ = writeln!(out, "  = note: {}", impact.note());
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
        .map(|(impact, n)| counted(impact, n))
        .collect();
    let counts = if counts.is_empty() {
        "no changes".to_string()
    } else {
        counts.join(", ")
    };
    match report.bump {
        Bump::None => format!("{counts}; the generated crates need no new version"),
        bump => format!(
            "{counts}; the generated crates need a {} version bump",
            bump.as_str()
        ),
    }
}

/// Markdown: the summary, then a heading per group and a bullet per change. `link` gives, for
/// a change's subject, the docs page to link it to (relative to where the markdown goes), if any.
pub fn markdown(report: &Report, link: &dyn Fn(&Subject) -> Option<String>) -> String {
    format!(
        "{}.\n{}",
        capitalized(&summary(report)),
        changes_markdown(&report.changes, link)
    )
}

/// "3 additions", "1 change breaking in Rust only".
fn counted(impact: Impact, n: usize) -> String {
    let (one, many, after) = match impact {
        Impact::Breaking => ("breaking change", "breaking changes", ""),
        Impact::RustOnly => ("change", "changes", " breaking in Rust only"),
        Impact::WireOnly => ("change", "changes", " breaking on the wire only"),
        Impact::Additive => ("addition", "additions", ""),
        Impact::Docs => ("documentation change", "documentation changes", ""),
    };
    format!("{n} {}{after}", if n == 1 { one } else { many })
}

/// The changes alone, a heading per group and a bullet per change.
pub fn changes_markdown(changes: &[Change], link: &dyn Fn(&Subject) -> Option<String>) -> String {
    let mut out = String::new();
    for impact in Impact::ALL {
        let group: Vec<&Change> = changes.iter().filter(|c| c.impact == impact).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", impact.title());
        for c in group {
            let _ = writeln!(out, "- {}", capitalized(&linked(c, link)));
        }
    }
    out
}

/// The message with the first mention of its subject linked to the subject's page; when the
/// message does not name the subject, the subject is put before it.
fn linked(c: &Change, link: &dyn Fn(&Subject) -> Option<String>) -> String {
    let name = match &c.subject {
        Subject::Operation { method, .. } => method,
        Subject::Model { name } => name,
        Subject::Api => return c.message.clone(),
    };
    let mention = format!("`{name}`");
    let shown = match link(&c.subject) {
        Some(to) => format!("[{mention}]({to})"),
        None => mention.clone(),
    };
    match c.message.find(&mention) {
        Some(at) => format!(
            "{}{shown}{}",
            &c.message[..at],
            &c.message[at + mention.len()..]
        ),
        None => format!("{shown}: {}", c.message),
    }
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
    crate::output::pretty_json(report)
}
