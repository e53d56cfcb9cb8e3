//! botocore service models (`service-2.json`, protocol `rest-json`) → OpenAPI 3.0.
//!
//! A botocore model lists operations (HTTP method, request URI, input, output and error
//! shapes) and shapes (structures, lists, maps, strings, numbers, timestamps, blobs). Members
//! of an input structure sit in the URI, the query string, a header or the JSON body; the
//! importer turns them into parameters and a body schema, errors into responses under their
//! `httpStatusCode`, documentation from HTML into markdown, and the signature into a SigV4
//! security scheme carrying the signing name (`x-aws-sigv4`).

mod operations;
mod shapes;

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
    pub(super) fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::error("botocore", self.file, pointer, message));
    }

    pub(super) fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.warnings
            .push(Diagnostic::warning("botocore", self.file, pointer, message));
    }

    pub(super) fn markdown(&self, html: Option<&Value>) -> Option<String> {
        let html = html?.as_str()?.trim();
        if html.is_empty() {
            return None;
        }
        let text = self.html.convert(html).unwrap_or_else(|_| html.to_string());
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    pub(super) fn shape(&self, name: &str) -> Option<&'m Value> {
        self.model.get("shapes")?.get(name)
    }

    /// The whole OpenAPI document: the service's metadata, then its operations, then the
    /// shapes they reached.
    fn document(&mut self) -> Option<Value> {
        let service = self.service()?;
        let paths = self.paths(&service)?;
        self.reached_shapes();
        let mut document = json!({
            "openapi": "3.0.3",
            "info": service.info(self.markdown(self.model.get("documentation"))),
            "servers": [{
                "url": format!("https://{}.{{region}}.amazonaws.com", service.endpoint_prefix),
                "description": "The service's regional endpoint.",
                "variables": {"region": {"default": "us-east-1", "description": "The AWS Region, for example `eu-west-1`."}},
            }],
            "tags": [{"name": service.id, "description": format!("Operations of {}.", service.title)}],
            "paths": paths,
            "components": {
                "schemas": self.schemas,
                "securitySchemes": {"sigv4": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "AWS Signature Version 4: each request is signed with an access key, in the `Authorization` header.",
                    SIGV4_EXTENSION: {"name": service.signing_name, "region": "us-east-1"},
                }},
            },
            "security": [{"sigv4": []}],
        });
        if let Some(uid) = &service.uid {
            document["info"][AWS_UID] = Value::String(uid.clone());
        }
        Some(document)
    }

    /// Reads and checks `metadata`: only `rest-json` models signed with SigV4 are imported.
    fn service(&mut self) -> Option<Service> {
        let Some(metadata) = self.model.get("metadata").and_then(Value::as_object) else {
            self.error(
                "/metadata",
                "the model has no `metadata` object; is this a botocore `service-2.json`?",
            );
            return None;
        };
        let text = |key: &str| {
            metadata
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
        };
        let list = |key: &str| -> Vec<&str> {
            metadata
                .get(key)
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default()
        };
        let protocol = text("protocol");
        if protocol != "rest-json" && !list("protocols").contains(&"rest-json") {
            self.error(
                "/metadata/protocol",
                format!(
                    "botocore protocol `{protocol}` is not supported: specmint imports `rest-json` models only \
                     (`json`, `query`, `ec2`, `rest-xml` and `smithy-rpc-v2-cbor` APIs are not described by HTTP routes OpenAPI can carry)"
                ),
            );
            return None;
        }
        let signature = text("signatureVersion");
        if !matches!(signature, "v4" | "s3v4") && !list("auth").contains(&"aws.auth#sigv4") {
            self.error(
                "/metadata/signatureVersion",
                format!("signature version `{signature}` is not supported: specmint signs with SigV4 (`v4`) only"),
            );
            return None;
        }
        let endpoint_prefix = text("endpointPrefix");
        if endpoint_prefix.is_empty() {
            self.error(
                "/metadata/endpointPrefix",
                "the model names no `endpointPrefix`, so the service has no URL",
            );
            return None;
        }
        let or =
            |first: &str, second: &str| if first.is_empty() { second } else { first }.to_string();
        let id = or(text("serviceId"), text("serviceFullName"));
        Some(Service {
            title: or(text("serviceFullName"), &id),
            signing_name: or(text("signingName"), endpoint_prefix),
            endpoint_prefix: endpoint_prefix.to_string(),
            api_version: text("apiVersion").to_string(),
            uid: metadata
                .get("uid")
                .and_then(Value::as_str)
                .map(str::to_string),
            id,
        })
    }

    /// Converts every operation, keyed by path then method; two operations on one route are
    /// an error.
    fn paths(&mut self, service: &Service) -> Option<IndexMap<String, Map<String, Value>>> {
        let Some(operations) = self.model.get("operations").and_then(Value::as_object) else {
            self.error("/operations", "the model has no `operations` object");
            return None;
        };
        let mut paths: IndexMap<String, Map<String, Value>> = IndexMap::new();
        for (name, op) in operations {
            let pointer = format!("/operations/{}", esc(name));
            let Some((path, method, operation)) = self.operation(name, op, &pointer, &service.id)
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
        Some(paths)
    }

    /// Converts the shapes the operations reached, and those they reach in turn, into
    /// component schemas sorted by name.
    fn reached_shapes(&mut self) {
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
    }
}

/// What `metadata` says about the service, checked.
struct Service {
    title: String,
    /// `serviceId`, the tag every operation is grouped under.
    id: String,
    signing_name: String,
    endpoint_prefix: String,
    api_version: String,
    uid: Option<String>,
}

impl Service {
    fn info(&self, description: Option<String>) -> Value {
        let mut info = json!({"title": self.title, "version": self.api_version});
        if let Some(description) = description {
            info["description"] = Value::String(description);
        }
        info
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
