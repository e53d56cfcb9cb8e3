//! What every Rust emitter needs: identifiers, doc comments and the tokens of types. Printing is
//! [`crate::format`]'s job.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{naming, Primitive, TypeRef, TypeSpace};

/// An identifier from a name the IR decided. Names are valid by construction; anything else is
/// mapped to a valid identifier rather than panicking.
pub fn ident(name: &str) -> Ident {
    let valid = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !naming::is_keyword(name);
    if valid {
        Ident::new(name, Span::call_site())
    } else {
        let cleaned: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        Ident::new(&format!("x_{cleaned}"), Span::call_site())
    }
}

/// `#[doc = "..."]` attributes, one per line, made safe for rustdoc: spec text is not Rust, so
/// code blocks are marked `text` and indentation that would open a code block is removed.
pub fn doc_attrs(parts: &[Option<&str>]) -> TokenStream {
    let lines = doc_lines(parts);
    quote! { #(#[doc = #lines])* }
}

/// A module's inner doc comment (`//!`), one attribute per line of `parts`, paragraphs apart.
pub fn inner_doc_attrs(parts: &[Option<&str>]) -> TokenStream {
    let lines = doc_lines(parts);
    quote! { #(#![doc = #lines])* }
}

/// The values of [`doc_attrs`]' attributes: each line of the comment, with its leading space.
pub fn doc_lines(parts: &[Option<&str>]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in parts.iter().flatten() {
        let text = part.trim();
        if text.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(sanitize_doc(&crate::emit::rustdoc::rustdoc_safe(text)));
    }
    lines
        .into_iter()
        .map(|line| {
            if line.is_empty() {
                line
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

pub fn sanitize_doc(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            if in_fence {
                out.push("```".to_string());
            } else {
                let _ = rest;
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
        } else {
            out.push(trimmed.to_string());
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out
}

/// Where the emitted code refers to types from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ModelPath {
    /// Inside the `models` module itself.
    Local,
    /// From another module of the crate: `crate::models::X`, and standard types by their full
    /// paths, so that no name of the spec's can shadow them.
    Crate,
    /// For a reader of the docs: `models::X`, `Option<String>`.
    Docs,
}

/// The Rust type of a use of a type. `Nullable` becomes `Option` unless the inner type already
/// admits null (an alias of a nullable type).
pub fn type_tokens(types: &TypeSpace, ty: &TypeRef, at: ModelPath) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&types.get(*id).name);
            match at {
                ModelPath::Local => quote! { #name },
                ModelPath::Crate => quote! { crate::models::#name },
                ModelPath::Docs => quote! { models::#name },
            }
        }
        TypeRef::Prim(p) => primitive_tokens(*p, at),
        TypeRef::List(inner) => vec_of(type_tokens(types, inner, at), at),
        TypeRef::Map(inner) => {
            let inner = type_tokens(types, inner, at);
            let string = primitive_tokens(Primitive::String, at);
            match at {
                ModelPath::Docs => quote! { BTreeMap<#string, #inner> },
                _ => quote! { ::std::collections::BTreeMap<#string, #inner> },
            }
        }
        TypeRef::Nullable(inner) => {
            let tokens = type_tokens(types, inner, at);
            if types.is_nullable(inner) {
                tokens
            } else {
                option_of(tokens, at)
            }
        }
    }
}

/// `Option<inner>`, its path as `at` writes it.
pub fn option_of(inner: TokenStream, at: ModelPath) -> TokenStream {
    match at {
        ModelPath::Docs => quote! { Option<#inner> },
        _ => quote! { ::std::option::Option<#inner> },
    }
}

/// `Vec<inner>`, its path as `at` writes it.
pub fn vec_of(inner: TokenStream, at: ModelPath) -> TokenStream {
    match at {
        ModelPath::Docs => quote! { Vec<#inner> },
        _ => quote! { ::std::vec::Vec<#inner> },
    }
}

/// The type without its outer nullability, for fields that are `Option` anyway.
pub fn non_null(types: &TypeSpace, ty: &TypeRef) -> TypeRef {
    let _ = types;
    match ty {
        TypeRef::Nullable(inner) => non_null(types, inner),
        other => other.clone(),
    }
}

pub fn primitive_tokens(p: Primitive, at: ModelPath) -> TokenStream {
    let docs = at == ModelPath::Docs;
    match p {
        Primitive::String if docs => quote! { String },
        Primitive::String => quote! { ::std::string::String },
        Primitive::Bool => quote! { bool },
        Primitive::I32 => quote! { i32 },
        Primitive::I64 => quote! { i64 },
        Primitive::F32 => quote! { f32 },
        Primitive::F64 => quote! { f64 },
        Primitive::Date if docs => quote! { chrono::NaiveDate },
        Primitive::Date => quote! { ::chrono::NaiveDate },
        Primitive::DateTime if docs => quote! { chrono::DateTime<chrono::Utc> },
        Primitive::DateTime => quote! { ::chrono::DateTime<::chrono::Utc> },
        Primitive::Uuid if docs => quote! { uuid::Uuid },
        Primitive::Uuid => quote! { ::uuid::Uuid },
        Primitive::Bytes => vec_of(quote! { u8 }, at),
        Primitive::Any if docs => quote! { serde_json::Value },
        Primitive::Any => quote! { ::serde_json::Value },
        Primitive::Unit => quote! { () },
    }
}

/// Which optional dependencies the emitted code uses.
#[derive(Debug, Default, Clone, Copy)]
pub struct Uses {
    pub chrono: bool,
    pub uuid: bool,
}

impl Uses {
    pub fn scan(types: &TypeSpace, refs: impl IntoIterator<Item = TypeRef>) -> Uses {
        let mut uses = Uses::default();
        let mut visit = |ty: &TypeRef| uses.visit(ty);
        for (_, def) in types.iter() {
            for_each_ref(&def.kind, &mut visit);
        }
        for r in refs {
            visit(&r);
        }
        uses
    }

    fn visit(&mut self, ty: &TypeRef) {
        match ty {
            TypeRef::Prim(Primitive::Date | Primitive::DateTime) => self.chrono = true,
            TypeRef::Prim(Primitive::Uuid) => self.uuid = true,
            TypeRef::List(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => self.visit(i),
            _ => {}
        }
    }
}

fn for_each_ref(kind: &crate::ir::TypeKind, f: &mut impl FnMut(&TypeRef)) {
    use crate::ir::TypeKind;
    match kind {
        TypeKind::Struct { fields, additional } => {
            fields.iter().for_each(|x| f(&x.ty));
            if let Some(a) = additional {
                f(a);
            }
        }
        TypeKind::Union { variants, .. } => variants.iter().for_each(|v| f(&v.ty)),
        TypeKind::Alias(t) | TypeKind::Newtype(t) => f(t),
        TypeKind::Enum { .. } => {}
    }
}
