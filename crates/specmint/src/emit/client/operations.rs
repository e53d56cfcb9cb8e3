//! `src/apis/<tag>.rs`: one async method per operation, with its error enum and, where an
//! operation has several kinds of success, its response enum.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{doc_attrs, ident, inner_doc_attrs, non_null, ModelPath};
use crate::emit::shape::{
    self, body_type, call_args, error_enum_ident, form_ident, ordered_params, part_is_list,
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
        let types = op_types(api, op);
        quote! {
            impl Client {
                #method
            }

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

/// An operation's method, and its streaming twin when its success body is raw bytes.
fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let args = call_args(api, op, ModelPath::Crate);
    let arg_docs: Vec<String> = args
        .iter()
        .map(|a| match a.of {
            ArgOf::Param(p) => param_doc(p),
            ArgOf::Body(_) => body_doc(op),
        })
        .collect();
    let signature_args: Vec<TokenStream> = args
        .iter()
        .map(|a| {
            let (n, t) = (&a.name, &a.ty);
            quote! { #n: #t }
        })
        .collect();
    let too_many = (args.len() > 6).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    let request = RequestCode::new(api, op, &args);
    let build = request.build();
    let request_id = &request.locals.request;
    let operation_const = operation_const(api, op);
    let error_enum = error_enum_ident(op);
    let (return_ty, success_arms) = success_arms(api, op);
    let error_arms = error_arms(op);
    let docs = method_docs(op, &arg_docs);
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
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
                #build
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
            #build
            self.call(&OPERATION, #request_id, |received| match received.status.as_u16() {
                #success_arms
                #error_arms
            })
        }

        #stream_method
    }
}

/// The variables of a generated method, renamed when a parameter has the name.
struct Locals {
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
                request: ident("request"),
                path: ident("path"),
                query: ident("query"),
                cookies: ident("cookies"),
            },
        };
        code.locals = Locals {
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
            .is_some_and(|a| a.by_ref);
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
        let Locals { request, path, .. } = &self.locals;
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
            return quote! { let #mutable #request = self.request(&OPERATION, ::reqwest::Method::#http_method, #lit); };
        }
        let lit = Literal::string(&format);
        quote! {
            let #path = format!(#lit, #(#format_args),*);
            let #mutable #request = self.request(&OPERATION, ::reqwest::Method::#http_method, &#path);
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
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
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
