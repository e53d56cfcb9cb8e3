//! What the client, the server and the docs all say about an operation: its arguments in call
//! order, its success type, its signature as the docs show it, and its multipart form struct.
//! Each emitter writes its own code around these shapes; none reaches into another emitter.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::rust::{
    doc_attrs, ident, non_null, option_of, primitive_tokens, type_tokens, ModelPath,
};
use crate::format::print_file;
use crate::ir::{
    Api, Body, BodyKind, Operation, Param, ParamLocation, Part, PartKind, PathSegment, Primitive,
    Response, ResponseKind, Status, TypeRef, TypeSpace,
};

/// How an argument is passed: by reference (`&'a str`, `&'a T`) or by value. References
/// carry the call's lifetime `'a`: the call keeps them until it is awaited.
struct Arg {
    name: proc_macro2::Ident,
    /// The value's type, without `Option`.
    inner: TokenStream,
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

fn param_arg(api: &Api, p: &Param, at: ModelPath) -> Arg {
    let base = non_null(&api.types, &p.ty);
    let name = ident(&p.rust_name);
    let (inner, by_ref) = match &base {
        TypeRef::Prim(Primitive::String) => (quote! { &'a str }, true),
        t if is_copy(api.types.resolve_alias(t)) => (type_tokens(&api.types, t, at), false),
        TypeRef::List(item) => {
            let item = type_tokens(&api.types, item, at);
            (quote! { &'a [#item] }, true)
        }
        t => {
            let t = type_tokens(&api.types, t, at);
            (quote! { &'a #t }, true)
        }
    };
    Arg {
        name,
        inner,
        by_ref,
    }
}

fn body_arg(api: &Api, op: &Operation, at: ModelPath) -> Option<Arg> {
    let body = op.body.as_ref()?;
    let (inner, by_ref) = match body.kind {
        BodyKind::Json | BodyKind::Form => {
            let t = type_tokens(&api.types, &non_null(&api.types, &body.ty), at);
            (quote! { &'a #t }, true)
        }
        BodyKind::Multipart if !body.parts.is_empty() => {
            let form = form_ident(op);
            (quote! { #form }, false)
        }
        BodyKind::Multipart if at == ModelPath::Docs => {
            (quote! { reqwest::multipart::Form }, false)
        }
        BodyKind::Multipart => (quote! { ::reqwest::multipart::Form }, false),
        BodyKind::Binary => (primitive_tokens(Primitive::Bytes, at), false),
        BodyKind::Text => (quote! { &'a str }, true),
    };
    Some(Arg {
        name: format_ident!("body"),
        inner,
        by_ref,
    })
}

/// Arguments in call order: path parameters in path order, other required parameters, the
/// body, then optional parameters.
pub fn ordered_params(op: &Operation) -> (Vec<&Param>, Vec<&Param>) {
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

pub fn response_enum_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Response", op.type_name))
}

pub fn error_enum_ident(op: &Operation) -> proc_macro2::Ident {
    ident(&format!("{}Error", op.type_name))
}

pub fn body_type(api: &Api, ty: Option<&TypeRef>, at: ModelPath) -> TokenStream {
    match ty {
        Some(ty) => type_tokens(&api.types, ty, at),
        None => quote! { () },
    }
}

/// What an argument of a generated method stands for.
pub enum ArgOf<'a> {
    Param(&'a Param),
    Body(&'a crate::ir::Body),
}

/// One parameter of an operation's call, in call order: the required ones are the method's
/// arguments, the optional ones are set on the returned call by a method of their name.
pub struct CallArg<'a> {
    pub of: ArgOf<'a>,
    pub name: proc_macro2::Ident,
    /// The type the method or setter takes.
    pub ty: TokenStream,
    /// The type of the call's field: `ty`, in an `Option` when the parameter is optional.
    pub field_ty: TokenStream,
    /// Whether the value is a reference (`&'a ...`), so that the parameters carry `'a`.
    pub by_ref: bool,
    pub required: bool,
}

/// The parameters of an operation's call: path parameters in path order, other required
/// parameters, a required body, optional parameters, then an optional body.
pub fn call_args<'a>(api: &Api, op: &'a Operation, at: ModelPath) -> Vec<CallArg<'a>> {
    let (first, rest) = ordered_params(op);
    let arg = |of: ArgOf<'a>, a: Arg, required: bool| CallArg {
        of,
        name: a.name,
        field_ty: if required {
            a.inner.clone()
        } else {
            option_of(a.inner.clone(), at)
        },
        ty: a.inner,
        by_ref: a.by_ref,
        required,
    };
    let param = |p: &'a Param| arg(ArgOf::Param(p), param_arg(api, p, at), p.required);
    let body = op
        .body
        .as_ref()
        .zip(body_arg(api, op, at))
        .map(|(b, a)| arg(ArgOf::Body(b), a, b.required));
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

/// The struct holding an operation's parameters inside its call.
pub fn params_ident(op: &Operation) -> Ident {
    ident(&format!("{}Params", op.type_name))
}

/// The type of an operation's parameters inside its call, as its method returns it: `()`
/// without any, its params struct otherwise, with the call's lifetime when it holds
/// references.
pub fn params_type(op: &Operation, args: &[CallArg<'_>]) -> TokenStream {
    params_type_with(op, args, call_lifetime(args))
}

/// The params struct with the lifetime `lifetime` when it holds references.
pub fn params_type_with(
    op: &Operation,
    args: &[CallArg<'_>],
    lifetime: TokenStream,
) -> TokenStream {
    if args.is_empty() {
        return quote! { () };
    }
    let name = params_ident(op);
    quote! { #name<#lifetime> }
}

/// Whether the parameters hold references (`&'a ...`). Their struct carries `'a` either way
/// (marked with a `PhantomData` when nothing uses it), so that a new optional string parameter
/// does not change the struct's generics, which would break code that names the type.
pub fn holds_references(args: &[CallArg<'_>]) -> bool {
    args.iter().any(|a| a.by_ref)
}

/// The type of the value an operation's method gives on success.
fn success_type(api: &Api, op: &Operation, at: ModelPath) -> TokenStream {
    match success(op) {
        Success::Single(ty, _) => body_type(api, ty, at),
        Success::Enum(_) => {
            let name = response_enum_ident(op);
            quote! { #name }
        }
        Success::Undocumented => primitive_tokens(Primitive::Bytes, at),
    }
}

/// The method's return type: the runtime's `Call` of the parameters, the success type and
/// the error enum.
pub fn return_type(api: &Api, op: &Operation, args: &[CallArg<'_>], at: ModelPath) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let success = success_type(api, op, at);
    let params = params_type(op, args);
    let lifetime = call_lifetime(args);
    quote! { Call<#lifetime, #params, #success, #error_enum> }
}

/// Whether the method takes references: then it names their lifetime, `'a`, which the call
/// keeps; else the call's lifetime is the client's borrow, `'_`.
pub fn borrows(args: &[CallArg<'_>]) -> bool {
    args.iter().any(|a| a.by_ref && a.required)
}

/// The lifetime of an operation's `Call` in its method's signature.
pub fn call_lifetime(args: &[CallArg<'_>]) -> TokenStream {
    if borrows(args) {
        quote! { 'a }
    } else {
        quote! { '_ }
    }
}

/// The method's generics and receiver: `<'a>` and `&'a self` when it takes references.
pub fn receiver(args: &[CallArg<'_>]) -> (TokenStream, TokenStream) {
    if borrows(args) {
        (quote! { <'a> }, quote! { &'a self })
    } else {
        (quote! {}, quote! { &self })
    }
}

/// The method's signature as the docs show it: `pub fn x(&self, ...) -> Call<...>` (required
/// parameters only), with the paths a reader of the docs uses.
pub fn signature_text(api: &Api, op: &Operation) -> String {
    let name = ident(&op.rust_name);
    let args = call_args(api, op, ModelPath::Docs);
    let ret = return_type(api, op, &args, ModelPath::Docs);
    let required = args.iter().filter(|a| a.required).map(|a| {
        let (n, t) = (&a.name, &a.ty);
        quote! { #n: #t }
    });
    let (generics, receiver) = receiver(&args);
    let tokens =
        quote! { impl Client { pub fn #name #generics(#receiver, #(#required),*) -> #ret {} } };
    let printed = print_file(tokens, "signature").unwrap_or_default();
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
    text.join("\n")
}

/// The name of the method that streams an operation's raw-bytes success body, when it has one
/// and the name is free.
pub fn stream_method_name(api: &Api, op: &Operation) -> Option<String> {
    let name = format!("{}_stream", op.rust_name);
    let binary = matches!(success(op), Success::Single(_, Some(ResponseKind::Binary)));
    (binary && !api.operations.iter().any(|o| o.rust_name == name)).then_some(name)
}

/// The struct holding the parts of an operation's multipart body, in client and server.
pub fn form_ident(op: &Operation) -> Ident {
    ident(&format!("{}Form", op.type_name))
}

/// Whether a multipart value part is a list, sent as one part per item.
pub fn part_is_list(types: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(types.resolve_alias(&non_null(types, ty)), TypeRef::List(_))
}

/// One part of a multipart form struct.
pub struct FormField<'a> {
    pub part: &'a Part,
    /// The struct's field.
    pub field: Ident,
    /// The part's name on the wire.
    pub wire: Literal,
}

/// The parts of a multipart body, as the fields of its form struct.
pub fn form_fields(body: &Body) -> Vec<FormField<'_>> {
    body.parts
        .iter()
        .map(|part| FormField {
            part,
            field: ident(&part.rust_name),
            wire: Literal::string(&part.name),
        })
        .collect()
}

/// The form struct of an operation's multipart body, as both crates declare it: one field per
/// part, files as the runtime's `FilePart`, values in their types, optional parts as `Option`s.
pub fn form_struct(api: &Api, op: &Operation, body: &Body) -> TokenStream {
    let name = form_ident(op);
    let doc = format!(
        " The parts of a `{} {}` multipart body.",
        op.method.as_str(),
        op.path
    );
    let fields = form_fields(body).into_iter().map(|f| {
        let ty = match &f.part.kind {
            PartKind::File => quote! { crate::runtime::FilePart },
            PartKind::Files => quote! { ::std::vec::Vec<crate::runtime::FilePart> },
            PartKind::Value(ty) => {
                type_tokens(&api.types, &non_null(&api.types, ty), ModelPath::Crate)
            }
        };
        let (ty, presence) = if f.part.required {
            (ty, "")
        } else {
            (option_of(ty, ModelPath::Crate), " (`None` when left out)")
        };
        let doc = doc_attrs(&[
            Some(&format!("Part `{}`{presence}.", f.part.name)),
            f.part.description.as_deref(),
        ]);
        let field = f.field;
        quote! { #doc pub #field: #ty, }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }
    }
}
