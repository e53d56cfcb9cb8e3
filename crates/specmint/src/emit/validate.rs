//! The server crate's `src/validate.rs`: the spec's validation keywords (bounds, lengths,
//! patterns, item counts) as `Validate` impls for every model, and the rules checked on
//! parameters. Types whose values cannot break any rule get an empty impl.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{ident, Uses};
use crate::ir::{Constraints, Field, TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};

/// Every rule that applies to a value of `ty` used with `own` constraints: the use site's own,
/// then those of the aliases `ty` goes through; list items get theirs the same way.
pub fn effective(types: &TypeSpace, ty: &TypeRef, own: &Constraints) -> Constraints {
    let mut rules = own.clone();
    let mut ty = ty;
    for _ in 0..=types.len() {
        match ty {
            TypeRef::Nullable(inner) => ty = inner,
            TypeRef::Named(id) => match &types.get(*id).kind {
                TypeKind::Alias(inner) => {
                    rules = rules.merged(&types.get(*id).constraints);
                    ty = inner;
                }
                _ => break,
            },
            TypeRef::List(inner) => {
                let items = rules.items.as_deref().cloned().unwrap_or_default();
                let items = effective(types, inner, &items);
                rules.items = (!items.is_empty()).then(|| Box::new(items));
                break;
            }
            TypeRef::Prim(_) | TypeRef::Map(_) => break,
        }
    }
    rules
}

/// The named types whose values can break a rule: those with a constrained field, or holding
/// such a type. Worked back from the constrained ones along "is held by" edges, once per edge,
/// so that long chains and recursive types cost time in proportion to their size.
pub fn needing_validation(types: &TypeSpace) -> BTreeSet<TypeId> {
    let mut held_by: Vec<Vec<TypeId>> = vec![Vec::new(); types.len()];
    let mut needed = vec![false; types.len()];
    let mut work = Vec::new();
    for (id, def) in types.iter() {
        let (own, slots): (bool, Vec<&TypeRef>) = match &def.kind {
            TypeKind::Struct { fields, additional } => (
                fields
                    .iter()
                    .any(|f| !effective(types, &f.ty, &f.constraints).is_empty()),
                fields.iter().map(|f| &f.ty).chain(additional).collect(),
            ),
            TypeKind::Union { variants, .. } => (false, variants.iter().map(|v| &v.ty).collect()),
            TypeKind::Newtype(inner) => (
                !effective(types, inner, &def.constraints).is_empty(),
                vec![inner],
            ),
            TypeKind::Alias(_) | TypeKind::Enum { .. } => (false, Vec::new()),
        };
        for ty in slots {
            if let Some(held) = held(types, ty) {
                held_by[held.0].push(id);
            }
        }
        if own {
            needed[id.0] = true;
            work.push(id);
        }
    }
    while let Some(id) = work.pop() {
        for &holder in &held_by[id.0] {
            if !needed[holder.0] {
                needed[holder.0] = true;
                work.push(holder);
            }
        }
    }
    types
        .iter()
        .map(|(id, _)| id)
        .filter(|id| needed[id.0])
        .collect()
}

/// The named type (not an alias) a value of `ty` holds, through aliases and containers.
fn held(types: &TypeSpace, ty: &TypeRef) -> Option<TypeId> {
    let mut ty = ty;
    for _ in 0..=types.len() {
        match types.resolve_alias(ty) {
            TypeRef::Named(id) => return Some(*id),
            TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => ty = inner,
            TypeRef::Prim(_) => return None,
        }
    }
    None
}

/// Whether a value of `ty` holds a value of a type in `needed` (through aliases and containers).
fn reaches(types: &TypeSpace, ty: &TypeRef, needed: &BTreeSet<TypeId>) -> bool {
    held(types, ty).is_some_and(|id| needed.contains(&id))
}

/// Whether a value used as `ty` with `own` constraints needs checking at all.
pub fn checks_needed(
    types: &TypeSpace,
    ty: &TypeRef,
    own: &Constraints,
    needed: &BTreeSet<TypeId>,
) -> bool {
    !effective(types, ty, own).is_empty() || reaches(types, ty, needed)
}

/// `runtime::Rules { .. }` for a set of constraints, as a constant expression.
pub fn rules_tokens(c: &Constraints) -> TokenStream {
    let mut parts = Vec::new();
    let float = |v: f64| Literal::f64_unsuffixed(v);
    let size = |v: usize| Literal::usize_unsuffixed(v);
    if let Some(v) = c.minimum {
        let v = float(v);
        parts.push(quote! { minimum: Some(#v), });
    }
    if let Some(v) = c.maximum {
        let v = float(v);
        parts.push(quote! { maximum: Some(#v), });
    }
    if c.exclusive_minimum {
        parts.push(quote! { exclusive_minimum: true, });
    }
    if c.exclusive_maximum {
        parts.push(quote! { exclusive_maximum: true, });
    }
    if let Some(v) = c.multiple_of {
        let v = float(v);
        parts.push(quote! { multiple_of: Some(#v), });
    }
    for (name, value) in [
        ("min_length", c.min_length),
        ("max_length", c.max_length),
        ("min_items", c.min_items),
        ("max_items", c.max_items),
        ("min_properties", c.min_properties),
        ("max_properties", c.max_properties),
    ] {
        if let Some(v) = value {
            let name = ident(name);
            let v = size(v);
            parts.push(quote! { #name: Some(#v), });
        }
    }
    if let Some(p) = &c.pattern {
        let p = Literal::string(p);
        parts.push(quote! { pattern: Some(#p), });
    }
    if c.unique_items {
        parts.push(quote! { unique_items: true, });
    }
    if let Some(items) = &c.items {
        let items = rules_tokens(items);
        parts.push(quote! { items: Some(&#items), });
    }
    quote! { crate::runtime::Rules { #(#parts)* ..crate::runtime::Rules::NONE } }
}

/// `src/validate.rs` of a server crate.
pub fn validate_file(types: &TypeSpace, uses: &Uses, needed: &BTreeSet<TypeId>) -> TokenStream {
    let impls = types
        .iter()
        .map(|(id, def)| validate_impl(types, id, def, needed));
    let chrono = uses.chrono.then(|| {
        quote! {
            impl Checked for chrono::DateTime<chrono::Utc> {}
            impl Validate for chrono::DateTime<chrono::Utc> {}
            impl Checked for chrono::NaiveDate {}
            impl Validate for chrono::NaiveDate {}
        }
    });
    let uuid = uses.uuid.then(|| {
        quote! {
            impl Checked for uuid::Uuid {}
            impl Validate for uuid::Uuid {}
        }
    });
    quote! {
        //! The spec's validation keywords for every model: each `validate` reports the rules a
        //! value breaks, with the JSON pointer of the offending value.
        #![allow(unused_variables)]

        #[allow(unused_imports)]
        use crate::runtime::{Checked, Validate, Violation};

        #chrono
        #uuid
        #(#impls)*
    }
}

/// `Checked` and `Validate` for one model: empty when nothing it reaches has a rule.
fn validate_impl(
    types: &TypeSpace,
    id: TypeId,
    def: &TypeDef,
    needed: &BTreeSet<TypeId>,
) -> TokenStream {
    let name = ident(&def.name);
    if matches!(def.kind, TypeKind::Alias(_)) {
        return quote! {};
    }
    if !needed.contains(&id) {
        return quote! {
            impl Checked for crate::models::#name {}
            impl Validate for crate::models::#name {}
        };
    }
    let body = match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let checks = fields
                .iter()
                .filter(|f| checks_needed(types, &f.ty, &f.constraints, needed))
                .map(|f| field_checks(types, f));
            let extra = additional
                .as_ref()
                .filter(|a| reaches(types, a, needed))
                .map(|_| quote! { self.additional_properties.validate(at, out); });
            quote! { #(#checks)* #extra }
        }
        TypeKind::Union { variants, .. } => {
            let arms = variants.iter().map(|v| {
                let variant = ident(&v.rust_name);
                quote! { Self::#variant(value) => value.validate(at, out), }
            });
            quote! { match self { #(#arms)* } }
        }
        TypeKind::Newtype(inner) => {
            let rules = effective(types, inner, &def.constraints);
            let check = (!rules.is_empty()).then(|| {
                let rules = rules_tokens(&rules);
                quote! { Checked::check(&self.0, &#rules, at, out); }
            });
            quote! { #check self.0.validate(at, out); }
        }
        TypeKind::Alias(_) | TypeKind::Enum { .. } => quote! {},
    };
    // Deprecated fields keep `#[deprecated]` for users; checking them is no use of them.
    let allow =
        matches!(&def.kind, TypeKind::Struct { fields, .. } if fields.iter().any(|f| f.deprecated))
            .then(|| quote! { #[allow(deprecated)] });
    quote! {
        impl Checked for crate::models::#name {}
        #allow
        impl Validate for crate::models::#name {
            fn validate(&self, at: &str, out: &mut Vec<Violation>) {
                #body
            }
        }
    }
}

/// A struct field's own rules, then whatever its value checks, at `{at}/<wire name>`.
fn field_checks(types: &TypeSpace, f: &Field) -> TokenStream {
    let field = ident(&f.rust_name);
    let escaped = f
        .name
        .replace('~', "~0")
        .replace('/', "~1")
        .replace('{', "{{")
        .replace('}', "}}");
    let at = format!("{{at}}/{escaped}");
    let rules = effective(types, &f.ty, &f.constraints);
    let check = (!rules.is_empty()).then(|| {
        let rules = rules_tokens(&rules);
        quote! { Checked::check(&self.#field, &#rules, &here, out); }
    });
    quote! {
        let here = format!(#at);
        #check
        self.#field.validate(&here, out);
    }
}
