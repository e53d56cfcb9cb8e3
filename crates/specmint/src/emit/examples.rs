//! Usage examples, one per operation: a client set up with the credentials the operation
//! needs, the call with example arguments, and the result handled. Each is a Rust file of the
//! client crate's `tests/examples/` (so `cargo test` compiles it) and is shown verbatim in the
//! docs.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::rust::ident;
use crate::emit::shape::{call_args, form_ident, ArgOf};
use crate::ir::{
    Api, BodyKind, Operation, PartKind, Primitive, SecuritySchemeKind, TypeKind, TypeRef,
};
use crate::output::FileSet;

/// The path of an operation's example inside the client crate.
pub fn example_path(op: &Operation) -> String {
    let module = format!("example_{}", op.rust_name);
    format!("tests/examples/{}.rs", crate::emit::file_stem(&module))
}

/// Each operation's example as the client crate's `files` hold it, by operation, for the docs
/// to show.
pub fn shown(api: &Api, files: &FileSet) -> std::collections::BTreeMap<String, String> {
    api.operations
        .iter()
        .filter_map(|op| {
            files
                .get(&example_path(op))
                .map(|text| (op.rust_name.clone(), text.to_string()))
        })
        .collect()
}

/// The client crate's `tests/examples/main.rs` and one example file per operation, built on
/// all cores.
pub fn examples(api: &Api, crate_ident: &str) -> Result<FileSet, String> {
    let mut files = FileSet::par_build(&api.operations, |op| {
        let path = example_path(op);
        let printed = crate::format::print_sections(example(api, op, crate_ident), &path)?;
        Ok((path, printed))
    })?;
    let modules = api
        .operations
        .iter()
        .map(|op| crate::emit::mod_decl(&format!("example_{}", op.rust_name), quote! {}));
    let main = quote! {
        //! Compiles the usage example of every operation, as shown in the docs. They are built
        //! by `cargo test`, not run: they would call the real API.
        #![allow(dead_code)]
        #(#modules)*
    };
    files.insert(
        "tests/examples/main.rs",
        crate::format::print_file(main, "tests/examples/main.rs")?,
    );
    Ok(files)
}

/// The base URL examples use: the spec's first absolute server, with its variables' defaults.
pub fn example_base_url(api: &Api) -> String {
    let Some(server) = api.servers.first() else {
        return "http://localhost".to_string();
    };
    let mut url = server.url.clone();
    for (name, v) in &server.variables {
        url = url.replace(&format!("{{{name}}}"), &v.default);
    }
    if url.contains("://") {
        url
    } else {
        format!("http://localhost{url}")
    }
}

/// An operation's example: its imports, then `run`, which sets the client up with the
/// credentials the operation needs, calls it and handles the result.
fn example(api: &Api, op: &Operation, crate_ident: &str) -> [TokenStream; 2] {
    let krate = ident(crate_ident);
    let base_url = Literal::string(&example_base_url(api));
    let (auth, uses_aws) = auth_setup(api, op);
    let mut lets = Vec::new();
    let mut values = Vec::new();
    let mut setters = Vec::new();
    let args = call_args(api, op, crate::emit::rust::ModelPath::Crate);
    // An optional body is set, and the first optional parameter, to show how.
    let first_optional = args
        .iter()
        .position(|a| !a.required && matches!(a.of, ArgOf::Param(_)));
    for (i, arg) in args.iter().enumerate() {
        if !arg.required && !matches!(arg.of, ArgOf::Body(_)) && Some(i) != first_optional {
            continue;
        }
        let name = &arg.name;
        let value = match arg.of {
            ArgOf::Param(p) => match crate::emit::rust::non_null(&api.types, &p.ty) {
                TypeRef::Prim(Primitive::String) => {
                    let text = Literal::string(&format!("{}_example", p.rust_name));
                    quote! { #text }
                }
                TypeRef::List(_) => quote! { &[] },
                ty => {
                    let expr = value(api, &ty, 0);
                    if arg.by_ref {
                        lets.push(quote! { let #name = #expr; });
                        quote! { &#name }
                    } else {
                        expr
                    }
                }
            },
            ArgOf::Body(body) => {
                let expr = match body.kind {
                    BodyKind::Json | BodyKind::Form => {
                        value(api, &crate::emit::rust::non_null(&api.types, &body.ty), 0)
                    }
                    BodyKind::Multipart if !body.parts.is_empty() => {
                        form_value(api, op, body, &krate)
                    }
                    BodyKind::Multipart => {
                        quote! { #krate::reqwest::multipart::Form::new().text("field", "value") }
                    }
                    BodyKind::Binary => quote! { b"bytes".to_vec() },
                    BodyKind::Text => quote! { "text" },
                };
                lets.push(quote! { let body = #expr; });
                if matches!(body.kind, BodyKind::Json | BodyKind::Form) {
                    quote! { &body }
                } else {
                    quote! { body }
                }
            }
        };
        if arg.required {
            values.push(value);
        } else {
            setters.push(quote! { .#name(#value) });
        }
    }
    let method = ident(&op.rust_name);
    let call = quote! { client.#method(#(#values),*) #(#setters)* .await };
    let uses_models = lets
        .iter()
        .chain(values.iter())
        .chain(setters.iter())
        .any(|t| t.to_string().contains("models ::"));
    let uses_files = lets.iter().any(|t| t.to_string().contains("FilePart ::"));
    let imports = [
        uses_models.then(|| quote! { models }),
        Some(quote! { Client }),
        Some(quote! { Error }),
        uses_files.then(|| quote! { FilePart }),
        uses_aws.then(|| quote! { AwsCredentials }),
    ]
    .into_iter()
    .flatten();
    let imports = quote! { use #krate::{#(#imports),*}; };
    let run = quote! {
        pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::builder().base_url(#base_url) #auth .build()?;
            #(#lets)*
            match #call {
                Ok(response) => println!("{:#?}", response.into_inner()),
                Err(Error::Status(error)) => eprintln!("the API answered with an error: {error:?}"),
                Err(error) => return Err(error.into()),
            }
            Ok(())
        }
    };
    [imports, run]
}

/// An example multipart form: a small text file for each file part, example values for the
/// required value parts, `None` for the optional ones.
fn form_value(
    api: &Api,
    op: &Operation,
    body: &crate::ir::Body,
    krate: &proc_macro2::Ident,
) -> TokenStream {
    let module = op
        .group(api)
        .map(|t| ident(&t.module_name))
        .unwrap_or_else(|| ident("default"));
    let form = form_ident(op);
    let file = |name: &str| {
        let file_name = Literal::string(&format!("{name}.txt"));
        quote! { FilePart::new(b"file contents".to_vec()).file_name(#file_name).content_type("text/plain") }
    };
    let fields = body.parts.iter().map(|part| {
        let field = ident(&part.rust_name);
        let v = match &part.kind {
            _ if !part.required => quote! { None },
            PartKind::File => file(&part.name),
            PartKind::Files => {
                let one = file(&part.name);
                quote! { vec![#one] }
            }
            PartKind::Value(ty) => value(api, &crate::emit::rust::non_null(&api.types, ty), 0),
        };
        quote! { #field: #v }
    });
    quote! { #krate::apis::#module::#form { #(#fields),* } }
}

/// Builder calls for the first security requirement of the operation.
/// The builder calls that give the client the credentials of the operation's first security
/// requirement, and whether they take `AwsCredentials`.
fn auth_setup(api: &Api, op: &Operation) -> (TokenStream, bool) {
    let Some(requirement) = op.effective_security(api).first() else {
        return (quote! {}, false);
    };
    let mut aws = false;
    let calls = requirement.schemes.iter().filter_map(|(name, _)| {
        let scheme = api.security_schemes.get(name)?;
        Some(match &scheme.kind {
            SecuritySchemeKind::HttpBasic => quote! { .basic_auth("USERNAME", "PASSWORD") },
            SecuritySchemeKind::ApiKey { .. } => quote! { .api_key("YOUR_API_KEY") },
            SecuritySchemeKind::HttpBearer { .. } | SecuritySchemeKind::HttpOther { .. } => {
                quote! { .bearer_token("YOUR_TOKEN") }
            }
            SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => {
                quote! { .bearer_token("YOUR_ACCESS_TOKEN") }
            }
            SecuritySchemeKind::AwsSigV4 { region, .. } => {
                aws = true;
                quote! {
                    .aws_credentials(AwsCredentials::new("AKIDEXAMPLE", "YOUR_SECRET_ACCESS_KEY"))
                    .region(#region)
                }
            }
        })
    });
    let calls = quote! { #(#calls)* };
    (calls, aws)
}

/// An example value of a type, as an expression that compiles.
fn value(api: &Api, ty: &TypeRef, depth: usize) -> TokenStream {
    if depth > 4 {
        // Deep required nesting: build it from JSON instead of spelling it out.
        return quote! { serde_json::from_value(serde_json::json!({}))? };
    }
    match ty {
        TypeRef::Prim(p) => match p {
            Primitive::String => quote! { "example".to_string() },
            Primitive::Bool => quote! { true },
            Primitive::I32 | Primitive::I64 => quote! { 1 },
            Primitive::F32 | Primitive::F64 => quote! { 1.0 },
            Primitive::Date => quote! { chrono::NaiveDate::default() },
            Primitive::DateTime => quote! { chrono::DateTime::<chrono::Utc>::default() },
            Primitive::Uuid => quote! { uuid::Uuid::nil() },
            Primitive::Bytes => quote! { Vec::new() },
            Primitive::Any => quote! { serde_json::json!({}) },
            Primitive::Unit => quote! { () },
        },
        TypeRef::List(_) => quote! { Vec::new() },
        TypeRef::Map(_) => quote! { Default::default() },
        TypeRef::Nullable(_) => quote! { None },
        TypeRef::Named(id) => {
            let def = api.types.get(*id);
            let name = ident(&def.name);
            match &def.kind {
                TypeKind::Struct { .. } if api.types.has_default(ty) => {
                    quote! { models::#name::default() }
                }
                TypeKind::Struct { fields, additional } => {
                    let inits = fields.iter().map(|f| {
                        let field = ident(&f.rust_name);
                        let optional = f.is_optional() || api.types.is_nullable(&f.ty);
                        let v = if optional {
                            quote! { None }
                        } else {
                            value(api, &f.ty, depth + 1)
                        };
                        let v = if f.boxed && !optional {
                            quote! { Box::new(#v) }
                        } else {
                            v
                        };
                        quote! { #field: #v }
                    });
                    let extra = additional
                        .as_ref()
                        .map(|_| quote! { , additional_properties: Default::default() });
                    quote! { models::#name { #(#inits),* #extra } }
                }
                TypeKind::Enum { variants, integer } => match variants.first() {
                    Some(v) => {
                        let variant = ident(&v.rust_name);
                        quote! { models::#name::#variant }
                    }
                    None if *integer => quote! { models::#name::Unknown(0) },
                    None => quote! { models::#name::Unknown("value".to_string()) },
                },
                TypeKind::Union { variants, .. } => match variants.first() {
                    Some(v) => {
                        let variant = ident(&v.rust_name);
                        let inner = value(api, &v.ty, depth + 1);
                        let inner = if v.boxed {
                            quote! { Box::new(#inner) }
                        } else {
                            inner
                        };
                        quote! { models::#name::#variant(#inner) }
                    }
                    None => quote! { serde_json::from_value(serde_json::json!({}))? },
                },
                TypeKind::Alias(inner) => value(api, inner, depth + 1),
                TypeKind::Newtype(inner) => {
                    let inner = value(api, inner, depth + 1);
                    quote! { models::#name(#inner) }
                }
            }
        }
    }
}
