//! An operation's section of its API page: signature, example, parameters, return type,
//! response structure, errors, responses and authorization.

use super::*;

/// How deep the "Response structure" list follows nested models.
pub(super) const STRUCTURE_DEPTH: usize = 3;

/// The fields of the model an operation returns, nested models' fields indented below
/// theirs, as a markdown list.
pub(super) fn response_structure(api: &Api, op: &Operation, models_dir: &str) -> String {
    let Success::Single(Some(ty), _) = success(op) else {
        return String::new();
    };
    let mut lines = Vec::new();
    structure_lines(api, ty, 0, models_dir, &mut Vec::new(), &mut lines);
    lines.join("\n")
}

pub(super) fn structure_lines(
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
pub(super) fn form_parts(api: &Api, op: &Operation, models_dir: &str) -> Vec<ParamView> {
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
pub(super) fn operation(
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
        since: String::new(),
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
pub(super) fn params(api: &Api, op: &Operation, models_dir: &str) -> Vec<ParamView> {
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
pub(super) fn returns(api: &Api, op: &Operation, models_dir: &str) -> (String, String) {
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
pub(super) fn errors(
    api: &Api,
    op: &Operation,
    error_enum: &str,
    models_dir: &str,
) -> Vec<ErrorView> {
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
    // With a `default` response every other status is typed; `Unknown` then only takes a
    // body that is not the documented type.
    let has_default = op.responses.iter().any(|r| r.status == Status::Default);
    errors.push(ErrorView {
        status: if has_default {
            "a body not of its documented type".to_string()
        } else {
            "any other, or a body not of its documented type".to_string()
        },
        variant: format!("`{error_enum}::Unknown(UnexpectedResponse)`"),
        body: "status, headers and raw body".to_string(),
        content_type: "any".to_string(),
    });
    errors
}

/// The responses table, with each response's headers.
pub(super) fn responses(api: &Api, op: &Operation, models_dir: &str) -> Vec<ResponseView> {
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
pub(super) fn authorization(api: &Api, op: &Operation) -> Vec<Vec<AuthView>> {
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
pub(super) fn accepted(op: &Operation) -> String {
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
