//! Shapes → schemas: structures, lists, maps, enums, numbers, timestamps and blobs, as
//! components or inline.

use super::*;

impl<'m> Importer<'m> {
    pub(super) fn want(&mut self, name: &str) {
        if !self.schemas.contains_key(name) {
            self.wanted.push(name.to_string());
        }
    }

    /// A component schema for a named shape.
    pub(super) fn component(&mut self, name: &str) -> Value {
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
    pub(super) fn structure(
        &mut self,
        name: &str,
        shape: &Value,
        only: Option<&[String]>,
    ) -> Value {
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
    pub(super) fn member_schema(
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
    pub(super) fn inline(
        &mut self,
        name: &str,
        pointer: &str,
        location: Location,
    ) -> Option<Value> {
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
pub(super) fn required_of(shape: &Value) -> Vec<&str> {
    shape
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The schema of a timestamp in one of botocore's formats.
pub(super) fn timestamp(format: &str) -> Value {
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
