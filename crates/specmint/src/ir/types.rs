//! The type space: every schema that becomes a Rust type lives in one arena with stable ids.

use std::sync::OnceLock;

use serde_json::Value;

/// Handle of a [`TypeDef`] in the [`TypeSpace`]; ids are assigned in a deterministic order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// `format: date`
    Date,
    /// `format: date-time`
    DateTime,
    Uuid,
    /// Raw bytes: binary bodies and responses.
    Bytes,
    /// Any JSON value: untyped schemas.
    Any,
    /// No value at all: responses without a body.
    Unit,
}

/// A use of a type: in a field, a parameter, a body or a response.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    Named(TypeId),
    Prim(Primitive),
    List(Box<TypeRef>),
    /// A map from strings to values (`additionalProperties`).
    Map(Box<TypeRef>),
    /// `nullable: true`
    Nullable(Box<TypeRef>),
}

impl TypeRef {
    pub fn nullable(self) -> TypeRef {
        match self {
            TypeRef::Nullable(_) => self,
            other => TypeRef::Nullable(Box::new(other)),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    /// UpperCamelCase Rust name, unique in the type space.
    pub name: String,
    /// The component name in the spec, for component schemas.
    pub original: Option<String>,
    /// JSON pointer of the schema.
    pub pointer: String,
    pub title: Option<String>,
    pub description: Option<String>,
    /// `deprecated: true` on the schema: the docs mark it, and the diff reports it.
    pub deprecated: bool,
    pub kind: TypeKind,
    /// What a value of an alias must satisfy beyond its type (bounds, length, pattern).
    pub constraints: Constraints,
}

/// What a value must satisfy beyond its type: the schema's validation keywords. Servers check
/// them on every request; `items` applies to each element of an array.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    /// A regular expression the whole string is searched with (anchors are the spec's own).
    pub pattern: Option<String>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub unique_items: bool,
    pub min_properties: Option<usize>,
    pub max_properties: Option<usize>,
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }

    /// Both sets of constraints at once: `other` fills in what `self` leaves open.
    pub fn merged(&self, other: &Constraints) -> Constraints {
        let items = match (&self.items, &other.items) {
            (Some(a), Some(b)) => Some(Box::new(a.merged(b))),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        Constraints {
            minimum: self.minimum.or(other.minimum),
            maximum: self.maximum.or(other.maximum),
            exclusive_minimum: if self.minimum.is_some() {
                self.exclusive_minimum
            } else {
                other.exclusive_minimum
            },
            exclusive_maximum: if self.maximum.is_some() {
                self.exclusive_maximum
            } else {
                other.exclusive_maximum
            },
            multiple_of: self.multiple_of.or(other.multiple_of),
            min_length: self.min_length.or(other.min_length),
            max_length: self.max_length.or(other.max_length),
            pattern: self.pattern.clone().or_else(|| other.pattern.clone()),
            min_items: self.min_items.or(other.min_items),
            max_items: self.max_items.or(other.max_items),
            unique_items: self.unique_items || other.unique_items,
            min_properties: self.min_properties.or(other.min_properties),
            max_properties: self.max_properties.or(other.max_properties),
            items,
        }
    }
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// Extra properties beyond the declared ones (`additionalProperties`).
        additional: Option<TypeRef>,
    },
    /// A string enum, or an integer enum (`integer`, whose values are decimal integers).
    Enum {
        variants: Vec<EnumVariant>,
        integer: bool,
    },
    /// oneOf / anyOf: one of several shapes, tried in order.
    Union {
        variants: Vec<UnionVariant>,
        discriminator: Option<String>,
    },
    /// Another name for a type (`pub type X = Y;`).
    Alias(TypeRef),
    /// A wrapper struct, used when an alias would refer to itself.
    Newtype(TypeRef),
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The property name on the wire.
    pub name: String,
    pub rust_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub description: Option<String>,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub default: Option<Value>,
    /// The field's type refers back to the containing type and must be boxed.
    pub boxed: bool,
    pub constraints: Constraints,
}

impl Field {
    /// Absent or null: the field is an `Option` in Rust.
    pub fn is_optional(&self) -> bool {
        !self.required || matches!(self.ty, TypeRef::Nullable(_))
    }
}

#[derive(Debug, Clone)]
pub struct EnumVariant {
    pub value: String,
    pub rust_name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: TypeRef,
    /// The discriminator value selecting this variant, when there is a discriminator.
    pub tag: Option<String>,
    pub boxed: bool,
}

#[derive(Debug, Clone, Default)]
pub struct TypeSpace {
    defs: Vec<TypeDef>,
    /// Which types implement `Default`, by id; worked out when first asked, forgotten on change.
    defaults: OnceLock<Vec<bool>>,
}

impl TypeSpace {
    pub fn add(&mut self, def: TypeDef) -> TypeId {
        self.defaults = OnceLock::new();
        self.defs.push(def);
        TypeId(self.defs.len() - 1)
    }

    /// # Panics
    /// Never for ids handed out by this space; ids are never removed.
    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.defs[id.0]
    }

    pub(crate) fn get_mut(&mut self, id: TypeId) -> &mut TypeDef {
        self.defaults = OnceLock::new();
        &mut self.defs[id.0]
    }

    pub fn iter(&self) -> impl Iterator<Item = (TypeId, &TypeDef)> {
        self.defs.iter().enumerate().map(|(i, d)| (TypeId(i), d))
    }

    pub fn len(&self) -> usize {
        self.defs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// Follows aliases to the type they name (stopping at a cycle).
    pub fn resolve_alias<'t>(&'t self, ty: &'t TypeRef) -> &'t TypeRef {
        let mut ty = ty;
        for _ in 0..=self.defs.len() {
            match ty {
                TypeRef::Named(id) => match &self.get(*id).kind {
                    TypeKind::Alias(inner) => ty = inner,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// Whether a use of `ty` already admits "no value" (so a field of it needs no extra `Option`).
    pub fn is_nullable(&self, ty: &TypeRef) -> bool {
        let mut ty = ty;
        // Aliases that loop are newtypes by now; the bound only guards against a loop left.
        for _ in 0..=self.defs.len() {
            match ty {
                TypeRef::Nullable(_) => return true,
                TypeRef::Named(id) => match &self.get(*id).kind {
                    TypeKind::Alias(inner) => ty = inner,
                    _ => return false,
                },
                _ => return false,
            }
        }
        false
    }

    /// Whether the Rust type of `ty` implements `Default` (structs derive it when all their
    /// fields do; enums of values have their first value as default; unions and newtypes have
    /// none). Worked out for every type at the first call (see [`super::graph::defaults`]).
    pub fn has_default(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Prim(_) | TypeRef::List(_) | TypeRef::Map(_) | TypeRef::Nullable(_) => true,
            TypeRef::Named(id) => self
                .defaults
                .get_or_init(|| super::graph::defaults(self))
                .get(id.0)
                .copied()
                .unwrap_or(true),
        }
    }
}
