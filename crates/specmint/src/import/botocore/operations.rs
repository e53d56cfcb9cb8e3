//! Operations → paths: the HTTP binding, documentation, input members as parameters and
//! body, output and errors as responses.

use super::shapes::required_of;
use super::*;

impl<'m> Importer<'m> {
    /// One operation: its path, its method (lowercase) and its OpenAPI operation object.
    pub(super) fn operation(
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
    pub(super) fn binding(
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
    pub(super) fn documentation(&mut self, op: &Value, operation: &mut Map<String, Value>) {
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
    pub(super) fn input_of(
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
    pub(super) fn responses(
        &mut self,
        op: &'m Value,
        pointer: &str,
        status: u64,
    ) -> Map<String, Value> {
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
    pub(super) fn location(&mut self, member: &Value, pointer: &str) -> Option<Location> {
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
    pub(super) fn input(
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
    pub(super) fn output(&mut self, name: &str, pointer: &str) -> Option<Value> {
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
    pub(super) fn payload_content(
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
    pub(super) fn body_schema(
        &mut self,
        name: &str,
        shape: &Value,
        body_members: &[String],
    ) -> String {
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
}
