//! The server crate: one trait per API (tag) with one async method per operation, request
//! structs of typed, already-read parameters, typed response enums, and axum routers that read
//! every request and answer bad ones with a JSON problem (4xx), never a panic.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::client::models::{models_files, Models};
use crate::emit::rust::{
    doc_attrs, doc_lines, form_ident, ident, inner_doc_attrs, non_null, part_is_list, print_file,
    runtime_file, template_source, type_text, type_tokens, Layout, ModelPath, Uses,
};
use crate::emit::templates::Templates;
use crate::emit::validate::{
    checks_needed, effective, needing_validation, rules_tokens, validate_file,
};
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
    runtime_file(templates, "server/runtime.rs")?.insert_into(&mut files, "src/runtime.rs");
    if api.uses_sigv4() {
        template_source(templates, "server/sigv4.rs")?.insert_into(&mut files, "src/sigv4.rs");
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

/// An API's module. The regular parts of every operation (the trait's method, the route, the
/// request and response types, the handler) are written as text, which is several times faster
/// than building tokens and having `syn` and prettyplease print them; only the parts whose
/// shape varies (readers, multipart forms, response headers) go through tokens.
fn api_module(
    api: &Api,
    tag: &Tag,
    ops: &[&Operation],
    needed: &Needed,
    file: &str,
) -> Result<String, String> {
    let heading = format!("The `{}` API.", tag.name);
    let module_doc = inner_doc_attrs(&[Some(&heading), tag.description.as_deref()]);
    let mut out = Layout {
        text: print_file(
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
            },
            file,
        )?,
        ..Layout::default()
    };
    trait_text(tag, ops, &mut out);
    routes_text(tag, ops, &mut out);
    for op in ops {
        request_text(api, op, &mut out);
        response_text(api, op, &mut out);
        let form = op
            .body
            .as_ref()
            .filter(|b| b.kind == BodyKind::Multipart && !b.parts.is_empty())
            .map(|b| form_struct(api, op, b, needed));
        let header_structs = op.responses.iter().map(|r| headers_struct(api, op, r));
        let reader = reader(api, op, needed);
        out.text.push_str(&print_file(
            quote! {
                #form
                #(#header_structs)*
                #reader
            },
            file,
        )?);
        handler_text(tag, op, &mut out);
    }
    Ok(out.text)
}

/// The API's trait: one method per operation.
fn trait_text(tag: &Tag, ops: &[&Operation], out: &mut Layout) {
    out.doc("", &doc_lines(&[tag.description.as_deref()]));
    out.line(&format!(
        "pub trait {}: Clone + Send + Sync + 'static {{",
        trait_ident(tag)
    ));
    for op in ops {
        let summary = format!(
            "`{} {}` (operation `{}`)",
            op.method.as_str(),
            op.path,
            op.id
        );
        out.doc(
            "    ",
            &doc_lines(&[
                op.summary.as_deref(),
                op.description.as_deref(),
                Some(&summary),
            ]),
        );
        let name = ident(&op.rust_name);
        let request = request_ident(op);
        let output = format!(
            "impl ::std::future::Future<Output = crate::Reply<{}>> + Send;",
            response_ident(op)
        );
        let one_line = format!("    fn {name}(&self, request: {request}) -> {output}");
        if Layout::fits(&one_line) {
            out.line(&one_line);
        } else {
            out.line(&format!("    fn {name}("));
            out.line("        &self,");
            out.line(&format!("        request: {request},"));
            out.line(&format!("    ) -> {output}"));
        }
    }
    out.line("}");
}

/// `routes()`: the API's routes alone, one statement per route (see [`router_of`]).
fn routes_text(tag: &Tag, ops: &[&Operation], out: &mut Layout) {
    out.line(
        "/// This API's routes alone, to combine with others: \
         `serve(oidc::routes().merge(...), service)`.",
    );
    out.line(&format!(
        "pub fn routes<S: {}>() -> axum::Router<S> {{",
        trait_ident(tag)
    ));
    let modules = BTreeMap::from([(tag.name.clone(), tag.module_name.clone())]);
    let groups = route_groups(ops, &modules);
    if groups.is_empty() {
        out.line("    axum::Router::new()");
    }
    for (i, (path, methods)) in groups.iter().enumerate() {
        let receiver = if i == 0 {
            "axum::Router::new()"
        } else {
            "routes"
        };
        let (open, close) = if i + 1 == groups.len() {
            ("    ", "")
        } else {
            ("    let routes = ", ";")
        };
        let calls: Vec<String> = methods
            .iter()
            .enumerate()
            .map(|(j, (method, module, handler))| {
                let call = format!("{method}(crate::apis::{module}::{handler}::<S>)");
                if j == 0 {
                    format!("axum::routing::{call}")
                } else {
                    format!(".{call}")
                }
            })
            .collect();
        let path = Literal::string(path);
        let one_line = format!("{open}{receiver}.route({path}, {}){close}", calls.concat());
        if Layout::fits(&one_line) {
            out.line(&one_line);
            continue;
        }
        out.line(&format!("{open}{receiver}.route("));
        out.line(&format!("        {path},"));
        for (j, call) in calls.iter().enumerate() {
            let indent = if j == 0 { "        " } else { "            " };
            let comma = if j + 1 == calls.len() { "," } else { "" };
            out.line(&format!("{indent}{call}{comma}"));
        }
        out.line(&format!("    ){close}"));
    }
    out.line("}");
}

/// The doc comment, derives and first line (`{declaration} {`) of an operation's request
/// struct or response enum.
fn type_heading(doc: &str, declaration: &str, out: &mut Layout) {
    out.doc("", &doc_lines(&[Some(doc)]));
    out.line("#[derive(Debug, Clone, PartialEq)]");
    out.line(&format!("{declaration} {{"));
}

/// The request struct: the operation's parameters and body, read and checked.
fn request_text(api: &Api, op: &Operation, out: &mut Layout) {
    let (method, path) = (op.method.as_str(), &op.path);
    type_heading(
        &format!("What a `{method} {path}` request carries, read and checked."),
        &format!("pub struct {}", request_ident(op)),
        out,
    );
    for p in &op.params {
        out.doc(
            "    ",
            &doc_lines(&[
                Some(&format!("{} parameter `{}`.", p.location.as_str(), p.name)),
                p.description.as_deref(),
            ]),
        );
        let ty = optional_unless(p.required, owned_type(api, &p.ty));
        out.field(&ident(&p.rust_name).to_string(), &type_text(&ty));
    }
    if let Some(b) = &op.body {
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
        out.doc(
            "    ",
            &doc_lines(&[Some(&format!("The request body (`{}`).", b.media_type))]),
        );
        out.field("body", &type_text(&ty));
    }
    out.line(
        "    /// The credentials the request carries, for the implementation to check against the",
    );
    out.line("    /// operation's security requirements.");
    out.line("    pub credentials: Credentials,");
    out.line("}");
}

/// The response enum, one variant per documented response, and how each is sent.
fn response_text(api: &Api, op: &Operation, out: &mut Layout) {
    let response = response_ident(op);
    let (method, path) = (op.method.as_str(), &op.path);
    type_heading(
        &format!("The responses `{method} {path}` documents."),
        &format!("pub enum {response}"),
        out,
    );
    for r in &op.responses {
        out.doc(
            "    ",
            &doc_lines(&[Some(&format!(
                "Status `{}`: {}",
                r.status.label(),
                r.description.trim()
            ))]),
        );
        let variant = ident(&r.variant_name).to_string();
        let body = r.body.as_ref().map(|b| match b.kind {
            ResponseKind::Json => type_text(&owned_type(api, &b.ty)),
            ResponseKind::Text => "::std::string::String".to_string(),
            ResponseKind::Binary => "::std::vec::Vec<u8>".to_string(),
        });
        let ranged = !matches!(r.status, Status::Code(_));
        if !ranged && r.headers.is_empty() {
            out.variant(&variant, body.as_deref());
            continue;
        }
        let mut fields = Vec::new();
        if ranged {
            fields.push("status: StatusCode".to_string());
        }
        if let Some(body) = body {
            fields.push(format!("body: {body}"));
        }
        if !r.headers.is_empty() {
            fields.push(format!("headers: {}", headers_ident(op, r)));
        }
        let one_line = format!("    {variant} {{ {} }},", fields.join(", "));
        if Layout::fits(&one_line) {
            out.line(&one_line);
        } else {
            out.line(&format!("    {variant} {{"));
            for field in &fields {
                out.line(&format!("        {field},"));
            }
            out.line("    },");
        }
    }
    out.line("}");
    out.line(&format!("impl IntoResponse for {response} {{"));
    out.line("    fn into_response(self) -> Response {");
    if op.responses.is_empty() {
        out.line("        match self {}");
    } else {
        out.line("        match self {");
        for r in &op.responses {
            response_arm(r, out);
        }
        out.line("        }");
    }
    out.line("    }");
    out.line("}");
}

/// The match arm that sends one response.
fn response_arm(r: &Response, out: &mut Layout) {
    let variant = ident(&r.variant_name);
    let status = match r.status {
        Status::Code(c) => format!("runtime::status({c})"),
        _ => "status".to_string(),
    };
    let sent = match &r.body {
        Some(b) if b.kind == ResponseKind::Json => format!("runtime::json({status}, body)"),
        Some(b) => format!(
            "runtime::content({status}, {}, body)",
            Literal::string(&b.media_type)
        ),
        None => format!("runtime::empty({status})"),
    };
    let mut bound = Vec::new();
    if !matches!(r.status, Status::Code(_)) {
        bound.push("status");
    }
    if r.body.is_some() {
        bound.push("body");
    }
    if r.headers.is_empty() {
        let pattern = match (r.status, r.body.is_some()) {
            (Status::Code(_), true) => format!("Self::{variant}(body)"),
            (Status::Code(_), false) => format!("Self::{variant}"),
            _ => format!("Self::{variant} {{ {} }}", bound.join(", ")),
        };
        let one_line = format!("            {pattern} => {sent},");
        if Layout::fits(&one_line) {
            out.line(&one_line);
        } else {
            out.line(&format!("            {pattern} => {{"));
            out.line(&format!("                {sent}"));
            out.line("            }");
        }
        return;
    }
    bound.push("headers");
    out.line(&format!(
        "            Self::{variant} {{ {} }} => {{",
        bound.join(", ")
    ));
    out.line(&format!("                let mut response = {sent};"));
    out.line("                headers.write(response.headers_mut());");
    out.line("                response");
    out.line("            }");
}

/// The axum handler: reads the request, then hands it to the implementation.
fn handler_text(tag: &Tag, op: &Operation, out: &mut Layout) {
    let trait_name = trait_ident(tag);
    let method = ident(&op.rust_name);
    let request = request_ident(op);
    out.doc(
        "",
        &doc_lines(&[Some(&format!(
            "Reads a `{} {}` request and hands it to [`{trait_name}::{}`].",
            op.method.as_str(),
            op.path,
            op.rust_name
        ))]),
    );
    out.line(&format!(
        "pub async fn {}<S: {trait_name}>(",
        handler_ident(op)
    ));
    out.line("    axum::extract::State(service): axum::extract::State<S>,");
    out.line("    incoming: runtime::Incoming,");
    out.line(") -> Response {");
    let one_line = format!(
        "    runtime::dispatch(incoming, {request}::read, |request| service.{method}(request)).await"
    );
    if Layout::fits(&one_line) {
        out.line(&one_line);
    } else {
        out.line(&format!(
            "    runtime::dispatch(incoming, {request}::read, |request| {{"
        ));
        out.line(&format!("        service.{method}(request)"));
        out.line("    })");
        out.line("    .await");
    }
    out.line("}");
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

/// The parts of a multipart body as a struct: files as [`runtime::FilePart`], values in their
/// types, each checked against its rules when read.
fn form_struct(api: &Api, op: &Operation, body: &crate::ir::Body, needed: &Needed) -> TokenStream {
    let name = form_ident(op);
    let doc = format!(
        " The parts of a `{} {}` multipart body.",
        op.method.as_str(),
        op.path
    );
    let mut fields = Vec::new();
    let mut reads = Vec::new();
    for part in &body.parts {
        let field = ident(&part.rust_name);
        let wire = Literal::string(&part.name);
        let (ty, read) = match &part.kind {
            PartKind::File => (quote! { runtime::FilePart }, quote! { parts.file(#wire)? }),
            PartKind::Files => (
                quote! { ::std::vec::Vec<runtime::FilePart> },
                quote! { parts.files(#wire)? },
            ),
            PartKind::Value(ty) => {
                let list = part_is_list(&api.types, ty);
                (owned_type(api, ty), quote! { parts.value(#wire, #list)? })
            }
        };
        let read = if part.required {
            quote! { runtime::required_part(#read, #wire)? }
        } else {
            read
        };
        let ty = optional_unless(part.required, ty);
        let read = match &part.kind {
            PartKind::Value(t) if checks_needed(&api.types, t, &part.constraints, needed) => {
                let rules = rules_tokens(&effective(&api.types, t, &part.constraints));
                quote! { runtime::checked_part(#read, &#rules, #wire)? }
            }
            _ => read,
        };
        let doc = doc_attrs(&[
            Some(&format!("Part `{}`.", part.name)),
            part.description.as_deref(),
        ]);
        fields.push(quote! { #doc pub #field: #ty, });
        reads.push(quote! { #field: #read, });
    }
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

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
