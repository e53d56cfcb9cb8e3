//! `src/apis/<tag>.rs`: one method per operation, its parameters struct with a setter per
//! optional parameter, and its docs. The request the method builds is written by
//! [`super::request`], what it does with the response (and the error and response enums) by
//! [`super::responses`].

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::request::RequestCode;
use super::responses::{error_arms, op_types, success_arms};
use crate::emit::rust::{doc_attrs, ident, inner_doc_attrs, ModelPath};
use crate::emit::shape::{
    call_args, call_lifetime, error_enum_ident, form_ident, holds_references, params_ident,
    params_type, params_type_with, receiver, stream_method_name, ArgOf, CallArg,
};
use crate::format::{join_sections, print_each, print_file};
use crate::ir::{Api, BodyKind, Operation, Param, Tag};

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

/// An operation's method, and its streaming twin when its success body is raw bytes. The
/// method takes the required parameters and returns the operation's `Call`, which builds the
/// request from all parameters when awaited.
fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let args = call_args(api, op, ModelPath::Crate);
    let required: Vec<&CallArg> = args.iter().filter(|a| a.required).collect();
    let arg_docs: Vec<String> = required.iter().map(|a| arg_doc(op, a)).collect();
    let signature_args: Vec<TokenStream> = required
        .iter()
        .map(|a| {
            let (n, t) = (&a.name, &a.ty);
            quote! { #n: #t }
        })
        .collect();
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
        quote! {
            impl<'a, T, E> Call<'a, #params_ty, T, E> {
                #(#optional)*
            }
        }
    });
    let marker = (!holds_references(args)).then(|| {
        quote! { _lifetime: ::std::marker::PhantomData<&'a ()>, }
    });
    quote! {
        #[doc = #doc]
        pub struct #params_ty {
            #(#fields)*
            #marker
        }

        #setters
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
