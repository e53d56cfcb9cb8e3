//! `src/models.rs`: one Rust type per IR type definition.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{doc_attrs, ident, non_null, type_tokens, ModelPath};
use crate::format::{join_sections, print_each, print_file};
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

/// `src/models.rs`: every model's declaration, with the call of the runtime macro that writes
/// its impls or, for integer enums and enums picked by a discriminator, impls of its own. The
/// models are built and printed on all cores, one blank line apart.
///
/// `sent` marks, by type id, the types callers send (see [`crate::ir::Api::sent_types`]). When
/// given (a client), the structs it leaves out are `#[non_exhaustive]`: callers only read them,
/// so the spec may add fields to them without breaking callers. A client's enums of values
/// are `#[non_exhaustive]` too: they keep unlisted values in `Unknown`, and a value the spec adds
/// breaks no `match`.
pub fn models_files(
    types: &TypeSpace,
    mode: Models,
    sent: Option<&[bool]>,
    files: &mut FileSet,
) -> Result<(), String> {
    const FILE: &str = "src/models.rs";
    let defs: Vec<(&TypeDef, bool)> = types
        .iter()
        .map(|(id, def)| (def, sent.is_some_and(|sent| !sent[id.0])))
        .collect();
    let heading = print_file(
        quote! { //! The API's data types, generated from its schemas.
        },
        FILE,
    )?;
    let models = print_each(&defs, FILE, |&(def, received)| {
        type_def(types, def, mode, received)
    })?;
    files.insert(FILE, join_sections([heading, models]));
    Ok(())
}

/// A type's declaration, its doc comment and its impls. `received`: only ever received by
/// callers, so a struct is `#[non_exhaustive]`.
fn type_def(types: &TypeSpace, def: &TypeDef, mode: Models, received: bool) -> TokenStream {
    let name = ident(&def.name);
    let origin = match &def.original {
        Some(original) => format!("Schema `{original}`."),
        None => format!("Inline schema at `{}`.", def.pointer),
    };
    let doc = doc_attrs(&[
        def.title.as_deref(),
        def.description.as_deref(),
        Some(&origin),
    ]);
    let body = match &def.kind {
        TypeKind::Struct { fields, additional } => {
            struct_def(types, &name, fields, additional.as_ref(), received)
        }
        TypeKind::Enum {
            variants,
            integer: true,
        } => integer_enum(&name, variants, mode),
        TypeKind::Enum { variants, .. } => string_enum(&name, variants, mode),
        TypeKind::Union {
            variants,
            discriminator: Some(property),
        } if variants.iter().all(|v| v.tag.is_some()) => {
            tagged_union(types, &name, variants, property, mode)
        }
        TypeKind::Union { variants, .. } => {
            let note =
                note(&["Decoding tries the variants in order and keeps the first that fits."]);
            let variants = variants.iter().map(|v| {
                let id = ident(&v.rust_name);
                let ty = variant_type(types, v);
                quote! { #id(#ty), }
            });
            quote! {
                #note
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(untagged)]
                pub enum #name { #(#variants)* }
            }
        }
        TypeKind::Alias(ty) => {
            let ty = type_tokens(types, ty, ModelPath::Local);
            quote! { pub type #name = #ty; }
        }
        TypeKind::Newtype(ty) => {
            let ty = type_tokens(types, ty, ModelPath::Local);
            quote! {
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #ty);
            }
        }
    };
    quote! { #doc #body }
}

/// A struct and the call of the runtime's `object!`, which writes its `Serialize`,
/// `Deserialize`, `Debug` and `PartialEq` from one line per field with its wire name and
/// presence. The macro expands to tables of the fields that the runtime reads into, and
/// writes, prints and compares from, instead of serde's and the standard derives (a field
/// enum, a visitor, a loop and a `match` per struct, and code per field for each trait), which
/// were most of what compiling a large client cost. A struct whose fields all have a default is
/// read into its `Default`; any other into a slot per field (`slots`).
fn struct_def(
    types: &TypeSpace,
    name: &Ident,
    fields: &[Field],
    additional: Option<&TypeRef>,
    received: bool,
) -> TokenStream {
    let non_exhaustive = received.then(|| quote! { #[non_exhaustive] });
    let defaults = fields
        .iter()
        .all(|f| f.is_optional() || types.has_default(&f.ty));
    let derives = if defaults {
        quote! { #[derive(Clone, Default)] }
    } else {
        quote! { #[derive(Clone)] }
    };
    let declared = fields.iter().map(|f| field(types, f));
    let (others, others_field) = match additional {
        Some(value) => {
            let map = type_tokens(
                types,
                &TypeRef::Map(Box::new(value.clone())),
                ModelPath::Local,
            );
            (
                quote! { + additional_properties },
                quote! {
                    /// Properties not declared by the schema.
                    pub additional_properties: #map,
                },
            )
        }
        None => (quote! {}, quote! {}),
    };
    let slots = (!defaults).then(|| quote! { slots });
    let rows = fields.iter().map(|f| {
        let id = ident(&f.rust_name);
        let wire = Literal::string(&f.name);
        // Optional fields are left out when `None`; required nullable ones are always sent,
        // `null` when absent.
        let presence = match (f.is_optional(), f.required) {
            (false, _) => quote! { required },
            (true, false) => quote! { optional },
            (true, true) => quote! { nullable },
        };
        quote! { #id = #wire #presence, }
    });
    quote! {
        #derives
        #non_exhaustive
        pub struct #name { #(#declared)* #others_field }
        crate::runtime::object! { #slots #name #others { #(#rows)* } }
    }
}

/// A string enum, read and written as its wire value through `as_str` and a `match`, which is
/// a fraction of the code serde's derive expands to for a renamed enum with a catch-all variant.
/// A client keeps values the spec does not list in `Unknown(String)`; a server refuses them
/// with serde's own "unknown variant" error. The enum is declared here; its impls come from the
/// runtime's `string_enum!`, called with one line per variant.
fn string_enum(name: &Ident, variants: &[EnumVariant], mode: Models) -> TokenStream {
    let note = match mode {
        Models::Client => note(&[
            "Values the spec does not list are kept in `Unknown`, so a server adding a value",
            "does not break decoding.",
        ]),
        Models::Server => note(&["Values the spec does not list are refused when decoding."]),
    };
    // A client's `Unknown(String)` cannot be `Copy`.
    let body = enum_body(
        name,
        variants,
        mode,
        quote! { ::std::string::String },
        mode == Models::Server,
    );
    let unknown = (mode == Models::Client).then(|| quote! { + Unknown });
    let rows = variants.iter().map(|v| {
        let id = ident(&v.rust_name);
        let wire = Literal::string(&v.value);
        quote! { #id = #wire, }
    });
    quote! {
        #note
        #body
        crate::runtime::string_enum! { #name #unknown { #(#rows)* } }
    }
}

/// An enum of values with its derives, `pub enum Name { ... }`: one variant per value,
/// documented with it, the first one the enum's `Default` (a struct with a field of the enum
/// then has a `Default` too, and is read into it; see
/// [`TypeSpace::has_default`](crate::ir::TypeSpace::has_default)); a client's enum ends with
/// `Unknown(unknown)`.
fn enum_body(
    name: &Ident,
    variants: &[EnumVariant],
    mode: Models,
    unknown: TokenStream,
    copy: bool,
) -> TokenStream {
    let copy = copy.then(|| quote! { Copy, });
    let default = (!variants.is_empty()).then(|| quote! { , Default });
    let listed = variants.iter().enumerate().map(|(at, v)| {
        let id = ident(&v.rust_name);
        let doc = format!(" `{}`", v.value);
        let default = (at == 0).then(|| quote! { #[default] });
        quote! { #[doc = #doc] #default #id, }
    });
    let unknown = (mode == Models::Client).then(|| {
        quote! {
            /// A value this client does not know.
            Unknown(#unknown),
        }
    });
    let non_exhaustive = (mode == Models::Client).then(|| quote! { #[non_exhaustive] });
    quote! {
        #[derive(Debug, Clone, #copy PartialEq, Eq, Hash, PartialOrd, Ord #default)]
        #non_exhaustive
        pub enum #name { #(#listed)* #unknown }
    }
}

/// A paragraph that follows a type's own docs, one doc line per line.
fn note(lines: &[&str]) -> TokenStream {
    let lines = lines.iter().map(|line| format!(" {line}"));
    quote! { #[doc = ""] #(#[doc = #lines])* }
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
fn integer_enum(name: &Ident, variants: &[EnumVariant], mode: Models) -> TokenStream {
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
    let (unknown_value, unknown_read, note) = match mode {
        Models::Client => (
            quote! { Self::Unknown(value) => *value, },
            quote! { other => Ok(Self::Unknown(other)), },
            note(&["Values the spec does not list are kept in `Unknown`."]),
        ),
        Models::Server => {
            let expected = format!("one of {listed}");
            (
                quote! {},
                quote! { other => Err(D::Error::invalid_value(::serde::de::Unexpected::Signed(other), &#expected)), },
                note(&["Values the spec does not list are refused when decoding."]),
            )
        }
    };
    let body = enum_body(name, variants, mode, quote! { i64 }, true);
    quote! {
        #note
        #body

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
    name: &Ident,
    variants: &[UnionVariant],
    property: &str,
    mode: Models,
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
    let (unknown_write, unknown_read, note) = match mode {
        Models::Client => (
            quote! { Self::Unknown(value) => return value.serialize(serializer), },
            quote! { _ => Ok(Self::Unknown(value)), },
            note(&[
                "The discriminator picks the variant; values with a tag this client does not know",
                "are kept in `Unknown`.",
            ]),
        ),
        Models::Server => (
            quote! {},
            quote! {
                Some(other) => Err(D::Error::unknown_variant(other, &[#(#tags),*])),
                None => Err(D::Error::missing_field(#property)),
            },
            note(&["The discriminator picks the variant; other tags are refused."]),
        ),
    };
    let declared = variants.iter().map(|v| {
        let id = ident(&v.rust_name);
        let doc = format!(" `{}`", v.tag.as_deref().unwrap_or_default());
        let ty = variant_type(types, v);
        quote! { #[doc = #doc] #id(#ty), }
    });
    let unknown = (mode == Models::Client).then(|| {
        quote! {
            /// A value whose tag this client does not know, kept as it came.
            Unknown(::serde_json::Value),
        }
    });
    quote! {
        #note
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#declared)* #unknown }

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

/// A struct's field with its doc comment.
fn field(types: &TypeSpace, f: &Field) -> TokenStream {
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Read-only: sent by the server only.");
    }
    if f.write_only {
        notes.push("Write-only: sent by the client only.");
    }
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    let doc = doc_attrs(&[f.description.as_deref(), note.as_deref()]);
    let deprecated = f.deprecated.then(|| quote! { #[deprecated] });
    let id = ident(&f.rust_name);
    let ty = field_type(types, f);
    quote! { #doc #deprecated pub #id: #ty, }
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
