//! Reading a spec: bytes → JSON tree → `$ref`s checked and inlined → `openapiv3::OpenAPI`.
//!
//! Every failure becomes a [`Diagnostic`] naming the file and the JSON pointer of the node
//! (line and column for syntax errors). Nothing here panics on any input.

mod normalize;
mod parse;
mod refs;
mod upgrade;

use std::path::Path;

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Diagnostics};

pub use parse::parse_tree;
pub use refs::ORIGIN_KEY;

/// A loaded OpenAPI document, ready for lowering.
#[derive(Debug)]
pub struct Document {
    /// The file name as it appears in diagnostics.
    pub file: String,
    pub api: openapiv3::OpenAPI,
}

/// Loads and checks a spec file. Errors and warnings are collected in `diags`; `None` means the
/// document could not be read at all. A document is returned even when reference errors were
/// recorded, so that lowering can report more problems in the same run.
pub fn load_file(path: &Path, display_name: &str, diags: &mut Diagnostics) -> Option<Document> {
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(&bytes, display_name, diags),
        Err(e) => {
            diags.error("io", "", format!("cannot read spec file: {e}"));
            None
        }
    }
}

/// Loads a spec from memory; `file` is the name used in diagnostics.
///
/// A JSON document is also parsed straight into `openapiv3`'s types on a second thread while
/// this one builds the tree and checks its references. When the tree needs no change (an
/// OpenAPI 3.0 document whose references all name components, with nothing to decode), that
/// parse is the document, and deserializing the tree, the slowest part of loading, is skipped.
pub fn load_bytes(bytes: &[u8], file: &str, diags: &mut Diagnostics) -> Option<Document> {
    std::thread::scope(|scope| {
        let direct = std::str::from_utf8(bytes)
            .is_ok_and(parse::is_json)
            .then(|| scope.spawn(|| serde_json::from_slice::<openapiv3::OpenAPI>(bytes).ok()));
        let mut tree = match parse_tree(bytes, file) {
            Ok(tree) => tree,
            Err(d) => {
                diags.push(*d);
                return None;
            }
        };
        let kind = check_kind(&tree, diags)?;
        match kind {
            Kind::OpenApi30 => {}
            Kind::OpenApi31 => upgrade::from_openapi31(&mut tree, diags),
            Kind::Swagger2 => upgrade::from_swagger2(&mut tree, diags),
        }
        // Reference errors do not stop loading: lowering goes on to find more problems, and
        // the result is refused at the end because errors were recorded.
        let normalized = normalize::normalize(&mut tree, diags);
        let changed = refs::resolve(&mut tree, diags) || normalized;
        let parsed = direct.and_then(|handle| {
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        let api = match parsed {
            Some(api) if matches!(kind, Kind::OpenApi30) && !changed => {
                // Freeing a large spec's tree takes a while; lowering need not wait for it.
                rayon::spawn(move || drop(tree));
                Ok(api)
            }
            _ => deserialize(tree, file),
        };
        match api {
            Ok(api) => Some(Document {
                file: file.to_string(),
                api,
            }),
            Err(d) => {
                diags.push(*d);
                None
            }
        }
    })
}

/// The kinds of document specmint reads; 3.1 and Swagger 2.0 are rewritten into 3.0 first.
enum Kind {
    OpenApi30,
    OpenApi31,
    Swagger2,
}

/// Is this an OpenAPI document specmint reads?
fn check_kind(tree: &Value, diags: &mut Diagnostics) -> Option<Kind> {
    let Some(root) = tree.as_object() else {
        diags.error(
            "not-openapi",
            "",
            "the document is not an OpenAPI description: its root is not a mapping",
        );
        return None;
    };
    match (root.get("openapi"), root.get("swagger")) {
        (Some(Value::String(v)), _) if v.starts_with("3.0") => Some(Kind::OpenApi30),
        (Some(Value::String(v)), _) if v.starts_with("3.1") => Some(Kind::OpenApi31),
        (Some(v), _) => {
            diags.error(
                "not-openapi",
                "/openapi",
                format!("unknown OpenAPI version {v}; expected a string like \"3.0.3\""),
            );
            None
        }
        (None, Some(Value::String(v))) if v == "2.0" => Some(Kind::Swagger2),
        (None, Some(v)) => {
            diags.push(
                Diagnostic::error(
                    "unsupported-version",
                    diags.file(),
                    "/swagger",
                    format!("Swagger {v} documents are not supported"),
                )
                .with_help("specmint reads Swagger 2.0 and OpenAPI 3.0 and 3.1"),
            );
            None
        }
        (None, None) => {
            diags.push(
                Diagnostic::error(
                    "not-openapi",
                    diags.file(),
                    "",
                    "the document is not an OpenAPI description: it has no `openapi` field",
                )
                .with_help("an OpenAPI 3.0 document starts with `openapi: 3.0.3`"),
            );
            None
        }
    }
}

/// Deserializes the checked tree, turning serde's error path into a JSON pointer.
fn deserialize(tree: Value, file: &str) -> Result<openapiv3::OpenAPI, Box<Diagnostic>> {
    // Without tracking the path first: tracking keeps a copy of every key on the way, and is
    // only needed to locate an error.
    if let Ok(api) = <openapiv3::OpenAPI as serde::Deserialize>::deserialize(&tree) {
        return Ok(api);
    }
    // A component the loader made from a schema inside another is reported where it was
    // written.
    let origins: Vec<(String, String)> = match tree.pointer("/components/schemas") {
        Some(Value::Object(schemas)) => schemas
            .iter()
            .filter_map(|(name, schema)| {
                let origin = schema.get(ORIGIN_KEY)?.as_str()?;
                Some((
                    crate::diagnostics::join("/components/schemas", name),
                    origin.to_string(),
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    serde_path_to_error::deserialize(tree).map_err(|err| {
        let mut pointer = String::new();
        for segment in err.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => {
                    pointer = crate::diagnostics::join(&pointer, index.to_string())
                }
                Segment::Map { key } => pointer = crate::diagnostics::join(&pointer, key),
                Segment::Enum { variant } => pointer = crate::diagnostics::join(&pointer, variant),
                Segment::Unknown => {}
            }
        }
        for (component, origin) in &origins {
            if let Some(rest) = pointer.strip_prefix(component.as_str()) {
                if rest.is_empty() || rest.starts_with('/') {
                    pointer = format!("{origin}{rest}");
                    break;
                }
            }
        }
        let message = format!("invalid OpenAPI document: {}", err.inner());
        Box::new(Diagnostic::error(
            "invalid-document",
            file,
            pointer,
            message,
        ))
    })
}

/// Follows a local JSON pointer (`#/a/b`) inside a tree.
pub(crate) fn lookup<'a>(tree: &'a Value, pointer: &str) -> Option<&'a Value> {
    let tokens = crate::diagnostics::split_pointer(pointer)?;
    let mut node = tree;
    for token in tokens {
        node = match node {
            Value::Object(map) => map.get(&token)?,
            Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document as deserialized from the checked tree, the way every YAML spec is read.
    fn through_the_tree(bytes: &[u8]) -> openapiv3::OpenAPI {
        let mut tree = parse_tree(bytes, "t.json").unwrap();
        let mut diags = Diagnostics::new("t.json");
        refs::resolve(&mut tree, &mut diags);
        deserialize(tree, "t.json").unwrap()
    }

    #[test]
    fn a_json_spec_parsed_directly_is_the_document_its_tree_gives() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/ory-hydra.json");
        let bytes = std::fs::read(path).unwrap();
        let mut diags = Diagnostics::new("t.json");
        let loaded = load_bytes(&bytes, "t.json", &mut diags).unwrap();
        assert!(diags.items().is_empty(), "{:?}", diags.items());
        assert_eq!(loaded.api, through_the_tree(&bytes));
    }

    #[test]
    fn a_json_spec_whose_tree_changes_is_read_from_the_tree() {
        // A reference into `paths` is inlined, and a percent-encoded one decoded: the direct
        // parse would have neither, so the document must come from the tree.
        let bytes = br##"{
          "openapi": "3.0.3",
          "info": {"title": "t", "version": "1.0.0"},
          "paths": {
            "/a": {"get": {"responses": {"200": {"description": "ok", "content": {
              "text/plain; charset=utf-8": {"schema": {"type": "string"}}}}}}},
            "/b": {"get": {"responses": {"200": {"$ref": "#/paths/~1a/get/responses/200"}}}},
            "/c": {"get": {"responses": {"200": {"description": "ok", "content": {
              "application/json": {"schema": {"$ref":
                "#/paths/~1a/get/responses/200/content/text~1plain;%20charset=utf-8/schema"}}}}}}}
          }
        }"##;
        let mut diags = Diagnostics::new("t.json");
        let loaded = load_bytes(bytes, "t.json", &mut diags).unwrap();
        assert!(diags.items().is_empty(), "{:?}", diags.items());
        let direct: openapiv3::OpenAPI = serde_json::from_slice(bytes).unwrap();
        assert_ne!(loaded.api, direct);
        assert_eq!(loaded.api, through_the_tree(bytes));
        let b = loaded.api.paths.paths["/b"].as_item().unwrap();
        let ok = &b.get.as_ref().unwrap().responses.responses;
        assert!(ok.values().all(|r| r.as_item().is_some()), "{ok:?}");
    }
}
