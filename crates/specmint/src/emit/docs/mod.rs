//! Markdown docs: the client's README, one page per API (tag) and one page per model, rendered
//! with minijinja from plain view models built from the IR.
//!
//! - [`operation`]: an operation's section of its API page;
//! - [`model`]: a model's page;
//! - [`links`]: links in spec prose that point nowhere in the docs are made plain text.

mod changelog;
mod links;
mod model;
mod operation;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::emit::shape::{
    call_args, form_ident, part_is_list, signature_text, success, ArgOf, Success,
};
use crate::emit::templates::{Renderer, Templates};
use crate::ir::{
    Api, ApiKeyLocation, BodyKind, Operation, PartKind, Primitive, SecuritySchemeKind, Status,
    TypeDef, TypeKind, TypeRef,
};
use crate::output::FileSet;

use links::unlink_foreign;
use model::model;
use operation::operation;

/// Where things are, relative to each other.
pub struct DocsOptions {
    pub crate_name: String,
    pub version: String,
    pub spec_file: String,
    pub install_path: String,
    /// Whether the docs pages are written (the README links to them only then).
    pub pages: bool,
    /// The record of the spec's changes: the changelog page, and what is new since when.
    pub history: Option<crate::history::History>,
}

/// Path of an API page inside `docs/`.
pub(crate) fn api_file(tag_type: &str) -> String {
    format!(
        "apis/{}.md",
        crate::emit::file_stem(&format!("{tag_type}Api"))
    )
}

/// Path of a model page inside `docs/`.
pub(crate) fn model_file(name: &str) -> String {
    format!("models/{}.md", crate::emit::file_stem(name))
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
pub(super) fn cell(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("<br>").replace('|', "\\|")
}

/// A type in markdown, linking named types to their model pages under `models_dir`.
pub(super) fn type_md(api: &Api, ty: &TypeRef, models_dir: &str) -> String {
    match ty {
        TypeRef::Named(id) => {
            let name = &api.types.get(*id).name;
            format!("[{name}]({models_dir}{}.md)", crate::emit::file_stem(name))
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
pub(super) fn enum_values(api: &Api, ty: &TypeRef) -> Option<String> {
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
pub(super) struct SchemeView {
    name: String,
    anchor: String,
    kind: String,
    how: String,
    description: String,
}

#[derive(Serialize)]
pub(super) struct ParamView {
    name: String,
    ty: String,
    description: String,
    required: bool,
    notes: String,
}

#[derive(Serialize)]
pub(super) struct ErrorView {
    status: String,
    variant: String,
    body: String,
    content_type: String,
}

#[derive(Serialize)]
pub(super) struct ResponseView {
    status: String,
    description: String,
    /// The documented headers, one per line of the cell, or `-`.
    headers: String,
}

#[derive(Serialize)]
pub(super) struct AuthView {
    name: String,
    link: String,
}

#[derive(Serialize)]
pub(super) struct OperationView {
    name: String,
    anchor: String,
    id: String,
    method: String,
    path: String,
    summary: String,
    summary_cell: String,
    description: String,
    deprecated: bool,
    /// The crate version the operation first appeared in, when it came after the record began.
    since: String,
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
pub(super) struct ApiView {
    name: String,
    /// The client module holding the API's methods and types.
    module: String,
    title: String,
    file: String,
    description: String,
    operations: Vec<OperationView>,
}

#[derive(Serialize)]
pub(super) struct FieldView {
    name: String,
    rust_name: String,
    ty: String,
    required: bool,
    description: String,
}

#[derive(Serialize)]
pub(super) struct ValueView {
    value: String,
    variant: String,
}

#[derive(Serialize)]
pub(super) struct ModelView {
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
    /// The crate version the model first appeared in, when it came after the record began.
    since: String,
    deprecated: bool,
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
    let mut apis = apis;
    if let Some(history) = &options.history {
        mark_new(&mut apis, &mut models, &history.since);
    }
    let base_url = crate::emit::examples::example_base_url(api);
    let first_example = api
        .operations
        .iter()
        .find(|op| op.params.is_empty() && op.body.is_none())
        .or(api.operations.first())
        .and_then(|op| examples.get(&op.rust_name).cloned());
    let servers = servers(api);
    let optional_call = optional_call(api);
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
        optional_call => optional_call,
        schemes => schemes,
        apis => apis,
        models => models,
        pages => options.pages,
        operation_count => api.operations.len(),
    };
    let templates = templates.renderer()?;
    let readme = templates.render("client/README.md.j2", &context)?;
    let files = if options.pages {
        let mut files = pages(&templates, &apis, &models, &crate_ident, &base_url)?;
        if let Some(history) = &options.history {
            let page = changelog::page(api, options, history, &templates)?;
            files.insert(changelog::FILE, page);
        }
        files
    } else {
        FileSet::new()
    };
    unlink_all(&readme, files)
}

/// A call with an optional parameter set, for the README: an operation without required
/// parameters if there is one, `client.list_things().limit(..).await`.
fn optional_call(api: &Api) -> Option<String> {
    let mut candidates: Vec<(usize, &crate::ir::Operation, &crate::ir::Param)> = api
        .operations
        .iter()
        .filter_map(|op| {
            let optional = op.params.iter().find(|p| !p.required)?;
            let required = op.params.iter().filter(|p| p.required).count()
                + usize::from(op.body.as_ref().is_some_and(|b| b.required));
            Some((required, op, optional))
        })
        .collect();
    candidates.sort_by_key(|(required, _, _)| *required);
    let (required, op, param) = candidates.first()?;
    let args = if *required == 0 { "" } else { ".." };
    Some(format!(
        "client.{}({args}).{}(..).await",
        op.rust_name, param.rust_name
    ))
}

/// The servers table: URL, description and variables with their defaults.
fn servers(api: &Api) -> Vec<BTreeMap<&'static str, String>> {
    api.servers
        .iter()
        .map(|s| {
            let variables = s
                .variables
                .iter()
                .map(|(k, v)| format!("`{k}` (default `{}`)", v.default))
                .collect::<Vec<_>>()
                .join(", ");
            BTreeMap::from([
                ("url", s.url.clone()),
                (
                    "description",
                    cell(s.description.as_deref().unwrap_or_default()),
                ),
                ("variables", variables),
            ])
        })
        .collect()
}

/// Marks the operations and models added since the record began with the version they
/// came in.
fn mark_new(apis: &mut [ApiView], models: &mut [ModelView], since: &crate::history::Since) {
    for op in apis.iter_mut().flat_map(|a| a.operations.iter_mut()) {
        if let Some(version) = since.operations.get(&op.name) {
            op.since.clone_from(version);
        }
    }
    for model in models {
        if let Some(version) = since.models.get(&model.name) {
            model.since.clone_from(version);
        }
    }
}

/// One page per API and one per model, rendered on all cores.
fn pages(
    templates: &Renderer<'_>,
    apis: &[ApiView],
    models: &[ModelView],
    crate_ident: &str,
    base_url: &str,
) -> Result<FileSet, String> {
    let (apis_pages, model_pages) = rayon::join(
        || {
            FileSet::par_build(apis, |api_view| {
                let page = templates.render(
                    "docs/api.md.j2",
                    &minijinja::context! { api => api_view, crate_ident => crate_ident, base_url => base_url },
                )?;
                Ok((api_view.file.clone(), page))
            })
        },
        || {
            FileSet::par_build(models, |m| {
                let page =
                    templates.render("docs/model.md.j2", &minijinja::context! { model => m })?;
                Ok((m.file.clone(), page))
            })
        },
    );
    let mut files = apis_pages?;
    files.extend(model_pages?);
    Ok(files)
}

/// Relative links in the spec's own text point into the vendor's site, not to these pages:
/// such links become their plain text, so that every link left resolves. Pages are checked on
/// all cores.
fn unlink_all(readme: &str, files: FileSet) -> Result<(String, FileSet), String> {
    let mut known: BTreeSet<String> = files
        .iter()
        .map(|(path, _)| format!("docs/{path}"))
        .collect();
    known.insert("client/README.md".to_string());
    let readme = unlink_foreign("client/README.md", readme, &known);
    let pages: Vec<(&str, &str)> = files.iter().collect();
    let checked = FileSet::par_build(&pages, |(path, page)| {
        Ok((
            path.to_string(),
            unlink_foreign(&format!("docs/{path}"), page, &known),
        ))
    })?;
    Ok((readme, checked))
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
