//! `src/apis/<tag>.rs`: one async method per operation, with its error enum and, where an
//! operation has several kinds of success, its response enum.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::rust::{
    doc_attrs, form_ident, ident, inner_doc_attrs, non_null, part_is_list, type_tokens, ModelPath,
};
use crate::ir::{
    Api, BodyKind, Operation, Param, ParamLocation, ParamStyle, PartKind, PathSegment, Primitive,
    Response, ResponseKind, Status, Tag, TypeRef,
};

pub fn api_file(api: &Api, tag: &Tag, ops: &[&Operation]) -> TokenStream {
    let heading = format!("Operations of the `{}` API.", tag.name);
    let module_doc = inner_doc_attrs(&[Some(&heading), tag.description.as_deref()]);
    let methods = ops.iter().map(|op| method(api, op));
    let types = ops.iter().map(|op| op_types(api, op));
    quote! {
        #module_doc

        #[allow(unused_imports)]
        use crate::runtime::{Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style, UnexpectedResponse};

        impl Client {
            #(#methods)*
        }

        #(#types)*
    }
}

/// How an argument is passed: by reference (`&str`, `&T`) or by value.
struct Arg {
    name: proc_macro2::Ident,
    ty: TokenStream,
    by_ref: bool,
}

fn is_copy(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Prim(
            Primitive::Bool
                | Primitive::I32
                | Primitive::I64
                | Primitive::F32
                | Primitive::F64
                | Primitive::Date
                | Primitive::DateTime
                | Primitive::Uuid
        )
    )
}

fn param_arg(api: &Api, p: &Param) -> Arg {
    let base = non_null(&api.types, &p.ty);
    let name = ident(&p.rust_name);
    let (inner, by_ref) = match &base {
        TypeRef::Prim(Primitive::String) => (quote! { &str }, true),
        t if is_copy(api.types.resolve_alias(t)) => {
            (type_tokens(&api.types, t, ModelPath::Crate), false)
        }
        TypeRef::List(item) => {
            let item = type_tokens(&api.types, item, ModelPath::Crate);
            (quote! { &[#item] }, true)
        }
        t => {
            let t = type_tokens(&api.types, t, ModelPath::Crate);
            (quote! { &#t }, true)
        }
    };
    if p.required {
        Arg {
            name,
            ty: inner,
            by_ref,
        }
    } else {
        Arg {
            name,
            ty: quote! { ::std::option::Option<#inner> },
            by_ref: false,
        }
    }
}

fn body_arg(api: &Api, op: &Operation) -> Option<(Arg, bool)> {
    let body = op.body.as_ref()?;
    let (inner, by_ref) = match body.kind {
        BodyKind::Json | BodyKind::Form => {
            let t = type_tokens(
                &api.types,
                &non_null(&api.types, &body.ty),
                ModelPath::Crate,
            );
            (quote! { &#t }, true)
        }
        BodyKind::Multipart if !body.parts.is_empty() => {
            let form = form_ident(op);
            (quote! { #form }, false)
        }
        BodyKind::Multipart => (quote! { ::reqwest::multipart::Form }, false),
        BodyKind::Binary => (quote! { ::std::vec::Vec<u8> }, false),
        BodyKind::Text => (quote! { &str }, true),
    };
    let ty = if body.required {
        inner
    } else {
        quote! { ::std::option::Option<#inner> }
    };
    Some((
        Arg {
            name: format_ident!("body"),
            ty,
            by_ref: by_ref && body.required,
        },
        body.required,
    ))
}

/// Arguments in call order: path parameters in path order, other required parameters, the
/// body, then optional parameters.
fn ordered_params(op: &Operation) -> (Vec<&Param>, Vec<&Param>) {
    // Path parameters in path order, each once (a template may use one twice).
    let mut seen = std::collections::BTreeSet::new();
    let mut first: Vec<&Param> = op
        .path_segments
        .iter()
        .filter_map(|s| match s {
            PathSegment::Param(i) if seen.insert(*i) => op.params.get(*i),
            _ => None,
        })
        .collect();
    first.extend(
        op.params
            .iter()
            .filter(|p| p.required && p.location != ParamLocation::Path),
    );
    let rest = op
        .params
        .iter()
        .filter(|p| !p.required && p.location != ParamLocation::Path)
        .collect();
    (first, rest)
}

/// The success type: one type when every success response carries the same body, else the
/// operation's response enum.
pub enum Success<'a> {
    Single(Option<&'a TypeRef>, Option<ResponseKind>),
    Enum(Vec<&'a Response>),
    /// No success response is documented: any 2xx body is returned as bytes.
    Undocumented,
}

pub fn success(op: &Operation) -> Success<'_> {
    let ok: Vec<&Response> = op
        .responses
        .iter()
        .filter(|r| r.status.is_success())
        .collect();
    let Some(first) = ok.first() else {
        // Only `default` documented: it describes success too, so a 2xx decodes into its type.
        return match op.responses.iter().find(|r| r.status == Status::Default) {
            Some(d) => Success::Single(
                d.body.as_ref().map(|b| &b.ty),
                d.body.as_ref().map(|b| b.kind),
            ),
            None => Success::Undocumented,
        };
    };
    let same = ok.iter().all(|r| match (&r.body, &first.body) {
        (None, None) => true,
        (Some(a), Some(b)) => a.ty == b.ty && a.kind == b.kind,
        _ => false,
    });
    if same {
        Success::Single(
            first.body.as_ref().map(|b| &b.ty),
            first.body.as_ref().map(|b| b.kind),
        )
    } else {
        Success::Enum(ok)
    }
}

fn response_enum_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Response", op.type_name))
}

fn error_enum_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Error", op.type_name))
}

fn body_type(api: &Api, ty: Option<&TypeRef>) -> TokenStream {
    match ty {
        Some(ty) => type_tokens(&api.types, ty, ModelPath::Crate),
        None => quote! { () },
    }
}

/// Decodes the received body of a response into its type.
fn decode(kind: Option<ResponseKind>) -> TokenStream {
    match kind {
        Some(ResponseKind::Json) => quote! { received.json()? },
        Some(ResponseKind::Text) => quote! { received.text()? },
        Some(ResponseKind::Binary) => quote! { received.body.clone() },
        None => quote! { () },
    }
}

/// What an argument of a generated method stands for.
pub enum ArgOf<'a> {
    Param(&'a Param),
    Body(&'a crate::ir::Body),
}

/// One argument of a generated method, in call order.
pub struct CallArg<'a> {
    pub of: ArgOf<'a>,
    pub name: proc_macro2::Ident,
    pub ty: TokenStream,
    pub by_ref: bool,
    pub required: bool,
}

/// The arguments of an operation's method: path parameters in path order, other required
/// parameters, a required body, optional parameters, then an optional body.
pub fn call_args<'a>(api: &Api, op: &'a Operation) -> Vec<CallArg<'a>> {
    let (first, rest) = ordered_params(op);
    let param = |p: &'a Param| {
        let a = param_arg(api, p);
        CallArg {
            of: ArgOf::Param(p),
            name: a.name,
            ty: a.ty,
            by_ref: a.by_ref,
            required: p.required,
        }
    };
    let body = op
        .body
        .as_ref()
        .zip(body_arg(api, op))
        .map(|(b, (a, required))| CallArg {
            of: ArgOf::Body(b),
            name: a.name,
            ty: a.ty,
            by_ref: a.by_ref,
            required,
        });
    let (required_body, optional_body) = match body {
        Some(b) if b.required => (Some(b), None),
        other => (None, other),
    };
    let mut args: Vec<CallArg<'a>> = first.into_iter().map(param).collect();
    args.extend(required_body);
    args.extend(rest.into_iter().map(param));
    args.extend(optional_body);
    args
}

/// The method's return type: the runtime's `Call` (a boxed future) of the success type and the
/// error enum.
pub fn return_type(api: &Api, op: &Operation) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let (return_ty, _) = success_arms(api, op);
    quote! { Call<'_, #return_ty, #error_enum> }
}

/// The method's signature as readable text, for the docs: `pub fn x(&self, ...) -> Call<...>`.
pub fn signature_text(api: &Api, op: &Operation) -> String {
    let name = ident(&op.rust_name);
    let args = call_args(api, op);
    let args = args.iter().map(|a| {
        let (n, t) = (&a.name, &a.ty);
        quote! { #n: #t }
    });
    let ret = return_type(api, op);
    let tokens = quote! { impl Client { pub fn #name(&self, #(#args),*) -> #ret {} } };
    let printed = crate::emit::rust::print_file(tokens, "signature").unwrap_or_default();
    let inner = printed
        .trim()
        .trim_start_matches("impl Client {")
        .trim_end_matches('}')
        .trim()
        .trim_end_matches("{}")
        .trim();
    let text: Vec<&str> = inner
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    crate::emit::rust::readable_paths(&text.join("\n"))
}

fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let call = call_args(api, op);
    let arg_docs: Vec<String> = call
        .iter()
        .map(|a| match a.of {
            ArgOf::Param(p) => param_doc(p),
            ArgOf::Body(_) => body_doc(op),
        })
        .collect();
    let args: Vec<Arg> = call
        .iter()
        .map(|a| Arg {
            name: a.name.clone(),
            ty: a.ty.clone(),
            by_ref: a.by_ref,
        })
        .collect();
    let (first, rest) = ordered_params(op);
    let all_params: Vec<&Param> = first.iter().chain(rest.iter()).copied().collect();
    let by_ref = |name: &str| {
        args.iter()
            .find(|a| a.name == name)
            .is_some_and(|a| a.by_ref)
    };

    let signature_args: Vec<TokenStream> = args
        .iter()
        .map(|a| {
            let (n, t) = (&a.name, &a.ty);
            quote! { #n: #t }
        })
        .collect();
    let too_many = if args.len() > 6 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };

    // Path.
    let mut format = String::new();
    let mut format_args = Vec::new();
    for segment in &op.path_segments {
        match segment {
            PathSegment::Literal(text) => {
                format.push_str(&text.replace('{', "{{").replace('}', "}}"))
            }
            PathSegment::Param(i) => {
                let Some(p) = op.params.get(*i) else { continue };
                format.push_str("{}");
                let arg = ident(&p.rust_name);
                let value = if by_ref(&p.rust_name) {
                    quote! { #arg }
                } else {
                    quote! { &#arg }
                };
                let wire = Literal::string(&p.name);
                let style = style_tokens(p.style);
                let explode = p.explode;
                format_args
                    .push(quote! { crate::runtime::path_param(#wire, #value, #style, #explode) });
            }
        }
    }
    // The method's own variables, renamed when a parameter has the name.
    let local = |name: &str| {
        let mut name = name.to_string();
        while args.iter().any(|a| a.name == name.as_str()) {
            name.push('_');
        }
        ident(&name)
    };
    let (request_id, path_id, query_id, cookies_id) = (
        local("request"),
        local("path"),
        local("query"),
        local("cookies"),
    );
    let http_method = ident(op.method.as_str());
    let mutable =
        if op.params.iter().any(|p| p.location != ParamLocation::Path) || op.body.is_some() {
            quote! { mut }
        } else {
            quote! {}
        };
    let start = if format_args.is_empty() {
        let lit = Literal::string(&op.path);
        quote! { let #mutable #request_id = self.request(&OPERATION, ::reqwest::Method::#http_method, #lit); }
    } else {
        let lit = Literal::string(&format);
        quote! {
            let #path_id = format!(#lit, #(#format_args),*);
            let #mutable #request_id = self.request(&OPERATION, ::reqwest::Method::#http_method, &#path_id);
        }
    };

    // Query, headers, cookies.
    let mut statements = Vec::new();
    // Idempotency tokens the caller left out are made up once, before any retry.
    for p in all_params.iter().filter(|p| {
        p.idempotency_token
            && non_null(&api.types, &p.ty) == TypeRef::Prim(Primitive::String)
            && !p.required
    }) {
        let arg = ident(&p.rust_name);
        let owned = local(&format!("{}_generated", p.rust_name));
        statements.push(quote! {
            let #owned = #arg.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
            let #arg = Some(#owned.as_str());
        });
    }
    let query: Vec<&Param> = all_params
        .iter()
        .copied()
        .filter(|p| p.location == ParamLocation::Query)
        .collect();
    if !query.is_empty() {
        let pushes = query.iter().map(|p| {
            let arg = ident(&p.rust_name);
            let value = if by_ref(&p.rust_name) {
                quote! { #arg }
            } else {
                quote! { &#arg }
            };
            let wire = Literal::string(&p.name);
            let style = style_tokens(p.style);
            let explode = p.explode;
            quote! { crate::runtime::query_pairs(&mut #query_id, #wire, #value, #style, #explode); }
        });
        statements.push(quote! {
            let mut #query_id = ::std::vec::Vec::new();
            #(#pushes)*
            #request_id = #request_id.query(&#query_id);
        });
    }
    for p in all_params
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
    {
        let arg = ident(&p.rust_name);
        let wire = Literal::string(&p.name);
        statements.push(if p.required {
            let value = if by_ref(&p.rust_name) {
                quote! { #arg }
            } else {
                quote! { &#arg }
            };
            quote! { #request_id = #request_id.header(#wire, crate::runtime::simple_text(#value)); }
        } else {
            quote! {
                if let Some(value) = &#arg {
                    #request_id = #request_id.header(#wire, crate::runtime::simple_text(value));
                }
            }
        });
    }
    let cookies: Vec<&Param> = all_params
        .iter()
        .copied()
        .filter(|p| p.location == ParamLocation::Cookie)
        .collect();
    if !cookies.is_empty() {
        let pushes = cookies.iter().map(|p| {
            let arg = ident(&p.rust_name);
            let wire = Literal::string(&p.name);
            if p.required {
                let value = if by_ref(&p.rust_name) {
                    quote! { #arg }
                } else {
                    quote! { &#arg }
                };
                quote! { #cookies_id.push((#wire.to_string(), crate::runtime::simple_text(#value))); }
            } else {
                quote! {
                    if let Some(value) = &#arg {
                        #cookies_id.push((#wire.to_string(), crate::runtime::simple_text(value)));
                    }
                }
            }
        });
        statements.push(quote! {
            let mut #cookies_id: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
            #(#pushes)*
            #request_id = crate::runtime::cookies(#request_id, &#cookies_id);
        });
    }
    if let Some(b) = &op.body {
        let media = Literal::string(&b.media_type);
        let attach = match b.kind {
            BodyKind::Json => quote! { #request_id.json(body) },
            BodyKind::Form => quote! { #request_id.form(body) },
            // A form that cannot be built fails the call before anything is sent.
            BodyKind::Multipart if !b.parts.is_empty() => quote! {
                #request_id.multipart(match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
                })
            },
            BodyKind::Multipart => quote! { #request_id.multipart(body) },
            BodyKind::Binary => {
                quote! { #request_id.header(::reqwest::header::CONTENT_TYPE, #media).body(body) }
            }
            BodyKind::Text => {
                quote! { #request_id.header(::reqwest::header::CONTENT_TYPE, #media).body(body.to_owned()) }
            }
        };
        statements.push(if b.required {
            quote! { #request_id = #attach; }
        } else {
            quote! {
                if let Some(body) = body {
                    #request_id = #attach;
                }
            }
        });
    }

    let operation_const = operation_const(api, op);
    let error_enum = error_enum_ident(op);
    let (return_ty, success_arms) = success_arms(api, op);
    let error_arms = error_arms(op);
    let docs = method_docs(op, &arg_docs);
    let deprecated = if op.deprecated {
        quote! { #[deprecated] }
    } else {
        quote! {}
    };
    let stream_method = stream_method_name(api, op).map(|stream_name| {
        let stream_ident = ident(&stream_name);
        let doc = format!(
            " [`Client::{}`], with the body of a successful response streamed as it arrives \
             instead of read into memory first.",
            op.rust_name
        );
        quote! {
            #[doc = #doc]
            #deprecated
            #too_many
            #[allow(clippy::match_single_binding)]
            pub fn #stream_ident(&self, #(#signature_args),*) -> Call<'_, crate::runtime::ByteStream, #error_enum> {
                #operation_const
                #start
                #(#statements)*
                self.call_streamed(&OPERATION, #request_id, |received| match received.status.as_u16() {
                    #error_arms
                })
            }
        }
    });
    quote! {
        #docs
        #deprecated
        #too_many
        pub fn #name(&self, #(#signature_args),*) -> Call<'_, #return_ty, #error_enum> {
            #operation_const
            #start
            #(#statements)*
            self.call(&OPERATION, #request_id, |received| match received.status.as_u16() {
                #success_arms
                #error_arms
            })
        }

        #stream_method
    }
}

/// The name of the method that streams an operation's raw-bytes success body, when it has one
/// and the name is free.
pub fn stream_method_name(api: &Api, op: &Operation) -> Option<String> {
    let name = format!("{}_stream", op.rust_name);
    let binary = matches!(success(op), Success::Single(_, Some(ResponseKind::Binary)));
    (binary && !api.operations.iter().any(|o| o.rust_name == name)).then_some(name)
}

/// The operation's facts for the runtime: id, idempotency, servers and security.
fn operation_const(api: &Api, op: &Operation) -> TokenStream {
    let id = Literal::string(&op.id);
    let idempotent = op.method.is_idempotent();
    let servers = op.servers.iter().map(super::server_tokens);
    let requirements = op.effective_security(api).iter().map(|r| {
        let names = r.schemes.iter().map(|(name, _)| Literal::string(name));
        quote! { &[#(#names),*] }
    });
    quote! {
        const OPERATION: Operation = Operation {
            id: #id,
            idempotent: #idempotent,
            servers: &[#(#servers)*],
            security: &[#(#requirements),*],
        };
    }
}

fn success_arms(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    match success(op) {
        Success::Single(ty, kind) => {
            let ty_tokens = body_type(api, ty);
            let mut patterns: Vec<TokenStream> = op
                .responses
                .iter()
                .filter(|r| r.status.is_success())
                .map(|r| response_pattern(op, r))
                .collect();
            if patterns.is_empty() {
                patterns.push(quote! { 200..=299 });
            }
            let arm = match kind {
                None => quote! { #(#patterns)|* => Ok(received.value(())), },
                Some(_) => {
                    let decode = decode(kind);
                    quote! { #(#patterns)|* => { let body = #decode; Ok(received.value(body)) } }
                }
            };
            (ty_tokens, arm)
        }
        Success::Enum(responses) => {
            let enum_ident = response_enum_ident(op);
            let arms = responses.iter().map(|r| {
                let pattern = response_pattern(op, r);
                let variant = ident(&r.variant_name);
                match &r.body {
                    Some(b) => {
                        let decode = decode(Some(b.kind));
                        quote! { #pattern => { let body = #decode; Ok(received.value(#enum_ident::#variant(body))) } }
                    }
                    None => quote! { #pattern => Ok(received.value(#enum_ident::#variant)), },
                }
            });
            (quote! { #enum_ident }, quote! { #(#arms)* })
        }
        Success::Undocumented => (
            quote! { ::std::vec::Vec<u8> },
            quote! { 200..=299 => Ok(received.value(received.body.clone())), },
        ),
    }
}

fn error_arms(op: &Operation) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let mut arms = Vec::new();
    let mut has_default = false;
    for r in op.responses.iter().filter(|r| !r.status.is_success()) {
        let variant = ident(&r.variant_name);
        let decode = r.body.as_ref().map(|b| decode(Some(b.kind)));
        let (pattern, value) = match (r.status, decode) {
            (Status::Code(_), Some(d)) => (
                status_pattern(r.status),
                quote! { #error_enum::#variant(#d) },
            ),
            (Status::Code(_), None) => (status_pattern(r.status), quote! { #error_enum::#variant }),
            (Status::Range(_), Some(d)) => (
                status_pattern(r.status),
                quote! { #error_enum::#variant { status: received.status, body: #d } },
            ),
            (Status::Range(_), None) => (
                status_pattern(r.status),
                quote! { #error_enum::#variant { status: received.status } },
            ),
            (Status::Default, Some(d)) => {
                has_default = true;
                (
                    quote! { _ },
                    quote! { #error_enum::#variant { status: received.status, body: #d } },
                )
            }
            (Status::Default, None) => {
                has_default = true;
                (
                    quote! { _ },
                    quote! { #error_enum::#variant { status: received.status } },
                )
            }
        };
        arms.push(quote! { #pattern => Err(Error::Status(#value)), });
    }
    if !has_default {
        arms.push(quote! { _ => Err(Error::Status(#error_enum::Unknown(received.unexpected()))), });
    }
    quote! { #(#arms)* }
}

/// Redirect statuses a client handles alike.
const REDIRECTS: [u16; 5] = [301, 302, 303, 307, 308];

/// The match pattern of a response. When an operation documents exactly one redirect status,
/// that response also takes the other redirect statuses: servers differ in which one they send
/// (Hydra documents `302`, other providers answer `303`), and the caller wants the `Location`.
fn response_pattern(op: &Operation, r: &Response) -> TokenStream {
    let documented: Vec<u16> = op
        .responses
        .iter()
        .filter_map(|r| match r.status {
            Status::Code(c) if REDIRECTS.contains(&c) => Some(c),
            _ => None,
        })
        .collect();
    match r.status {
        Status::Code(c) if documented == [c] => {
            let codes = REDIRECTS.iter().map(|c| Literal::u16_unsuffixed(*c));
            quote! { #(#codes)|* }
        }
        status => status_pattern(status),
    }
}

fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(c) => {
            let c = Literal::u16_unsuffixed(c);
            quote! { #c }
        }
        Status::Range(r) => {
            let lo = Literal::u16_unsuffixed(r * 100);
            let hi = Literal::u16_unsuffixed(r * 100 + 99);
            quote! { #lo..=#hi }
        }
        Status::Default => quote! { _ },
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Simple => quote! { Style::Simple },
        ParamStyle::Form => quote! { Style::Form },
        ParamStyle::Label => quote! { Style::Label },
        ParamStyle::Matrix => quote! { Style::Matrix },
        ParamStyle::SpaceDelimited => quote! { Style::SpaceDelimited },
        ParamStyle::PipeDelimited => quote! { Style::PipeDelimited },
        ParamStyle::DeepObject => quote! { Style::DeepObject },
    }
}

fn param_doc(p: &Param) -> String {
    let mut line = format!(
        "* `{}`: {} parameter `{}`",
        p.rust_name,
        p.location.as_str(),
        p.name
    );
    if p.idempotency_token {
        line.push_str(
            " (an idempotency token: when `None`, a random UUID is sent, the same on every retry)",
        );
    }
    append_description(&mut line, p.description.as_deref());
    line
}

/// Appends a description, folded onto the line, to an argument's doc line.
fn append_description(line: &mut String, description: Option<&str>) {
    if let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) {
        line.push_str(". ");
        line.push_str(&d.lines().map(str::trim).collect::<Vec<_>>().join(" "));
    }
}

fn body_doc(op: &Operation) -> String {
    let Some(b) = &op.body else {
        return String::new();
    };
    let mut line = format!("* `body`: request body, sent as `{}`", b.media_type);
    if b.kind == BodyKind::Multipart {
        if b.parts.is_empty() {
            line.push_str("; build the form with `reqwest::multipart::Form`");
        } else {
            line.push_str(&format!(", one part per field of [`{}`]", form_ident(op)));
        }
    }
    append_description(&mut line, b.description.as_deref());
    line
}

fn method_docs(op: &Operation, arg_docs: &[String]) -> TokenStream {
    let request = format!(
        "`{} {}` (operation `{}`)",
        op.method.as_str(),
        op.path,
        op.id
    );
    let args = if arg_docs.is_empty() {
        None
    } else {
        Some(format!("# Arguments\n\n{}", arg_docs.join("\n")))
    };
    doc_attrs(&[
        op.summary.as_deref(),
        op.description.as_deref(),
        Some(&request),
        args.as_deref(),
    ])
}

/// The operation's error enum and, when needed, its response enum.
fn op_types(api: &Api, op: &Operation) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let error_doc = format!(" Error responses of [`Client::{}`].", op.rust_name);
    let mut variants = Vec::new();
    for r in op.responses.iter().filter(|r| !r.status.is_success()) {
        let variant = ident(&r.variant_name);
        let doc = doc_attrs(&[Some(&format!(
            "Status `{}`: {}",
            r.status.label(),
            r.description.trim()
        ))]);
        let body = r.body.as_ref().map(|b| body_type(api, Some(&b.ty)));
        variants.push(match (r.status, body) {
            (Status::Code(_), Some(b)) => quote! { #doc #variant(#b), },
            (Status::Code(_), None) => quote! { #doc #variant, },
            (_, Some(b)) => quote! { #doc #variant { status: StatusCode, body: #b }, },
            (_, None) => quote! { #doc #variant { status: StatusCode }, },
        });
    }
    let response_enum = match success(op) {
        Success::Enum(responses) => {
            let enum_ident = response_enum_ident(op);
            let doc = format!(" Successful responses of [`Client::{}`].", op.rust_name);
            let decls = responses.iter().map(|r| {
                let variant = ident(&r.variant_name);
                let vdoc = doc_attrs(&[Some(&format!(
                    "Status `{}`: {}",
                    r.status.label(),
                    r.description.trim()
                ))]);
                match &r.body {
                    Some(b) => {
                        let t = body_type(api, Some(&b.ty));
                        quote! { #vdoc #variant(#t), }
                    }
                    None => quote! { #vdoc #variant, },
                }
            });
            quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, PartialEq)]
                pub enum #enum_ident {
                    #(#decls)*
                }
            }
        }
        _ => quote! {},
    };
    let form = op
        .body
        .as_ref()
        .filter(|b| b.kind == BodyKind::Multipart && !b.parts.is_empty())
        .map(|b| form_struct(api, op, b));
    quote! {
        #form

        #[doc = #error_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #error_enum {
            #(#variants)*
            /// A status the spec does not document for this operation.
            Unknown(UnexpectedResponse),
        }

        #response_enum
    }
}

/// The parts of a multipart body as a struct: files as `FilePart`s, other values in their
/// types; `into_form` turns it into the form the request sends.
fn form_struct(api: &Api, op: &Operation, body: &crate::ir::Body) -> TokenStream {
    let name = form_ident(op);
    let doc = format!(
        " The parts of a `{} {}` multipart body, for [`Client::{}`].",
        op.method.as_str(),
        op.path,
        op.rust_name
    );
    let mut fields = Vec::new();
    let mut adds = Vec::new();
    for part in &body.parts {
        let field = ident(&part.rust_name);
        let wire = Literal::string(&part.name);
        let (ty, add) = match &part.kind {
            PartKind::File => (
                quote! { crate::runtime::FilePart },
                quote! { form = crate::runtime::file_part(form, #wire, value)?; },
            ),
            PartKind::Files => (
                quote! { ::std::vec::Vec<crate::runtime::FilePart> },
                quote! {
                    for file in value {
                        form = crate::runtime::file_part(form, #wire, file)?;
                    }
                },
            ),
            PartKind::Value(ty) => {
                let list = part_is_list(&api.types, ty);
                (
                    type_tokens(&api.types, &non_null(&api.types, ty), ModelPath::Crate),
                    quote! { form = crate::runtime::value_part(form, #wire, &value, #list); },
                )
            }
        };
        let (ty, add) = if part.required {
            (ty, quote! { let value = self.#field; #add })
        } else {
            (
                quote! { ::std::option::Option<#ty> },
                quote! {
                    if let Some(value) = self.#field {
                        #add
                    }
                },
            )
        };
        let doc = doc_attrs(&[
            Some(&format!(
                "Part `{}`{}.",
                part.name,
                if part.required {
                    ""
                } else {
                    " (left out when `None`)"
                }
            )),
            part.description.as_deref(),
        ]);
        fields.push(quote! { #doc pub #field: #ty, });
        adds.push(add);
    }
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// The `multipart/form-data` form of these parts; fails when a file's media type is
            /// not a valid one.
            pub fn into_form(self) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
                let mut form = ::reqwest::multipart::Form::new();
                #(#adds)*
                Ok(form)
            }
        }
    }
}
