//! Operations compared: matched by client method name (a method renamed but sent the same way
//! is found by method and path), then their parameters, body, responses and security.

use std::collections::{BTreeMap, BTreeSet};

use super::types::{constraints_change, Sides};
use super::{Changes, Impact, Subject};
use crate::diagnostics::join;
use crate::emit::rust::ModelPath;
use crate::emit::shape::call_args;
use crate::ir::{Api, Operation, Param, ParamLocation, PathSegment};

/// Every operation: removed, renamed, moved, added, and each one kept compared with itself.
pub(crate) fn compare(sides: &Sides, changes: &mut Changes) {
    let (old, new) = (sides.old.api, sides.new.api);
    let by_name = |api: &'_ Api| -> BTreeMap<String, usize> {
        api.operations
            .iter()
            .enumerate()
            .map(|(i, op)| (op.rust_name.clone(), i))
            .collect()
    };
    let (before, after) = (by_name(old), by_name(new));
    let mut added: BTreeSet<usize> = after
        .iter()
        .filter(|(name, _)| !before.contains_key(*name))
        .map(|(_, &i)| i)
        .collect();
    for (name, &i) in &before {
        let a = &old.operations[i];
        if let Some(&j) = after.get(name) {
            operation(sides, a, &new.operations[j], changes);
            continue;
        }
        let renamed = added.iter().copied().find(|&j| {
            let b = &new.operations[j];
            a.method == b.method && route(a) == route(b)
        });
        let subject = subject(old, a);
        match renamed {
            Some(j) => {
                added.remove(&j);
                let b = &new.operations[j];
                changes.push(
                    Impact::RustOnly,
                    "operation-renamed",
                    &subject,
                    Some(&a.pointer),
                    Some(&b.pointer),
                    format!(
                        "`{}` is now `{}` (operation `{}`, was `{}`); the request is the same",
                        a.rust_name, b.rust_name, b.id, a.id
                    ),
                );
                operation(sides, a, b, changes);
            }
            None => changes.push(
                Impact::Breaking,
                "operation-removed",
                &subject,
                Some(&a.pointer),
                None,
                format!(
                    "`{}` (`{} {}`) was removed",
                    a.rust_name,
                    a.method.as_str(),
                    a.path
                ),
            ),
        }
    }
    for j in added {
        let b = &new.operations[j];
        changes.push(
            Impact::Additive,
            "operation-added",
            &subject(new, b),
            None,
            Some(&b.pointer),
            format!(
                "`{}` (`{} {}`) was added",
                b.rust_name,
                b.method.as_str(),
                b.path
            ),
        );
    }
}

fn subject(api: &Api, op: &Operation) -> Subject {
    Subject::Operation {
        method: op.rust_name.clone(),
        group: op
            .group(api)
            .map(|t| t.type_name.clone())
            .unwrap_or_default(),
    }
}

/// The path with its parameters' names left out: `/users/{}/keys`.
fn route(op: &Operation) -> String {
    op.path_segments
        .iter()
        .map(|s| match s {
            PathSegment::Literal(text) => text.as_str(),
            PathSegment::Param(_) => "{}",
        })
        .collect()
}

/// Where a parameter is matched: path parameters by their place in the path (their names are
/// not sent), the others by location and wire name.
fn param_key(op: &Operation, p: &Param) -> (ParamLocation, String) {
    if p.location == ParamLocation::Path {
        let place = op
            .path_segments
            .iter()
            .filter_map(|s| match s {
                PathSegment::Param(i) => Some(*i),
                PathSegment::Literal(_) => None,
            })
            .position(|i| std::ptr::eq(&op.params[i], p))
            .unwrap_or(usize::MAX);
        (p.location, format!("#{place}"))
    } else {
        (p.location, p.name.clone())
    }
}

/// The types of a method's arguments, in order (the optional parameters are set on the call
/// by name instead).
fn arguments(api: &Api, op: &Operation) -> Vec<String> {
    call_args(api, op, ModelPath::Crate)
        .into_iter()
        .filter(|arg| arg.required)
        .map(|arg| arg.ty.to_string())
        .collect()
}

/// One operation kept under its name.
fn operation(sides: &Sides, a: &Operation, b: &Operation, changes: &mut Changes) {
    let (old, new) = (sides.old.api, sides.new.api);
    let subject = subject(new, b);
    let name = &b.rust_name;
    let whole = (Some(a.pointer.as_str()), Some(b.pointer.as_str()));
    let mut push = |impact, code, old: Option<&str>, new: Option<&str>, message: String| {
        changes.push(impact, code, &subject, old, new, message)
    };
    if a.method != b.method || route(a) != route(b) {
        push(
            Impact::WireOnly,
            "operation-moved",
            whole.0,
            whole.1,
            format!(
                "`{name}` is now sent as `{} {}`, was `{} {}`",
                b.method.as_str(),
                b.path,
                a.method.as_str(),
                a.path
            ),
        );
    }
    let (group_a, group_b) = (subject_group(old, a), subject_group(new, b));
    if group_a != group_b {
        push(
            Impact::RustOnly,
            "operation-regrouped",
            whole.0,
            whole.1,
            format!("`{name}` moved from the `{group_a}` API to `{group_b}`: its parameter and error types are in another module"),
        );
    }
    if b.deprecated && !a.deprecated {
        push(
            Impact::Additive,
            "operation-deprecated",
            whole.0,
            whole.1,
            format!("`{name}` is deprecated"),
        );
    }
    if a.summary != b.summary || a.description != b.description {
        push(
            Impact::Docs,
            "operation-docs-changed",
            whole.0,
            whole.1,
            format!("the summary or description of `{name}` changed"),
        );
    }

    // Parameters, on the wire and in the method's signature.
    let params_a: BTreeMap<_, &Param> = a.params.iter().map(|p| (param_key(a, p), p)).collect();
    let params_b: BTreeMap<_, &Param> = b.params.iter().map(|p| (param_key(b, p), p)).collect();
    let param_at = |op: &Operation| join(&op.pointer, "parameters");
    let (at_a, at_b) = (param_at(a), param_at(b));
    let mut renamed_on_wire = BTreeSet::new();
    for (key, p) in &params_a {
        let label = format!("{} parameter `{}`", p.location.as_str(), p.name);
        let Some(q) = params_b.get(key) else {
            // The same Rust argument sent under another name.
            let twin = params_b.iter().find(|(k, q)| {
                !params_a.contains_key(k)
                    && q.location == p.location
                    && q.rust_name == p.rust_name
                    && q.required == p.required
            });
            if let Some((k, q)) = twin {
                renamed_on_wire.insert(k.clone());
                push(
                    Impact::WireOnly,
                    "parameter-wire-renamed",
                    Some(&at_a),
                    Some(&at_b),
                    format!(
                        "`{name}` sends its {} parameter `{}` as `{}`",
                        p.location.as_str(),
                        p.rust_name,
                        q.name
                    ),
                );
                continue;
            }
            let impact = if p.location == ParamLocation::Path {
                Impact::Breaking
            } else {
                Impact::RustOnly
            };
            push(
                impact,
                "parameter-removed",
                Some(&at_a),
                None,
                format!("`{name}` no longer takes the {label}"),
            );
            continue;
        };
        if let Some((impact, how)) = sides.changed(&p.ty, &q.ty) {
            push(
                impact,
                "parameter-type-changed",
                Some(&at_a),
                Some(&at_b),
                format!("the {label} of `{name}` is {how}"),
            );
        }
        match (p.required, q.required) {
            (false, true) => push(
                Impact::Breaking,
                "parameter-now-required",
                Some(&at_a),
                Some(&at_b),
                format!("the {label} of `{name}` is now required: it is an argument of the method"),
            ),
            (true, false) => push(
                Impact::RustOnly,
                "parameter-now-optional",
                Some(&at_a),
                Some(&at_b),
                format!("the {label} of `{name}` is now optional: it is set on the call, not passed to the method"),
            ),
            _ => {}
        }
        if !q.required && p.rust_name != q.rust_name && p.location != ParamLocation::Path {
            push(
                Impact::RustOnly,
                "parameter-renamed",
                Some(&at_a),
                Some(&at_b),
                format!(
                    "the setter of the {label} of `{name}` is now `{}`, was `{}`",
                    q.rust_name, p.rust_name
                ),
            );
        }
        if q.deprecated && !p.deprecated {
            push(
                Impact::Additive,
                "parameter-deprecated",
                Some(&at_a),
                Some(&at_b),
                format!("the {label} of `{name}` is deprecated"),
            );
        }
        if p.description != q.description {
            push(
                Impact::Docs,
                "parameter-docs-changed",
                Some(&at_a),
                Some(&at_b),
                format!("the description of the {label} of `{name}` changed"),
            );
        }
        if let Some((impact, what)) = constraints_change(&p.constraints, &q.constraints, true) {
            push(
                impact,
                "parameter-constraints-changed",
                Some(&at_a),
                Some(&at_b),
                format!("the {label} of `{name}`: {what}"),
            );
        }
    }
    for (key, q) in &params_b {
        if params_a.contains_key(key) || renamed_on_wire.contains(key) {
            continue;
        }
        let label = format!("{} parameter `{}`", q.location.as_str(), q.name);
        if q.required {
            push(
                Impact::Breaking,
                "parameter-added",
                None,
                Some(&at_b),
                format!("`{name}` has a new required {label}: it is a new argument of the method"),
            );
        } else {
            push(
                Impact::Additive,
                "parameter-added",
                None,
                Some(&at_b),
                format!("`{name}` has a new optional {label}"),
            );
        }
    }
    // Arguments whose order changed although each parameter is the same.
    let (args_a, args_b) = (arguments(old, a), arguments(new, b));
    if args_a != args_b {
        let mut sorted_a = args_a.clone();
        let mut sorted_b = args_b.clone();
        sorted_a.sort();
        sorted_b.sort();
        if sorted_a == sorted_b {
            push(
                Impact::RustOnly,
                "arguments-reordered",
                whole.0,
                whole.1,
                format!("the arguments of `{name}` are in another order"),
            );
        }
    }

    body(sides, a, b, changes, &subject);
    super::responses::responses(sides, a, b, changes, &subject);
    super::responses::security(old, new, a, b, changes, &subject);
}

fn subject_group(api: &Api, op: &Operation) -> String {
    op.group(api)
        .map(|t| t.type_name.clone())
        .unwrap_or_else(|| "Default".to_string())
}

/// The request body.
fn body(sides: &Sides, a: &Operation, b: &Operation, changes: &mut Changes, subject: &Subject) {
    let name = &b.rust_name;
    let (at_a, at_b) = (
        join(&a.pointer, "requestBody"),
        join(&b.pointer, "requestBody"),
    );
    let mut push = |impact, code, old: bool, new: bool, message: String| {
        changes.push(
            impact,
            code,
            subject,
            old.then_some(at_a.as_str()),
            new.then_some(at_b.as_str()),
            message,
        )
    };
    match (&a.body, &b.body) {
        (None, Some(q)) if q.required => push(
            Impact::Breaking,
            "body-added",
            false,
            true,
            format!("`{name}` now needs a request body (`{}`)", q.media_type),
        ),
        (None, Some(q)) => push(
            Impact::Additive,
            "body-added",
            false,
            true,
            format!("`{name}` may send a request body (`{}`)", q.media_type),
        ),
        (Some(p), None) => push(
            Impact::RustOnly,
            "body-removed",
            true,
            false,
            format!(
                "`{name}` no longer sends a request body (`{}`)",
                p.media_type
            ),
        ),
        (Some(p), Some(q)) => {
            if p.kind != q.kind {
                push(
                    Impact::Breaking,
                    "body-encoding-changed",
                    true,
                    true,
                    format!(
                        "the body of `{name}` is now sent as `{}`, was `{}`",
                        q.media_type, p.media_type
                    ),
                );
            } else if p.media_type != q.media_type {
                push(
                    Impact::WireOnly,
                    "body-media-type-changed",
                    true,
                    true,
                    format!(
                        "the body of `{name}` is now sent as `{}`, was `{}`",
                        q.media_type, p.media_type
                    ),
                );
            }
            if let Some((impact, how)) = sides.changed(&p.ty, &q.ty) {
                push(
                    impact,
                    "body-type-changed",
                    true,
                    true,
                    format!("the body of `{name}` is {how}"),
                );
            }
            match (p.required, q.required) {
                (false, true) => push(
                    Impact::Breaking,
                    "body-now-required",
                    true,
                    true,
                    format!("the body of `{name}` is now required"),
                ),
                (true, false) => push(
                    Impact::RustOnly,
                    "body-now-optional",
                    true,
                    true,
                    format!("the body of `{name}` is now optional: it is set on the call"),
                ),
                _ => {}
            }
            if p.description != q.description {
                push(
                    Impact::Docs,
                    "body-docs-changed",
                    true,
                    true,
                    format!("the description of the body of `{name}` changed"),
                );
            }
        }
        (None, None) => {}
    }
}
