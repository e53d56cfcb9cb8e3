//! `src/apis/<tag>.rs`: one async method per operation, with its error enum and, where an
//! operation has several kinds of success, its response enum.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{doc_attrs, ident, inner_doc_attrs, non_null, ModelPath};
use crate::emit::shape::{
    self, body_type, call_args, call_lifetime, error_enum_ident, form_ident, holds_references,
    ordered_params, params_ident, params_type, params_type_with, part_is_list, receiver,
    response_enum_ident, stream_method_name, success, ArgOf, CallArg, Success,
};
use crate::format::{join_sections, print_each, print_file};
use crate::ir::{
    Api, BodyKind, Operation, Param, ParamLocation, ParamStyle, PartKind, PathSegment, Primitive,
    Response, ResponseKind, Status, Tag, TypeRef,
};

/// `src/apis/<tag>.rs`: per operation, its method in an `impl Client` block of its own, then
/// its error enum and the types it needs; the operations are built and printed on all cores.
pub fn api_file(api: &Api, tag: &Tag, ops: &[&Operation], file: &str) -> Result<String, String> {
    let heading = format!("Operations of the `{}` API.", tag.name);
    let module_doc = inner_doc_attrs(&[Some(&heading), tag.description.as_deref()]);
    let heading = print_file(
        quote! {
            #module_doc

            #[allow(unused_imports)]
            use crate::runtime::{Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style, UnexpectedResponse};
        },
        file,
    )?;
    let operations = print_each(ops, file, |op| {
        let method = method(api, op);
        let params = setters(op, &call_args(api, op, ModelPath::Crate));
        let types = op_types(api, op);
        quote! {
            impl Client {
                #method
            }

            #params
            #types
        }
    })?;
    Ok(join_sections([heading, operations]))
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

/// An operation's method, and its streaming twin when its success body is raw bytes. The
/// method takes the required parameters and returns the operation's `Call`, which builds the
/// request from all parameters when awaited.
fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let args = call_args(api, op, ModelPath::Crate);
    let required: Vec<&CallArg> = args.iter().filter(|a| a.required).collect();
    let arg_docs: Vec<String> = required.iter().map(|a| arg_doc(op, a)).collect();
    let signature_args = required.iter().map(|a| {
        let (n, t) = (&a.name, &a.ty);
        quote! { #n: #t }
    });
    let (generics, receiver) = receiver(&args);
    let lifetime = call_lifetime(&args);
    let params_ty = params_type(op, &args);
    let request = RequestCode::new(api, op, &args);
    let operation_const = operation_const(api, op);
    let error_enum = error_enum_ident(op);
    let (return_ty, success_arms) = success_arms(api, op);
    let error_arms = error_arms(op);
    let docs = method_docs(op, &arg_docs, args.len() > required.len());
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    // The streaming twin calls the deprecated method.
    let allow_deprecated = op.deprecated.then(|| quote! { #[allow(deprecated)] });
    let params = request.params_value();
    let build = request.build_fn();
    let stream_method = stream_method_name(api, op).map(|stream_name| {
        let stream_ident = ident(&stream_name);
        let doc = format!(
            " [`Client::{}`], with the body of a successful response streamed as it arrives \
             instead of read into memory first.",
            op.rust_name
        );
        let names = required.iter().map(|a| &a.name);
        let signature_args = required.iter().map(|a| {
            let (n, t) = (&a.name, &a.ty);
            quote! { #n: #t }
        });
        quote! {
            #[doc = #doc]
            #deprecated
            #allow_deprecated
            #[allow(clippy::match_single_binding)]
            pub fn #stream_ident #generics(#receiver, #(#signature_args),*) -> Call<#lifetime, #params_ty, crate::runtime::ByteStream, #error_enum> {
                self.#name(#(#names),*).streamed(|received| match received.status.as_u16() {
                    #error_arms
                })
            }
        }
    });
    quote! {
        #docs
        #deprecated
        pub fn #name #generics(#receiver, #(#signature_args),*) -> Call<#lifetime, #params_ty, #return_ty, #error_enum> {
            #operation_const
            Call::new(self, &OPERATION, #params, #build, |received| match received.status.as_u16() {
                #success_arms
                #error_arms
            })
        }

        #stream_method
    }
}

/// The struct of an operation's parameters (none when it has no parameters), and a method on
/// its `Call` for each optional one.
fn setters(op: &Operation, args: &[CallArg]) -> TokenStream {
    if args.is_empty() {
        return quote! {};
    }
    let fields = args.iter().map(|a| {
        let (n, t) = (&a.name, &a.field_ty);
        quote! { #n: #t, }
    });
    let doc = format!(
        " The parameters of [`Client::{}`], kept in its [`Call`] until it is awaited.",
        op.rust_name
    );
    let optional: Vec<TokenStream> = args
        .iter()
        .filter(|a| !a.required)
        .map(|a| {
            let (n, t) = (&a.name, &a.ty);
            let doc = doc_attrs(&[Some(&arg_doc(op, a))]);
            quote! {
                #doc
                pub fn #n(mut self, #n: #t) -> Self {
                    self.params.#n = Some(#n);
                    self
                }
            }
        })
        .collect();
    let params_ty = params_type_with(op, args, quote! { 'a });
    let setters = (!optional.is_empty()).then(|| {
        if holds_references(args) {
            quote! {
                impl<'a, T, E> Call<'a, #params_ty, T, E> {
                    #(#optional)*
                }
            }
        } else {
            quote! {
                impl<T, E> Call<'_, #params_ty, T, E> {
                    #(#optional)*
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub struct #params_ty {
            #(#fields)*
        }

        #setters
    }
}

/// The variables of a generated method, renamed when a parameter has the name.
struct Locals {
    client: Ident,
    params: Ident,
    request: Ident,
    path: Ident,
    query: Ident,
    cookies: Ident,
}

/// The statements of a method that build its request: the path, then query, headers, cookies
/// and body, each parameter encoded as its location and style say.
struct RequestCode<'a> {
    api: &'a Api,
    op: &'a Operation,
    args: &'a [CallArg<'a>],
    /// Every parameter, in call order.
    params: Vec<&'a Param>,
    locals: Locals,
}

impl<'a> RequestCode<'a> {
    fn new(api: &'a Api, op: &'a Operation, args: &'a [CallArg<'a>]) -> Self {
        let (first, rest) = ordered_params(op);
        let mut code = RequestCode {
            api,
            op,
            args,
            params: first.into_iter().chain(rest).collect(),
            locals: Locals {
                client: ident("client"),
                params: ident("params"),
                request: ident("request"),
                path: ident("path"),
                query: ident("query"),
                cookies: ident("cookies"),
            },
        };
        code.locals = Locals {
            client: code.local("client"),
            params: code.local("params"),
            request: code.local("request"),
            path: code.local("path"),
            query: code.local("query"),
            cookies: code.local("cookies"),
        };
        code
    }

    /// `name`, with `_` appended while a parameter has it.
    fn local(&self, name: &str) -> Ident {
        let mut name = name.to_string();
        while self.args.iter().any(|a| a.name == name.as_str()) {
            name.push('_');
        }
        ident(&name)
    }

    /// A parameter's value as a reference: the argument itself when it is taken by reference.
    fn value_ref(&self, p: &Param) -> TokenStream {
        let arg = ident(&p.rust_name);
        let by_ref = self
            .args
            .iter()
            .find(|a| a.name == p.rust_name.as_str())
            .is_some_and(|a| a.by_ref && a.required);
        if by_ref {
            quote! { #arg }
        } else {
            quote! { &#arg }
        }
    }

    fn located(&self, location: ParamLocation) -> impl Iterator<Item = &'a Param> + '_ {
        self.params
            .iter()
            .copied()
            .filter(move |p| p.location == location)
    }

    /// The parameters as the call keeps them: the method's arguments, optional ones unset.
    fn params_value(&self) -> TokenStream {
        if self.args.is_empty() {
            return quote! { () };
        }
        let name = params_ident(self.op);
        let fields = self.args.iter().map(|a| {
            let n = &a.name;
            if a.required {
                quote! { #n }
            } else {
                quote! { #n: None }
            }
        });
        quote! { #name { #(#fields),* } }
    }

    /// The function that builds the request from the client and the parameters, when the
    /// call is awaited.
    fn build_fn(&self) -> TokenStream {
        let Locals {
            client,
            params,
            request,
            ..
        } = &self.locals;
        let statements = self.build();
        let unpack = (!self.args.is_empty()).then(|| {
            let name = params_ident(self.op);
            let names = self.args.iter().map(|a| &a.name);
            quote! { let #name { #(#names),* } = #params; }
        });
        let params = if self.args.is_empty() {
            quote! { _ }
        } else {
            quote! { #params }
        };
        quote! {
            |#client, #params| {
                #unpack
                #statements
                Ok(#request)
            }
        }
    }

    /// Every statement, in order.
    fn build(&self) -> TokenStream {
        let start = self.start();
        let tokens = self.idempotency_tokens();
        let query = self.query();
        let headers = self.headers();
        let cookies = self.cookies();
        let body = self.body();
        quote! { #start #(#tokens)* #query #(#headers)* #cookies #body }
    }

    /// The request with its method and path, parameters put into the path template.
    fn start(&self) -> TokenStream {
        let Locals {
            client,
            request,
            path,
            ..
        } = &self.locals;
        let mut format = String::new();
        let mut format_args = Vec::new();
        for segment in &self.op.path_segments {
            match segment {
                PathSegment::Literal(text) => {
                    format.push_str(&text.replace('{', "{{").replace('}', "}}"))
                }
                PathSegment::Param(i) => {
                    let Some(p) = self.op.params.get(*i) else {
                        continue;
                    };
                    format.push_str("{}");
                    let value = self.value_ref(p);
                    let wire = Literal::string(&p.name);
                    let style = style_tokens(p.style);
                    let explode = p.explode;
                    format_args.push(
                        quote! { crate::runtime::path_param(#wire, #value, #style, #explode) },
                    );
                }
            }
        }
        let http_method = ident(self.op.method.as_str());
        let changed = self
            .op
            .params
            .iter()
            .any(|p| p.location != ParamLocation::Path)
            || self.op.body.is_some();
        let mutable = changed.then(|| quote! { mut });
        if format_args.is_empty() {
            let lit = Literal::string(&self.op.path);
            return quote! { let #mutable #request = #client.request(&OPERATION, ::reqwest::Method::#http_method, #lit); };
        }
        let lit = Literal::string(&format);
        quote! {
            let #path = format!(#lit, #(#format_args),*);
            let #mutable #request = #client.request(&OPERATION, ::reqwest::Method::#http_method, &#path);
        }
    }

    /// Idempotency tokens the caller left out, made up once, before any retry.
    fn idempotency_tokens(&self) -> Vec<TokenStream> {
        self.params
            .iter()
            .filter(|p| {
                p.idempotency_token
                    && non_null(&self.api.types, &p.ty) == TypeRef::Prim(Primitive::String)
                    && !p.required
            })
            .map(|p| {
                let arg = ident(&p.rust_name);
                let owned = self.local(&format!("{}_generated", p.rust_name));
                quote! {
                    let #owned = #arg.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                    let #arg = Some(#owned.as_str());
                }
            })
            .collect()
    }

    fn query(&self) -> Option<TokenStream> {
        let Locals { request, query, .. } = &self.locals;
        let params: Vec<&Param> = self.located(ParamLocation::Query).collect();
        if params.is_empty() {
            return None;
        }
        let pushes = params.iter().map(|p| {
            let value = self.value_ref(p);
            let wire = Literal::string(&p.name);
            let style = style_tokens(p.style);
            let explode = p.explode;
            quote! { crate::runtime::query_pairs(&mut #query, #wire, #value, #style, #explode); }
        });
        Some(quote! {
            let mut #query = ::std::vec::Vec::new();
            #(#pushes)*
            #request = #request.query(&#query);
        })
    }

    fn headers(&self) -> Vec<TokenStream> {
        let request = &self.locals.request;
        self.located(ParamLocation::Header)
            .map(|p| {
                let arg = ident(&p.rust_name);
                let wire = Literal::string(&p.name);
                if p.required {
                    let value = self.value_ref(p);
                    quote! { #request = #request.header(#wire, crate::runtime::simple_text(#value)); }
                } else {
                    quote! {
                        if let Some(value) = &#arg {
                            #request = #request.header(#wire, crate::runtime::simple_text(value));
                        }
                    }
                }
            })
            .collect()
    }

    fn cookies(&self) -> Option<TokenStream> {
        let Locals {
            request, cookies, ..
        } = &self.locals;
        let params: Vec<&Param> = self.located(ParamLocation::Cookie).collect();
        if params.is_empty() {
            return None;
        }
        let pushes = params.iter().map(|p| {
            let arg = ident(&p.rust_name);
            let wire = Literal::string(&p.name);
            if p.required {
                let value = self.value_ref(p);
                quote! { #cookies.push((#wire.to_string(), crate::runtime::simple_text(#value))); }
            } else {
                quote! {
                    if let Some(value) = &#arg {
                        #cookies.push((#wire.to_string(), crate::runtime::simple_text(value)));
                    }
                }
            }
        });
        Some(quote! {
            let mut #cookies: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
            #(#pushes)*
            #request = crate::runtime::cookies(#request, &#cookies);
        })
    }

    fn body(&self) -> Option<TokenStream> {
        let request = &self.locals.request;
        let b = self.op.body.as_ref()?;
        let media = Literal::string(&b.media_type);
        let attach = match b.kind {
            BodyKind::Json => quote! { #request.json(body) },
            BodyKind::Form => quote! { #request.form(body) },
            // A form that cannot be built fails the call before anything is sent.
            BodyKind::Multipart if !b.parts.is_empty() => quote! {
                #request.multipart(match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return Err(Error::Transport(error)),
                })
            },
            BodyKind::Multipart => quote! { #request.multipart(body) },
            BodyKind::Binary => {
                quote! { #request.header(::reqwest::header::CONTENT_TYPE, #media).body(body) }
            }
            BodyKind::Text => {
                quote! { #request.header(::reqwest::header::CONTENT_TYPE, #media).body(body.to_owned()) }
            }
        };
        Some(if b.required {
            quote! { #request = #attach; }
        } else {
            quote! {
                if let Some(body) = body {
                    #request = #attach;
                }
            }
        })
    }
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
    let method = Literal::string(op.method.as_str());
    let path = Literal::string(&op.path);
    quote! {
        const OPERATION: Operation = Operation {
            id: #id,
            method: #method,
            path: #path,
            idempotent: #idempotent,
            servers: &[#(#servers)*],
            security: &[#(#requirements),*],
        };
    }
}

fn success_arms(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    match success(op) {
        Success::Single(ty, kind) => {
            let ty_tokens = body_type(api, ty, ModelPath::Crate);
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

/// The match arms of the error statuses. A documented error body that does not decode into
/// its type gives `Unknown` with the raw response, never a decode error.
fn error_arms(op: &Operation) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let mut arms = Vec::new();
    let mut has_default = false;
    for r in op.responses.iter().filter(|r| !r.status.is_success()) {
        let variant = ident(&r.variant_name);
        has_default |= r.status == Status::Default;
        let pattern = status_pattern(r.status);
        let with_status = !matches!(r.status, Status::Code(_));
        let value = match (&r.body, with_status) {
            (None, false) => quote! { Err(Error::Status(#error_enum::#variant)) },
            (None, true) => {
                quote! { Err(Error::Status(#error_enum::#variant { status: received.status })) }
            }
            (Some(b), _) => {
                let constructor = if with_status {
                    quote! { |body| #error_enum::#variant { status, body } }
                } else {
                    quote! { #error_enum::#variant }
                };
                let decoded = match b.kind {
                    ResponseKind::Json => {
                        quote! { received.error_json(#constructor, #error_enum::Unknown) }
                    }
                    ResponseKind::Text => {
                        quote! { received.error_text(#constructor, #error_enum::Unknown) }
                    }
                    ResponseKind::Binary => {
                        quote! { Error::Status((#constructor)(received.body)) }
                    }
                };
                if with_status {
                    quote! { { let status = received.status; Err(#decoded) } }
                } else {
                    quote! { Err(#decoded) }
                }
            }
        };
        arms.push(quote! { #pattern => #value, });
    }
    if !has_default {
        arms.push(quote! { _ => Err(Error::Status(#error_enum::Unknown(received.unexpected()))), });
    }
    quote! { #(#arms)* }
}

/// `Display` and `Error` for an operation's error enum: the operation, the status and the
/// body's own message on one line.
fn error_display(op: &Operation) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let id = Literal::string(&op.id);
    let arms = op
        .responses
        .iter()
        .filter(|r| !r.status.is_success())
        .map(|r| {
            let variant = ident(&r.variant_name);
            let message = if r.body.is_some() {
                quote! { crate::runtime::message_of(body) }
            } else {
                quote! { None }
            };
            match (r.status, &r.body) {
                (Status::Code(code), Some(_)) => {
                    let code = Literal::u16_unsuffixed(code);
                    quote! { Self::#variant(body) => (#code, #message), }
                }
                (Status::Code(code), None) => {
                    let code = Literal::u16_unsuffixed(code);
                    quote! { Self::#variant => (#code, None), }
                }
                (_, Some(_)) => {
                    quote! { Self::#variant { status, body } => (status.as_u16(), #message), }
                }
                (_, None) => quote! { Self::#variant { status } => (status.as_u16(), None), },
            }
        });
    let arms: Vec<TokenStream> = arms.collect();
    let body = if arms.is_empty() {
        quote! { match self { Self::Unknown(response) => ::std::fmt::Display::fmt(response, f) } }
    } else {
        quote! {
            let (status, message) = match self {
                #(#arms)*
                Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
            };
            crate::runtime::write_status(f, #id, status, message)
        }
    };
    quote! {
        impl ::std::fmt::Display for #error_enum {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #body
            }
        }

        impl ::std::error::Error for #error_enum {}
    }
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

/// The doc line of a parameter (of the method, or of its setter).
fn arg_doc(op: &Operation, a: &CallArg) -> String {
    match a.of {
        ArgOf::Param(p) => param_doc(p),
        ArgOf::Body(_) => body_doc(op),
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
            " (an idempotency token: when not set, a random UUID is sent, the same on every retry)",
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

fn method_docs(op: &Operation, arg_docs: &[String], has_optional: bool) -> TokenStream {
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
    let optional = has_optional.then(|| {
        format!(
            "The optional parameters are set on the returned [`Call`] before it is awaited \
             (see [`{}`]).",
            params_ident(op)
        )
    });
    doc_attrs(&[
        op.summary.as_deref(),
        op.description.as_deref(),
        Some(&request),
        args.as_deref(),
        optional.as_deref(),
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
        let body = r
            .body
            .as_ref()
            .map(|b| body_type(api, Some(&b.ty), ModelPath::Crate));
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
                        let t = body_type(api, Some(&b.ty), ModelPath::Crate);
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
    let display = error_display(op);
    quote! {
        #form

        #[doc = #error_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #error_enum {
            #(#variants)*
            /// A status the spec does not document for this operation, or a documented one
            /// whose body is not its documented type (the response says why).
            Unknown(UnexpectedResponse),
        }

        #display

        #response_enum
    }
}

/// The parts of a multipart body as a struct (see [`shape::form_struct`]), and `into_form`,
/// which turns it into the form the request sends.
fn form_struct(api: &Api, op: &Operation, body: &crate::ir::Body) -> TokenStream {
    let name = form_ident(op);
    let declaration = shape::form_struct(api, op, body);
    let adds = shape::form_fields(body).into_iter().map(|f| {
        let (field, wire) = (&f.field, &f.wire);
        let add = match &f.part.kind {
            PartKind::File => quote! { form = crate::runtime::file_part(form, #wire, value)?; },
            PartKind::Files => quote! {
                for file in value {
                    form = crate::runtime::file_part(form, #wire, file)?;
                }
            },
            PartKind::Value(ty) => {
                let list = part_is_list(&api.types, ty);
                quote! { form = crate::runtime::value_part(form, #wire, &value, #list); }
            }
        };
        if f.part.required {
            quote! { let value = self.#field; #add }
        } else {
            quote! {
                if let Some(value) = self.#field {
                    #add
                }
            }
        }
    });
    quote! {
        #declaration

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
