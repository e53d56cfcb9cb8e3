//! Markdown docs: the client's README, one page per API (tag) and one page per model, rendered
//! with minijinja from plain view models built from the IR.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::emit::shape::{
    call_args, form_ident, part_is_list, signature_text, success, ArgOf, Success,
};
use crate::emit::templates::Templates;
use crate::ir::{
    Api, ApiKeyLocation, BodyKind, Operation, PartKind, Primitive, SecuritySchemeKind, Status,
    TypeDef, TypeKind, TypeRef,
};
use crate::output::FileSet;

/// Where things are, relative to each other.
pub struct DocsOptions {
    pub crate_name: String,
    pub version: String,
    pub spec_file: String,
    pub install_path: String,
    /// Whether the docs pages are written (the README links to them only then).
    pub pages: bool,
}

/// Path of an API page inside `docs/`.
fn api_file(tag_type: &str) -> String {
    format!("apis/{tag_type}Api.md")
}

/// Path of a model page inside `docs/`.
fn model_file(name: &str) -> String {
    format!("models/{name}.md")
}

/// A GitHub-style heading anchor: lower case, punctuation dropped, spaces to dashes.
pub fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Text for a markdown table cell: one line, pipes escaped.
fn cell(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("<br>").replace('|', "\\|")
}

/// A type in markdown, linking named types to their model pages under `models_dir`.
fn type_md(api: &Api, ty: &TypeRef, models_dir: &str) -> String {
    match ty {
        TypeRef::Named(id) => {
            let name = &api.types.get(*id).name;
            format!("[{name}]({models_dir}{name}.md)")
        }
        TypeRef::Prim(p) => match p {
            Primitive::String => "String",
            Primitive::Bool => "bool",
            Primitive::I32 => "i32",
            Primitive::I64 => "i64",
            Primitive::F32 => "f32",
            Primitive::F64 => "f64",
            Primitive::Date => "chrono::NaiveDate",
            Primitive::DateTime => "chrono::DateTime\\<Utc\\>",
            Primitive::Uuid => "uuid::Uuid",
            Primitive::Bytes => "Vec\\<u8\\>",
            Primitive::Any => "serde_json::Value",
            Primitive::Unit => "()",
        }
        .to_string(),
        TypeRef::List(inner) => format!("Vec\\<{}\\>", type_md(api, inner, models_dir)),
        TypeRef::Map(inner) => format!("BTreeMap\\<String, {}\\>", type_md(api, inner, models_dir)),
        TypeRef::Nullable(inner) => {
            if api.types.is_nullable(inner) {
                type_md(api, inner, models_dir)
            } else {
                format!("Option\\<{}\\>", type_md(api, inner, models_dir))
            }
        }
    }
}

/// The allowed values of a type, when it is a string enum.
fn enum_values(api: &Api, ty: &TypeRef) -> Option<String> {
    let mut ty = api.types.resolve_alias(ty);
    while let TypeRef::Nullable(inner) | TypeRef::List(inner) = ty {
        ty = api.types.resolve_alias(inner);
    }
    match ty {
        TypeRef::Named(id) => match &api.types.get(*id).kind {
            TypeKind::Enum { variants, .. } => Some(
                variants
                    .iter()
                    .map(|v| format!("`{}`", v.value))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Serialize)]
struct SchemeView {
    name: String,
    anchor: String,
    kind: String,
    how: String,
    description: String,
}

#[derive(Serialize)]
struct ParamView {
    name: String,
    ty: String,
    description: String,
    required: bool,
    notes: String,
}

#[derive(Serialize)]
struct ErrorView {
    status: String,
    variant: String,
    body: String,
    content_type: String,
}

#[derive(Serialize)]
struct ResponseView {
    status: String,
    description: String,
    /// The documented headers, one per line of the cell, or `-`.
    headers: String,
}

#[derive(Serialize)]
struct AuthView {
    name: String,
    link: String,
}

#[derive(Serialize)]
struct OperationView {
    name: String,
    anchor: String,
    id: String,
    method: String,
    path: String,
    summary: String,
    summary_cell: String,
    description: String,
    deprecated: bool,
    signature: String,
    example: String,
    params: Vec<ParamView>,
    /// The returned model's fields, nested, as a markdown list (empty when it is not a model).
    structure: String,
    /// The parts of a typed multipart body, one row per field of its form struct.
    parts: Vec<ParamView>,
    form: String,
    returns: String,
    returns_note: String,
    authorization: Vec<Vec<AuthView>>,
    content_type: String,
    accept: String,
    errors: Vec<ErrorView>,
    error_enum: String,
    responses: Vec<ResponseView>,
    /// The method that streams the body instead, when there is one.
    stream: String,
}

#[derive(Serialize)]
struct ApiView {
    name: String,
    /// The client module holding the API's methods and types.
    module: String,
    title: String,
    file: String,
    description: String,
    operations: Vec<OperationView>,
}

#[derive(Serialize)]
struct FieldView {
    name: String,
    rust_name: String,
    ty: String,
    required: bool,
    description: String,
}

#[derive(Serialize)]
struct ValueView {
    value: String,
    variant: String,
}

#[derive(Serialize)]
struct ModelView {
    name: String,
    file: String,
    original: String,
    kind: String,
    description: String,
    fields: Vec<FieldView>,
    additional: String,
    values: Vec<ValueView>,
    variants: Vec<FieldView>,
    /// The property whose value picks the variant, when every variant has a tag.
    discriminator: String,
    aliased: String,
}

/// Renders the README (for the client crate) and, when `options.pages`, the docs pages.
pub fn emit(
    api: &Api,
    options: &DocsOptions,
    examples: &BTreeMap<String, String>,
    templates: &Templates,
) -> Result<(String, FileSet), String> {
    let crate_ident = options.crate_name.replace('-', "_");
    let schemes = schemes(api);
    // The views of the operations and of the models are built on all cores.
    let (apis, mut models) = rayon::join(
        || apis(api, examples, options.pages),
        || {
            let defs: Vec<&TypeDef> = api.types.iter().map(|(_, def)| def).collect();
            defs.par_iter()
                .map(|def| model(api, def))
                .collect::<Vec<ModelView>>()
        },
    );
    models.sort_by(|a, b| a.name.cmp(&b.name));
    let base_url = crate::emit::examples::example_base_url(api);
    let first_example = api
        .operations
        .iter()
        .find(|op| op.params.is_empty() && op.body.is_none())
        .or(api.operations.first())
        .and_then(|op| examples.get(&op.rust_name).cloned());
    let servers: Vec<BTreeMap<&str, String>> = api
        .servers
        .iter()
        .map(|s| {
            let mut m = BTreeMap::new();
            m.insert("url", s.url.clone());
            m.insert(
                "description",
                cell(s.description.as_deref().unwrap_or_default()),
            );
            m.insert(
                "variables",
                s.variables
                    .iter()
                    .map(|(k, v)| format!("`{k}` (default `{}`)", v.default))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            m
        })
        .collect();
    let context = minijinja::context! {
        crate_name => options.crate_name,
        crate_ident => crate_ident,
        version => options.version,
        title => api.info.title,
        api_version => api.info.version,
        description => api.info.description.as_deref().map(str::trim).unwrap_or_default(),
        spec_file => options.spec_file,
        install_path => options.install_path,
        base_url => base_url,
        servers => servers,
        example => first_example,
        schemes => schemes,
        apis => apis,
        models => models,
        pages => options.pages,
        operation_count => api.operations.len(),
    };
    let templates = templates.renderer()?;
    let readme = templates.render("client/README.md.j2", &context)?;
    // The pages are rendered on all cores, and so are their links checked.
    let (apis_pages, model_pages) = if options.pages {
        rayon::join(
            || {
                FileSet::par_build(&apis, |api_view| {
                    let page = templates.render(
                        "docs/api.md.j2",
                        &minijinja::context! { api => api_view, crate_ident => crate_ident, base_url => base_url },
                    )?;
                    Ok((api_view.file.clone(), page))
                })
            },
            || {
                FileSet::par_build(&models, |m| {
                    let page = templates
                        .render("docs/model.md.j2", &minijinja::context! { model => m })?;
                    Ok((m.file.clone(), page))
                })
            },
        )
    } else {
        (Ok(FileSet::new()), Ok(FileSet::new()))
    };
    let mut files = apis_pages?;
    files.extend(model_pages?);
    // Relative links in the spec's own text point into the vendor's site, not to these pages:
    // such links become their plain text, so that every link left resolves.
    let mut known: BTreeSet<String> = files
        .iter()
        .map(|(path, _)| format!("docs/{path}"))
        .collect();
    known.insert("client/README.md".to_string());
    let readme = unlink_foreign("client/README.md", &readme, &known);
    let pages: Vec<(&str, &str)> = files.iter().collect();
    let checked = FileSet::par_build(&pages, |(path, page)| {
        Ok((
            path.to_string(),
            unlink_foreign(&format!("docs/{path}"), page, &known),
        ))
    })?;
    Ok((readme, checked))
}

/// `text` with every markdown link whose target is neither a URL, an anchor, nor a file in
/// `known` (paths relative to the output directory) replaced by its link text.
fn unlink_foreign(page: &str, text: &str, known: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(mid) = rest.find("](") {
        let head = &rest[..mid];
        let after = &rest[mid + 2..];
        let (Some(close), Some(open)) = (after.find(')'), link_text_start(head)) else {
            out.push_str(&rest[..mid + 2]);
            rest = after;
            continue;
        };
        if resolves(page, &after[..close], known) {
            out.push_str(&rest[..mid + 2]);
            rest = after;
        } else {
            let before = head[..open].strip_suffix('!').unwrap_or(&head[..open]);
            out.push_str(before);
            out.push_str(&head[open + 1..]);
            rest = &after[close + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the `[` opening the link text that ends `head` is.
fn link_text_start(head: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in head.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => return Some(i),
            '[' => depth -= 1,
            '\n' if depth == 0 && head[..i].ends_with('\n') => return None,
            _ => {}
        }
    }
    None
}

/// Whether a link target from `page` leads somewhere: a URL, an anchor, or a known file.
fn resolves(page: &str, target: &str, known: &BTreeSet<String>) -> bool {
    let target = target.split_whitespace().next().unwrap_or_default();
    let target = target.trim_start_matches('<').trim_end_matches('>');
    if target.starts_with('#') || target.contains("://") || target.starts_with("mailto:") {
        return true;
    }
    let path = target.split('#').next().unwrap_or_default();
    if path.is_empty() || path.starts_with('/') {
        return false;
    }
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in path.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                if parts.pop().is_none() {
                    return false;
                }
            }
            other => parts.push(other),
        }
    }
    known.contains(&parts.join("/"))
}

fn schemes(api: &Api) -> Vec<SchemeView> {
    api.security_schemes
        .iter()
        .map(|(name, scheme)| {
            let (kind, how) = match &scheme.kind {
                SecuritySchemeKind::HttpBasic => ("HTTP basic".to_string(), "`.basic_auth(username, password)`".to_string()),
                SecuritySchemeKind::HttpBearer { bearer_format } => (
                    match bearer_format {
                        Some(f) => format!("HTTP bearer ({f})"),
                        None => "HTTP bearer".to_string(),
                    },
                    "`.bearer_token(token)`".to_string(),
                ),
                SecuritySchemeKind::HttpOther { scheme } => (format!("HTTP `{scheme}`"), "`.bearer_token(value)`".to_string()),
                SecuritySchemeKind::ApiKey { name, location } => (
                    format!(
                        "API key in {} `{name}`",
                        match location {
                            ApiKeyLocation::Header => "header",
                            ApiKeyLocation::Query => "query parameter",
                            ApiKeyLocation::Cookie => "cookie",
                        }
                    ),
                    "`.api_key(key)`".to_string(),
                ),
                SecuritySchemeKind::OAuth2 { token_url, .. } => (
                    match token_url {
                        Some(url) => format!("OAuth2 (token URL `{url}`)"),
                        None => "OAuth2".to_string(),
                    },
                    "`.oauth2_client_credentials(ClientCredentials::new(id, secret))`, or `.bearer_token(access_token)`".to_string(),
                ),
                SecuritySchemeKind::OpenIdConnect { url } => {
                    (format!("OpenID Connect (`{url}`)"), "`.bearer_token(access_token)`".to_string())
                }
                SecuritySchemeKind::AwsSigV4 { signing_name, region } => (
                    format!("AWS Signature Version 4 (signing name `{signing_name}`, default region `{region}`)"),
                    "`.aws_credentials(AwsCredentials::new(access_key_id, secret_access_key))` and `.region(region)`; without them, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` and `AWS_REGION` from the environment".to_string(),
                ),
            };
            SchemeView {
                anchor: anchor(name),
                name: name.clone(),
                kind,
                how,
                description: cell(scheme.description.as_deref().unwrap_or_default()),
            }
        })
        .collect()
}

fn apis(api: &Api, examples: &BTreeMap<String, String>, pages: bool) -> Vec<ApiView> {
    api.tags
        .par_iter()
        .filter_map(|tag| {
            let ops: Vec<&Operation> = api
                .operations
                .iter()
                .filter(|op| op.tags.first().map(String::as_str).unwrap_or("default") == tag.name)
                .collect();
            if ops.is_empty() {
                return None;
            }
            Some(ApiView {
                name: tag.name.clone(),
                module: tag.module_name.clone(),
                title: format!("{}Api", tag.type_name),
                file: api_file(&tag.type_name),
                description: tag
                    .description
                    .as_deref()
                    .map(str::trim)
                    .unwrap_or_default()
                    .to_string(),
                operations: ops
                    .par_iter()
                    .map(|op| operation(api, op, examples, pages))
                    .collect(),
            })
        })
        .collect()
}

/// How deep the "Response structure" list follows nested models.
const STRUCTURE_DEPTH: usize = 3;

/// The fields of the model an operation returns, nested models' fields indented below
/// theirs, as a markdown list.
fn response_structure(api: &Api, op: &Operation, models_dir: &str) -> String {
    let Success::Single(Some(ty), _) = success(op) else {
        return String::new();
    };
    let mut lines = Vec::new();
    structure_lines(api, ty, 0, models_dir, &mut Vec::new(), &mut lines);
    lines.join("\n")
}

fn structure_lines(
    api: &Api,
    ty: &TypeRef,
    depth: usize,
    models_dir: &str,
    seen: &mut Vec<crate::ir::TypeId>,
    out: &mut Vec<String>,
) {
    let ty = api.types.resolve_alias(ty);
    let id = match ty {
        TypeRef::Nullable(inner) | TypeRef::List(inner) | TypeRef::Map(inner) => {
            return structure_lines(api, inner, depth, models_dir, seen, out);
        }
        TypeRef::Named(id) => *id,
        TypeRef::Prim(_) => return,
    };
    if depth >= STRUCTURE_DEPTH || seen.contains(&id) {
        return;
    }
    let TypeKind::Struct { fields, .. } = &api.types.get(id).kind else {
        return;
    };
    seen.push(id);
    for f in fields {
        let mut notes = vec![type_md(api, &f.ty, models_dir)];
        if f.is_optional() {
            notes.push("optional".to_string());
        }
        if f.name != f.rust_name {
            notes.push(format!("JSON `{}`", f.name));
        }
        let mut line = format!(
            "{}- `{}` ({})",
            "  ".repeat(depth),
            f.rust_name,
            notes.join(", ")
        );
        if let Some(d) = f
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            line.push_str(": ");
            line.push_str(&d.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        out.push(line);
        structure_lines(api, &f.ty, depth + 1, models_dir, seen, out);
    }
    seen.pop();
}

/// The rows of an operation's "Form parts" table: each part with its field and type.
fn form_parts(api: &Api, op: &Operation, models_dir: &str) -> Vec<ParamView> {
    let Some(body) = op.body.as_ref().filter(|b| b.kind == BodyKind::Multipart) else {
        return Vec::new();
    };
    body.parts
        .iter()
        .map(|part| ParamView {
            name: part.rust_name.clone(),
            ty: match &part.kind {
                PartKind::File => "FilePart".to_string(),
                PartKind::Files => "Vec\\<FilePart\\>".to_string(),
                PartKind::Value(ty) => type_md(api, ty, models_dir),
            },
            description: cell(part.description.as_deref().unwrap_or_default()),
            required: part.required,
            notes: match &part.kind {
                PartKind::File => format!("file part `{}`", part.name),
                PartKind::Files => format!("file part `{}`, once per file", part.name),
                PartKind::Value(ty) if part_is_list(&api.types, ty) => {
                    format!("part `{}`, once per item", part.name)
                }
                PartKind::Value(_) => format!("part `{}`", part.name),
            },
        })
        .collect()
}

/// An operation's section of its API page.
fn operation(
    api: &Api,
    op: &Operation,
    examples: &BTreeMap<String, String>,
    pages: bool,
) -> OperationView {
    let models_dir = if pages { "../models/" } else { "" };
    let error_enum = format!("{}Error", op.type_name);
    let (returns, returns_note) = returns(api, op, models_dir);
    let accept = accepted(op);
    OperationView {
        name: op.rust_name.clone(),
        anchor: anchor(&op.rust_name),
        id: op.id.clone(),
        method: op.method.as_str().to_string(),
        path: op.path.clone(),
        summary: op
            .summary
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_string(),
        summary_cell: cell(op.summary.as_deref().unwrap_or_default()),
        description: op
            .description
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_string(),
        deprecated: op.deprecated,
        signature: signature_text(api, op),
        example: examples.get(&op.rust_name).cloned().unwrap_or_default(),
        params: params(api, op, models_dir),
        parts: form_parts(api, op, models_dir),
        structure: response_structure(api, op, models_dir),
        form: form_ident(op).to_string(),
        returns,
        returns_note,
        authorization: authorization(api, op),
        content_type: op
            .body
            .as_ref()
            .map(|b| b.media_type.clone())
            .unwrap_or_else(|| "Not defined".to_string()),
        accept,
        errors: errors(api, op, &error_enum, models_dir),
        error_enum,
        responses: responses(api, op, models_dir),
        stream: crate::emit::shape::stream_method_name(api, op).unwrap_or_default(),
    }
}

/// The parameters table: each argument of the method, in call order.
fn params(api: &Api, op: &Operation, models_dir: &str) -> Vec<ParamView> {
    call_args(api, op, crate::emit::rust::ModelPath::Crate)
        .iter()
        .map(|arg| match arg.of {
            ArgOf::Param(p) => {
                let mut notes = vec![format!("{} parameter `{}`", p.location.as_str(), p.name)];
                if let Some(values) = enum_values(api, &p.ty) {
                    notes.push(format!("one of {values}"));
                }
                if p.deprecated {
                    notes.push("deprecated".to_string());
                }
                if p.idempotency_token {
                    notes.push("idempotency token: a random UUID when left out".to_string());
                }
                ParamView {
                    name: p.rust_name.clone(),
                    ty: type_md(api, &p.ty, models_dir),
                    description: cell(p.description.as_deref().unwrap_or_default()),
                    required: p.required,
                    notes: notes.join("; "),
                }
            }
            ArgOf::Body(b) => ParamView {
                name: "body".to_string(),
                ty: match b.kind {
                    BodyKind::Multipart if !b.parts.is_empty() => {
                        format!("{} (see Form parts)", form_ident(op))
                    }
                    BodyKind::Multipart => "reqwest::multipart::Form".to_string(),
                    BodyKind::Binary => "Vec\\<u8\\>".to_string(),
                    BodyKind::Text => "&str".to_string(),
                    BodyKind::Json | BodyKind::Form => type_md(api, &b.ty, models_dir),
                },
                description: cell(b.description.as_deref().unwrap_or_default()),
                required: b.required,
                notes: format!("request body, `{}`", b.media_type),
            },
        })
        .collect()
}

/// The return type and a note on it.
fn returns(api: &Api, op: &Operation, models_dir: &str) -> (String, String) {
    match success(op) {
        Success::Single(Some(ty), _) => (type_md(api, ty, models_dir), String::new()),
        Success::Single(None, _) => ("()".to_string(), "(empty response body)".to_string()),
        Success::Enum(responses) => (
            format!("{}Response", op.type_name),
            format!(
                "one variant per success status: {}",
                responses
                    .iter()
                    .map(|r| format!("`{}` ({})", r.variant_name, r.status.label()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        Success::Undocumented => (
            "Vec\\<u8\\>".to_string(),
            "(no success response is documented; the raw body)".to_string(),
        ),
    }
}

/// The errors table: a row per documented error status, then the catch-all.
fn errors(api: &Api, op: &Operation, error_enum: &str, models_dir: &str) -> Vec<ErrorView> {
    let mut errors: Vec<ErrorView> = op
        .responses
        .iter()
        .filter(|r| !r.status.is_success())
        .map(|r| {
            let fields = match (r.status, &r.body) {
                (Status::Code(_), Some(_)) => "(body)",
                (Status::Code(_), None) => "",
                (_, Some(_)) => " { status, body }",
                (_, None) => " { status }",
            };
            ErrorView {
                status: r.status.label(),
                variant: format!("`{error_enum}::{}{fields}`", r.variant_name),
                body: r
                    .body
                    .as_ref()
                    .map(|b| type_md(api, &b.ty, models_dir))
                    .unwrap_or_else(|| "none".to_string()),
                content_type: r
                    .body
                    .as_ref()
                    .map(|b| format!("`{}`", b.media_type))
                    .unwrap_or_else(|| "none".to_string()),
            }
        })
        .collect();
    errors.push(ErrorView {
        status: "any other".to_string(),
        variant: format!("`{error_enum}::Unknown(UnexpectedResponse)`"),
        body: "status, headers and raw body".to_string(),
        content_type: "any".to_string(),
    });
    errors
}

/// The responses table, with each response's headers.
fn responses(api: &Api, op: &Operation, models_dir: &str) -> Vec<ResponseView> {
    op.responses
        .iter()
        .map(|r| {
            let headers: Vec<String> = r
                .headers
                .iter()
                .map(|h| {
                    let required = if h.required { ", required" } else { "" };
                    let about = h
                        .description
                        .as_deref()
                        .map(|d| format!(": {}", cell(d)))
                        .unwrap_or_default();
                    format!(
                        "`{}` ({}{required}){about}",
                        h.name,
                        type_md(api, &h.ty, models_dir)
                    )
                })
                .collect();
            ResponseView {
                status: r.status.label(),
                description: cell(&r.description),
                headers: if headers.is_empty() {
                    "-".to_string()
                } else {
                    headers.join("<br>")
                },
            }
        })
        .collect()
}

/// The schemes the operation accepts, each requirement a list of schemes sent together.
fn authorization(api: &Api, op: &Operation) -> Vec<Vec<AuthView>> {
    op.effective_security(api)
        .iter()
        .map(|r| {
            r.schemes
                .iter()
                .map(|(name, _)| AuthView {
                    name: name.clone(),
                    link: format!("../../client/README.md#{}", anchor(name)),
                })
                .collect()
        })
        .collect()
}

/// The media types of the operation's responses, or "Not defined".
fn accepted(op: &Operation) -> String {
    let mut accept: Vec<String> = op
        .responses
        .iter()
        .filter_map(|r| r.body.as_ref().map(|b| b.media_type.clone()))
        .collect();
    accept.sort();
    accept.dedup();
    if accept.is_empty() {
        "Not defined".to_string()
    } else {
        accept.join(", ")
    }
}

fn model(api: &Api, def: &TypeDef) -> ModelView {
    let mut view = ModelView {
        name: def.name.clone(),
        file: model_file(&def.name),
        original: def.original.clone().unwrap_or_default(),
        kind: String::new(),
        description: [def.title.as_deref(), def.description.as_deref()]
            .iter()
            .flatten()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
        fields: Vec::new(),
        additional: String::new(),
        values: Vec::new(),
        variants: Vec::new(),
        discriminator: String::new(),
        aliased: String::new(),
    };
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            view.kind = "struct".to_string();
            view.fields = fields
                .iter()
                .map(|f| {
                    let mut description = f
                        .description
                        .as_deref()
                        .map(str::trim)
                        .unwrap_or_default()
                        .to_string();
                    let mut notes = Vec::new();
                    if let Some(values) = enum_values(api, &f.ty) {
                        notes.push(format!("One of {values}."));
                    }
                    if f.read_only {
                        notes.push("Read-only.".to_string());
                    }
                    if f.write_only {
                        notes.push("Write-only.".to_string());
                    }
                    if let Some(default) = &f.default {
                        notes.push(format!("Default: `{default}`."));
                    }
                    if !notes.is_empty() {
                        if !description.is_empty() {
                            description.push('\n');
                        }
                        description.push_str(&notes.join(" "));
                    }
                    FieldView {
                        name: f.name.clone(),
                        rust_name: f.rust_name.clone(),
                        ty: type_md(api, &f.ty, ""),
                        required: f.required,
                        description: cell(&description),
                    }
                })
                .collect();
            if let Some(a) = additional {
                view.additional = type_md(api, a, "");
            }
        }
        TypeKind::Enum { variants, .. } => {
            view.kind = "enum".to_string();
            view.values = variants
                .iter()
                .map(|v| ValueView {
                    value: v.value.clone(),
                    variant: v.rust_name.clone(),
                })
                .collect();
        }
        TypeKind::Union {
            variants,
            discriminator,
        } => {
            view.kind = "union".to_string();
            if variants.iter().all(|v| v.tag.is_some()) {
                view.discriminator = discriminator.clone().unwrap_or_default();
            }
            view.variants = variants
                .iter()
                .map(|v| FieldView {
                    name: v.tag.clone().unwrap_or_default(),
                    rust_name: v.rust_name.clone(),
                    ty: type_md(api, &v.ty, ""),
                    required: true,
                    description: String::new(),
                })
                .collect();
        }
        TypeKind::Alias(ty) => {
            view.kind = "alias".to_string();
            view.aliased = type_md(api, ty, "");
        }
        TypeKind::Newtype(ty) => {
            view.kind = "newtype".to_string();
            view.aliased = type_md(api, ty, "");
        }
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_into_the_vendors_site_become_text() {
        let known: BTreeSet<String> = ["docs/models/Flow.md", "client/README.md"]
            .into_iter()
            .map(String::from)
            .collect();
        let page = "docs/apis/FrontendApi.md";
        let text = "See [recovery](../self-service/flows/account-recovery) and [Flow](../models/Flow.md#fields), \
                    [site](https://www.ory.sh/docs), [top](#top), [root](/docs/x), ![logo](img.png), \
                    [README](../../client/README.md#bearer) and [[nested] text](../nowhere).";
        assert_eq!(
            unlink_foreign(page, text, &known),
            "See recovery and [Flow](../models/Flow.md#fields), \
             [site](https://www.ory.sh/docs), [top](#top), root, logo, \
             [README](../../client/README.md#bearer) and [nested] text."
        );
    }
}
