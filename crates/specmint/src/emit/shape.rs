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

fn param_arg(api: &Api, p: &Param, at: ModelPath) -> Arg {
    let base = non_null(&api.types, &p.ty);
    let name = ident(&p.rust_name);
    let (inner, by_ref) = match &base {
        TypeRef::Prim(Primitive::String) => (quote! { &str }, true),
        t if is_copy(api.types.resolve_alias(t)) => (type_tokens(&api.types, t, at), false),
        TypeRef::List(item) => {
            let item = type_tokens(&api.types, item, at);
            (quote! { &[#item] }, true)
        }
        t => {
            let t = type_tokens(&api.types, t, at);
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
            ty: option_of(inner, at),
            by_ref: false,
        }
    }
}

fn body_arg(api: &Api, op: &Operation, at: ModelPath) -> Option<(Arg, bool)> {
    let body = op.body.as_ref()?;
    let (inner, by_ref) = match body.kind {
        BodyKind::Json | BodyKind::Form => {
            let t = type_tokens(&api.types, &non_null(&api.types, &body.ty), at);
            (quote! { &#t }, true)
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
        BodyKind::Text => (quote! { &str }, true),
    };
    let ty = if body.required {
        inner
    } else {
        option_of(inner, at)
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
pub fn call_args<'a>(api: &Api, op: &'a Operation, at: ModelPath) -> Vec<CallArg<'a>> {
    let (first, rest) = ordered_params(op);
    let param = |p: &'a Param| {
        let a = param_arg(api, p, at);
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
        .zip(body_arg(api, op, at))
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

/// The method's return type: the runtime's `Call` (a boxed future) of the success type and the
/// error enum.
pub fn return_type(api: &Api, op: &Operation, at: ModelPath) -> TokenStream {
    let error_enum = error_enum_ident(op);
    let success = success_type(api, op, at);
    quote! { Call<'_, #success, #error_enum> }
}

/// The method's signature as the docs show it: `pub fn x(&self, ...) -> Call<...>`, with the
/// paths a reader of the docs uses.
pub fn signature_text(api: &Api, op: &Operation) -> String {
    let name = ident(&op.rust_name);
    let args = call_args(api, op, ModelPath::Docs);
    let args = args.iter().map(|a| {
        let (n, t) = (&a.name, &a.ty);
        quote! { #n: #t }
    });
    let ret = return_type(api, op, ModelPath::Docs);
    let tokens = quote! { impl Client { pub fn #name(&self, #(#args),*) -> #ret {} } };
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
