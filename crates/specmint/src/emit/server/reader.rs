//! How an operation's request is read: parameters by location, the body by media type, each
//! value checked against the spec's rules, every failure a JSON problem.

use super::routes::{route_shape, Piece, RouteShape};
use super::*;
use crate::ir::{Body, Param};

/// The request struct's `read`: every parameter and the body read from the request and
/// checked against the spec's rules.
pub(super) fn reader(api: &Api, op: &Operation, needed: &Needed) -> TokenStream {
    let request = request_ident(op);
    let shape = route_shape(op);
    let fields = op
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| param_field(api, p, shape.keys.get(&i), needed));
    let body_field = op.body.as_ref().map(|b| body_field(op, b));
    let path = path_binding(op, &shape);
    let body = op
        .body
        .as_ref()
        .map(|_| quote! { let body = &incoming.body; });
    let credentials = credentials(api);
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
                    raw: runtime::Raw::of(incoming),
                })
            }
        }
    }
}

/// A parameter's field, read from its location (a path parameter from the route's `key`) and
/// checked when its rules can be broken.
fn param_field(api: &Api, p: &Param, key: Option<&String>, needed: &Needed) -> TokenStream {
    let field = ident(&p.rust_name);
    let wire = Literal::string(&p.name);
    let list = matches!(
        api.types.resolve_alias(&non_null(&api.types, &p.ty)),
        TypeRef::List(_)
    );
    let read = match (p.location, p.required) {
        (ParamLocation::Path, _) => {
            let key = Literal::string(key.map(String::as_str).unwrap_or("p0"));
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
}

/// The body's field, read as its media type says.
fn body_field(op: &Operation, b: &Body) -> TokenStream {
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
}

/// `path`, the path parameters by key, when the operation has any: segments that mix text and
/// parameters are split into theirs first.
fn path_binding(op: &Operation, shape: &RouteShape) -> Option<TokenStream> {
    let has_path = op
        .path_segments
        .iter()
        .any(|s| matches!(s, PathSegment::Param(_)));
    if !has_path {
        return None;
    }
    if shape.splits.is_empty() {
        return Some(quote! { let path = &incoming.path; });
    }
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
    Some(quote! { let path = &runtime::split_segments(incoming.path.clone(), &[#(#splits),*])?; })
}

/// `credentials`, read from wherever the spec's schemes put them; with a SigV4 scheme, also
/// what the request's signature covers.
fn credentials(api: &Api) -> TokenStream {
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
    if api.uses_sigv4() {
        quote! {
            let mut credentials = Credentials::read(headers, query, &[#(#api_keys),*]);
            credentials.aws_sigv4 = runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
            credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        }
    } else {
        quote! { let credentials = Credentials::read(headers, query, &[#(#api_keys),*]); }
    }
}
