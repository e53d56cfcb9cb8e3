//! Uses of types compared across two APIs: a use (a field, a parameter, a body) is the same in
//! Rust when its Rust type is spelled the same, and the same on the wire when it accepts the same
//! JSON; and what the comparison knows of each side (which types callers send and receive).

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Impact;
use crate::ir::{Api, Constraints, Primitive, TypeId, TypeKind, TypeRef, TypeSpace};

/// The two APIs, with what the comparison needs to know about each.
pub(crate) struct Sides<'a> {
    pub old: Side<'a>,
    pub new: Side<'a>,
    /// Wire comparisons already made (or under way: assumed equal until found otherwise).
    wire: RefCell<HashMap<(TypeId, TypeId), bool>>,
    /// How deep the comparison under way has followed named types.
    depth: Cell<usize>,
}

/// How deep [`Sides::wire_same`] follows named types into each other.
const MAX_DEPTH: usize = 200;

pub(crate) struct Side<'a> {
    pub api: &'a Api,
    /// Types callers send (a parameter or a request body may hold them).
    pub sent: Vec<bool>,
    /// Types callers receive (a response may hold them).
    pub received: Vec<bool>,
    /// Types by Rust name.
    pub by_name: BTreeMap<&'a str, TypeId>,
}

impl<'a> Side<'a> {
    fn new(api: &'a Api) -> Side<'a> {
        let responses = api.operations.iter().flat_map(|op| {
            op.responses.iter().flat_map(|r| {
                r.body
                    .iter()
                    .map(|b| &b.ty)
                    .chain(r.headers.iter().map(|h| &h.ty))
            })
        });
        Side {
            api,
            sent: api.sent_types(),
            received: crate::ir::reachable(&api.types, responses),
            by_name: api
                .types
                .iter()
                .map(|(id, d)| (d.name.as_str(), id))
                .collect(),
        }
    }

    pub fn types(&self) -> &'a TypeSpace {
        &self.api.types
    }

    /// Whether the client marks the struct `#[non_exhaustive]` (see
    /// [`crate::emit::models::models_files`]).
    pub fn non_exhaustive(&self, id: TypeId) -> bool {
        !self.sent[id.0]
    }
}

/// How a use of a type compares across the two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Same {
    pub rust: bool,
    pub wire: bool,
}

impl Same {
    /// The impact of a changed type, `None` when the use is unchanged.
    pub fn impact(self) -> Option<Impact> {
        match (self.rust, self.wire) {
            (true, true) => None,
            (false, true) => Some(Impact::RustOnly),
            (true, false) => Some(Impact::WireOnly),
            (false, false) => Some(Impact::Breaking),
        }
    }
}

impl<'a> Sides<'a> {
    pub fn new(old: &'a Api, new: &'a Api) -> Sides<'a> {
        Sides {
            old: Side::new(old),
            new: Side::new(new),
            wire: RefCell::new(HashMap::new()),
            depth: Cell::new(0),
        }
    }

    /// Compares a use of a type: `a` in the old API with `b` in the new one. Named types of the
    /// same name are the same use (their own changes are reported once, at the model).
    pub fn same(&self, a: &TypeRef, b: &TypeRef) -> Same {
        let rust = rust_type(self.old.types(), a) == rust_type(self.new.types(), b);
        Same {
            rust,
            wire: rust && self.named_alike(a, b) || self.wire_same(a, b),
        }
    }

    /// When a use of a type changed: its impact, and how it reads ("now `New`, was `Old`").
    pub fn changed(&self, a: &TypeRef, b: &TypeRef) -> Option<(Impact, String)> {
        let impact = self.same(a, b).impact()?;
        Some((
            impact,
            format!(
                "now `{}`, was `{}`",
                rust_type(self.new.types(), b),
                rust_type(self.old.types(), a)
            ),
        ))
    }

    /// Whether both name the same-named type (through the same wrappers), so that the use is
    /// unchanged even if the type's own content changed.
    fn named_alike(&self, a: &TypeRef, b: &TypeRef) -> bool {
        let (a, b) = (
            self.old.types().resolve_alias(a),
            self.new.types().resolve_alias(b),
        );
        match (a, b) {
            (TypeRef::Named(x), TypeRef::Named(y)) => {
                self.old.types().get(*x).name == self.new.types().get(*y).name
            }
            (TypeRef::List(x), TypeRef::List(y))
            | (TypeRef::Map(x), TypeRef::Map(y))
            | (TypeRef::Nullable(x), TypeRef::Nullable(y)) => self.named_alike(x, y),
            (TypeRef::Prim(x), TypeRef::Prim(y)) => x == y,
            _ => false,
        }
    }

    /// Whether the two accept the same JSON.
    fn wire_same(&self, a: &TypeRef, b: &TypeRef) -> bool {
        let (a, b) = (
            self.old.types().resolve_alias(a),
            self.new.types().resolve_alias(b),
        );
        match (a, b) {
            (TypeRef::Prim(x), TypeRef::Prim(y)) => wire_prim(*x) == wire_prim(*y),
            (TypeRef::List(x), TypeRef::List(y))
            | (TypeRef::Map(x), TypeRef::Map(y))
            | (TypeRef::Nullable(x), TypeRef::Nullable(y)) => self.wire_same(x, y),
            (TypeRef::Named(x), TypeRef::Named(y)) => self.wire_same_defs(*x, *y),
            _ => false,
        }
    }

    pub fn wire_same_defs(&self, x: TypeId, y: TypeId) -> bool {
        if let Some(&known) = self.wire.borrow().get(&(x, y)) {
            return known;
        }
        // Types nested deeper than this are taken as changed rather than followed further, so
        // that a chain of thousands of types cannot exhaust the stack; a change may then be
        // reported where there is none, never missed.
        if self.depth.get() >= MAX_DEPTH {
            return false;
        }
        self.depth.set(self.depth.get() + 1);
        let same = self.compare_defs(x, y);
        self.depth.set(self.depth.get() - 1);
        same
    }

    fn compare_defs(&self, x: TypeId, y: TypeId) -> bool {
        // Assumed equal while being compared, so that a recursive type ends.
        self.wire.borrow_mut().insert((x, y), true);
        let (a, b) = (self.old.types().get(x), self.new.types().get(y));
        let same = match (&a.kind, &b.kind) {
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
                fa.len() == fb.len()
                    && fa.iter().all(|f| {
                        fb.iter().any(|g| {
                            f.name == g.name
                                && f.required == g.required
                                && self.wire_same(&f.ty, &g.ty)
                        })
                    })
                    && match (aa, ab) {
                        (None, None) => true,
                        (Some(p), Some(q)) => self.wire_same(p, q),
                        _ => false,
                    }
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
                ia == ib
                    && va.iter().map(|v| &v.value).collect::<BTreeSet<_>>()
                        == vb.iter().map(|v| &v.value).collect::<BTreeSet<_>>()
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
                da == db
                    && va.len() == vb.len()
                    && va
                        .iter()
                        .zip(vb)
                        .all(|(p, q)| p.tag == q.tag && self.wire_same(&p.ty, &q.ty))
            }
            (TypeKind::Newtype(p), TypeKind::Newtype(q)) => self.wire_same(p, q),
            (TypeKind::Newtype(p), _) => self.wire_same(p, &TypeRef::Named(y)),
            (_, TypeKind::Newtype(q)) => self.wire_same(&TypeRef::Named(x), q),
            _ => false,
        };
        self.wire.borrow_mut().insert((x, y), same);
        same
    }
}

/// The JSON a primitive accepts, as far as compatibility goes: integers of any width are one
/// kind, and so are floats.
fn wire_prim(p: Primitive) -> Primitive {
    match p {
        Primitive::I32 => Primitive::I64,
        Primitive::F32 => Primitive::F64,
        other => other,
    }
}

/// The Rust type a use of `ty` is spelled as, aliases seen through (an alias is another name
/// for the same type).
pub(crate) fn rust_type(types: &TypeSpace, ty: &TypeRef) -> String {
    match types.resolve_alias(ty) {
        TypeRef::Named(id) => types.get(*id).name.clone(),
        TypeRef::Prim(p) => prim_name(*p).to_string(),
        TypeRef::List(inner) => format!("Vec<{}>", rust_type(types, inner)),
        TypeRef::Map(inner) => format!("Map<String, {}>", rust_type(types, inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", rust_type(types, inner)),
    }
}

fn prim_name(p: Primitive) -> &'static str {
    match p {
        Primitive::String => "String",
        Primitive::Bool => "bool",
        Primitive::I32 => "i32",
        Primitive::I64 => "i64",
        Primitive::F32 => "f32",
        Primitive::F64 => "f64",
        Primitive::Date => "Date",
        Primitive::DateTime => "DateTime",
        Primitive::Uuid => "Uuid",
        Primitive::Bytes => "Bytes",
        Primitive::Any => "Value",
        Primitive::Unit => "()",
    }
}

/// Whether a constraint change refuses values accepted before.
pub(crate) fn tightened(old: &Constraints, new: &Constraints) -> bool {
    fn lower<T: PartialOrd>(old: Option<T>, new: Option<T>) -> bool {
        match (old, new) {
            (None, Some(_)) => true,
            (Some(a), Some(b)) => b > a,
            _ => false,
        }
    }
    fn upper<T: PartialOrd>(old: Option<T>, new: Option<T>) -> bool {
        match (old, new) {
            (None, Some(_)) => true,
            (Some(a), Some(b)) => b < a,
            _ => false,
        }
    }
    lower(old.minimum, new.minimum)
        || upper(old.maximum, new.maximum)
        || (new.exclusive_minimum && !old.exclusive_minimum)
        || (new.exclusive_maximum && !old.exclusive_maximum)
        || (new.multiple_of.is_some() && new.multiple_of != old.multiple_of)
        || lower(old.min_length, new.min_length)
        || upper(old.max_length, new.max_length)
        || (new.pattern.is_some() && new.pattern != old.pattern)
        || lower(old.min_items, new.min_items)
        || upper(old.max_items, new.max_items)
        || (new.unique_items && !old.unique_items)
        || lower(old.min_properties, new.min_properties)
        || upper(old.max_properties, new.max_properties)
        || match (&old.items, &new.items) {
            (None, Some(n)) => tightened(&Constraints::default(), n),
            (Some(o), Some(n)) => tightened(o, n),
            _ => false,
        }
}

/// A constraint change: refusing values accepted before breaks senders (the server answers
/// 400); anything else is noted in the docs.
pub(crate) fn constraints_change(
    old: &Constraints,
    new: &Constraints,
    sent: bool,
) -> Option<(Impact, &'static str)> {
    if old == new {
        None
    } else if sent && tightened(old, new) {
        Some((Impact::WireOnly, "values accepted before are now refused"))
    } else if sent {
        Some((Impact::Additive, "more values are accepted"))
    } else {
        Some((Impact::Docs, "the documented bounds changed"))
    }
}
