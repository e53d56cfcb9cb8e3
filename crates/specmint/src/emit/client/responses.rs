//! What a method does with a response: success statuses decoded into the success type, error
//! statuses into the operation's error enum (with its `Display`), and the enums themselves.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::request::form_struct;
use crate::emit::rust::{doc_attrs, ident, ModelPath};
use crate::emit::shape::{body_type, error_enum_ident, response_enum_ident, success, Success};
use crate::ir::{Api, BodyKind, Operation, Response, ResponseKind, Status};

/// Decodes the received body of a response into its type.
fn decode(kind: Option<ResponseKind>) -> TokenStream {
    match kind {
        Some(ResponseKind::Json) => quote! { received.json()? },
        Some(ResponseKind::Text) => quote! { received.text()? },
        Some(ResponseKind::Binary) => quote! { received.body.clone() },
        None => quote! { () },
    }
}

pub(super) fn success_arms(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
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
pub(super) fn error_arms(op: &Operation) -> TokenStream {
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

/// The operation's error enum and, when needed, its response enum.
pub(super) fn op_types(api: &Api, op: &Operation) -> TokenStream {
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
                #[non_exhaustive]
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
        #[non_exhaustive]
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
