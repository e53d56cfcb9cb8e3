//! `src/models.rs`: one Rust type per IR type definition.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{
    doc_lines, ident, non_null, print_file, type_text, type_tokens, Layout, ModelPath,
};
use crate::ir::{EnumVariant, Field, TypeDef, TypeKind, TypeRef, TypeSpace, UnionVariant};
use crate::output::FileSet;

/// Who decodes the models, which decides how strict decoding is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Models {
    /// A client: enum values the spec does not list are kept in an `Unknown(String)` variant,
    /// so a client keeps working when the server adds values.
    Client,
    /// A server: unlisted enum values and discriminator tags are refused. (Structs are read the
    /// same way in both: from a JSON object only, through the runtime's `object!`.)
    Server,
}

/// `src/models.rs`, written as text in rustfmt's layout (see [`Layout`]), so that rustfmt is
/// not run on what is most of a large API's code; and `src/models/impls.rs` with the impls of
/// the models that are not written by a runtime macro (integer enums, enums picked by a
/// discriminator), printed and formatted as other generated code.
///
/// The types are written in chunks on all cores, then put together in their order.
pub fn models_files(types: &TypeSpace, mode: Models, files: &mut FileSet) -> Result<(), String> {
    use rayon::prelude::*;
    const IMPLS: &str = "src/models/impls.rs";
    let defs: Vec<&TypeDef> = types.iter().map(|(_, def)| def).collect();
    let chunks: Vec<(Layout, String)> = defs
        .par_chunks(128)
        .map(|chunk| {
            let mut layout = Layout::default();
            let mut impls = Vec::new();
            for def in chunk {
                impls.extend(type_def(types, def, mode, &mut layout));
            }
            // Printed on the thread that built them (see `print_file`).
            let impls = if impls.is_empty() {
                String::new()
            } else {
                print_file(quote! { #(#impls)* }, IMPLS)?
            };
            Ok((layout, impls))
        })
        .collect::<Result<_, String>>()?;
    let mut layout = Layout::default();
    layout.line("//! The API's data types, generated from its schemas.");
    let mut impls = String::new();
    for (chunk, chunk_impls) in chunks {
        layout.text.push_str(&chunk.text);
        layout.exact &= chunk.exact;
        impls.push_str(&chunk_impls);
    }
    if !impls.is_empty() {
        layout.line("mod impls;");
        let heading = quote! {
            //! Impls of the models that have impls of their own rather than a runtime macro's.
            use super::*;
        };
        files.insert(IMPLS, print_file(heading, IMPLS)? + &impls);
    }
    if layout.exact {
        files.insert_formatted("src/models.rs", layout.text);
    } else {
        files.insert("src/models.rs", layout.text);
    }
    Ok(())
}

/// Writes a type's declaration, and the call of the runtime macro that writes its impls, to
/// `out`; returns the impls it has of its own.
fn type_def(
    types: &TypeSpace,
    def: &TypeDef,
    mode: Models,
    out: &mut Layout,
) -> Option<TokenStream> {
    let name = ident(&def.name);
    let origin = match &def.original {
        Some(original) => format!("Schema `{original}`."),
        None => format!("Inline schema at `{}`.", def.pointer),
    };
    out.doc(
        "",
        &doc_lines(&[
            def.title.as_deref(),
            def.description.as_deref(),
            Some(&origin),
        ]),
    );
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let defaults = fields
                .iter()
                .all(|f| f.is_optional() || types.has_default(&f.ty));
            // `Debug` and `PartialEq` come from `object!`, with `Serialize` and `Deserialize`.
            out.line(if defaults {
                "#[derive(Clone, Default)]"
            } else {
                "#[derive(Clone)]"
            });
            if fields.is_empty() && additional.is_none() {
                out.line(&format!("pub struct {name} {{}}"));
            } else {
                out.line(&format!("pub struct {name} {{"));
                for f in fields {
                    field(types, f, out);
                }
                if let Some(value) = additional {
                    let map = TypeRef::Map(Box::new(value.clone()));
                    out.doc(
                        "    ",
                        &doc_lines(&[Some("Properties not declared by the schema.")]),
                    );
                    out.field(
                        "additional_properties",
                        &type_text(&type_tokens(types, &map, ModelPath::Local)),
                    );
                }
                out.line("}");
            }
            out.text.push_str(&struct_impls(
                &name.to_string(),
                fields,
                additional.is_some(),
                defaults,
            ));
            None
        }
        TypeKind::Enum {
            variants,
            integer: true,
        } => Some(integer_enum(&name, variants, mode, out)),
        TypeKind::Enum { variants, .. } => {
            string_enum(&name, variants, mode, out);
            None
        }
        TypeKind::Union {
            variants,
            discriminator: Some(property),
        } if variants.iter().all(|v| v.tag.is_some()) => {
            Some(tagged_union(types, &name, variants, property, mode, out))
        }
        TypeKind::Union { variants, .. } => {
            out.doc(
                "",
                &note(&[" Decoding tries the variants in order and keeps the first that fits."]),
            );
            out.line(
                "#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]",
            );
            out.line("#[serde(untagged)]");
            out.line(&format!("pub enum {name} {{"));
            for v in variants {
                let ty = type_text(&variant_type(types, v));
                out.variant(&ident(&v.rust_name).to_string(), Some(&ty));
            }
            out.line("}");
            None
        }
        TypeKind::Alias(ty) => {
            let ty = type_text(&type_tokens(types, ty, ModelPath::Local));
            out.line(&format!("pub type {name} = {ty};"));
            None
        }
        TypeKind::Newtype(ty) => {
            let ty = type_text(&type_tokens(types, ty, ModelPath::Local));
            out.line(
                "#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]",
            );
            out.line("#[serde(transparent)]");
            out.line(&format!("pub struct {name}(pub {ty});"));
            None
        }
    }
}

/// A struct's `Serialize`, `Deserialize`, `Debug` and `PartialEq`, as a call of the runtime's
/// `object!`: one line per field with its wire name and presence. The macro expands to tables
/// of the fields that the runtime reads into, and writes, prints and compares from, instead of
/// serde's and the standard derives (a field enum, a visitor, a loop and a `match` per struct,
/// and code per field for each trait), which were most of what compiling a large client cost.
/// A struct with `Default` (`defaults`) is read into its default; one without is read into a
/// slot per field (`slots`). The call is written as text: rustfmt leaves the body of a macro
/// called with braces as it is, so it is laid out here, one field per line.
fn struct_impls(name: &str, fields: &[Field], additional: bool, defaults: bool) -> String {
    let slots = if defaults { "" } else { "slots " };
    let mut text = format!("crate::runtime::object! {{\n    {slots}{name}");
    if additional {
        text.push_str(" + additional_properties");
    }
    text.push_str(" {\n");
    for f in fields {
        // Optional fields are left out when `None`; required nullable ones are always sent,
        // `null` when absent.
        let presence = match (f.is_optional(), f.required) {
            (false, _) => "required",
            (true, false) => "optional",
            (true, true) => "nullable",
        };
        text.push_str(&format!(
            "        {}: {} {presence},\n",
            ident(&f.rust_name),
            Literal::string(&f.name)
        ));
    }
    text.push_str("    }\n}\n");
    text
}

/// A string enum, read and written as its wire value through `as_str` and a `match`, which is
/// a fraction of the code serde's derive expands to for a renamed enum with a catch-all variant.
/// A client keeps values the spec does not list in `Unknown(String)`; a server refuses them
/// with serde's own "unknown variant" error. The enum is declared here; its impls come from the
/// runtime's `string_enum!`, called (as text, see [`struct_impls`]) with one line per variant.
fn string_enum(
    name: &proc_macro2::Ident,
    variants: &[EnumVariant],
    mode: Models,
    out: &mut Layout,
) {
    let ids: Vec<String> = variants
        .iter()
        .map(|v| ident(&v.rust_name).to_string())
        .collect();
    match mode {
        Models::Client => {
            out.doc(
                "",
                &note(&[
                    " Values the spec does not list are kept in `Unknown`, so a server adding a value",
                    " does not break decoding.",
                ]),
            );
        }
        Models::Server => {
            out.doc(
                "",
                &note(&[" Values the spec does not list are refused when decoding."]),
            );
        }
    }
    // A client's `Unknown(String)` cannot be `Copy`.
    let copy = mode == Models::Server;
    enum_body(
        name,
        &ids,
        variants,
        mode,
        "::std::string::String",
        copy,
        out,
    );
    let mut impls = format!("crate::runtime::string_enum! {{\n    {name}");
    if mode == Models::Client {
        impls.push_str(" + Unknown");
    }
    impls.push_str(" {\n");
    for (id, v) in ids.iter().zip(variants) {
        impls.push_str(&format!("        {id} = {},\n", Literal::string(&v.value)));
    }
    impls.push_str("    }\n}\n");
    out.text.push_str(&impls);
}

/// An enum of values with its derives, `pub enum Name { ... }`: one variant per value,
/// documented with it, the first one the enum's `Default` (a struct with a field of the enum
/// then has a `Default` too, and is read into it; see
/// [`TypeSpace::has_default`](crate::ir::TypeSpace::has_default)); a client's enum ends with
/// `Unknown(unknown)`.
fn enum_body(
    name: &proc_macro2::Ident,
    ids: &[String],
    variants: &[EnumVariant],
    mode: Models,
    unknown: &str,
    copy: bool,
    out: &mut Layout,
) {
    out.line(&format!(
        "#[derive(Debug, Clone, {}PartialEq, Eq, Hash, PartialOrd, Ord{})]",
        if copy { "Copy, " } else { "" },
        if variants.is_empty() { "" } else { ", Default" }
    ));
    out.line(&format!("pub enum {name} {{"));
    for (at, (id, v)) in ids.iter().zip(variants).enumerate() {
        out.doc("    ", &[format!(" `{}`", v.value)]);
        if at == 0 {
            out.line("    #[default]");
        }
        out.variant(id, None);
    }
    if mode == Models::Client {
        out.doc("    ", &[" A value this client does not know.".to_string()]);
        out.variant("Unknown", Some(unknown));
    }
    out.line("}");
}

/// Doc lines that follow a type's own docs after an empty line.
fn note(lines: &[&str]) -> Vec<String> {
    std::iter::once(String::new())
        .chain(lines.iter().map(|line| line.to_string()))
        .collect()
}

/// The type a union variant holds, boxed when it refers back to the union.
fn variant_type(types: &TypeSpace, v: &UnionVariant) -> TokenStream {
    let ty = type_tokens(types, &v.ty, ModelPath::Local);
    if v.boxed {
        quote! { ::std::boxed::Box<#ty> }
    } else {
        ty
    }
}

/// An integer enum: variants named after their values, read and written as JSON integers. A
/// client keeps values the spec does not list in `Unknown(i64)`; a server refuses them.
fn integer_enum(
    name: &proc_macro2::Ident,
    variants: &[EnumVariant],
    mode: Models,
    out: &mut Layout,
) -> TokenStream {
    let ids: Vec<_> = variants.iter().map(|v| ident(&v.rust_name)).collect();
    let values: Vec<Literal> = variants
        .iter()
        .map(|v| Literal::i64_unsuffixed(v.value.parse().unwrap_or_default()))
        .collect();
    let listed = variants
        .iter()
        .map(|v| v.value.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let (unknown_value, unknown_read, note_line) = match mode {
        Models::Client => (
            quote! { Self::Unknown(value) => *value, },
            quote! { other => Ok(Self::Unknown(other)), },
            " Values the spec does not list are kept in `Unknown`.",
        ),
        Models::Server => {
            let expected = format!("one of {listed}");
            (
                quote! {},
                quote! { other => Err(D::Error::invalid_value(::serde::de::Unexpected::Signed(other), &#expected)), },
                " Values the spec does not list are refused when decoding.",
            )
        }
    };
    out.doc("", &note(&[note_line]));
    let names: Vec<String> = ids.iter().map(ToString::to_string).collect();
    enum_body(name, &names, variants, mode, "i64", true, out);
    quote! {
        impl #name {
            /// The value as it is sent on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #(Self::#ids => #values,)*
                    #unknown_value
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #[allow(unused_imports)]
                use ::serde::de::Error as _;
                match <i64 as ::serde::Deserialize>::deserialize(deserializer)? {
                    #(#values => Ok(Self::#ids),)*
                    #unknown_read
                }
            }
        }
    }
}

/// A oneOf/anyOf with a discriminator: the property's value picks the variant when decoding,
/// and the variant decides the value written when encoding. A client keeps
/// values with a tag it does not know in `Unknown`; a server refuses them.
fn tagged_union(
    types: &TypeSpace,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
    property: &str,
    mode: Models,
    out: &mut Layout,
) -> TokenStream {
    let property = Literal::string(property);
    let writes = variants.iter().map(|v| {
        let id = ident(&v.rust_name);
        let tag = Literal::string(v.tag.as_deref().unwrap_or_default());
        quote! { Self::#id(value) => (#tag, ::serde_json::to_value(value)), }
    });
    // The first variant with a tag wins when the spec lists one twice.
    let mut seen = std::collections::BTreeSet::new();
    let reads: Vec<TokenStream> = variants
        .iter()
        .filter(|v| seen.insert(v.tag.clone()))
        .map(|v| {
            let id = ident(&v.rust_name);
            let tag = Literal::string(v.tag.as_deref().unwrap_or_default());
            quote! { Some(#tag) => ::serde_json::from_value(value).map(Self::#id).map_err(D::Error::custom), }
        })
        .collect();
    let tags: Vec<Literal> = seen
        .iter()
        .map(|t| Literal::string(t.as_deref().unwrap_or_default()))
        .collect();
    let (unknown_write, unknown_read, note_line) = match mode {
        Models::Client => (
            quote! { Self::Unknown(value) => return value.serialize(serializer), },
            quote! { _ => Ok(Self::Unknown(value)), },
            " The discriminator picks the variant; values with a tag this client does not know are kept in `Unknown`.",
        ),
        Models::Server => (
            quote! {},
            quote! {
                Some(other) => Err(D::Error::unknown_variant(other, &[#(#tags),*])),
                None => Err(D::Error::missing_field(#property)),
            },
            " The discriminator picks the variant; other tags are refused.",
        ),
    };
    out.doc("", &note(&[note_line]));
    out.line("#[derive(Debug, Clone, PartialEq)]");
    out.line(&format!("pub enum {name} {{"));
    for v in variants {
        out.doc(
            "    ",
            &[format!(" `{}`", v.tag.as_deref().unwrap_or_default())],
        );
        let ty = type_text(&variant_type(types, v));
        out.variant(&ident(&v.rust_name).to_string(), Some(&ty));
    }
    if mode == Models::Client {
        out.doc(
            "    ",
            &[" A value whose tag this client does not know, kept as it came.".to_string()],
        );
        out.variant("Unknown", Some("::serde_json::Value"));
    }
    out.line("}");
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::Error as _;
                let (tag, value) = match self {
                    #(#writes)*
                    #unknown_write
                };
                let mut value = value.map_err(S::Error::custom)?;
                if let ::serde_json::Value::Object(map) = &mut value {
                    map.insert(#property.to_string(), ::serde_json::Value::from(tag));
                }
                value.serialize(serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                use ::serde::de::Error as _;
                let value = ::serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#reads)*
                    #unknown_read
                }
            }
        }
    }
}

fn field(types: &TypeSpace, f: &Field, out: &mut Layout) {
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Read-only: sent by the server only.");
    }
    if f.write_only {
        notes.push("Write-only: sent by the client only.");
    }
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    out.doc(
        "    ",
        &doc_lines(&[f.description.as_deref(), note.as_deref()]),
    );
    if f.deprecated {
        out.line("    #[deprecated]");
    }
    let ty = type_text(&field_type(types, f));
    out.field(&ident(&f.rust_name).to_string(), &ty);
}

/// The Rust type of a field: `Option` when it may be absent or null (unless its type already
/// is one), boxed when it refers back to its struct.
fn field_type(types: &TypeSpace, f: &Field) -> TokenStream {
    let inner = type_tokens(types, &non_null(types, &f.ty), ModelPath::Local);
    let inner = if f.boxed {
        quote! { ::std::boxed::Box<#inner> }
    } else {
        inner
    };
    if f.is_optional() && !types.is_nullable(&non_null(types, &f.ty)) {
        quote! { ::std::option::Option<#inner> }
    } else {
        inner
    }
}
