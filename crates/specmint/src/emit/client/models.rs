//! `src/models.rs`: one Rust type per IR type definition.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{doc_attrs, ident, non_null, print_file, type_tokens, ModelPath};
use crate::ir::{EnumVariant, Field, TypeDef, TypeKind, TypeSpace, UnionVariant};

/// Who decodes the models, which decides how strict decoding is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Models {
    /// A client: enum values the spec does not list are kept in an `Unknown(String)` variant,
    /// so a client keeps working when the server adds values.
    Client,
    /// A server: unlisted enum values and discriminator tags are refused. (Structs are read the
    /// same way in both: from a JSON object only, through the runtime's `FromObject`.)
    Server,
}

/// `src/models.rs`, printed type by type: a large API's models as one token stream (and one
/// syntax tree) took most of the generator's peak memory.
pub fn models_file(types: &TypeSpace, mode: Models, file: &str) -> Result<String, String> {
    let mut text = print_file(
        quote! {
            //! The API's data types, generated from its schemas.
        },
        file,
    )?;
    for (_, def) in types.iter() {
        let (declaration, impls) = type_def(types, def, mode);
        text.push_str(&print_file(declaration, file)?);
        if let Some(impls) = impls {
            text.push_str(&impls);
        }
    }
    Ok(text)
}

/// A type's declaration with the impls printed with it, and the call of a runtime macro that
/// writes the rest of its impls, as text.
fn type_def(types: &TypeSpace, def: &TypeDef, mode: Models) -> (TokenStream, Option<String>) {
    let name = ident(&def.name);
    let origin = match &def.original {
        Some(original) => format!("Schema `{original}`."),
        None => format!("Inline schema at `{}`.", def.pointer),
    };
    let docs = doc_attrs(&[
        def.title.as_deref(),
        def.description.as_deref(),
        Some(&origin),
    ]);
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let defaults = fields
                .iter()
                .all(|f| f.is_optional() || types.has_default(&f.ty));
            let default = if defaults {
                quote! { Default, }
            } else {
                quote! {}
            };
            let fields_tokens = fields.iter().map(|f| field(types, f));
            let extra = additional.as_ref().map(|value| {
                let value = type_tokens(types, value, ModelPath::Local);
                quote! {
                    /// Properties not declared by the schema.
                    pub additional_properties: ::std::collections::BTreeMap<::std::string::String, #value>,
                }
            });
            let declaration = quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, #default)]
                pub struct #name {
                    #(#fields_tokens)*
                    #extra
                }
            };
            let reading = struct_impls(&name.to_string(), fields, additional.is_some());
            (declaration, Some(reading))
        }
        TypeKind::Enum {
            variants,
            integer: true,
        } => (integer_enum(&name, &docs, variants, mode), None),
        TypeKind::Enum { variants, .. } => {
            let (declaration, impls) = string_enum(&name, &docs, variants, mode);
            (declaration, Some(impls))
        }
        TypeKind::Union {
            variants,
            discriminator: Some(property),
        } if variants.iter().all(|v| v.tag.is_some()) => (
            tagged_union(types, &name, &docs, variants, property, mode),
            None,
        ),
        TypeKind::Union { variants, .. } => {
            let decls = variants.iter().map(|v| {
                let id = ident(&v.rust_name);
                let ty = variant_type(types, v);
                quote! { #id(#ty), }
            });
            let declaration = quote! {
                #docs
                ///
                /// Decoding tries the variants in order and keeps the first that fits.
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#decls)*
                }
            };
            (declaration, None)
        }
        TypeKind::Alias(ty) => {
            let ty = type_tokens(types, ty, ModelPath::Local);
            let declaration = quote! {
                #docs
                pub type #name = #ty;
            };
            (declaration, None)
        }
        TypeKind::Newtype(ty) => {
            let ty = type_tokens(types, ty, ModelPath::Local);
            let declaration = quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #ty);
            };
            (declaration, None)
        }
    }
}

/// A struct's `Serialize` and `Deserialize`, as a call of the runtime's `object!`: one line per
/// field with its wire name and presence. The macro expands to tables of the fields that the
/// runtime reads into and writes from, instead of serde's derives (a field enum, a visitor, a
/// loop and a `match` per struct), which were most of what compiling a large client cost. The
/// call is written as text: rustfmt leaves the body of a macro called with braces as it is, so
/// it is laid out here, one field per line.
fn struct_impls(name: &str, fields: &[Field], additional: bool) -> String {
    let mut text = format!("crate::runtime::object! {{\n    {name}");
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
    docs: &TokenStream,
    variants: &[EnumVariant],
    mode: Models,
) -> (TokenStream, String) {
    let ids: Vec<_> = variants.iter().map(|v| ident(&v.rust_name)).collect();
    let docs_each = variants.iter().map(|v| format!(" `{}`", v.value));
    let (derives, unknown_decl, note) = match mode {
        Models::Client => (
            quote! { #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)] },
            quote! {
                /// A value this client does not know.
                Unknown(::std::string::String),
            },
            &[
                " Values the spec does not list are kept in `Unknown`, so a server adding a value",
                " does not break decoding.",
            ][..],
        ),
        Models::Server => (
            quote! { #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)] },
            quote! {},
            &[" Values the spec does not list are refused when decoding."][..],
        ),
    };
    let declaration = quote! {
        #docs
        ///
        #(#[doc = #note])*
        #derives
        pub enum #name {
            #(#[doc = #docs_each] #ids,)*
            #unknown_decl
        }
    };
    let mut impls = format!("crate::runtime::string_enum! {{\n    {name}");
    if mode == Models::Client {
        impls.push_str(" + Unknown");
    }
    impls.push_str(" {\n");
    for (id, v) in ids.iter().zip(variants) {
        impls.push_str(&format!("        {id} = {},\n", Literal::string(&v.value)));
    }
    impls.push_str("    }\n}\n");
    (declaration, impls)
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
    docs: &TokenStream,
    variants: &[EnumVariant],
    mode: Models,
) -> TokenStream {
    let ids: Vec<_> = variants.iter().map(|v| ident(&v.rust_name)).collect();
    let values: Vec<Literal> = variants
        .iter()
        .map(|v| Literal::i64_unsuffixed(v.value.parse().unwrap_or_default()))
        .collect();
    let docs_each = variants.iter().map(|v| format!(" `{}`", v.value));
    let listed = variants
        .iter()
        .map(|v| v.value.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let (unknown_decl, unknown_value, unknown_read, note) = match mode {
        Models::Client => (
            quote! {
                /// A value this client does not know.
                Unknown(i64),
            },
            quote! { Self::Unknown(value) => *value, },
            quote! { other => Ok(Self::Unknown(other)), },
            " Values the spec does not list are kept in `Unknown`.".to_string(),
        ),
        Models::Server => {
            let expected = format!("one of {listed}");
            (
                quote! {},
                quote! {},
                quote! { other => Err(D::Error::invalid_value(::serde::de::Unexpected::Signed(other), &#expected)), },
                " Values the spec does not list are refused when decoding.".to_string(),
            )
        }
    };
    quote! {
        #docs
        ///
        #[doc = #note]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#[doc = #docs_each] #ids,)*
            #unknown_decl
        }

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
    docs: &TokenStream,
    variants: &[UnionVariant],
    property: &str,
    mode: Models,
) -> TokenStream {
    let property = Literal::string(property);
    let decls = variants.iter().map(|v| {
        let id = ident(&v.rust_name);
        let ty = variant_type(types, v);
        let doc = format!(" `{}`", v.tag.as_deref().unwrap_or_default());
        quote! { #[doc = #doc] #id(#ty), }
    });
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
    let (unknown_decl, unknown_write, unknown_read, note) = match mode {
        Models::Client => (
            quote! {
                /// A value whose tag this client does not know, kept as it came.
                Unknown(::serde_json::Value),
            },
            quote! { Self::Unknown(value) => return value.serialize(serializer), },
            quote! { _ => Ok(Self::Unknown(value)), },
            " The discriminator picks the variant; values with a tag this client does not know are kept in `Unknown`.",
        ),
        Models::Server => (
            quote! {},
            quote! {},
            quote! {
                Some(other) => Err(D::Error::unknown_variant(other, &[#(#tags),*])),
                None => Err(D::Error::missing_field(#property)),
            },
            " The discriminator picks the variant; other tags are refused.",
        ),
    };
    quote! {
        #docs
        ///
        #[doc = #note]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
            #unknown_decl
        }

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

fn field(types: &TypeSpace, f: &Field) -> TokenStream {
    let name = ident(&f.rust_name);
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Read-only: sent by the server only.");
    }
    if f.write_only {
        notes.push("Write-only: sent by the client only.");
    }
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    let docs = doc_attrs(&[f.description.as_deref(), note.as_deref()]);
    let deprecated = if f.deprecated {
        quote! { #[deprecated] }
    } else {
        quote! {}
    };
    let ty = field_type(types, f);
    quote! { #docs #deprecated pub #name: #ty, }
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
