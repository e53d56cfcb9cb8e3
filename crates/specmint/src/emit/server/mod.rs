//! The server crate: one trait per API (tag) with one async method per operation, request
//! structs of typed, already-read parameters, typed response enums, and axum routers that read
//! every request and answer bad ones with a JSON problem (4xx), never a panic.
//!
//! - [`api`]: an API's module: its trait, its routes, and each operation's request struct,
//!   response enum, form and header structs, and handler;
//! - [`reader`]: how each operation's request is read and checked;
//! - [`routes`]: the axum routes, grouped by path.

mod api;
mod reader;
mod routes;

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::models::{models_files, Models};
use crate::emit::rust::{
    doc_attrs, ident, inner_doc_attrs, non_null, type_tokens, ModelPath, Uses,
};
use crate::emit::shape::{self, form_ident, part_is_list};
use crate::emit::templates::{copy_runtime, copy_rust, Templates};
use crate::emit::validate::{
    checks_needed, effective, needing_validation, rules_tokens, validate_file,
};
use crate::format::print_file;
use crate::ir::{
    Api, ApiKeyLocation, BodyKind, Operation, ParamLocation, PartKind, PathSegment, Response,
    ResponseKind, SecuritySchemeKind, Status, Tag, TypeRef,
};
use crate::output::FileSet;

use api::api_module;
use routes::router_of;

/// The models whose values can break a rule of the spec.
pub(super) type Needed = std::collections::BTreeSet<crate::ir::TypeId>;

/// The largest request body the router accepts by default (413 above it).
pub(super) const BODY_LIMIT: usize = 2 * 1024 * 1024;

pub struct ServerOptions {
    pub crate_name: String,
    pub version: String,
    pub spec_file: String,
}

pub fn emit(api: &Api, options: &ServerOptions, templates: &Templates) -> Result<FileSet, String> {
    let mut files = FileSet::new();
    // Types used outside the models: parameters, multipart values, response headers.
    let uses = Uses::scan(
        &api.types,
        api.operations.iter().flat_map(|op| {
            let params = op.params.iter().map(|p| p.ty.clone());
            let parts = op
                .body
                .iter()
                .flat_map(|b| &b.parts)
                .filter_map(|p| match &p.kind {
                    PartKind::Value(ty) => Some(ty.clone()),
                    _ => None,
                });
            let headers = op
                .responses
                .iter()
                .flat_map(|r| r.headers.iter().map(|h| h.ty.clone()));
            params.chain(parts).chain(headers)
        }),
    );
    files.insert(
        "Cargo.toml",
        templates.render(
            "server/Cargo.toml.j2",
            minijinja::context! {
                crate_name => options.crate_name,
                version => options.version,
                spec_file => options.spec_file,
                title => api.info.title,
                uses_chrono => uses.chrono,
                uses_uuid => uses.uuid,
                uses_sigv4 => api.uses_sigv4(),
            },
        )?,
    );
    copy_runtime(templates, "server", &mut files)?;
    if api.uses_sigv4() {
        copy_rust(templates, "server/sigv4.rs", &mut files, "src/sigv4.rs")?;
    }
    // Which models can break a rule, decided once for the whole crate.
    let needed = needing_validation(&api.types);
    let tags = tags_with_operations(api);
    // The models, the validation and the API modules are built on all cores.
    let (models, (validate, apis)) = rayon::join(
        || {
            let mut models = FileSet::new();
            models_files(&api.types, Models::Server, None, &mut models).map(|()| models)
        },
        || {
            rayon::join(
                || {
                    let tokens = validate_file(&api.types, &uses, &needed);
                    print_file(tokens, "src/validate.rs")
                },
                || {
                    FileSet::par_build(&tags, |(tag, ops)| {
                        let path =
                            format!("src/apis/{}.rs", crate::emit::file_stem(&tag.module_name));
                        let text = api_module(api, tag, ops, &needed, &path)?;
                        Ok((path, text))
                    })
                },
            )
        },
    );
    files.extend(models?);
    files.insert("src/validate.rs", validate?);
    files.extend(apis?);
    let modules = tags
        .iter()
        .map(|(tag, _)| crate::emit::mod_decl(&tag.module_name, quote! { pub }));
    files.insert(
        "src/apis/mod.rs",
        print_file(
            quote! {
                //! One module per API (tag): its trait, the operations' request and response types,
                //! their handlers, and a router for the API alone.
                #(#modules)*
            },
            "src/apis/mod.rs",
        )?,
    );
    files.insert(
        "src/lib.rs",
        print_file(lib_rs(api, options, &tags), "src/lib.rs")?,
    );
    Ok(files)
}

pub(super) fn tags_with_operations(api: &Api) -> Vec<(&Tag, Vec<&Operation>)> {
    api.tags
        .iter()
        .map(|tag| {
            let ops = api
                .operations
                .iter()
                .filter(|op| op.tags.first().map(String::as_str).unwrap_or("default") == tag.name)
                .collect::<Vec<_>>();
            (tag, ops)
        })
        .filter(|(_, ops)| !ops.is_empty())
        .collect()
}

pub(super) fn trait_ident(tag: &Tag) -> proc_macro2::Ident {
    ident(&format!("{}Api", tag.type_name))
}

pub(super) fn request_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Request", op.type_name))
}

pub(super) fn response_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Response", op.type_name))
}

pub(super) fn handler_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("handle_{}", op.rust_name))
}

fn lib_rs(api: &Api, options: &ServerOptions, tags: &[(&Tag, Vec<&Operation>)]) -> TokenStream {
    let title = format!(
        "Server stubs for {} (API version `{}`).",
        api.info.title, api.info.version
    );
    let origin = format!(
        "Generated by specmint from `{}`; do not edit by hand.",
        options.spec_file
    );
    let how = "Implement the trait of each API in `apis` for your service type, then serve `router(service)` with \
               [`runtime::Server`], which adds header, idle and request timeouts and a connection limit. \
               Requests are read and checked before your code runs: a bad one is answered with a JSON problem \
               (400, 404, 405, 413, 414, 415, 422 or 431) saying what was wrong and where; a panicking handler \
               is answered with a JSON 500.";
    let lines = [title.as_str(), "", how, "", origin.as_str()];
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote! { #![doc = #text] }
    });
    let mut bounds: Vec<TokenStream> = tags
        .iter()
        .map(|(tag, _)| {
            let t = trait_ident(tag);
            let module = ident(&tag.module_name);
            quote! { crate::apis::#module::#t }
        })
        .collect();
    // With no operations (a spec of webhooks alone) there is no API trait to bring these.
    if bounds.is_empty() {
        bounds.push(quote! { Clone + Send + Sync + 'static });
    }
    let all_ops: Vec<&Operation> = tags
        .iter()
        .flat_map(|(_, ops)| ops.iter().copied())
        .collect();
    let (statements, router) = router_of(&all_ops, &module_map(tags));
    let limit = Literal::usize_unsuffixed(BODY_LIMIT);
    let sigv4_mod = if api.uses_sigv4() {
        quote! { pub mod sigv4; }
    } else {
        quote! {}
    };
    quote! {
        #(#attrs)*
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]

        pub mod apis;
        pub mod models;
        pub mod runtime;
        #sigv4_mod
        pub mod validate;

        pub use runtime::{Credentials, Problem, Reply};

        /// The largest request body accepted, in bytes; larger ones get `413`.
        pub const BODY_LIMIT: usize = #limit;

        /// A router serving every operation of the API with `service`.
        pub fn router<S>(service: S) -> axum::Router
        where
            S: #(#bounds)+*,
        {
            #statements
            serve(#router, service)
        }

        /// Finishes routes into a router: JSON problems for unknown paths (404) and methods (405),
        /// the body size limit [`BODY_LIMIT`] (413), limits on the URI (414) and headers (431)
        /// (see [`runtime::guard`]), a panicking handler answered with a JSON 500, and the service
        /// as state. Serve it with [`runtime::Server`] for timeouts and a connection limit.
        pub fn serve<S: Clone + Send + Sync + 'static>(routes: axum::Router<S>, service: S) -> axum::Router {
            serve_with_body_limit(routes, service, BODY_LIMIT)
        }

        /// [`serve`] with another body size limit, in bytes (for APIs that take large uploads).
        pub fn serve_with_body_limit<S: Clone + Send + Sync + 'static>(routes: axum::Router<S>, service: S, limit: usize) -> axum::Router {
            routes
                .fallback(runtime::not_found)
                .method_not_allowed_fallback(runtime::method_not_allowed)
                .layer(axum::extract::DefaultBodyLimit::max(limit))
                .layer(runtime::LimitHead)
                .layer(tower_http::catch_panic::CatchPanicLayer::custom(runtime::panicked))
                .with_state(service)
        }
    }
}

/// Tag name → module name.
fn module_map(tags: &[(&Tag, Vec<&Operation>)]) -> BTreeMap<String, String> {
    tags.iter()
        .map(|(t, _)| (t.name.clone(), t.module_name.clone()))
        .collect()
}

/// `ty`, or `Option<ty>` when the value may be absent.
pub(super) fn optional_unless(required: bool, ty: TokenStream) -> TokenStream {
    if required {
        ty
    } else {
        quote! { ::std::option::Option<#ty> }
    }
}

pub(super) fn owned_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(&api.types, &non_null(&api.types, ty), ModelPath::Crate)
}
