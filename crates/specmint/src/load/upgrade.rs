//! Older and newer inputs rewritten into OpenAPI 3.0 before anything else reads them, so that
//! one IR serves all: Swagger 2.0 (definitions, body and formData parameters, produces and
//! consumes, securityDefinitions, host and basePath) and OpenAPI 3.1 (type arrays with
//! `null`, `const`, `examples`, numeric `exclusiveMinimum`, `$ref` with siblings). What has no
//! 3.0 form (webhooks, for example) is dropped with a warning that names where it was.

use serde_json::{json, Map, Value};

use crate::diagnostics::{join, Diagnostic, Diagnostics};

/// The OpenAPI version every upgraded document claims.
const TARGET: &str = "3.0.3";

// ---- OpenAPI 3.1 --------------------------------------------------------------------------

/// Rewrites an OpenAPI 3.1 document into 3.0.
pub fn from_openapi31(tree: &mut Value, diags: &mut Diagnostics) {
    let Some(root) = tree.as_object_mut() else {
        return;
    };
    root.insert("openapi".into(), json!(TARGET));
    for (key, what, help) in [
        (
            "webhooks",
            "webhooks are not generated",
            "only `paths` become operations",
        ),
        (
            "jsonSchemaDialect",
            "`jsonSchemaDialect` is ignored",
            "schemas are read as OpenAPI's own dialect",
        ),
    ] {
        if root.remove(key).is_some() {
            diags.push(
                Diagnostic::warning("ignored-31", diags.file(), format!("/{key}"), what)
                    .with_help(help),
            );
        }
    }
    if let Some(Value::Object(components)) = root.get_mut("components") {
        if components.remove("pathItems").is_some() {
            diags.warning(
                "ignored-31",
                "/components/pathItems",
                "`components.pathItems` are not generated",
            );
        }
    }
    root.entry("paths").or_insert_with(|| json!({}));
    walk_31(tree, "", diags);
}

/// Finds the schemas of a 3.1 document: under `components.schemas` and every `schema` key.
fn walk_31(node: &mut Value, at: &str, diags: &mut Diagnostics) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                let here = join(at, key);
                if key == "schema" {
                    schema_31(value, &here, diags);
                } else if key == "schemas" && at == "/components" {
                    if let Value::Object(schemas) = value {
                        for (name, schema) in schemas.iter_mut() {
                            schema_31(schema, &join(&here, name), diags);
                        }
                    }
                } else {
                    walk_31(value, &here, diags);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk_31(item, &join(at, i.to_string()), diags);
            }
        }
        _ => {}
    }
}

/// One 3.1 schema and the schemas inside it, in place.
fn schema_31(node: &mut Value, at: &str, diags: &mut Diagnostics) {
    let Value::Object(map) = node else {
        return;
    };
    // A `$ref` with siblings that say more than a description: the siblings apply too.
    if map.contains_key("$ref")
        && map
            .keys()
            .any(|k| !matches!(k.as_str(), "$ref" | "description" | "summary"))
    {
        let reference = map.remove("$ref").unwrap_or_default();
        map.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
    match map.remove("type") {
        Some(Value::Array(types)) => {
            if types.iter().any(|t| t == "null") {
                map.insert("nullable".into(), json!(true));
            }
            let mut names: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
            if names.len() == 1 {
                map.insert("type".into(), names.remove(0));
            } else if names.len() > 1 {
                let members: Vec<Value> = names.into_iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".into(), Value::Array(members));
            }
        }
        Some(Value::String(t)) if t == "null" => {
            map.insert("nullable".into(), json!(true));
        }
        Some(other) => {
            map.insert("type".into(), other);
        }
        None => {}
    }
    if let Some(value) = map.remove("const") {
        map.entry("enum")
            .or_insert_with(|| Value::Array(vec![value]));
    }
    if let Some(Value::Array(mut examples)) = map.remove("examples") {
        if !examples.is_empty() {
            map.entry("example").or_insert_with(|| examples.remove(0));
        }
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), n);
            map.insert(exclusive.into(), json!(true));
        }
    }
    for key in [
        "prefixItems",
        "patternProperties",
        "$defs",
        "unevaluatedProperties",
    ] {
        if map.remove(key).is_some() {
            diags.warning(
                "ignored-31",
                join(at, key),
                format!("`{key}` has no OpenAPI 3.0 form and is ignored"),
            );
        }
    }
    for_each_subschema(map, at, &mut |schema, here| schema_31(schema, here, diags));
}

/// Calls `f` on each schema directly inside a schema object.
fn for_each_subschema(map: &mut Map<String, Value>, at: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    for key in ["items", "additionalProperties", "not"] {
        if let Some(value) = map.get_mut(key) {
            if value.is_object() {
                f(value, &join(at, key));
            }
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(items)) = map.get_mut(key) {
            for (i, item) in items.iter_mut().enumerate() {
                f(item, &join(&join(at, key), i.to_string()));
            }
        }
    }
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for (name, prop) in props.iter_mut() {
            f(prop, &join(&join(at, "properties"), name));
        }
    }
}

// ---- Swagger 2.0 --------------------------------------------------------------------------

/// Rewrites a Swagger 2.0 document into OpenAPI 3.0.
pub fn from_swagger2(tree: &mut Value, diags: &mut Diagnostics) {
    let Value::Object(root) = std::mem::take(tree) else {
        return;
    };
    let mut out = Map::new();
    out.insert("openapi".into(), json!(TARGET));
    for key in ["info", "tags", "externalDocs", "security"] {
        if let Some(v) = root.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    for (key, value) in &root {
        if key.starts_with("x-") {
            out.insert(key.clone(), value.clone());
        }
    }
    out.insert("servers".into(), servers(&root));
    let consumes = strings(root.get("consumes"));
    let produces = strings(root.get("produces"));
    let global_params = root
        .get("parameters")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();

    out.insert(
        "components".into(),
        components2(&root, &produces, &global_params, diags),
    );
    let ctx = Context {
        consumes: &consumes,
        produces: &produces,
        global_params: &global_params,
    };
    let paths = match root.get("paths") {
        Some(Value::Object(items)) => items
            .iter()
            .map(|(path, item)| (path.clone(), path_item2(item, &ctx)))
            .collect(),
        _ => Map::new(),
    };
    out.insert("paths".into(), Value::Object(paths));
    let mut upgraded = Value::Object(out);
    rewrite_refs(&mut upgraded);
    *tree = upgraded;
}

/// `definitions`, global non-body `parameters`, `responses` and `securityDefinitions` as
/// 3.0 components.
fn components2(
    root: &Map<String, Value>,
    produces: &[String],
    global_params: &Map<String, Value>,
    diags: &mut Diagnostics,
) -> Value {
    let mut components = Map::new();
    if let Some(Value::Object(definitions)) = root.get("definitions") {
        let schemas: Map<String, Value> = definitions
            .iter()
            .map(|(name, schema)| (name.clone(), schema2(schema)))
            .collect();
        components.insert("schemas".into(), Value::Object(schemas));
    }
    // Body and form parameters become request bodies where operations use them.
    let parameters: Map<String, Value> = global_params
        .iter()
        .filter(|(_, p)| {
            !matches!(
                p.get("in").and_then(Value::as_str),
                Some("body" | "formData")
            )
        })
        .map(|(name, p)| (name.clone(), parameter2(p)))
        .collect();
    if !parameters.is_empty() {
        components.insert("parameters".into(), Value::Object(parameters));
    }
    if let Some(Value::Object(responses)) = root.get("responses") {
        let converted: Map<String, Value> = responses
            .iter()
            .map(|(name, r)| (name.clone(), response2(r, produces)))
            .collect();
        components.insert("responses".into(), Value::Object(converted));
    }
    if let Some(Value::Object(definitions)) = root.get("securityDefinitions") {
        let mut schemes = Map::new();
        for (name, d) in definitions {
            match security2(d) {
                Some(s) => {
                    schemes.insert(name.clone(), s);
                }
                None => diags.warning(
                    "unsupported-scheme",
                    join("/securityDefinitions", name),
                    "this security definition has no OpenAPI 3.0 form and is ignored",
                ),
            }
        }
        components.insert("securitySchemes".into(), Value::Object(schemes));
    }
    Value::Object(components)
}

/// A path item: its operations converted, its shared `parameters` merged into each of them.
fn path_item2(item: &Value, ctx: &Context<'_>) -> Value {
    let Value::Object(item) = item else {
        return item.clone();
    };
    let shared: Vec<Value> = item
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut converted = Map::new();
    for (key, value) in item {
        match key.as_str() {
            "get" | "put" | "post" | "delete" | "options" | "head" | "patch" => {
                converted.insert(key.clone(), operation2(value, &shared, ctx));
            }
            "parameters" => {}
            _ => {
                converted.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Object(converted)
}

struct Context<'a> {
    consumes: &'a [String],
    produces: &'a [String],
    global_params: &'a Map<String, Value>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// `host`, `basePath` and `schemes` as servers: one per scheme, or the base path alone.
fn servers(root: &Map<String, Value>) -> Value {
    let base = root.get("basePath").and_then(Value::as_str).unwrap_or("");
    let Some(host) = root.get("host").and_then(Value::as_str) else {
        return if base.is_empty() {
            json!([])
        } else {
            json!([{ "url": base }])
        };
    };
    let mut schemes = strings(root.get("schemes"));
    if schemes.is_empty() {
        schemes.push("https".into());
    }
    Value::Array(
        schemes
            .iter()
            .map(|s| json!({ "url": format!("{s}://{host}{base}") }))
            .collect(),
    )
}

/// `#/definitions/X` and friends → their 3.0 places.
fn rewrite_refs(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                for (from, to) in [
                    ("#/definitions/", "#/components/schemas/"),
                    ("#/parameters/", "#/components/parameters/"),
                    ("#/responses/", "#/components/responses/"),
                ] {
                    if let Some(rest) = r.strip_prefix(from) {
                        *r = format!("{to}{rest}");
                        break;
                    }
                }
            }
            map.values_mut().for_each(rewrite_refs);
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

/// A 2.0 schema in 3.0 form: `x-nullable`, `type: file`, a string `discriminator`.
fn schema2(schema: &Value) -> Value {
    let mut schema = schema.clone();
    schema2_in_place(&mut schema);
    schema
}

fn schema2_in_place(node: &mut Value) {
    let Value::Object(map) = node else {
        return;
    };
    if let Some(nullable) = map.remove(crate::extensions::NULLABLE) {
        map.insert("nullable".into(), nullable);
    }
    if map.get("type").and_then(Value::as_str) == Some("file") {
        map.insert("type".into(), json!("string"));
        map.insert("format".into(), json!("binary"));
    }
    if let Some(Value::String(property)) = map.get("discriminator").cloned() {
        map.insert("discriminator".into(), json!({ "propertyName": property }));
    }
    for_each_subschema(map, "", &mut |schema, _| schema2_in_place(schema));
}

/// The keys of a 2.0 non-body parameter that describe its value.
const VALUE_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
];

/// The schema of a non-body parameter (or of a response header, or of an array's items).
fn value_schema(p: &Map<String, Value>) -> Value {
    let mut schema = Map::new();
    for key in VALUE_KEYS {
        if let Some(v) = p.get(*key) {
            let v = match (*key, v) {
                ("items", Value::Object(items)) => value_schema(items),
                _ => v.clone(),
            };
            schema.insert((*key).to_string(), v);
        }
    }
    if let Some(nullable) = p.get(crate::extensions::NULLABLE) {
        schema.insert("nullable".into(), nullable.clone());
    }
    let mut schema = Value::Object(schema);
    schema2_in_place(&mut schema);
    schema
}

/// A query, path, header or cookie parameter in 3.0 form.
fn parameter2(p: &Value) -> Value {
    let Value::Object(p) = p else {
        return p.clone();
    };
    if p.contains_key("$ref") {
        return Value::Object(p.clone());
    }
    let mut out = Map::new();
    for key in [
        "name",
        "in",
        "description",
        "required",
        "deprecated",
        "allowEmptyValue",
    ] {
        if let Some(v) = p.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    let location = p.get("in").and_then(Value::as_str).unwrap_or("query");
    match p.get("collectionFormat").and_then(Value::as_str) {
        Some("multi") => {
            out.insert("style".into(), json!("form"));
            out.insert("explode".into(), json!(true));
        }
        Some("ssv") if location == "query" => {
            out.insert("style".into(), json!("spaceDelimited"));
            out.insert("explode".into(), json!(false));
        }
        Some("pipes") if location == "query" => {
            out.insert("style".into(), json!("pipeDelimited"));
            out.insert("explode".into(), json!(false));
        }
        _ if p.get("type").and_then(Value::as_str) == Some("array") => {
            // csv, the default (and tsv, which 3.0 cannot say): comma-separated.
            let style = if location == "query" || location == "cookie" {
                "form"
            } else {
                "simple"
            };
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(false));
        }
        _ => {}
    }
    out.insert("schema".into(), value_schema(p));
    Value::Object(out)
}

/// The parameter a `$ref` to `#/parameters/X` names, or the parameter itself.
fn resolve_param<'v>(p: &'v Value, ctx: &'v Context<'_>) -> &'v Value {
    p.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/parameters/"))
        .and_then(|name| ctx.global_params.get(name))
        .unwrap_or(p)
}

fn operation2(op: &Value, shared: &[Value], ctx: &Context<'_>) -> Value {
    let Value::Object(op) = op else {
        return op.clone();
    };
    let consumes = match strings(op.get("consumes")) {
        c if c.is_empty() => ctx.consumes.to_vec(),
        c => c,
    };
    let produces = match strings(op.get("produces")) {
        p if p.is_empty() => ctx.produces.to_vec(),
        p => p,
    };
    let mut out = Map::new();
    for (key, value) in op {
        match key.as_str() {
            "consumes" | "produces" | "parameters" | "responses" | "schemes" => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    let mut params = Vec::new();
    let mut form = Form::default();
    for p in merged_params(op, shared, ctx) {
        let resolved = resolve_param(&p, ctx);
        match resolved.get("in").and_then(Value::as_str) {
            Some("body") => {
                out.insert("requestBody".into(), body2(resolved, &consumes));
            }
            Some("formData") => form.add(resolved),
            _ if p.get("$ref").is_some() => params.push(p),
            _ => params.push(parameter2(&p)),
        }
    }
    if let Some(body) = form.request_body(&consumes) {
        out.insert("requestBody".into(), body);
    }
    if !params.is_empty() {
        out.insert("parameters".into(), Value::Array(params));
    }
    let responses: Map<String, Value> = op
        .get("responses")
        .and_then(Value::as_object)
        .map(|rs| {
            rs.iter()
                .map(|(status, r)| (status.clone(), response2(r, &produces)))
                .collect()
        })
        .unwrap_or_default();
    out.insert("responses".into(), Value::Object(responses));
    Value::Object(out)
}

/// The path item's shared parameters, less those the operation overrides (same name and
/// location), then the operation's own.
fn merged_params(op: &Map<String, Value>, shared: &[Value], ctx: &Context<'_>) -> Vec<Value> {
    let own: Vec<Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let key_of = |p: &Value| {
        let p = resolve_param(p, ctx);
        let text = |key| p.get(key).and_then(Value::as_str).unwrap_or_default();
        (text("name").to_string(), text("in").to_string())
    };
    let mut all: Vec<Value> = shared
        .iter()
        .filter(|s| own.iter().all(|o| key_of(o) != key_of(s)))
        .cloned()
        .collect();
    all.extend(own);
    all
}

/// `content` giving `schema` under each media type, `application/json` when none is named.
fn content2(schema: Value, media: &[String]) -> Value {
    let content: Map<String, Value> = if media.is_empty() {
        [("application/json".to_string(), json!({ "schema": schema }))]
            .into_iter()
            .collect()
    } else {
        media
            .iter()
            .map(|m| (m.clone(), json!({ "schema": schema })))
            .collect()
    };
    Value::Object(content)
}

/// A `body` parameter as a request body.
fn body2(param: &Value, consumes: &[String]) -> Value {
    let schema = param.get("schema").map(schema2).unwrap_or(json!({}));
    let mut body = Map::new();
    if let Some(d) = param.get("description") {
        body.insert("description".into(), d.clone());
    }
    body.insert("content".into(), content2(schema, consumes));
    if let Some(r) = param.get("required") {
        body.insert("required".into(), r.clone());
    }
    Value::Object(body)
}

/// An operation's `formData` parameters, gathered into one object schema.
#[derive(Default)]
struct Form {
    properties: Map<String, Value>,
    required: Vec<Value>,
    has_file: bool,
}

impl Form {
    fn add(&mut self, param: &Value) {
        let Value::Object(fields) = param else {
            return;
        };
        let name = fields
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        self.has_file |= fields.get("type").and_then(Value::as_str) == Some("file");
        let mut schema = value_schema(fields);
        if let (Value::Object(s), Some(d)) = (&mut schema, fields.get("description")) {
            s.insert("description".into(), d.clone());
        }
        if fields.get("required") == Some(&json!(true)) {
            self.required.push(json!(name));
        }
        self.properties.insert(name, schema);
    }

    /// The request body: multipart when a field is a file or the operation consumes
    /// multipart, URL-encoded otherwise; `None` without form fields.
    fn request_body(self, consumes: &[String]) -> Option<Value> {
        if self.properties.is_empty() {
            return None;
        }
        let media = if self.has_file || consumes.iter().any(|c| c.starts_with("multipart/")) {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let required = !self.required.is_empty();
        let mut schema = json!({ "type": "object", "properties": self.properties });
        if required {
            schema["required"] = Value::Array(self.required);
        }
        Some(json!({
            "required": required,
            "content": { media: { "schema": schema } },
        }))
    }
}

fn response2(r: &Value, produces: &[String]) -> Value {
    let Value::Object(r) = r else {
        return r.clone();
    };
    if r.contains_key("$ref") {
        return Value::Object(r.clone());
    }
    let mut out = Map::new();
    out.insert(
        "description".into(),
        r.get("description").cloned().unwrap_or(json!("")),
    );
    if let Some(schema) = r.get("schema") {
        out.insert("content".into(), content2(schema2(schema), produces));
    }
    if let Some(Value::Object(headers)) = r.get("headers") {
        let converted: Map<String, Value> = headers
            .iter()
            .map(|(name, h)| {
                let mut header = Map::new();
                if let Value::Object(h) = h {
                    if let Some(d) = h.get("description") {
                        header.insert("description".into(), d.clone());
                    }
                    header.insert("schema".into(), value_schema(h));
                }
                (name.clone(), Value::Object(header))
            })
            .collect();
        out.insert("headers".into(), Value::Object(converted));
    }
    Value::Object(out)
}

/// A 2.0 security definition in 3.0 form.
fn security2(d: &Value) -> Option<Value> {
    let description = d.get("description").cloned();
    let mut out = match d.get("type").and_then(Value::as_str)? {
        "basic" => json!({ "type": "http", "scheme": "basic" }),
        "apiKey" => json!({ "type": "apiKey", "name": d.get("name")?, "in": d.get("in")? }),
        "oauth2" => {
            let scopes = d.get("scopes").cloned().unwrap_or(json!({}));
            let flow = match d.get("flow").and_then(Value::as_str)? {
                "implicit" => json!({ "implicit": {
                    "authorizationUrl": d.get("authorizationUrl")?, "scopes": scopes } }),
                "password" => json!({ "password": {
                    "tokenUrl": d.get("tokenUrl")?, "scopes": scopes } }),
                "application" => json!({ "clientCredentials": {
                    "tokenUrl": d.get("tokenUrl")?, "scopes": scopes } }),
                "accessCode" => json!({ "authorizationCode": {
                    "authorizationUrl": d.get("authorizationUrl")?,
                    "tokenUrl": d.get("tokenUrl")?, "scopes": scopes } }),
                _ => return None,
            };
            json!({ "type": "oauth2", "flows": flow })
        }
        _ => return None,
    };
    if let (Some(description), Value::Object(map)) = (description, &mut out) {
        map.insert("description".into(), description);
    }
    Some(out)
}
