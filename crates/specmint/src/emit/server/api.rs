//! An API's module: its trait, its routes, and per operation the request struct, the response
//! enum, the form and header structs, the reader and the handler, each operation's items together.

use super::reader::reader;
use super::*;
use crate::format::{join_sections, print_each, print_sections};

/// An API's module: its trait, its routes, and per operation the request struct, the response
/// enum, the readers and the handler, each operation's items together.
pub(super) fn api_module(
    api: &Api,
    tag: &Tag,
    ops: &[&Operation],
    needed: &Needed,
    file: &str,
) -> Result<String, String> {
    let heading = format!("The `{}` API.", tag.name);
    let module_doc = inner_doc_attrs(&[Some(&heading), tag.description.as_deref()]);
    let service_trait = service_trait(api, tag, ops);
    let routes = api_routes(tag, ops);
    let heading = print_sections(
        [
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
            service_trait,
            routes,
        ],
        file,
    )?;
    let operations = print_each(ops, file, |op| operation_items(api, tag, op, needed))?;
    Ok(join_sections([heading, operations]))
}

/// An operation's items: its request struct, response enum, form and header structs, reader
/// and handler.
fn operation_items(api: &Api, tag: &Tag, op: &Operation, needed: &Needed) -> TokenStream {
    let request = request_struct(api, op);
    let response = response_enum(api, op);
    let form = op
        .body
        .as_ref()
        .filter(|b| b.kind == BodyKind::Multipart && !b.parts.is_empty())
        .map(|b| form_struct(api, op, b, needed));
    let header_structs = op.responses.iter().map(|r| headers_struct(api, op, r));
    let reader = reader(api, op, needed);
    let handler = handler(api, tag, op);
    quote! {
        #request
        #response
        #form
        #(#header_structs)*
        #reader
        #handler
    }
}

/// The API's trait: one method per operation.
pub(super) fn service_trait(api: &Api, tag: &Tag, ops: &[&Operation]) -> TokenStream {
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
    // Operations that require SigV4 are verified by the router with the service's keys.
    let signed = ops
        .iter()
        .any(|op| op.requires_sigv4(api))
        .then(|| quote! { crate::sigv4::SigV4Keys + });
    quote! {
        #doc
        pub trait #name: #signed Clone + Send + Sync + 'static {
            #(#methods)*
        }
    }
}

/// `routes()`: the API's routes alone (see [`router_of`]).
pub(super) fn api_routes(tag: &Tag, ops: &[&Operation]) -> TokenStream {
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
pub(super) fn request_struct(api: &Api, op: &Operation) -> TokenStream {
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
            /// The query and body as they arrived, for fields the spec does not declare.
            pub raw: runtime::Raw,
        }
    }
}

/// The response enum, one variant per documented response, and how each is sent.
pub(super) fn response_enum(api: &Api, op: &Operation) -> TokenStream {
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
pub(super) fn response_arm(r: &Response) -> TokenStream {
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
pub(super) fn handler(api: &Api, tag: &Tag, op: &Operation) -> TokenStream {
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
    let operation_id = Literal::string(&op.id);
    let route_path = Literal::string(&op.path);
    let dispatch = if op.requires_sigv4(api) {
        quote! {
            crate::sigv4::dispatch_signed(&ROUTE, &service, incoming, #request::read, |request| service.#method(request)).await
        }
    } else {
        quote! {
            runtime::dispatch(&ROUTE, incoming, #request::read, |request| service.#method(request)).await
        }
    };
    quote! {
        #[doc = #doc]
        pub async fn #name<S: #trait_name>(
            axum::extract::State(service): axum::extract::State<S>,
            incoming: runtime::Incoming,
        ) -> Response {
            const ROUTE: runtime::Route = runtime::Route { operation: #operation_id, path: #route_path };
            #dispatch
        }
    }
}

/// The parts of a multipart body as a struct (see [`shape::form_struct`]), and `read`, which
/// reads them from the request, each checked against its rules.
pub(super) fn form_struct(
    api: &Api,
    op: &Operation,
    body: &crate::ir::Body,
    needed: &Needed,
) -> TokenStream {
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

pub(super) fn headers_ident(op: &Operation, r: &Response) -> proc_macro2::Ident {
    ident(&format!("{}{}Headers", op.type_name, r.variant_name))
}

/// The headers a response documents, as a struct the response variant carries.
pub(super) fn headers_struct(api: &Api, op: &Operation, r: &Response) -> TokenStream {
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
