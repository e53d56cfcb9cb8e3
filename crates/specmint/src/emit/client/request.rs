//! The code of a method that builds its request: the path, query, headers, cookies and body,
//! each parameter encoded as its location and style say, and a multipart body's form struct.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::rust::{ident, non_null};
use crate::emit::shape::{
    self, form_ident, holds_references, ordered_params, params_ident, part_is_list, CallArg,
};
use crate::ir::{
    Api, BodyKind, Operation, Param, ParamLocation, ParamStyle, PartKind, PathSegment, Primitive,
    TypeRef,
};

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
pub(super) struct RequestCode<'a> {
    api: &'a Api,
    op: &'a Operation,
    args: &'a [CallArg<'a>],
    /// Every parameter, in call order.
    params: Vec<&'a Param>,
    locals: Locals,
}

impl<'a> RequestCode<'a> {
    pub(super) fn new(api: &'a Api, op: &'a Operation, args: &'a [CallArg<'a>]) -> Self {
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
    pub(super) fn params_value(&self) -> TokenStream {
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
        let marker = (!holds_references(self.args))
            .then(|| quote! { , _lifetime: ::std::marker::PhantomData });
        quote! { #name { #(#fields),* #marker } }
    }

    /// The function that builds the request from the client and the parameters, when the
    /// call is awaited.
    pub(super) fn build_fn(&self) -> TokenStream {
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
            let rest = (!holds_references(self.args)).then(|| quote! { , .. });
            quote! { let #name { #(#names),* #rest } = #params; }
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

/// The parts of a multipart body as a struct (see [`shape::form_struct`]), and `into_form`,
/// which turns it into the form the request sends.
pub(super) fn form_struct(api: &Api, op: &Operation, body: &crate::ir::Body) -> TokenStream {
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
