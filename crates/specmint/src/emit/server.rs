//! The server crate: one trait per API (tag) with one async method per operation, request
//! structs of typed, already-read parameters, typed response enums, and axum routers that read
//! every request and answer bad ones with a JSON problem (4xx), never a panic.

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

/// A route's method: its `axum::routing` function, and the module and name of its handler.
type RouteMethod = (proc_macro2::Ident, proc_macro2::Ident, proc_macro2::Ident);

/// The models whose values can break a rule of the spec.
type Needed = std::collections::BTreeSet<crate::ir::TypeId>;

/// The largest request body the router accepts by default (413 above it).
const BODY_LIMIT: usize = 2 * 1024 * 1024;

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
            models_files(&api.types, Models::Server, &mut models).map(|()| models)
        },
        || {
            rayon::join(
                || {
                    let tokens = validate_file(&api.types, &uses, &needed);
                    print_file(tokens, "src/validate.rs")
                },
                || {
                    FileSet::par_build(&tags, |(tag, ops)| {
                        let path = format!("src/apis/{}.rs", tag.module_name);
                        let text = print_file(api_module(api, tag, ops, &needed), &path)?;
                        Ok((path, text))
                    })
                },
            )
        },
    );
    files.extend(models?);
    files.insert("src/validate.rs", validate?);
    files.extend(apis?);
    let modules = tags.iter().map(|(tag, _)| ident(&tag.module_name));
    files.insert(
        "src/apis/mod.rs",
        print_file(
            quote! {
                //! One module per API (tag): its trait, the operations' request and response types,
                //! their handlers, and a router for the API alone.
                #(pub mod #modules;)*
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

fn tags_with_operations(api: &Api) -> Vec<(&Tag, Vec<&Operation>)> {
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

fn trait_ident(tag: &Tag) -> proc_macro2::Ident {
    ident(&format!("{}Api", tag.type_name))
}

fn request_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Request", op.type_name))
}

fn response_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Response", op.type_name))
}

fn handler_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("handle_{}", op.rust_name))
}

/// One piece of a path segment that mixes literal text and parameters (`System.{location}`).
enum Piece {
    Lit(String),
    /// The key the parameter's value is stored under.
    Param(String),
}

/// How an operation's path is routed and read.
struct RouteShape {
    /// The axum route: path parameters named by position (`{p0}`), so that templates that differ
    /// only in parameter names share one route. A segment that mixes text and parameters is
    /// captured whole (`{s0}`), since axum cannot match a parameter with a suffix.
    route: String,
    /// Parameter index → the key its value is read from (its first occurrence).
    keys: BTreeMap<usize, String>,
    /// Whole-segment captures to split into their parameters' keys.
    splits: Vec<(String, Vec<Piece>)>,
}

fn route_shape(op: &Operation) -> RouteShape {
    // The template as segments of pieces, split at `/`.
    let mut segments: Vec<Vec<Result<String, usize>>> = vec![Vec::new()];
    for segment in &op.path_segments {
        match segment {
            PathSegment::Literal(text) => {
                for (n, part) in text.split('/').enumerate() {
                    if n > 0 {
                        segments.push(Vec::new());
                    }
                    if !part.is_empty() {
                        if let Some(current) = segments.last_mut() {
                            current.push(Ok(part.to_string()));
                        }
                    }
                }
            }
            PathSegment::Param(i) => {
                if let Some(current) = segments.last_mut() {
                    current.push(Err(*i));
                }
            }
        }
    }
    let mut shape = RouteShape {
        route: String::new(),
        keys: BTreeMap::new(),
        splits: Vec::new(),
    };
    let mut next = 0;
    let mut key_for = |i: usize, keys: &mut BTreeMap<usize, String>| {
        let key = format!("p{next}");
        next += 1;
        keys.entry(i).or_insert_with(|| key.clone());
        key
    };
    for (n, pieces) in segments.iter().enumerate() {
        if n > 0 {
            shape.route.push('/');
        }
        match pieces.as_slice() {
            [Err(i)] => {
                let key = key_for(*i, &mut shape.keys);
                shape.route.push_str(&format!("{{{key}}}"));
            }
            pieces if pieces.iter().any(Result::is_err) => {
                let capture = format!("s{}", shape.splits.len());
                shape.route.push_str(&format!("{{{capture}}}"));
                let split = pieces
                    .iter()
                    .map(|p| match p {
                        Ok(text) => Piece::Lit(text.clone()),
                        Err(i) => Piece::Param(key_for(*i, &mut shape.keys)),
                    })
                    .collect();
                shape.splits.push((capture, split));
            }
            pieces => {
                for text in pieces.iter().flatten() {
                    shape.route.push_str(text);
                }
            }
        }
    }
    shape
}

/// A router of every operation of `ops`, grouped by route, each route's methods in a fixed
/// order: statements adding one route each to `routes`, and the router. One long method chain
/// would read the same, but rustfmt takes time quadratic in a chain's length (1.4 s for
/// GitHub's 900 routes), and separate statements are formatted one by one.
fn router_of(ops: &[&Operation], modules: &BTreeMap<String, String>) -> (TokenStream, TokenStream) {
    let mut routes = routes(ops, modules).into_iter();
    let Some(first) = routes.next() else {
        return (quote! {}, quote! { axum::Router::new() });
    };
    let Some(last) = routes.next_back() else {
        return (quote! {}, quote! { axum::Router::new() #first });
    };
    let statements = quote! {
        let routes = axum::Router::new() #first;
        #(let routes = routes #routes;)*
    };
    (statements, quote! { routes #last })
}

/// Every operation of `ops`, grouped by route, each route's methods in a fixed order: the
/// route and, per method, the method's `axum::routing` function, and the module and name of
/// the handler.
fn route_groups(
    ops: &[&Operation],
    modules: &BTreeMap<String, String>,
) -> Vec<(String, Vec<RouteMethod>)> {
    let mut by_route: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in ops {
        by_route.entry(route_shape(op).route).or_default().push(op);
    }
    by_route
        .into_iter()
        .map(|(path, mut ops)| {
            ops.sort_by_key(|op| op.method);
            let methods = ops
                .iter()
                .map(|op| {
                    let method = op.method.as_str().to_ascii_lowercase();
                    let tag = op.tags.first().map(String::as_str).unwrap_or("default");
                    let module = ident(modules.get(tag).map(String::as_str).unwrap_or("default"));
                    (ident(&method), module, handler_ident(op))
                })
                .collect();
            (path, methods)
        })
        .collect()
}

/// One `.route(path, methods)` call per route of `ops`.
fn routes(ops: &[&Operation], modules: &BTreeMap<String, String>) -> Vec<TokenStream> {
    route_groups(ops, modules)
        .into_iter()
        .map(|(path, methods)| {
            let chain = methods
                .iter()
                .enumerate()
                .map(|(i, (method, module, handler))| {
                    if i == 0 {
                        quote! { axum::routing::#method(crate::apis::#module::#handler::<S>) }
                    } else {
                        quote! { .#method(crate::apis::#module::#handler::<S>) }
                    }
                });
            let path = Literal::string(&path);
            quote! { .route(#path, #(#chain)*) }
        })
        .collect()
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
    let how = "Implement the trait of each API in `apis` for your service type, then serve `router(service)` with axum. \
               Requests are read and checked before your code runs: a bad one is answered with a JSON problem \
               (400, 404, 405, 413, 415 or 422) saying what was wrong and where.";
    let lines = [title.as_str(), "", how, "", origin.as_str()];
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote! { #![doc = #text] }
    });
    let bounds = tags.iter().map(|(tag, _)| {
        let t = trait_ident(tag);
        let module = ident(&tag.module_name);
        quote! { crate::apis::#module::#t }
    });
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
        /// the body size limit [`BODY_LIMIT`] (413), and the service as state.
        pub fn serve<S: Clone + Send + Sync + 'static>(routes: axum::Router<S>, service: S) -> axum::Router {
            serve_with_body_limit(routes, service, BODY_LIMIT)
        }

        /// [`serve`] with another body size limit, in bytes (for APIs that take large uploads).
        pub fn serve_with_body_limit<S: Clone + Send + Sync + 'static>(routes: axum::Router<S>, service: S, limit: usize) -> axum::Router {
            routes
                .fallback(runtime::not_found)
                .method_not_allowed_fallback(runtime::method_not_allowed)
                .layer(axum::extract::DefaultBodyLimit::max(limit))
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

/// An API's module: its trait, its routes, and per operation the request struct, the response
/// enum, the readers and the handler, each operation's items together.
fn api_module(api: &Api, tag: &Tag, ops: &[&Operation], needed: &Needed) -> TokenStream {
    let heading = format!("The `{}` API.", tag.name);
    let module_doc = inner_doc_attrs(&[Some(&heading), tag.description.as_deref()]);
    let service_trait = service_trait(tag, ops);
    let routes = api_routes(tag, ops);
    let operations = ops.iter().map(|op| {
        let request = request_struct(api, op);
        let response = response_enum(api, op);
        let form = op
            .body
            .as_ref()
            .filter(|b| b.kind == BodyKind::Multipart && !b.parts.is_empty())
            .map(|b| form_struct(api, op, b, needed));
        let header_structs = op.responses.iter().map(|r| headers_struct(api, op, r));
        let reader = reader(api, op, needed);
        let handler = handler(tag, op);
        quote! {
            #request
            #response
            #form
            #(#header_structs)*
            #reader
            #handler
        }
    });
    quote! {
        #module_doc

        #[allow(unused_imports)]
        use std::collections::BTreeMap;
        #[allow(unused_imports)]
        use axum::http::{HeaderMap, StatusCode};
        #[allow(unused_imports)]
        use axum::response::{IntoResponse, Response};
        #[allow(unused_imports)]
        use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

        #service_trait
        #routes
        #(#operations)*
    }
}

/// The API's trait: one method per operation.
fn service_trait(tag: &Tag, ops: &[&Operation]) -> TokenStream {
    let doc = doc_attrs(&[tag.description.as_deref()]);
    let name = trait_ident(tag);
    let methods = ops.iter().map(|op| {
        let summary = format!(
            "`{} {}` (operation `{}`)",
            op.method.as_str(),
            op.path,
            op.id
        );
        let doc = doc_attrs(&[
            op.summary.as_deref(),
            op.description.as_deref(),
            Some(&summary),
        ]);
        let method = ident(&op.rust_name);
        let request = request_ident(op);
        let response = response_ident(op);
        quote! {
            #doc
            fn #method(&self, request: #request) -> impl ::std::future::Future<Output = crate::Reply<#response>> + Send;
        }
    });
    quote! {
        #doc
        pub trait #name: Clone + Send + Sync + 'static {
            #(#methods)*
        }
    }
}

/// `routes()`: the API's routes alone (see [`router_of`]).
fn api_routes(tag: &Tag, ops: &[&Operation]) -> TokenStream {
    let doc = format!(
        " This API's routes alone, to combine with others: `serve({}::routes().merge(...), service)`.",
        tag.module_name
    );
    let name = trait_ident(tag);
    let modules = BTreeMap::from([(tag.name.clone(), tag.module_name.clone())]);
    let (statements, router) = router_of(ops, &modules);
    quote! {
        #[doc = #doc]
        pub fn routes<S: #name>() -> axum::Router<S> {
            #statements
            #router
        }
    }
}

/// The request struct: the operation's parameters and body, read and checked.
fn request_struct(api: &Api, op: &Operation) -> TokenStream {
    let doc = format!(
        " What a `{} {}` request carries, read and checked.",
        op.method.as_str(),
        op.path
    );
    let name = request_ident(op);
    let params = op.params.iter().map(|p| {
        let doc = doc_attrs(&[
            Some(&format!("{} parameter `{}`.", p.location.as_str(), p.name)),
            p.description.as_deref(),
        ]);
        let id = ident(&p.rust_name);
        let ty = optional_unless(p.required, owned_type(api, &p.ty));
        quote! { #doc pub #id: #ty, }
    });
    let body = op.body.as_ref().map(|b| {
        let ty = match b.kind {
            BodyKind::Json | BodyKind::Form => owned_type(api, &b.ty),
            BodyKind::Text => quote! { ::std::string::String },
            BodyKind::Multipart if !b.parts.is_empty() => {
                let form = form_ident(op);
                quote! { #form }
            }
            BodyKind::Binary | BodyKind::Multipart => quote! { ::std::vec::Vec<u8> },
        };
        let ty = optional_unless(b.required, ty);
        let doc = format!(" The request body (`{}`).", b.media_type);
        quote! { #[doc = #doc] pub body: #ty, }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#params)*
            #body
            /// The credentials the request carries, for the implementation to check against the
            /// operation's security requirements.
            pub credentials: Credentials,
        }
    }
}

/// The response enum, one variant per documented response, and how each is sent.
fn response_enum(api: &Api, op: &Operation) -> TokenStream {
    let doc = format!(
        " The responses `{} {}` documents.",
        op.method.as_str(),
        op.path
    );
    let name = response_ident(op);
    let variants = op.responses.iter().map(|r| {
        let doc = doc_attrs(&[Some(&format!(
            "Status `{}`: {}",
            r.status.label(),
            r.description.trim()
        ))]);
        let variant = ident(&r.variant_name);
        let body = r.body.as_ref().map(|b| match b.kind {
            ResponseKind::Json => owned_type(api, &b.ty),
            ResponseKind::Text => quote! { ::std::string::String },
            ResponseKind::Binary => quote! { ::std::vec::Vec<u8> },
        });
        let ranged = !matches!(r.status, Status::Code(_));
        if !ranged && r.headers.is_empty() {
            let body = body.map(|body| quote! { (#body) });
            return quote! { #doc #variant #body, };
        }
        let status = ranged.then(|| quote! { status: StatusCode, });
        let body = body.map(|body| quote! { body: #body, });
        let headers = (!r.headers.is_empty()).then(|| {
            let headers = headers_ident(op, r);
            quote! { headers: #headers, }
        });
        quote! { #doc #variant { #status #body #headers }, }
    });
    let arms = op.responses.iter().map(response_arm);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }

        impl IntoResponse for #name {
            fn into_response(self) -> Response {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// The match arm that sends one response.
fn response_arm(r: &Response) -> TokenStream {
    let variant = ident(&r.variant_name);
    let status = match r.status {
        Status::Code(c) => {
            let c = Literal::u16_unsuffixed(c);
            quote! { runtime::status(#c) }
        }
        _ => quote! { status },
    };
    let sent = match &r.body {
        Some(b) if b.kind == ResponseKind::Json => quote! { runtime::json(#status, body) },
        Some(b) => {
            let media_type = Literal::string(&b.media_type);
            quote! { runtime::content(#status, #media_type, body) }
        }
        None => quote! { runtime::empty(#status) },
    };
    let ranged = !matches!(r.status, Status::Code(_));
    let bound_status = ranged.then(|| quote! { status, });
    let bound_body = r.body.is_some().then(|| quote! { body, });
    if r.headers.is_empty() {
        let pattern = match (ranged, r.body.is_some()) {
            (false, true) => quote! { Self::#variant(body) },
            (false, false) => quote! { Self::#variant },
            _ => quote! { Self::#variant { #bound_status #bound_body } },
        };
        return quote! { #pattern => #sent, };
    }
    quote! {
        Self::#variant { #bound_status #bound_body headers } => {
            let mut response = #sent;
            headers.write(response.headers_mut());
            response
        }
    }
}

/// The axum handler: reads the request, then hands it to the implementation.
fn handler(tag: &Tag, op: &Operation) -> TokenStream {
    let trait_name = trait_ident(tag);
    let doc = format!(
        " Reads a `{} {}` request and hands it to [`{trait_name}::{}`].",
        op.method.as_str(),
        op.path,
        op.rust_name
    );
    let name = handler_ident(op);
    let method = ident(&op.rust_name);
    let request = request_ident(op);
    quote! {
        #[doc = #doc]
        pub async fn #name<S: #trait_name>(
            axum::extract::State(service): axum::extract::State<S>,
            incoming: runtime::Incoming,
        ) -> Response {
            runtime::dispatch(incoming, #request::read, |request| service.#method(request)).await
        }
    }
}

/// `ty`, or `Option<ty>` when the value may be absent.
fn optional_unless(required: bool, ty: TokenStream) -> TokenStream {
    if required {
        ty
    } else {
        quote! { ::std::option::Option<#ty> }
    }
}

fn owned_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(&api.types, &non_null(&api.types, ty), ModelPath::Crate)
}

/// The parts of a multipart body as a struct (see [`shape::form_struct`]), and `read`, which
/// reads them from the request, each checked against its rules.
fn form_struct(api: &Api, op: &Operation, body: &crate::ir::Body, needed: &Needed) -> TokenStream {
    let name = form_ident(op);
    let declaration = shape::form_struct(api, op, body);
    let reads = shape::form_fields(body).into_iter().map(|f| {
        let (field, wire) = (&f.field, &f.wire);
        let read = match &f.part.kind {
            PartKind::File => quote! { parts.file(#wire)? },
            PartKind::Files => quote! { parts.files(#wire)? },
            PartKind::Value(ty) => {
                let list = part_is_list(&api.types, ty);
                quote! { parts.value(#wire, #list)? }
            }
        };
        let read = if f.part.required {
            quote! { runtime::required_part(#read, #wire)? }
        } else {
            read
        };
        let read = match &f.part.kind {
            PartKind::Value(t) if checks_needed(&api.types, t, &f.part.constraints, needed) => {
                let rules = rules_tokens(&effective(&api.types, t, &f.part.constraints));
                quote! { runtime::checked_part(#read, &#rules, #wire)? }
            }
            _ => read,
        };
        quote! { #field: #read, }
    });
    quote! {
        #declaration

        impl #name {
            /// Reads the parts into their fields; `None` when the request has no body.
            pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
                let Some(parts) = parts else { return Ok(None) };
                Ok(Some(#name { #(#reads)* }))
            }
        }
    }
}

fn headers_ident(op: &Operation, r: &Response) -> proc_macro2::Ident {
    ident(&format!("{}{}Headers", op.type_name, r.variant_name))
}

/// The headers a response documents, as a struct the response variant carries.
fn headers_struct(api: &Api, op: &Operation, r: &Response) -> TokenStream {
    if r.headers.is_empty() {
        return quote! {};
    }
    let name = headers_ident(op, r);
    let doc = format!(
        " The headers of the `{}` response of `{} {}`.",
        r.status.label(),
        op.method.as_str(),
        op.path
    );
    let fields = r.headers.iter().map(|h| {
        let field = ident(&h.rust_name);
        let ty = owned_type(api, &h.ty);
        let ty = optional_unless(h.required, ty);
        let doc = doc_attrs(&[Some(&format!("`{}`", h.name)), h.description.as_deref()]);
        quote! { #doc pub #field: #ty, }
    });
    let writes = r.headers.iter().map(|h| {
        let field = ident(&h.rust_name);
        let wire = Literal::string(&h.name.to_ascii_lowercase());
        if h.required {
            quote! { runtime::set_header(map, #wire, &self.#field); }
        } else {
            quote! {
                if let Some(value) = &self.#field {
                    runtime::set_header(map, #wire, value);
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// Adds the headers to a response's.
            pub fn write(&self, map: &mut HeaderMap) {
                #(#writes)*
            }
        }
    }
}

/// The request struct's `read`: every parameter and the body read from the request and
/// checked against the spec's rules.
fn reader(api: &Api, op: &Operation, needed: &Needed) -> TokenStream {
    let request = request_ident(op);
    let has_path = op
        .path_segments
        .iter()
        .any(|s| matches!(s, PathSegment::Param(_)));
    let shape = route_shape(op);
    let fields = op.params.iter().enumerate().map(|(i, p)| {
        let field = ident(&p.rust_name);
        let wire = Literal::string(&p.name);
        let list = matches!(
            api.types.resolve_alias(&non_null(&api.types, &p.ty)),
            TypeRef::List(_)
        );
        let read = match (p.location, p.required) {
            (ParamLocation::Path, _) => {
                let key = Literal::string(shape.keys.get(&i).map(String::as_str).unwrap_or("p0"));
                quote! { runtime::path_param(path, #key, #wire)? }
            }
            (ParamLocation::Query, true) => quote! { query.required(#wire, #list)? },
            (ParamLocation::Query, false) => quote! { query.optional(#wire, #list)? },
            (ParamLocation::Header, true) => quote! { runtime::header_required(headers, #wire)? },
            (ParamLocation::Header, false) => quote! { runtime::header_optional(headers, #wire)? },
            (ParamLocation::Cookie, true) => quote! { runtime::cookie_required(headers, #wire)? },
            (ParamLocation::Cookie, false) => quote! { runtime::cookie_optional(headers, #wire)? },
        };
        if !checks_needed(&api.types, &p.ty, &p.constraints, needed) {
            return quote! { #field: #read, };
        }
        let rules = rules_tokens(&effective(&api.types, &p.ty, &p.constraints));
        let location = ident(match p.location {
            ParamLocation::Path => "Path",
            ParamLocation::Query => "Query",
            ParamLocation::Header => "Header",
            ParamLocation::Cookie => "Cookie",
        });
        quote! { #field: runtime::checked(#read, &#rules, runtime::Location::#location, #wire)?, }
    });
    let body_field = op.body.as_ref().map(|b| {
        let read = match b.kind {
            BodyKind::Json => quote! { runtime::validated(runtime::json_body(headers, body)?)? },
            BodyKind::Form => quote! { runtime::validated(runtime::form_body(headers, body)?)? },
            BodyKind::Text => quote! { runtime::text_body(body)? },
            BodyKind::Multipart if !b.parts.is_empty() => {
                let form = form_ident(op);
                quote! { #form::read(runtime::multipart(headers, body)?)? }
            }
            BodyKind::Binary | BodyKind::Multipart => quote! { runtime::bytes_body(body)? },
        };
        if b.required {
            quote! { body: runtime::required_body(#read)?, }
        } else {
            quote! { body: #read, }
        }
    });
    let api_keys = api
        .security_schemes
        .iter()
        .filter_map(|(scheme, s)| match &s.kind {
            SecuritySchemeKind::ApiKey { name, location } => {
                let scheme = Literal::string(scheme);
                let name = Literal::string(name);
                Some(match location {
                    ApiKeyLocation::Header => quote! { (#scheme, KeyIn::Header(#name)) },
                    ApiKeyLocation::Query => quote! { (#scheme, KeyIn::Query(#name)) },
                    ApiKeyLocation::Cookie => quote! { (#scheme, KeyIn::Cookie(#name)) },
                })
            }
            _ => None,
        });
    let splits = shape.splits.iter().map(|(capture, pieces)| {
        let capture = Literal::string(capture);
        let pieces = pieces.iter().map(|p| match p {
            Piece::Lit(text) => {
                let text = Literal::string(text);
                quote! { runtime::Piece::Lit(#text) }
            }
            Piece::Param(key) => {
                let key = Literal::string(key);
                quote! { runtime::Piece::Param(#key) }
            }
        });
        quote! { (#capture, &[#(#pieces),*]) }
    });
    // The reader binds only what its fields read.
    let path = if !has_path {
        quote! {}
    } else if shape.splits.is_empty() {
        quote! { let path = &incoming.path; }
    } else {
        quote! { let path = &runtime::split_segments(incoming.path.clone(), &[#(#splits),*])?; }
    };
    let body = op
        .body
        .as_ref()
        .map(|_| quote! { let body = &incoming.body; });
    // With a SigV4 scheme, the credentials also keep what the request's signature covers.
    let credentials = if api.uses_sigv4() {
        quote! {
            let mut credentials = Credentials::read(headers, query, &[#(#api_keys),*]);
            credentials.aws_sigv4 = runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        }
    } else {
        quote! { let credentials = Credentials::read(headers, query, &[#(#api_keys),*]); }
    };
    let read_doc = format!(
        " Reads and checks a `{} {}` request.",
        op.method.as_str(),
        op.path
    );
    quote! {
        impl #request {
            #[doc = #read_doc]
            pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
                #path
                #body
                let query = &incoming.query;
                let headers = &incoming.headers;
                #credentials
                Ok(#request {
                    #(#fields)*
                    #body_field
                    credentials,
                })
            }
        }

    }
}
