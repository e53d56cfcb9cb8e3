//! What an operation answers and who may call it: its success type, its error enum's
//! statuses, and the credentials it accepts.

use std::collections::{BTreeMap, BTreeSet};

use super::types::{rust_type, Sides};
use super::{Changes, Impact, Subject};
use crate::diagnostics::join;
use crate::emit::shape::{success, Success};
use crate::ir::{Api, Operation, Status};

/// The success type and the error enum.
pub(super) fn responses(
    sides: &Sides,
    a: &Operation,
    b: &Operation,
    changes: &mut Changes,
    subject: &Subject,
) {
    let name = &b.rust_name;
    let at = |op: &Operation, status: Status| join(&join(&op.pointer, "responses"), status.label());
    let (types_a, types_b) = (sides.old.types(), sides.new.types());
    let shown = |s: &Success, op: &Operation, types| match s {
        Success::Single(Some(ty), _) => format!("`{}`", rust_type(types, ty)),
        Success::Single(None, _) => "`()`".to_string(),
        Success::Enum(_) => format!("the enum `{}Response`", op.type_name),
        Success::Undocumented => "the raw bytes".to_string(),
    };
    let (sa, sb) = (success(a), success(b));
    let whole = (join(&a.pointer, "responses"), join(&b.pointer, "responses"));
    match (&sa, &sb) {
        (Success::Single(p, _), Success::Single(q, _)) => {
            let same = match (p, q) {
                (Some(p), Some(q)) => sides.same(p, q).impact(),
                (None, None) => None,
                _ => Some(Impact::Breaking),
            };
            if let Some(impact) = same {
                changes.push(
                    impact,
                    "success-type-changed",
                    subject,
                    Some(&whole.0),
                    Some(&whole.1),
                    format!(
                        "`{name}` now returns {}, was {}",
                        shown(&sb, b, types_b),
                        shown(&sa, a, types_a)
                    ),
                );
            }
        }
        (Success::Enum(ra), Success::Enum(rb)) => {
            for r in ra {
                match rb.iter().find(|s| s.status == r.status) {
                    None => changes.push(
                        Impact::RustOnly,
                        "success-status-removed",
                        subject,
                        Some(&at(a, r.status)),
                        None,
                        format!(
                            "`{name}` no longer answers {} (variant `{}`)",
                            r.status.label(),
                            r.variant_name
                        ),
                    ),
                    Some(s) => {
                        let same = match (&r.body, &s.body) {
                            (Some(p), Some(q)) => sides.same(&p.ty, &q.ty).impact(),
                            (None, None) => None,
                            _ => Some(Impact::Breaking),
                        };
                        if let Some(impact) = same {
                            changes.push(
                                impact,
                                "success-type-changed",
                                subject,
                                Some(&at(a, r.status)),
                                Some(&at(b, s.status)),
                                format!(
                                    "the {} response of `{name}` changed type",
                                    r.status.label()
                                ),
                            );
                        }
                    }
                }
            }
            for s in rb
                .iter()
                .filter(|s| !ra.iter().any(|r| r.status == s.status))
            {
                changes.push(
                    Impact::Additive,
                    "success-status-added",
                    subject,
                    None,
                    Some(&at(b, s.status)),
                    format!(
                        "`{name}` may answer {} (variant `{}`)",
                        s.status.label(),
                        s.variant_name
                    ),
                );
            }
        }
        (Success::Undocumented, Success::Undocumented) => {}
        _ => changes.push(
            Impact::Breaking,
            "success-type-changed",
            subject,
            Some(&whole.0),
            Some(&whole.1),
            format!(
                "`{name}` now returns {}, was {}",
                shown(&sb, b, types_b),
                shown(&sa, a, types_a)
            ),
        ),
    }

    // The error enum: one variant per documented error status.
    let errors = |op: &'_ Operation| -> BTreeMap<Status, usize> {
        op.responses
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.status.is_success())
            .map(|(i, r)| (r.status, i))
            .collect()
    };
    let (ea, eb) = (errors(a), errors(b));
    for (status, &i) in &ea {
        let r = &a.responses[i];
        let Some(&j) = eb.get(status) else {
            changes.push(
                Impact::RustOnly,
                "error-status-removed",
                subject,
                Some(&at(a, *status)),
                None,
                format!(
                    "`{name}` no longer documents the error {} (variant `{}Error::{}`)",
                    status.label(),
                    a.type_name,
                    r.variant_name
                ),
            );
            continue;
        };
        let s = &b.responses[j];
        if r.variant_name != s.variant_name {
            changes.push(
                Impact::RustOnly,
                "error-variant-renamed",
                subject,
                Some(&at(a, *status)),
                Some(&at(b, *status)),
                format!(
                    "the error {} of `{name}` is now the variant `{}`, was `{}`",
                    status.label(),
                    s.variant_name,
                    r.variant_name
                ),
            );
        }
        let same = match (&r.body, &s.body) {
            (Some(p), Some(q)) => sides.same(&p.ty, &q.ty).impact(),
            (None, None) => None,
            _ => Some(Impact::Breaking),
        };
        if let Some(impact) = same {
            changes.push(
                impact,
                "error-type-changed",
                subject,
                Some(&at(a, *status)),
                Some(&at(b, *status)),
                format!(
                    "the body of the error {} of `{name}` changed type",
                    status.label()
                ),
            );
        }
    }
    for (status, &j) in &eb {
        if !ea.contains_key(status) {
            changes.push(
                Impact::Additive,
                "error-status-added",
                subject,
                None,
                Some(&at(b, *status)),
                format!(
                    "`{name}` documents the error {} (variant `{}Error::{}`)",
                    status.label(),
                    b.type_name,
                    b.responses[j].variant_name
                ),
            );
        }
    }
}

/// The credentials an operation accepts: each alternative as its schemes and scopes. An
/// empty alternative is anonymous access.
fn alternatives(api: &Api, op: &Operation) -> BTreeSet<Vec<(String, Vec<String>)>> {
    op.effective_security(api)
        .iter()
        .map(|r| {
            let mut schemes = r.schemes.clone();
            schemes.iter_mut().for_each(|(_, scopes)| scopes.sort());
            schemes.sort();
            schemes
        })
        .collect()
}

pub(super) fn security(
    old: &Api,
    new: &Api,
    a: &Operation,
    b: &Operation,
    changes: &mut Changes,
    subject: &Subject,
) {
    let name = &b.rust_name;
    let (before, after) = (alternatives(old, a), alternatives(new, b));
    if before == after {
        return;
    }
    let open = |alts: &BTreeSet<Vec<(String, Vec<String>)>>| {
        alts.is_empty() || alts.iter().any(Vec::is_empty)
    };
    let shown = |alts: &BTreeSet<Vec<(String, Vec<String>)>>| {
        if open(alts) && alts.iter().all(Vec::is_empty) {
            return "no credentials".to_string();
        }
        alts.iter()
            .map(|alt| {
                if alt.is_empty() {
                    "none".to_string()
                } else {
                    alt.iter()
                        .map(|(s, _)| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                }
            })
            .collect::<Vec<_>>()
            .join(" or ")
    };
    // Still accepted: every way of calling it before works now.
    let kept = open(&after) || before.iter().all(|alt| after.contains(alt));
    let (impact, code) = if open(&before) && !open(&after) {
        (Impact::WireOnly, "security-required")
    } else if kept {
        (Impact::Additive, "security-relaxed")
    } else {
        (Impact::WireOnly, "security-changed")
    };
    changes.push(
        impact,
        code,
        subject,
        Some(&join(&a.pointer, "security")),
        Some(&join(&b.pointer, "security")),
        format!(
            "`{name}` now accepts {}, was {}",
            shown(&after),
            shown(&before)
        ),
    );
}
