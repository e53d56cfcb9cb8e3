//! Request bodies by media type, multipart parts, and how media types are classified.

use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn body(
        &mut self,
        body: &openapiv3::RequestBody,
        pointer: &str,
        op_type: &str,
    ) -> Option<Body> {
        let offered: Vec<String> = body.content.keys().cloned().collect();
        let (media_type, media) = body
            .content
            .iter()
            .min_by_key(|(m, _)| body_preference(m))?;
        let kind = body_kind(media_type);
        let at = join(&join(pointer, "content"), media_type);
        let hint = format!("{op_type}Body");
        let mut parts = Vec::new();
        let ty = match kind {
            BodyKind::Json | BodyKind::Form => match &media.schema {
                Some(s) => self.use_operation_schema(SchemaRef::of(s), &join(&at, "schema"), &hint),
                None => TypeRef::Prim(Primitive::Any),
            },
            BodyKind::Multipart => {
                parts = match &media.schema {
                    Some(s) => self.multipart_parts(s, &join(&at, "schema"), op_type),
                    None => Vec::new(),
                };
                if parts.is_empty() {
                    self.diags.push(
                        Diagnostic::warning("multipart-fallback", self.diags.file(), at.clone(), "this multipart body has no object schema with properties to type its parts")
                            .with_help("clients take a `reqwest::multipart::Form` that the caller builds; servers get the raw body"),
                    );
                }
                TypeRef::Prim(Primitive::Any)
            }
            BodyKind::Binary => {
                if !is_binary_media(media_type) {
                    self.diags.push(
                        Diagnostic::warning(
                            "media-type-fallback",
                            self.diags.file(),
                            at.clone(),
                            format!("request media type `{media_type}` is sent as raw bytes"),
                        )
                        .with_help("the caller encodes the body"),
                    );
                }
                TypeRef::Prim(Primitive::Bytes)
            }
            BodyKind::Text => TypeRef::Prim(Primitive::String),
        };
        Some(Body {
            kind,
            media_type: media_type.clone(),
            ty,
            required: body.required,
            description: body.description.clone(),
            offered,
            parts,
        })
    }

    /// The parts of a multipart body whose schema is an object: binary strings are files,
    /// arrays of them several files, anything else a value sent as text.
    pub(super) fn multipart_parts(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        op_type: &str,
    ) -> Vec<Part> {
        let at = match schema {
            ReferenceOr::Reference { reference } => reference.trim_start_matches('#').to_string(),
            ReferenceOr::Item(_) => pointer.to_string(),
        };
        let Some(schema) = self.resolve_component(schema, pointer, "schemas", |c| &c.schemas)
        else {
            return Vec::new();
        };
        let view = View::new(schema);
        let required: BTreeSet<&str> = view.required.iter().map(String::as_str).collect();
        let mut scope = NameScope::new();
        let mut parts = Vec::new();
        for (name, prop) in &view.properties {
            let prop_at = join(&join(&at, "properties"), name);
            let is_binary = |s: SchemaRef<'_>| match s {
                SchemaRef::Item(s) => {
                    let v = View::new(s);
                    v.typ == Some("string") && v.format == Some("binary")
                }
                SchemaRef::Ref(_) => false,
            };
            let kind = match prop {
                p if is_binary(*p) => PartKind::File,
                SchemaRef::Item(s)
                    if View::new(s).typ == Some("array")
                        && View::new(s).items.is_some_and(is_binary) =>
                {
                    PartKind::Files
                }
                p => PartKind::Value(self.use_operation_schema(
                    *p,
                    &prop_at,
                    &format!("{op_type}_{name}"),
                )),
            };
            let (rust_name, renamed) = scope.claim(&naming::snake_name(name, "part"));
            if renamed {
                self.diags.warning(
                    "name-collision",
                    prop_at.clone(),
                    format!("part `{name}` is named `{rust_name}` to keep field names unique"),
                );
            }
            let description = match prop {
                SchemaRef::Item(s) => s.schema_data.description.clone(),
                SchemaRef::Ref(_) => None,
            };
            parts.push(Part {
                name: name.to_string(),
                rust_name,
                required: required.contains(name),
                kind,
                description,
                constraints: self.constraints(*prop, &prop_at),
            });
        }
        parts
    }
}

pub(super) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

pub(super) fn is_json(media_type: &str) -> bool {
    let m = essence(media_type);
    m == "application/json" || m.ends_with("+json") || m == "*/*" || m == "application/*"
}

pub(super) fn is_binary_media(media_type: &str) -> bool {
    let m = essence(media_type);
    m == "application/octet-stream"
        || m.starts_with("image/")
        || m.starts_with("audio/")
        || m.starts_with("video/")
        || m == "application/pdf"
        || m == "application/zip"
}

/// Request bodies: JSON, then form, multipart, text, raw bytes.
pub(super) fn body_preference(media_type: &str) -> u8 {
    match body_kind(media_type) {
        BodyKind::Json => 0,
        BodyKind::Form => 1,
        BodyKind::Multipart => 2,
        BodyKind::Text => 3,
        BodyKind::Binary => 4,
    }
}

pub(super) fn body_kind(media_type: &str) -> BodyKind {
    let m = essence(media_type);
    if is_json(&m) {
        BodyKind::Json
    } else if m == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if m == "multipart/form-data" || m == "multipart/mixed" {
        BodyKind::Multipart
    } else if m == "text/plain" {
        BodyKind::Text
    } else {
        BodyKind::Binary
    }
}

pub(super) fn response_kind(media_type: &str) -> ResponseKind {
    let m = essence(media_type);
    if is_json(&m) {
        ResponseKind::Json
    } else if m.starts_with("text/") && m != "text/event-stream" {
        ResponseKind::Text
    } else {
        ResponseKind::Binary
    }
}

pub(super) fn response_preference(media_type: &str) -> u8 {
    match response_kind(media_type) {
        ResponseKind::Json => 0,
        ResponseKind::Text => 1,
        ResponseKind::Binary => 2,
    }
}
