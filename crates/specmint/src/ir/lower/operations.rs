//! Paths → operations: parameters, path templates, responses, tags, and the names they get.

use super::media::{response_kind, response_preference};
use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn operations(
        &mut self,
        schemes: &BTreeMap<String, SecurityScheme>,
    ) -> Vec<Operation> {
        let mut out = Vec::new();
        let mut method_names = NameScope::new();
        for reserved in RESERVED_METHODS {
            method_names.reserve(reserved);
        }
        let mut op_type_names = NameScope::new();
        // `{Op}Response` must not be the runtime's `UnexpectedResponse`.
        op_type_names.reserve("Unexpected");
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (path, item) in &self.spec.paths.paths {
            let path_pointer = join("/paths", path);
            let Some(item) = self.resolve_path_item(item, &path_pointer) else {
                continue;
            };
            for (method_name, method, op) in methods(item) {
                let pointer = join(&path_pointer, method_name);
                let id = match &op.operation_id {
                    Some(id) => {
                        if let Some(first) = ids.get(id) {
                            self.diags.push(
                                Diagnostic::error(
                                    "duplicate-operation-id",
                                    self.diags.file(),
                                    join(&pointer, "operationId"),
                                    format!("operationId `{id}` is used twice; first at {first}"),
                                )
                                .with_help("every operationId must be unique in the document"),
                            );
                            continue;
                        }
                        ids.insert(id.clone(), pointer.clone());
                        id.clone()
                    }
                    None => {
                        let id = format!("{method_name} {path}");
                        self.diags.warning(
                            "missing-operation-id",
                            pointer.clone(),
                            format!(
                                "operation has no operationId; it is named `{}`",
                                naming::snake_name(&id, "operation")
                            ),
                        );
                        id
                    }
                };
                let (rust_name, renamed) =
                    method_names.claim(&naming::snake_name(&id, "operation"));
                if renamed {
                    self.diags.warning(
                        "name-collision",
                        pointer.clone(),
                        format!(
                            "operation `{id}` is named `{rust_name}` to keep method names unique"
                        ),
                    );
                }
                let (type_name, _) = op_type_names.claim(&naming::type_name(&id, "Operation"));
                if let Some(op) = self.operation(
                    OperationInput {
                        path,
                        item,
                        op,
                        method,
                        pointer,
                        id,
                        rust_name,
                        type_name,
                    },
                    schemes,
                ) {
                    out.push(op);
                }
            }
        }
        out
    }

    pub(super) fn resolve_path_item<'s>(
        &mut self,
        item: &'s ReferenceOr<openapiv3::PathItem>,
        pointer: &str,
    ) -> Option<&'s openapiv3::PathItem> {
        match item {
            ReferenceOr::Item(i) => Some(i),
            ReferenceOr::Reference { reference } => {
                self.diags.push(
                    Diagnostic::error(
                        "unsupported-ref",
                        self.diags.file(),
                        join(pointer, "$ref"),
                        format!("path item `$ref` \"{reference}\" is not supported"),
                    )
                    .with_help(
                        "refer to a path item inside this document with a `#/paths/...` pointer",
                    ),
                );
                None
            }
        }
    }

    pub(super) fn operation(
        &mut self,
        input: OperationInput<'_>,
        schemes: &BTreeMap<String, SecurityScheme>,
    ) -> Option<Operation> {
        let OperationInput {
            path,
            item,
            op,
            method,
            pointer,
            id,
            rust_name,
            type_name,
        } = input;
        let params = self.params(item, op, &pointer, &type_name);
        let path_segments = self.path_segments(path, &params, &pointer)?;
        let body = match &op.request_body {
            Some(b) => {
                let body_pointer = join(&pointer, "requestBody");
                let b = self
                    .resolve_component(b, &body_pointer, "requestBodies", |c| &c.request_bodies);
                b.and_then(|b| self.body(b, &body_pointer, &type_name))
            }
            None => None,
        };
        let responses = self.responses(op, &pointer, &type_name);
        let security = op
            .security
            .as_ref()
            .map(|s| self.security_requirements(s, &join(&pointer, "security"), schemes));
        let servers = if !op.servers.is_empty() {
            servers(&op.servers)
        } else {
            servers(&item.servers)
        };
        Some(Operation {
            id,
            rust_name,
            type_name,
            method,
            path: path.to_string(),
            path_segments,
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            tags: op.tags.clone(),
            params,
            body,
            responses,
            security,
            servers,
            pointer,
        })
    }

    pub(super) fn params(
        &mut self,
        item: &openapiv3::PathItem,
        op: &openapiv3::Operation,
        pointer: &str,
        op_type: &str,
    ) -> Vec<Param> {
        // Operation parameters override path-level ones with the same name and location.
        let mut list: Vec<(&openapiv3::Parameter, String)> = Vec::new();
        let path_level = pointer.rsplit_once('/').map_or("", |(p, _)| p).to_string();
        for (i, p) in item.parameters.iter().enumerate() {
            let at = join(&join(&path_level, "parameters"), i.to_string());
            if let Some(p) = self.resolve_component(p, &at, "parameters", |c| &c.parameters) {
                list.push((p, at));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let at = join(&join(pointer, "parameters"), i.to_string());
            if let Some(p) = self.resolve_component(p, &at, "parameters", |c| &c.parameters) {
                let data = p.parameter_data_ref();
                let location = location_of(p);
                list.retain(|(q, _)| {
                    !(q.parameter_data_ref().name == data.name && location_of(q) == location)
                });
                list.push((p, at));
            }
        }
        // `body` is the body's argument or setter; `into_future` is the call's own method, so
        // no optional parameter's setter may take that name; `credentials` and `raw` are fields
        // of every server request struct.
        let mut scope = NameScope::new();
        for reserved in ["body", "self_", "into_future", "credentials", "raw"] {
            scope.reserve(reserved);
        }
        let mut params = Vec::new();
        for (p, at) in list {
            let data = p.parameter_data_ref();
            let location = location_of(p);
            let (style, explode_default) = match p {
                openapiv3::Parameter::Query { style, .. } => match style {
                    openapiv3::QueryStyle::Form => (ParamStyle::Form, true),
                    openapiv3::QueryStyle::SpaceDelimited => (ParamStyle::SpaceDelimited, false),
                    openapiv3::QueryStyle::PipeDelimited => (ParamStyle::PipeDelimited, false),
                    openapiv3::QueryStyle::DeepObject => (ParamStyle::DeepObject, true),
                },
                openapiv3::Parameter::Path { style, .. } => match style {
                    openapiv3::PathStyle::Simple => (ParamStyle::Simple, false),
                    openapiv3::PathStyle::Label => (ParamStyle::Label, false),
                    openapiv3::PathStyle::Matrix => (ParamStyle::Matrix, false),
                },
                openapiv3::Parameter::Header { .. } => (ParamStyle::Simple, false),
                openapiv3::Parameter::Cookie { .. } => (ParamStyle::Form, true),
            };
            let hint = format!("{op_type}_{}", data.name);
            let mut constraints = Constraints::default();
            let ty = match &data.format {
                openapiv3::ParameterSchemaOrContent::Schema(s) => {
                    constraints = self.constraints(SchemaRef::of(s), &join(&at, "schema"));
                    self.use_operation_schema(SchemaRef::of(s), &join(&at, "schema"), &hint)
                }
                openapiv3::ParameterSchemaOrContent::Content(content) => {
                    self.diags.push(
                        Diagnostic::warning(
                            "parameter-content",
                            self.diags.file(),
                            join(&at, "content"),
                            "parameters described by `content` are sent as plain strings",
                        )
                        .with_help("the caller serializes the value, for example to JSON"),
                    );
                    let _ = content;
                    TypeRef::Prim(Primitive::String)
                }
            };
            let mut required = data.required;
            if location == ParamLocation::Path && !required {
                self.diags.warning(
                    "optional-path-param",
                    join(&at, "required"),
                    format!(
                        "path parameter `{}` must be required; it is treated as required",
                        data.name
                    ),
                );
                required = true;
            }
            let (rust_name, renamed) = scope.claim(&naming::snake_name(&data.name, "param"));
            if renamed {
                self.diags.warning(
                    "name-collision",
                    at.clone(),
                    format!(
                        "parameter `{}` is named `{rust_name}` to keep argument names unique",
                        data.name
                    ),
                );
            }
            if location == ParamLocation::Header && is_managed_header(&data.name) {
                self.diags.warning("ignored-header", at.clone(), format!("header parameter `{}` is managed by the HTTP client; it is still sent as given", data.name));
            }
            params.push(Param {
                name: data.name.clone(),
                rust_name,
                location,
                required,
                ty,
                style,
                explode: data.explode.unwrap_or(explode_default),
                description: data.description.clone(),
                deprecated: data.deprecated.unwrap_or(false),
                constraints,
                idempotency_token: !required
                    && data
                        .extensions
                        .get(crate::extensions::AWS_IDEMPOTENCY_TOKEN)
                        == Some(&serde_json::Value::Bool(true)),
            });
        }
        params
    }

    pub(super) fn path_segments(
        &mut self,
        path: &str,
        params: &[Param],
        pointer: &str,
    ) -> Option<Vec<PathSegment>> {
        let mut segments = Vec::new();
        let mut rest = path;
        let mut ok = true;
        let mut used = BTreeSet::new();
        while let Some((literal, after)) = rest.split_once('{') {
            if !literal.is_empty() {
                segments.push(PathSegment::Literal(literal.to_string()));
            }
            let Some((name, tail)) = after.split_once('}') else {
                self.diags.error(
                    "path-template",
                    pointer.rsplit_once('/').map_or("", |(p, _)| p),
                    format!("path `{path}` has an unclosed `{{`"),
                );
                return None;
            };
            match params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.name == name)
            {
                Some(i) => {
                    used.insert(i);
                    segments.push(PathSegment::Param(i));
                }
                None => {
                    self.diags.push(
                        Diagnostic::error("undeclared-path-param", self.diags.file(), pointer, format!("path template parameter `{{{name}}}` of `{path}` is not declared"))
                            .with_help(format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item")),
                    );
                    ok = false;
                }
            }
            rest = tail;
        }
        if !rest.is_empty() {
            segments.push(PathSegment::Literal(rest.to_string()));
        }
        for (i, p) in params.iter().enumerate() {
            if p.location == ParamLocation::Path && !used.contains(&i) {
                self.diags.warning(
                    "unused-path-param",
                    join(pointer, "parameters"),
                    format!(
                        "path parameter `{}` does not appear in `{path}`; it is not sent",
                        p.name
                    ),
                );
            }
        }
        ok.then_some(segments)
    }

    pub(super) fn responses(
        &mut self,
        op: &openapiv3::Operation,
        pointer: &str,
        op_type: &str,
    ) -> Vec<Response> {
        let responses_pointer = join(pointer, "responses");
        let mut list: Vec<(Status, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (code, r) in &op.responses.responses {
            let (status, key) = match code {
                openapiv3::StatusCode::Code(c) => (Status::Code(*c), c.to_string()),
                openapiv3::StatusCode::Range(r) => (Status::Range(*r), format!("{r}XX")),
            };
            list.push((status, r, join(&responses_pointer, key)));
        }
        if let Some(d) = &op.responses.default {
            list.push((Status::Default, d, join(&responses_pointer, "default")));
        }
        list.sort_by_key(|(s, _, _)| *s);
        let several_success = list.iter().filter(|(s, _, _)| s.is_success()).count() > 1;
        let mut variant_names = NameScope::new();
        let mut out = Vec::new();
        for (status, r, at) in list {
            let Some(r) = self.resolve_component(r, &at, "responses", |c| &c.responses) else {
                continue;
            };
            let hint = if status.is_success() && !several_success {
                format!("{op_type}Response")
            } else {
                format!("{op_type}Response{}", status.label())
            };
            let body = r
                .content
                .iter()
                .min_by_key(|(m, _)| response_preference(m))
                .map(|(media_type, media)| {
                    let kind = response_kind(media_type);
                    let media_at = join(&join(&at, "content"), media_type);
                    let ty = match kind {
                        ResponseKind::Json => match &media.schema {
                            Some(s) => self.use_operation_schema(
                                SchemaRef::of(s),
                                &join(&media_at, "schema"),
                                &hint,
                            ),
                            None => TypeRef::Prim(Primitive::Any),
                        },
                        ResponseKind::Text => TypeRef::Prim(Primitive::String),
                        ResponseKind::Binary => TypeRef::Prim(Primitive::Bytes),
                    };
                    ResponseBody {
                        kind,
                        media_type: media_type.clone(),
                        ty,
                    }
                });
            let mut headers = Vec::new();
            let mut header_names = NameScope::new();
            for (name, h) in &r.headers {
                let h_at = join(&join(&at, "headers"), name);
                if name.eq_ignore_ascii_case("content-type") {
                    self.diags.warning(
                        "ignored-header",
                        h_at,
                        "the `Content-Type` of a response follows its content; this header is ignored",
                    );
                    continue;
                }
                let Some(h) = self.resolve_component(h, &h_at, "headers", |c| &c.headers) else {
                    continue;
                };
                let ty = match &h.format {
                    openapiv3::ParameterSchemaOrContent::Schema(s) => self.use_operation_schema(
                        SchemaRef::of(s),
                        &join(&h_at, "schema"),
                        &format!("{op_type}_{name}"),
                    ),
                    openapiv3::ParameterSchemaOrContent::Content(_) => {
                        TypeRef::Prim(Primitive::String)
                    }
                };
                let (rust_name, renamed) = header_names.claim(&naming::snake_name(name, "header"));
                if renamed {
                    self.diags.warning(
                        "name-collision",
                        h_at.clone(),
                        format!("response header `{name}` is named `{rust_name}` to keep field names unique"),
                    );
                }
                headers.push(ResponseHeader {
                    name: name.clone(),
                    rust_name,
                    required: h.required,
                    ty,
                    description: h.description.clone(),
                });
            }
            let (variant_name, _) = variant_names.claim(&status_variant_name(status));
            out.push(Response {
                status,
                description: r.description.clone(),
                body,
                headers,
                variant_name,
            });
        }
        out
    }

    pub(super) fn tags(&mut self, operations: &[Operation]) -> Vec<Tag> {
        let mut names: Vec<String> = Vec::new();
        let mut descriptions = BTreeMap::new();
        for t in &self.spec.tags {
            if !names.contains(&t.name) {
                names.push(t.name.clone());
            }
            descriptions.insert(t.name.clone(), t.description.clone());
        }
        for op in operations {
            let tag = op
                .tags
                .first()
                .cloned()
                .unwrap_or_else(|| "default".to_string());
            if !names.contains(&tag) {
                names.push(tag);
            }
        }
        let used: BTreeSet<String> = operations
            .iter()
            .map(|op| {
                op.tags
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "default".to_string())
            })
            .collect();
        let mut modules = NameScope::new();
        for reserved in ["mod", "runtime", "models", "apis"] {
            modules.reserve(reserved);
        }
        let mut types = NameScope::new();
        let mut out = Vec::new();
        for name in names.into_iter().filter(|n| used.contains(n)) {
            let (module_name, _) = modules.claim(&naming::snake_name(&name, "default"));
            let (type_name, _) = types.claim(&naming::type_name(&name, "Default"));
            out.push(Tag {
                description: descriptions.get(&name).cloned().flatten(),
                name,
                module_name,
                type_name,
            });
        }
        out
    }
}

/// Method names the generated `Client` defines itself (in `templates/client/runtime`; a test
/// there keeps this list complete).
pub(super) const RESERVED_METHODS: &[&str] = &[
    "new",
    "builder",
    "with_client",
    "base_url",
    "http_client",
    "clone",
    "fmt",
    "request",
    "send",
    "with_server_url",
    "with_timeout",
    "with_retry",
    "with_credential",
    "with_bearer_token",
    "with_basic_auth",
    "with_header",
    "with_query",
    "with_form_field",
    "from_parts",
    "adjusted",
    "server_for",
    "send_raw",
    "attempt",
    "authorize",
    "check_destination",
];

pub(super) struct OperationInput<'s> {
    path: &'s str,
    item: &'s openapiv3::PathItem,
    op: &'s openapiv3::Operation,
    method: Method,
    pointer: String,
    id: String,
    rust_name: String,
    type_name: String,
}

pub(super) fn methods(
    item: &openapiv3::PathItem,
) -> Vec<(&'static str, Method, &openapiv3::Operation)> {
    [
        ("get", Method::Get, &item.get),
        ("put", Method::Put, &item.put),
        ("post", Method::Post, &item.post),
        ("delete", Method::Delete, &item.delete),
        ("options", Method::Options, &item.options),
        ("head", Method::Head, &item.head),
        ("patch", Method::Patch, &item.patch),
        ("trace", Method::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(name, method, op)| op.as_ref().map(|op| (name, method, op)))
    .collect()
}

pub(super) fn location_of(p: &openapiv3::Parameter) -> ParamLocation {
    match p {
        openapiv3::Parameter::Query { .. } => ParamLocation::Query,
        openapiv3::Parameter::Header { .. } => ParamLocation::Header,
        openapiv3::Parameter::Path { .. } => ParamLocation::Path,
        openapiv3::Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

pub(super) fn is_managed_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "content-type" | "content-length" | "host"
    )
}

pub(super) fn servers(list: &[openapiv3::Server]) -> Vec<Server> {
    list.iter()
        .map(|s| Server {
            url: s.url.clone(),
            description: s.description.clone(),
            variables: s
                .variables
                .iter()
                .flatten()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        ServerVariable {
                            default: v.default.clone(),
                            allowed: v.enumeration.clone(),
                            description: v.description.clone(),
                        },
                    )
                })
                .collect(),
        })
        .collect()
}

pub(super) fn status_variant_name(status: Status) -> String {
    match status {
        Status::Code(code) => match http::StatusCode::from_u16(code)
            .ok()
            .and_then(|s| s.canonical_reason())
        {
            Some(reason) => naming::type_name(reason, "Status"),
            None => format!("Status{code}"),
        },
        Status::Range(r) => format!("Status{r}XX"),
        Status::Default => "Default".to_string(),
    }
}
