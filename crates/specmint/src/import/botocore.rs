//! botocore service models (`service-2.json`, protocol `rest-json`) → OpenAPI 3.0.
//!
//! A botocore model lists operations (HTTP method, request URI, input, output and error
//! shapes) and shapes (structures, lists, maps, strings, numbers, timestamps, blobs). Members
//! of an input structure sit in the URI, the query string, a header or the JSON body; the
//! importer turns them into parameters and a body schema, errors into responses under their
//! `httpStatusCode`, documentation from HTML into markdown, and the signature into a SigV4
//! security scheme carrying the signing name (`x-aws-sigv4`).

use indexmap::IndexMap;
use serde_json::{json, Map, Value};

use crate::diagnostics::Diagnostic;

use crate::extensions::{
    AWS_IDEMPOTENCY_TOKEN as IDEMPOTENCY_EXTENSION, AWS_SIGV4 as SIGV4_EXTENSION, AWS_UID,
};

/// The converted document and what the importer warns about.
#[derive(Debug)]
pub struct Imported {
    /// The OpenAPI document, pretty-printed JSON ending in a newline.
    pub text: String,
    pub warnings: Vec<Diagnostic>,
    pub operations: usize,
    pub schemas: usize,
}

/// Converts the model in `text`; `file` names it in diagnostics.
pub fn convert(text: &str, file: &str) -> Result<Imported, Vec<Diagnostic>> {
    let model: Value = serde_json::from_str(text).map_err(|e| {
        vec![Diagnostic::error(
            "syntax",
            file,
            "",
            format!("invalid JSON in the botocore model: {e}"),
        )
        .at_line(e.line(), e.column())]
    })?;
    let mut importer = Importer {
        file,
        model: &model,
        errors: Vec::new(),
        warnings: Vec::new(),
        schemas: IndexMap::new(),
        wanted: Vec::new(),
        html: htmd::HtmlToMarkdown::builder()
            .skip_tags(vec!["script", "style"])
            .build(),
    };
    let document = importer.document();
    if !importer.errors.is_empty() {
        let mut all = importer.errors;
        all.extend(importer.warnings);
        return Err(all);
    }
    let document = document.ok_or_else(Vec::new)?;
    let operations = document["paths"]
        .as_object()
        .map(|paths| {
            paths
                .values()
                .filter_map(Value::as_object)
                .map(Map::len)
                .sum()
        })
        .unwrap_or_default();
    let mut text = serde_json::to_string_pretty(&document).map_err(|e| {
        vec![Diagnostic::error(
            "import",
            file,
            "",
            format!("cannot print the converted document: {e}"),
        )]
    })?;
    text.push('\n');
    Ok(Imported {
        text,
        warnings: importer.warnings,
        operations,
        schemas: importer.schemas.len(),
    })
}

struct Importer<'m> {
    file: &'m str,
    model: &'m Value,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Component schemas by shape name, filled as shapes are reached.
    schemas: IndexMap<String, Value>,
    /// Shapes reached but not yet converted.
    wanted: Vec<String>,
    html: htmd::HtmlToMarkdown,
}

/// Escapes a key for a JSON pointer (RFC 6901).
fn esc(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Where a member of an input or output structure goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Location {
    Uri,
    Query,
    Header,
    StatusCode,
    Body,
}

impl<'m> Importer<'m> {
    fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::error("botocore", self.file, pointer, message));
    }

    fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.warnings
            .push(Diagnostic::warning("botocore", self.file, pointer, message));
    }

    fn markdown(&self, html: Option<&Value>) -> Option<String> {
        let html = html?.as_str()?.trim();
        if html.is_empty() {
            return None;
        }
        let text = self.html.convert(html).unwrap_or_else(|_| html.to_string());
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    fn shape(&self, name: &str) -> Option<&'m Value> {
        self.model.get("shapes")?.get(name)
    }

    fn document(&mut self) -> Option<Value> {
        let Some(metadata) = self.model.get("metadata").and_then(Value::as_object) else {
            self.error(
                "/metadata",
                "the model has no `metadata` object; is this a botocore `service-2.json`?",
            );
            return None;
        };
        let protocol = metadata
            .get("protocol")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let protocols: Vec<&str> = metadata
            .get("protocols")
            .and_then(Value::as_array)
            .map(|p| p.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if protocol != "rest-json" && !protocols.contains(&"rest-json") {
            self.error(
                "/metadata/protocol",
                format!(
                    "botocore protocol `{protocol}` is not supported: specmint imports `rest-json` models only \
                     (`json`, `query`, `ec2`, `rest-xml` and `smithy-rpc-v2-cbor` APIs are not described by HTTP routes OpenAPI can carry)"
                ),
            );
            return None;
        }
        let text = |key: &str| {
            metadata
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
        };
        let service = text("serviceFullName");
        let service_id = if text("serviceId").is_empty() {
            service
        } else {
            text("serviceId")
        };
        let signing_name = if text("signingName").is_empty() {
            text("endpointPrefix")
        } else {
            text("signingName")
        };
        let signature = text("signatureVersion");
        let auth: Vec<&str> = metadata
            .get("auth")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let sigv4 = matches!(signature, "v4" | "s3v4") || auth.contains(&"aws.auth#sigv4");
        if !sigv4 {
            self.error(
                "/metadata/signatureVersion",
                format!("signature version `{signature}` is not supported: specmint signs with SigV4 (`v4`) only"),
            );
            return None;
        }
        if text("endpointPrefix").is_empty() {
            self.error(
                "/metadata/endpointPrefix",
                "the model names no `endpointPrefix`, so the service has no URL",
            );
            return None;
        }

        let mut info = json!({
            "title": if service.is_empty() { service_id } else { service },
            "version": text("apiVersion"),
        });
        if let Some(doc) = self.markdown(self.model.get("documentation")) {
            info["description"] = Value::String(doc);
        }
        let servers = json!([{
            "url": format!("https://{}.{{region}}.amazonaws.com", text("endpointPrefix")),
            "description": "The service's regional endpoint.",
            "variables": {"region": {"default": "us-east-1", "description": "The AWS Region, for example `eu-west-1`."}},
        }]);
        let scheme = json!({
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "AWS Signature Version 4: each request is signed with an access key, in the `Authorization` header.",
            SIGV4_EXTENSION: {"name": signing_name, "region": "us-east-1"},
        });

        let mut paths: IndexMap<String, Map<String, Value>> = IndexMap::new();
        let operations = self.model.get("operations").and_then(Value::as_object);
        let Some(operations) = operations else {
            self.error("/operations", "the model has no `operations` object");
            return None;
        };
        for (name, op) in operations {
            let pointer = format!("/operations/{}", esc(name));
            let Some((path, method, operation)) = self.operation(name, op, &pointer, service_id)
            else {
                continue;
            };
            let entry = paths.entry(path.clone()).or_default();
            if entry.contains_key(&method) {
                self.error(
                    format!("{pointer}/http"),
                    format!(
                        "operation `{name}` uses `{} {path}`, which another operation already uses",
                        method.to_uppercase()
                    ),
                );
                continue;
            }
            entry.insert(method, Value::Object(operation));
        }
        while let Some(name) = self.wanted.pop() {
            if self.schemas.contains_key(&name) {
                continue;
            }
            // Reserve the name first, so that recursive shapes end.
            self.schemas.insert(name.clone(), Value::Null);
            let schema = self.component(&name);
            self.schemas.insert(name, schema);
        }
        self.schemas.sort_keys();
        let mut document = json!({
            "openapi": "3.0.3",
            "info": info,
            "servers": servers,
            "tags": [{"name": service_id, "description": format!("Operations of {}.", if service.is_empty() { service_id } else { service })}],
            "paths": paths,
            "components": {
                "schemas": self.schemas,
                "securitySchemes": {"sigv4": scheme},
            },
            "security": [{"sigv4": []}],
        });
        if let Some(uid) = metadata.get("uid").and_then(Value::as_str) {
            document["info"][AWS_UID] = Value::String(uid.to_string());
        }
        Some(document)
    }

    /// One operation: its path, its method (lowercase) and its OpenAPI operation object.
    fn operation(
        &mut self,
        name: &str,
        op: &'m Value,
        pointer: &str,
        tag: &str,
    ) -> Option<(String, String, Map<String, Value>)> {
        let (method, uri, status) = self.binding(name, op, pointer)?;
        let mut operation = Map::new();
        operation.insert("operationId".into(), Value::String(name.to_string()));
        operation.insert("tags".into(), json!([tag]));
        self.documentation(op, &mut operation);
        self.input_of(op, pointer, uri, &mut operation);
        let responses = self.responses(op, pointer, status);
        operation.insert("responses".into(), Value::Object(responses));
        Some((uri.to_string(), method, operation))
    }

    /// The operation's HTTP binding: method (lowercase), request URI and success status;
    /// `None`, with an error, when OpenAPI cannot express it.
    fn binding(
        &mut self,
        name: &str,
        op: &'m Value,
        pointer: &str,
    ) -> Option<(String, &'m str, u64)> {
        let http = op.get("http");
        let method = http
            .and_then(|h| h.get("method"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_lowercase();
        if !matches!(
            method.as_str(),
            "get" | "put" | "post" | "delete" | "patch" | "head" | "options"
        ) {
            self.error(
                format!("{pointer}/http/method"),
                format!("operation `{name}` has no HTTP method OpenAPI supports"),
            );
            return None;
        }
        let uri = http
            .and_then(|h| h.get("requestUri"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !uri.starts_with('/') {
            self.error(
                format!("{pointer}/http/requestUri"),
                format!("operation `{name}` has no request URI starting with `/`"),
            );
            return None;
        }
        if uri.contains('?') {
            self.error(
                format!("{pointer}/http/requestUri"),
                format!("request URI `{uri}` carries a literal query string, which OpenAPI paths cannot hold"),
            );
            return None;
        }
        if uri.contains("+}") {
            self.error(
                format!("{pointer}/http/requestUri"),
                format!("request URI `{uri}` has a greedy label (`{{name+}}`), which OpenAPI path parameters cannot express"),
            );
            return None;
        }
        if op
            .get("endpoint")
            .and_then(|e| e.get("hostPrefix"))
            .is_some()
        {
            self.error(
                format!("{pointer}/endpoint/hostPrefix"),
                "operations with a host prefix are not supported",
            );
            return None;
        }
        for ignored in [
            "httpChecksum",
            "httpChecksumRequired",
            "requestcompression",
            "endpointdiscovery",
        ] {
            if op.get(ignored).is_some() {
                self.warn(
                    format!("{pointer}/{ignored}"),
                    format!("`{ignored}` is ignored"),
                );
            }
        }
        let status = http
            .and_then(|h| h.get("responseCode"))
            .and_then(Value::as_u64)
            .unwrap_or(200);
        Some((method, uri, status))
    }

    /// Summary, description, external docs, deprecation and `authtype: none`.
    fn documentation(&mut self, op: &Value, operation: &mut Map<String, Value>) {
        if let Some(doc) = self.markdown(op.get("documentation")) {
            let summary = doc
                .split("\n\n")
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            // The first paragraph is the summary when more follow.
            if summary.len() < doc.len()
                && !summary.is_empty()
                && summary.len() <= 200
                && !summary.contains('\n')
            {
                operation.insert("summary".into(), Value::String(summary));
            }
            operation.insert("description".into(), Value::String(doc));
        }
        if let Some(url) = op.get("documentationUrl").and_then(Value::as_str) {
            operation.insert("externalDocs".into(), json!({"url": url}));
        }
        if op.get("deprecated").and_then(Value::as_bool) == Some(true) {
            operation.insert("deprecated".into(), Value::Bool(true));
        }
        if op.get("authtype").and_then(Value::as_str) == Some("none") {
            operation.insert("security".into(), json!([]));
        }
    }

    /// The input shape's members as parameters and request body; every `{label}` of the URI
    /// must be one of them.
    fn input_of(
        &mut self,
        op: &'m Value,
        pointer: &str,
        uri: &str,
        operation: &mut Map<String, Value>,
    ) {
        let mut parameters = Vec::new();
        if let Some(input) = op
            .get("input")
            .and_then(|i| i.get("shape"))
            .and_then(Value::as_str)
        {
            let input_pointer = format!("{pointer}/input/shape");
            if let Some((params, body)) = self.input(input, &input_pointer, uri) {
                parameters = params;
                if let Some(body) = body {
                    operation.insert("requestBody".into(), body);
                }
            }
        }
        // Every `{label}` of the URI must be a member in the URI.
        for label in uri.split('{').skip(1).filter_map(|s| s.split('}').next()) {
            let declared = parameters
                .iter()
                .any(|p| p["in"] == "path" && p["name"] == label);
            if !declared {
                self.error(
                    format!("{pointer}/http/requestUri"),
                    format!(
                        "request URI label `{{{label}}}` is not a `uri` member of the input shape"
                    ),
                );
            }
        }
        if !parameters.is_empty() {
            operation.insert("parameters".into(), Value::Array(parameters));
        }
    }

    /// The success response (from the output shape) and one response per error status, the
    /// shapes sharing a status as a `oneOf`.
    fn responses(&mut self, op: &'m Value, pointer: &str, status: u64) -> Map<String, Value> {
        let mut responses = Map::new();
        let output = op
            .get("output")
            .and_then(|o| o.get("shape"))
            .and_then(Value::as_str);
        let success = match output {
            Some(shape) => self.output(shape, &format!("{pointer}/output/shape")),
            None => Some(json!({"description": "The operation succeeded."})),
        };
        responses.insert(
            status.to_string(),
            success.unwrap_or_else(|| json!({"description": "The operation succeeded."})),
        );
        let mut by_status: IndexMap<u64, Vec<(String, Option<String>)>> = IndexMap::new();
        for (i, error) in op
            .get("errors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let error_pointer = format!("{pointer}/errors/{i}/shape");
            let Some(shape_name) = error.get("shape").and_then(Value::as_str) else {
                self.error(error_pointer, "an error without a `shape`");
                continue;
            };
            let Some(shape) = self.shape(shape_name) else {
                self.error(
                    error_pointer,
                    format!("error shape `{shape_name}` is not defined in `shapes`"),
                );
                continue;
            };
            let fault = shape.get("fault").and_then(Value::as_bool) == Some(true);
            let code = shape
                .get("error")
                .and_then(|e| e.get("httpStatusCode"))
                .and_then(Value::as_u64)
                .unwrap_or(if fault { 500 } else { 400 });
            let doc = self.markdown(shape.get("documentation"));
            self.want(shape_name);
            by_status
                .entry(code)
                .or_default()
                .push((shape_name.to_string(), doc));
        }
        by_status.sort_keys();
        for (code, errors) in by_status {
            let schema = if let [(only, _)] = errors.as_slice() {
                json!({"$ref": format!("#/components/schemas/{only}")})
            } else {
                let refs: Vec<Value> = errors
                    .iter()
                    .map(|(n, _)| json!({"$ref": format!("#/components/schemas/{n}")}))
                    .collect();
                json!({"oneOf": refs})
            };
            let description = errors
                .iter()
                .map(|(n, doc)| match doc {
                    Some(d) => format!("`{n}`: {}", d.split("\n\n").next().unwrap_or_default()),
                    None => format!("`{n}`"),
                })
                .collect::<Vec<_>>()
                .join("\n\n");
            responses.insert(
                code.to_string(),
                json!({"description": description, "content": {"application/json": {"schema": schema}}}),
            );
        }
        responses
    }

    /// Where an input or output member goes.
    fn location(&mut self, member: &Value, pointer: &str) -> Option<Location> {
        match member.get("location").and_then(Value::as_str) {
            None => Some(Location::Body),
            Some("uri") => Some(Location::Uri),
            Some("querystring") => Some(Location::Query),
            Some("header") => Some(Location::Header),
            Some("statusCode") => Some(Location::StatusCode),
            Some(other) => {
                self.error(
                    format!("{pointer}/location"),
                    format!("member location `{other}` is not supported (prefixed header maps cannot be described as OpenAPI parameters)"),
                );
                None
            }
        }
    }

    /// The members of an input shape as parameters and a request body.
    fn input(
        &mut self,
        name: &str,
        pointer: &str,
        uri: &str,
    ) -> Option<(Vec<Value>, Option<Value>)> {
        let Some(shape) = self.shape(name) else {
            self.error(
                pointer,
                format!("input shape `{name}` is not defined in `shapes`"),
            );
            return None;
        };
        let shape_pointer = format!("/shapes/{}", esc(name));
        let members = shape
            .get("members")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let required: Vec<&str> = required_of(shape);
        let payload = shape.get("payload").and_then(Value::as_str);
        let mut params = Vec::new();
        let mut body_members = Vec::new();
        for (member_name, member) in &members {
            let member_pointer = format!("{shape_pointer}/members/{}", esc(member_name));
            let Some(location) = self.location(member, &member_pointer) else {
                continue;
            };
            let wire = member
                .get("locationName")
                .and_then(Value::as_str)
                .unwrap_or(member_name);
            let (schema, _) = match self.member_schema(member, &member_pointer, location) {
                Some(s) => s,
                None => continue,
            };
            let doc = self.markdown(member.get("documentation"));
            let token = member.get("idempotencyToken").and_then(Value::as_bool) == Some(true);
            let is_required = required.contains(&member_name.as_str());
            let inn = match location {
                Location::Body => {
                    body_members.push(member_name.clone());
                    continue;
                }
                Location::StatusCode => {
                    self.warn(
                        member_pointer,
                        "a `statusCode` member of an input shape is ignored",
                    );
                    continue;
                }
                Location::Uri => "path",
                Location::Query => "query",
                Location::Header => "header",
            };
            if location == Location::Uri && !uri.contains(&format!("{{{wire}}}")) {
                self.error(member_pointer, format!("`uri` member `{member_name}` has no `{{{wire}}}` label in the request URI `{uri}`"));
                continue;
            }
            let mut param = Map::new();
            param.insert("name".into(), Value::String(wire.to_string()));
            param.insert("in".into(), Value::String(inn.into()));
            if let Some(doc) = doc {
                param.insert("description".into(), Value::String(doc));
            }
            param.insert(
                "required".into(),
                Value::Bool(location == Location::Uri || is_required),
            );
            if location == Location::Query
                && matches!(
                    schema.get("type").and_then(Value::as_str),
                    Some("array" | "object")
                )
            {
                param.insert("style".into(), Value::String("form".into()));
                param.insert("explode".into(), Value::Bool(true));
            }
            param.insert("schema".into(), schema);
            if token {
                param.insert(IDEMPOTENCY_EXTENSION.into(), Value::Bool(true));
            }
            params.push(Value::Object(param));
        }
        if body_members.is_empty() {
            return Some((params, None));
        }
        let body = if let Some(payload) = payload {
            let content = self.payload_content(name, &members, payload)?;
            json!({"required": required.contains(&payload), "content": content})
        } else {
            let any_required = body_members.iter().any(|m| required.contains(&m.as_str()));
            let schema_name = self.body_schema(name, shape, &body_members);
            json!({
                "required": any_required,
                "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema_name}")}}},
            })
        };
        Some((params, Some(body)))
    }

    /// The success response from an output shape: its body members, and its header members as
    /// response headers.
    fn output(&mut self, name: &str, pointer: &str) -> Option<Value> {
        let Some(shape) = self.shape(name) else {
            self.error(
                pointer,
                format!("output shape `{name}` is not defined in `shapes`"),
            );
            return None;
        };
        let shape_pointer = format!("/shapes/{}", esc(name));
        let members = shape
            .get("members")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut headers = Map::new();
        let mut body_members = Vec::new();
        for (member_name, member) in &members {
            let member_pointer = format!("{shape_pointer}/members/{}", esc(member_name));
            let Some(location) = self.location(member, &member_pointer) else {
                continue;
            };
            match location {
                Location::Body => body_members.push(member_name.clone()),
                Location::Header => {
                    let wire = member
                        .get("locationName")
                        .and_then(Value::as_str)
                        .unwrap_or(member_name);
                    let Some((schema, _)) = self.member_schema(member, &member_pointer, location)
                    else {
                        continue;
                    };
                    let mut header = json!({"schema": schema});
                    if let Some(doc) = self.markdown(member.get("documentation")) {
                        header["description"] = Value::String(doc);
                    }
                    headers.insert(wire.to_string(), header);
                }
                Location::StatusCode => {}
                Location::Uri | Location::Query => {
                    self.warn(
                        member_pointer,
                        "a `uri` or `querystring` member of an output shape is ignored",
                    );
                }
            }
        }
        let description = self
            .markdown(shape.get("documentation"))
            .unwrap_or_else(|| "The operation succeeded.".to_string());
        let mut response = json!({"description": description});
        if !headers.is_empty() {
            response["headers"] = Value::Object(headers);
        }
        if body_members.is_empty() {
            return Some(response);
        }
        if let Some(payload) = shape.get("payload").and_then(Value::as_str) {
            response["content"] = self.payload_content(name, &members, payload)?;
            return Some(response);
        }
        let schema_name = self.body_schema(name, shape, &body_members);
        response["content"] = json!({"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema_name}")}}});
        Some(response)
    }

    /// The `content` of a body that is one `payload` member: a blob as octet-stream bytes, a
    /// string as text, anything else as JSON.
    fn payload_content(
        &mut self,
        name: &str,
        members: &Map<String, Value>,
        payload: &str,
    ) -> Option<Value> {
        let shape_pointer = format!("/shapes/{}", esc(name));
        let Some(member) = members.get(payload) else {
            self.error(
                format!("{shape_pointer}/payload"),
                format!("payload member `{payload}` is not a member of `{name}`"),
            );
            return None;
        };
        let member_pointer = format!("{shape_pointer}/members/{}", esc(payload));
        let (schema, kind) = self.member_schema(member, &member_pointer, Location::Body)?;
        let (media, schema) = match kind.as_str() {
            "blob" => (
                "application/octet-stream",
                json!({"type": "string", "format": "binary"}),
            ),
            "string" => ("text/plain", schema),
            _ => ("application/json", schema),
        };
        Some(json!({media: {"schema": schema}}))
    }

    /// The component schema of the body members of an input or output shape: the shape itself
    /// when every member is in the body, else `<Shape>Body`.
    fn body_schema(&mut self, name: &str, shape: &Value, body_members: &[String]) -> String {
        let all = shape
            .get("members")
            .and_then(Value::as_object)
            .map_or(0, Map::len);
        if all == body_members.len() {
            self.want(name);
            return name.to_string();
        }
        let body_name = format!("{name}Body");
        let schema = self.structure(name, shape, Some(body_members));
        self.schemas.insert(body_name.clone(), schema);
        body_name
    }

    fn want(&mut self, name: &str) {
        if !self.schemas.contains_key(name) {
            self.wanted.push(name.to_string());
        }
    }

    /// A component schema for a named shape.
    fn component(&mut self, name: &str) -> Value {
        let Some(shape) = self.shape(name) else {
            return json!({});
        };
        match shape.get("type").and_then(Value::as_str) {
            Some("structure") => self.structure(name, shape, None),
            _ => {
                let pointer = format!("/shapes/{}", esc(name));
                self.inline(name, &pointer, Location::Body)
                    .unwrap_or_else(|| json!({}))
            }
        }
    }

    /// A structure as an object schema; `only` keeps just those members.
    fn structure(&mut self, name: &str, shape: &Value, only: Option<&[String]>) -> Value {
        let pointer = format!("/shapes/{}", esc(name));
        if shape.get("eventstream").and_then(Value::as_bool) == Some(true) {
            self.error(
                pointer,
                format!("`{name}` is an event stream, which OpenAPI cannot describe"),
            );
            return json!({});
        }
        if shape.get("document").and_then(Value::as_bool) == Some(true) {
            let mut schema = json!({});
            if let Some(doc) = self.markdown(shape.get("documentation")) {
                schema["description"] = Value::String(doc);
            }
            return schema;
        }
        let members = shape
            .get("members")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let required: Vec<&str> = required_of(shape);
        let mut properties = Map::new();
        let mut required_names = Vec::new();
        for (member_name, member) in &members {
            if only.is_some_and(|o| !o.contains(member_name)) {
                continue;
            }
            let member_pointer = format!("{pointer}/members/{}", esc(member_name));
            let Some((schema, _)) = self.member_schema(member, &member_pointer, Location::Body)
            else {
                continue;
            };
            let wire = member
                .get("jsonName")
                .or_else(|| member.get("locationName"))
                .and_then(Value::as_str)
                .unwrap_or(member_name);
            let mut schema = schema;
            let doc = self.markdown(member.get("documentation"));
            let token = member.get("idempotencyToken").and_then(Value::as_bool) == Some(true);
            let deprecated = member.get("deprecated").and_then(Value::as_bool) == Some(true);
            if doc.is_some() || token || deprecated {
                // A `$ref` takes no siblings in OpenAPI 3.0: wrap it to carry the description.
                if schema.get("$ref").is_some() {
                    schema = json!({"allOf": [schema]});
                }
                if let Some(doc) = doc {
                    schema["description"] = Value::String(doc);
                }
                if token {
                    schema[IDEMPOTENCY_EXTENSION] = Value::Bool(true);
                }
                if deprecated {
                    schema["deprecated"] = Value::Bool(true);
                }
            }
            if required.contains(&member_name.as_str()) {
                required_names.push(Value::String(wire.to_string()));
            }
            properties.insert(wire.to_string(), schema);
        }
        let mut schema = json!({"type": "object", "properties": properties});
        if !required_names.is_empty() {
            schema["required"] = Value::Array(required_names);
        }
        if shape.get("union").and_then(Value::as_bool) == Some(true) {
            schema["minProperties"] = json!(1);
            schema["maxProperties"] = json!(1);
        }
        if let Some(doc) = self.markdown(shape.get("documentation")) {
            schema["description"] = Value::String(doc);
        }
        if shape.get("deprecated").and_then(Value::as_bool) == Some(true) {
            schema["deprecated"] = Value::Bool(true);
        }
        schema
    }

    /// The schema of a member's shape (a `$ref` for structures and enums) and the shape's type.
    fn member_schema(
        &mut self,
        member: &Value,
        pointer: &str,
        location: Location,
    ) -> Option<(Value, String)> {
        let Some(target) = member.get("shape").and_then(Value::as_str) else {
            self.error(pointer, "a member without a `shape`");
            return None;
        };
        let Some(shape) = self.shape(target) else {
            self.error(
                format!("{pointer}/shape"),
                format!("shape `{target}` is not defined in `shapes`"),
            );
            return None;
        };
        let kind = shape
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let named = kind == "structure" || (kind == "string" && shape.get("enum").is_some());
        if named {
            self.want(target);
            return Some((
                json!({"$ref": format!("#/components/schemas/{target}")}),
                kind,
            ));
        }
        let shape_pointer = format!("/shapes/{}", esc(target));
        let mut schema = self.inline(target, &shape_pointer, location)?;
        // A member's own timestamp format wins over the shape's.
        if kind == "timestamp" {
            if let Some(format) = member.get("timestampFormat").and_then(Value::as_str) {
                schema = timestamp(format);
            }
        }
        Some((schema, kind))
    }

    /// An inline schema for a shape that is not a structure: strings, numbers, lists, maps,
    /// timestamps, blobs.
    fn inline(&mut self, name: &str, pointer: &str, location: Location) -> Option<Value> {
        let shape = self.shape(name)?;
        let kind = shape
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let min = shape.get("min").and_then(Value::as_f64);
        let max = shape.get("max").and_then(Value::as_f64);
        let mut schema = match kind {
            "string" => {
                let mut s = json!({"type": "string"});
                if let Some(values) = shape.get("enum") {
                    s["enum"] = values.clone();
                }
                if let Some(p) = shape.get("pattern").and_then(Value::as_str) {
                    s["pattern"] = Value::String(p.to_string());
                }
                if let Some(min) = min {
                    s["minLength"] = json!(min as u64);
                }
                if let Some(max) = max {
                    s["maxLength"] = json!(max as u64);
                }
                if shape.get("sensitive").and_then(Value::as_bool) == Some(true) {
                    s["format"] = Value::String("password".into());
                }
                s
            }
            "integer" | "long" | "byte" | "short" => {
                let format = if kind == "long" { "int64" } else { "int32" };
                let mut s = json!({"type": "integer", "format": format});
                if let Some(min) = min {
                    s["minimum"] = json!(min as i64);
                }
                if let Some(max) = max {
                    s["maximum"] = json!(max as i64);
                }
                s
            }
            "float" | "double" | "bigDecimal" => {
                let format = if kind == "float" { "float" } else { "double" };
                let mut s = json!({"type": "number", "format": format});
                if let Some(min) = min {
                    s["minimum"] = json!(min);
                }
                if let Some(max) = max {
                    s["maximum"] = json!(max);
                }
                s
            }
            "bigInteger" => json!({"type": "integer", "format": "int64"}),
            "boolean" => json!({"type": "boolean"}),
            "blob" => {
                if shape.get("streaming").and_then(Value::as_bool) == Some(true) {
                    json!({"type": "string", "format": "binary"})
                } else {
                    json!({"type": "string", "format": "byte"})
                }
            }
            "timestamp" => match shape.get("timestampFormat").and_then(Value::as_str) {
                Some(format) => timestamp(format),
                // rest-json's defaults: epoch seconds in bodies, HTTP dates in headers,
                // ISO 8601 in URIs and query strings.
                None => match location {
                    Location::Body => timestamp("unixTimestamp"),
                    Location::Header => timestamp("rfc822"),
                    _ => timestamp("iso8601"),
                },
            },
            "list" => {
                let member = shape.get("member").cloned().unwrap_or(Value::Null);
                let (items, _) =
                    self.member_schema(&member, &format!("{pointer}/member"), location)?;
                let mut s = json!({"type": "array", "items": items});
                if let Some(min) = min {
                    s["minItems"] = json!(min as u64);
                }
                if let Some(max) = max {
                    s["maxItems"] = json!(max as u64);
                }
                s
            }
            "map" => {
                let value = shape.get("value").cloned().unwrap_or(Value::Null);
                let (values, _) =
                    self.member_schema(&value, &format!("{pointer}/value"), location)?;
                let mut s = json!({"type": "object", "additionalProperties": values});
                if let Some(min) = min {
                    s["minProperties"] = json!(min as u64);
                }
                if let Some(max) = max {
                    s["maxProperties"] = json!(max as u64);
                }
                s
            }
            "structure" => {
                self.want(name);
                return Some(json!({"$ref": format!("#/components/schemas/{name}")}));
            }
            other => {
                self.error(
                    format!("{pointer}/type"),
                    format!("shape type `{other}` is not supported"),
                );
                return None;
            }
        };
        if shape.get("deprecated").and_then(Value::as_bool) == Some(true) {
            schema["deprecated"] = Value::Bool(true);
        }
        Some(schema)
    }
}

/// The names in a structure's `required` list.
fn required_of(shape: &Value) -> Vec<&str> {
    shape
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The schema of a timestamp in one of botocore's formats.
fn timestamp(format: &str) -> Value {
    match format {
        "unixTimestamp" => {
            json!({"type": "number", "format": "double", "description": "Seconds since 1970-01-01T00:00:00Z."})
        }
        "rfc822" => {
            json!({"type": "string", "description": "An HTTP date (RFC 7231), for example `Tue, 29 Apr 2014 18:30:38 GMT`."})
        }
        _ => json!({"type": "string", "format": "date-time"}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(protocol: &str) -> String {
        json!({
            "version": "2.0",
            "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "demo", "protocol": protocol,
                         "serviceFullName": "Demo", "serviceId": "Demo", "signatureVersion": "v4"},
            "operations": {
                "GetThing": {"name": "GetThing", "http": {"method": "GET", "requestUri": "/things/{id}", "responseCode": 200},
                             "input": {"shape": "GetThingRequest"}, "output": {"shape": "Thing"},
                             "errors": [{"shape": "Missing"}], "documentation": "<p>Gets a <b>thing</b>.</p>"}
            },
            "shapes": {
                "GetThingRequest": {"type": "structure", "required": ["id"], "members": {
                    "id": {"shape": "Id", "location": "uri", "locationName": "id"},
                    "tags": {"shape": "Tags", "location": "querystring", "locationName": "tag"},
                    "token": {"shape": "Id", "location": "header", "locationName": "X-Token", "idempotencyToken": true}}},
                "Thing": {"type": "structure", "members": {"id": {"shape": "Id"}, "at": {"shape": "When"}}},
                "Missing": {"type": "structure", "members": {"message": {"shape": "Id"}},
                            "error": {"httpStatusCode": 404}, "exception": true},
                "Id": {"type": "string", "min": 1, "max": 8},
                "Tags": {"type": "list", "member": {"shape": "Id"}},
                "When": {"type": "timestamp"}
            }
        })
        .to_string()
    }

    #[test]
    fn converts_members_by_location() {
        let imported = convert(&model("rest-json"), "demo.json").unwrap();
        let doc: Value = serde_json::from_str(&imported.text).unwrap();
        let op = &doc["paths"]["/things/{id}"]["get"];
        assert_eq!(op["operationId"], "GetThing");
        assert_eq!(op["description"], "Gets a **thing**.");
        let params = op["parameters"].as_array().unwrap();
        assert_eq!(params[0]["in"], "path");
        assert_eq!(params[1]["name"], "tag");
        assert_eq!(params[1]["schema"]["type"], "array");
        assert_eq!(params[2]["in"], "header");
        assert_eq!(params[2][IDEMPOTENCY_EXTENSION], true);
        assert_eq!(
            op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Missing"
        );
        assert_eq!(
            doc["components"]["schemas"]["Thing"]["properties"]["at"]["type"],
            "number"
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["sigv4"][SIGV4_EXTENSION]["name"],
            "demo"
        );
    }

    #[test]
    fn other_protocols_are_refused_at_their_pointer() {
        let errors = convert(&model("query"), "demo.json").unwrap_err();
        assert_eq!(errors[0].pointer, "/metadata/protocol");
        assert!(
            errors[0].message.contains("`query`"),
            "{}",
            errors[0].message
        );
    }
}
