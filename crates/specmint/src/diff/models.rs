//! Models compared across two APIs: matched by Rust name (a removed type found again under a
//! new name is a rename), then field by field, value by value, variant by variant.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::types::{constraints_change, rust_type, Sides};
use super::{Changes, Impact, Subject};
use crate::diagnostics::join;
use crate::ir::{Field, TypeDef, TypeId, TypeKind, TypeRef};

/// How many added types of the same outline a removed type is compared with, to find it
/// renamed: a rename is rarely among many look-alikes, and thousands of them would make the
/// search quadratic.
const MAX_RENAME_CANDIDATES: usize = 16;

/// Every model: removed, renamed, added, and each one kept compared with itself.
pub(crate) fn compare(sides: &Sides, changes: &mut Changes) {
    let (old, new) = (&sides.old, &sides.new);
    let removed: Vec<TypeId> = old
        .by_name
        .iter()
        .filter(|(name, _)| !new.by_name.contains_key(*name))
        .map(|(_, id)| *id)
        .collect();
    let mut added: BTreeSet<TypeId> = new
        .by_name
        .iter()
        .filter(|(name, _)| !old.by_name.contains_key(*name))
        .map(|(_, id)| *id)
        .collect();
    // Added types by outline, so that a removed type is compared only with those that may be
    // the same (a spec may remove and add thousands).
    let mut by_outline: HashMap<String, Vec<TypeId>> = HashMap::new();
    for &y in &added {
        by_outline
            .entry(outline(new.types().get(y)))
            .or_default()
            .push(y);
    }
    for x in removed {
        let a = old.types().get(x);
        let subject = Subject::Model {
            name: a.name.clone(),
        };
        // The same type under a new name: renamed in Rust only.
        let renamed = by_outline.get(&outline(a)).and_then(|candidates| {
            candidates
                .iter()
                .copied()
                .filter(|y| added.contains(y))
                .take(MAX_RENAME_CANDIDATES)
                .find(|y| sides.wire_same_defs(x, *y))
        });
        match renamed {
            Some(y) => {
                added.remove(&y);
                let b = new.types().get(y);
                changes.push(
                    Impact::RustOnly,
                    "type-renamed",
                    &subject,
                    Some(&a.pointer),
                    Some(&b.pointer),
                    format!("type `{}` is now called `{}`", a.name, b.name),
                );
            }
            None => changes.push(
                Impact::RustOnly,
                "type-removed",
                &subject,
                Some(&a.pointer),
                None,
                format!("type `{}` was removed", a.name),
            ),
        }
    }
    for y in added {
        let b = new.types().get(y);
        changes.push(
            Impact::Additive,
            "type-added",
            &Subject::Model {
                name: b.name.clone(),
            },
            None,
            Some(&b.pointer),
            format!("type `{}` was added", b.name),
        );
    }
    for (name, &x) in &old.by_name {
        if let Some(&y) = new.by_name.get(name) {
            model(sides, x, y, changes);
        }
    }
}

/// A field's Rust name, with its wire name when that differs.
fn field_shown(f: &Field) -> String {
    if f.name == f.rust_name {
        format!("`{}`", f.rust_name)
    } else {
        format!("`{}` (`{}` on the wire)", f.rust_name, f.name)
    }
}

/// What two types must share to be the same on the wire: their kind, and their property
/// names, values or variant count.
fn outline(def: &TypeDef) -> String {
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let mut names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
            names.sort_unstable();
            format!("struct {} {}", additional.is_some(), names.join("\u{0}"))
        }
        TypeKind::Enum { variants, integer } => {
            let mut values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
            values.sort_unstable();
            format!("enum {integer} {}", values.join("\u{0}"))
        }
        TypeKind::Union { variants, .. } => format!("union {}", variants.len()),
        TypeKind::Alias(_) => "alias".to_string(),
        TypeKind::Newtype(_) => "newtype".to_string(),
    }
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct { .. } => "a struct",
        TypeKind::Enum { .. } => "an enum of values",
        TypeKind::Union { .. } => "an enum of shapes (oneOf)",
        TypeKind::Alias(_) => "a type alias",
        TypeKind::Newtype(_) => "a newtype",
    }
}

/// One model kept under its name.
fn model(sides: &Sides, x: TypeId, y: TypeId, changes: &mut Changes) {
    let (a, b) = (sides.old.types().get(x), sides.new.types().get(y));
    let subject = Subject::Model {
        name: b.name.clone(),
    };
    let at = (Some(a.pointer.as_str()), Some(b.pointer.as_str()));
    let mut push =
        |impact, code, message: String| changes.push(impact, code, &subject, at.0, at.1, message);
    if a.description != b.description || a.title != b.title {
        push(
            Impact::Docs,
            "type-docs-changed",
            format!("the description of `{}` changed", b.name),
        );
    }
    if b.deprecated && !a.deprecated {
        push(
            Impact::Additive,
            "type-deprecated",
            format!("`{}` is deprecated", b.name),
        );
    }
    let sent = sides.old.sent[x.0] || sides.new.sent[y.0];
    if let Some((impact, what)) = constraints_change(&a.constraints, &b.constraints, sent) {
        push(
            impact,
            "type-constraints-changed",
            format!("`{}`: {what}", b.name),
        );
    }
    match (&a.kind, &b.kind) {
        (
            TypeKind::Struct {
                fields: fa,
                additional: aa,
            },
            TypeKind::Struct {
                fields: fb,
                additional: ab,
            },
        ) => {
            structure(sides, (x, y), (fa, fb), (aa, ab), changes);
        }
        (
            TypeKind::Enum {
                variants: va,
                integer: ia,
            },
            TypeKind::Enum {
                variants: vb,
                integer: ib,
            },
        ) => {
            if ia != ib {
                push(
                    Impact::Breaking,
                    "enum-kind-changed",
                    format!(
                        "the values of `{}` changed between strings and integers",
                        b.name
                    ),
                );
            }
            let before: BTreeMap<&str, &str> = va
                .iter()
                .map(|v| (v.value.as_str(), v.rust_name.as_str()))
                .collect();
            let after: BTreeMap<&str, &str> = vb
                .iter()
                .map(|v| (v.value.as_str(), v.rust_name.as_str()))
                .collect();
            for (value, variant) in &before {
                match after.get(value) {
                    None => push(
                        Impact::Breaking,
                        "enum-value-removed",
                        format!(
                            "`{}` no longer has the value `{value}` (variant `{variant}`)",
                            b.name
                        ),
                    ),
                    Some(now) if now != variant => push(
                        Impact::RustOnly,
                        "enum-variant-renamed",
                        format!(
                            "the variant of `{}` for `{value}` is now `{now}`, was `{variant}`",
                            b.name
                        ),
                    ),
                    Some(_) => {}
                }
            }
            for (value, variant) in &after {
                if !before.contains_key(value) {
                    push(
                        Impact::Additive,
                        "enum-value-added",
                        format!(
                            "`{}` has a new value `{value}` (variant `{variant}`)",
                            b.name
                        ),
                    );
                }
            }
        }
        (
            TypeKind::Union {
                variants: va,
                discriminator: da,
            },
            TypeKind::Union {
                variants: vb,
                discriminator: db,
            },
        ) => {
            if da != db {
                push(
                    Impact::WireOnly,
                    "discriminator-changed",
                    format!("`{}` is told apart by a different property", b.name),
                );
            }
            for v in va {
                match vb.iter().find(|w| w.rust_name == v.rust_name) {
                    None => push(
                        Impact::Breaking,
                        "union-variant-removed",
                        format!("`{}` lost its variant `{}`", b.name, v.rust_name),
                    ),
                    Some(w) => {
                        if let Some(impact) = sides.same(&v.ty, &w.ty).impact() {
                            push(
                                impact,
                                "union-variant-changed",
                                format!(
                                    "the variant `{}` of `{}` now holds `{}`, was `{}`",
                                    v.rust_name,
                                    b.name,
                                    rust_type(sides.new.types(), &w.ty),
                                    rust_type(sides.old.types(), &v.ty)
                                ),
                            );
                        }
                        if v.tag != w.tag {
                            push(
                                Impact::WireOnly,
                                "union-tag-changed",
                                format!(
                                    "the variant `{}` of `{}` has a new discriminator value",
                                    v.rust_name, b.name
                                ),
                            );
                        }
                    }
                }
            }
            for w in vb
                .iter()
                .filter(|w| !va.iter().any(|v| v.rust_name == w.rust_name))
            {
                // The enum is exhaustive: a `match` on it needs the new arm, and an older client
                // cannot decode the new shape.
                push(
                    Impact::Breaking,
                    "union-variant-added",
                    format!("`{}` has a new variant `{}`", b.name, w.rust_name),
                );
            }
        }
        (TypeKind::Alias(p), TypeKind::Alias(q)) | (TypeKind::Newtype(p), TypeKind::Newtype(q)) => {
            if let Some(impact) = sides.same(p, q).impact() {
                push(
                    impact,
                    "type-changed",
                    format!(
                        "`{}` now stands for `{}`, was `{}`",
                        b.name,
                        rust_type(sides.new.types(), q),
                        rust_type(sides.old.types(), p)
                    ),
                );
            }
        }
        _ => push(
            Impact::Breaking,
            "type-kind-changed",
            format!(
                "`{}` is now {}, was {}",
                b.name,
                kind_name(&b.kind),
                kind_name(&a.kind)
            ),
        ),
    }
}

/// A struct kept under its name: its fields by wire name, its extra properties, and what its
/// Rust declaration promises (`#[non_exhaustive]`, `Default`).
fn structure(
    sides: &Sides,
    (x, y): (TypeId, TypeId),
    (fa, fb): (&[Field], &[Field]),
    (aa, ab): (&Option<TypeRef>, &Option<TypeRef>),
    changes: &mut Changes,
) {
    let (a, b) = (sides.old.types().get(x), sides.new.types().get(y));
    let name = &b.name;
    let subject = Subject::Model { name: name.clone() };
    // Sent: callers build it, so its fields are read by the server. Received: callers read it.
    let sent = sides.old.sent[x.0] || sides.new.sent[y.0];
    let received = sides.old.received[x.0] || sides.new.received[y.0];
    let closed_before = sides.old.non_exhaustive(x);
    let closed_after = sides.new.non_exhaustive(y);
    let at = |def: &TypeDef, field: &str| join(&join(&def.pointer, "properties"), field);
    let whole = (Some(a.pointer.as_str()), Some(b.pointer.as_str()));
    if closed_after && !closed_before {
        changes.push(
            Impact::RustOnly,
            "struct-closed",
            &subject,
            whole.0,
            whole.1,
            format!("`{name}` is no longer sent by any operation, so it is `#[non_exhaustive]`: struct literals of it stop compiling"),
        );
    }
    let had_default = sides.old.types().has_default(&TypeRef::Named(x));
    let has_default = sides.new.types().has_default(&TypeRef::Named(y));
    if had_default && !has_default {
        changes.push(
            Impact::RustOnly,
            "default-removed",
            &subject,
            whole.0,
            whole.1,
            format!("`{name}` no longer implements `Default`"),
        );
    }

    // Fields matched by wire name, then by Rust name (a property renamed on the wire only).
    let mut unmatched_new: Vec<&Field> = fb
        .iter()
        .filter(|g| !fa.iter().any(|f| f.name == g.name))
        .collect();
    for f in fa {
        let (g, wire_renamed) = match fb.iter().find(|g| g.name == f.name) {
            Some(g) => (g, false),
            None => match unmatched_new
                .iter()
                .position(|g| g.rust_name == f.rust_name)
            {
                Some(i) => (unmatched_new.remove(i), true),
                None => {
                    changes.push(
                        Impact::Breaking,
                        "field-removed",
                        &subject,
                        Some(&at(a, &f.name)),
                        None,
                        format!("the field {} of `{name}` was removed", field_shown(f)),
                    );
                    continue;
                }
            },
        };
        let pointers = (at(a, &f.name), at(b, &g.name));
        let mut push = |impact, code, message: String| {
            changes.push(
                impact,
                code,
                &subject,
                Some(&pointers.0),
                Some(&pointers.1),
                message,
            )
        };
        let label = format!("the field {} of `{name}`", field_shown(g));
        if wire_renamed {
            push(
                Impact::WireOnly,
                "field-wire-renamed",
                format!(
                    "the field `{}` of `{name}` is sent and read as `{}`, was `{}`",
                    g.rust_name, g.name, f.name
                ),
            );
        } else if f.rust_name != g.rust_name {
            push(
                Impact::RustOnly,
                "field-renamed",
                format!(
                    "the field for `{}` of `{name}` is now `{}`, was `{}`",
                    g.name, g.rust_name, f.rust_name
                ),
            );
        }
        if let Some((impact, how)) = sides.changed(&f.ty, &g.ty) {
            push(impact, "field-type-changed", format!("{label} is {how}"));
        }
        match (f.is_optional(), g.is_optional()) {
            (true, false) => {
                let impact = if sent {
                    Impact::Breaking
                } else {
                    Impact::RustOnly
                };
                push(
                    impact,
                    "field-now-required",
                    if sent {
                        format!("{label} is now required: callers must set it")
                    } else {
                        format!("{label} is now always present: it is no longer an `Option`")
                    },
                );
            }
            (false, true) => {
                let impact = if received {
                    Impact::Breaking
                } else {
                    Impact::RustOnly
                };
                push(
                    impact,
                    "field-now-optional",
                    if received {
                        format!("{label} may now be absent: it is an `Option`")
                    } else {
                        format!("{label} is now optional: it is an `Option`")
                    },
                );
            }
            _ => {}
        }
        if g.deprecated && !f.deprecated {
            push(
                Impact::Additive,
                "field-deprecated",
                format!("{label} is deprecated"),
            );
        }
        if f.description != g.description {
            push(
                Impact::Docs,
                "field-docs-changed",
                format!("the description of {label} changed"),
            );
        }
        if let Some((impact, what)) = constraints_change(&f.constraints, &g.constraints, sent) {
            push(
                impact,
                "field-constraints-changed",
                format!("{label}: {what}"),
            );
        }
    }
    for g in unmatched_new {
        let required = !g.is_optional();
        let (impact, message) = if required && sent {
            (
                Impact::Breaking,
                format!(
                    "`{name}` has a new required field {}: callers must set it",
                    field_shown(g)
                ),
            )
        } else if closed_after {
            (
                Impact::Additive,
                format!("`{name}` has a new field {}", field_shown(g)),
            )
        } else {
            (Impact::RustOnly, format!("`{name}` has a new field {}: struct literals of it need the field (those ending in `..Default::default()` do not)", field_shown(g)))
        };
        changes.push(
            impact,
            "field-added",
            &subject,
            None,
            Some(&at(b, &g.name)),
            message,
        );
    }
    match (aa, ab) {
        (Some(_), None) => changes.push(
            Impact::Breaking,
            "additional-properties-removed",
            &subject,
            whole.0,
            whole.1,
            format!(
                "`{name}` no longer keeps undeclared properties (`additional_properties` is gone)"
            ),
        ),
        (None, Some(_)) => changes.push(
            if closed_after {
                Impact::Additive
            } else {
                Impact::RustOnly
            },
            "additional-properties-added",
            &subject,
            whole.0,
            whole.1,
            format!("`{name}` keeps undeclared properties in a new field `additional_properties`"),
        ),
        (Some(p), Some(q)) => {
            if let Some(impact) = sides.same(p, q).impact() {
                changes.push(
                    impact,
                    "additional-properties-changed",
                    &subject,
                    whole.0,
                    whole.1,
                    format!("the undeclared properties of `{name}` changed type"),
                );
            }
        }
        (None, None) => {}
    }
}
