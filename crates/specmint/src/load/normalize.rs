//! OpenAPI as real documents write it, rewritten into what `openapiv3` reads, before `$ref`s
//! are resolved:
//! - boolean schemas (`true`, `false`, from JSON Schema; common in 3.0 documents too) become
//!   `{}` and `{"not": {}}`;
//! - a callback given as a `$ref` becomes a copy of the callback it names;
//! - a path key with a query string (`/uploads?convert={convert}`) becomes its path, the query's
//!   names becoming query parameters of its operations (declared ones kept, the rest implied as
//!   optional strings), with a warning.

use serde_json::{json, Value};

use super::lookup;
use crate::diagnostics::{join, Diagnostics};

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Rewrites the tree in place; returns whether anything changed.
pub fn normalize(tree: &mut Value, diags: &mut Diagnostics) -> bool {
    let mut changed = boolean_schemas(tree);
    changed |= callback_refs(tree, diags);
    changed |= query_paths(tree, diags);
    changed
}

// ---- boolean schemas ----------------------------------------------------------------------

/// Finds the schemas: each of `components.schemas` and every `schema` key. Example and default
/// values are data, and are left alone.
fn boolean_schemas(tree: &mut Value) -> bool {
    let mut changed = false;
    if let Some(Value::Object(schemas)) = tree.pointer_mut("/components/schemas") {
        let mut stack: Vec<(&mut Value, bool)> = schemas.values_mut().map(|s| (s, true)).collect();
        changed |= walk(&mut stack);
    }
    changed | walk(&mut vec![(tree, false)])
}

/// Works through `stack`: (node, whether it is a schema).
fn walk(stack: &mut Vec<(&mut Value, bool)>) -> bool {
    let mut changed = false;
    while let Some((node, is_schema)) = stack.pop() {
        if is_schema {
            changed |= schema_in_place(node, stack);
            continue;
        }
        match node {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if matches!(key.as_str(), "example" | "examples" | "default")
                        || key.starts_with("x-")
                    {
                        continue;
                    }
                    stack.push((value, key == "schema"));
                }
            }
            Value::Array(items) => stack.extend(items.iter_mut().map(|v| (v, false))),
            _ => {}
        }
    }
    changed
}

/// One schema: a boolean becomes its object form; the schemas inside go on the stack.
fn schema_in_place<'v>(node: &'v mut Value, stack: &mut Vec<(&'v mut Value, bool)>) -> bool {
    match node {
        Value::Bool(true) => {
            *node = json!({});
            true
        }
        Value::Bool(false) => {
            *node = json!({ "not": {} });
            true
        }
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match key.as_str() {
                    // `additionalProperties: true/false` is 3.0 already.
                    "items" | "not" => stack.push((value, true)),
                    "additionalProperties" if value.is_object() => stack.push((value, true)),
                    "allOf" | "anyOf" | "oneOf" => {
                        if let Value::Array(members) = value {
                            stack.extend(members.iter_mut().map(|m| (m, true)));
                        }
                    }
                    "properties" => {
                        if let Value::Object(props) = value {
                            stack.extend(props.values_mut().map(|p| (p, true)));
                        }
                    }
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

// ---- callbacks ----------------------------------------------------------------------------

/// `callbacks: {name: {"$ref": ...}}` in operations: the `$ref` replaced by its target.
fn callback_refs(tree: &mut Value, diags: &mut Diagnostics) -> bool {
    let mut found = Vec::new();
    if let Some(Value::Object(paths)) = tree.get("paths") {
        for (path, item) in paths {
            for method in METHODS {
                let Some(Value::Object(callbacks)) =
                    item.get(method).and_then(|o| o.get("callbacks"))
                else {
                    continue;
                };
                for (name, callback) in callbacks {
                    if let Some(reference) = callback.get("$ref").and_then(Value::as_str) {
                        let at = join(
                            &join(&join(&join("/paths", path), method), "callbacks"),
                            name,
                        );
                        found.push((at, reference.to_string()));
                    }
                }
            }
        }
    }
    let mut changed = false;
    for (at, reference) in found {
        let target = reference
            .strip_prefix('#')
            .and_then(|pointer| lookup(tree, pointer))
            .cloned();
        match target {
            Some(target) if !target.get("$ref").is_some_and(Value::is_string) => {
                if let Some(slot) = tree.pointer_mut(&at) {
                    *slot = target;
                    changed = true;
                }
            }
            _ => diags.error(
                "dangling-ref",
                join(&at, "$ref"),
                format!("callback `$ref` \"{reference}\" does not point to a callback"),
            ),
        }
    }
    changed
}

// ---- path keys with a query string --------------------------------------------------------

/// The names of a query string (`convert={convert}&x` → `convert`, `x`).
fn query_names(query: &str) -> Vec<String> {
    query
        .split('&')
        .filter_map(|pair| {
            let name = pair.split('=').next().unwrap_or_default().trim();
            (!name.is_empty()).then(|| name.to_string())
        })
        .collect()
}

/// The name and location of a parameter object, following a component `$ref`.
fn parameter_name<'t>(root: &'t Value, parameter: &'t Value) -> Option<(&'t str, &'t str)> {
    let parameter = match parameter.get("$ref").and_then(Value::as_str) {
        Some(reference) => lookup(root, reference.strip_prefix('#')?)?,
        None => parameter,
    };
    Some((
        parameter.get("name")?.as_str()?,
        parameter.get("in")?.as_str()?,
    ))
}

fn query_paths(tree: &mut Value, diags: &mut Diagnostics) -> bool {
    let keys: Vec<String> = match tree.get("paths") {
        Some(Value::Object(paths)) => paths.keys().filter(|k| k.contains('?')).cloned().collect(),
        _ => return false,
    };
    let mut changed = false;
    for key in keys {
        let at = join("/paths", &key);
        let (path, query) = key.split_once('?').unwrap_or((&key, ""));
        let names = query_names(query);
        // A path that has the same method already (operations told apart by their query
        // string, as in `/rest?method=a` and `/rest?method=b`) is kept as written.
        let clash: Vec<String> = match (
            tree.pointer(&at),
            tree.get("paths").and_then(|p| p.get(path)),
        ) {
            (Some(Value::Object(item)), Some(Value::Object(existing))) => item
                .keys()
                .filter(|k| METHODS.contains(&k.as_str()) && existing.contains_key(*k))
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        if !clash.is_empty() {
            diags.warning(
                "query-in-path",
                at,
                format!(
                    "path `{key}` has a query string, and path `{path}` has `{}` too: kept as written (a generated server cannot route it)",
                    clash.join("`, `")
                ),
            );
            continue;
        }
        let Some(mut item) = tree
            .get_mut("paths")
            .and_then(Value::as_object_mut)
            .and_then(|paths| paths.shift_remove(&key))
        else {
            continue;
        };
        imply_query_parameters(tree, &mut item, &names);
        let Some(Value::Object(paths)) = tree.get_mut("paths") else {
            continue;
        };
        match paths.get_mut(path) {
            Some(Value::Object(existing)) => {
                if let Value::Object(item) = item {
                    existing.extend(item);
                }
            }
            _ => {
                paths.insert(path.to_string(), item);
            }
        }
        diags.warning(
            "query-in-path",
            at,
            format!(
                "path `{key}` has a query string: read as `{path}` with query parameter(s) {}",
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        changed = true;
    }
    changed
}

/// Makes each of `names` a query parameter of every operation of `item`: a parameter declared
/// `in: path` under that name (the query's `{name}` looked like a path template) moves to the
/// query, and a name not declared at all gets an optional string parameter.
fn imply_query_parameters(root: &Value, item: &mut Value, names: &[String]) {
    let Value::Object(item_map) = item else {
        return;
    };
    let mut declared_on_item: Vec<(String, String)> = Vec::new();
    if let Some(Value::Array(params)) = item_map.get_mut("parameters") {
        fix_locations(params, names);
        declared_on_item = params
            .iter()
            .filter_map(|p| parameter_name(root, p))
            .map(|(n, l)| (n.to_string(), l.to_string()))
            .collect();
    }
    for method in METHODS {
        let Some(Value::Object(op)) = item_map.get_mut(*method) else {
            continue;
        };
        let params = op
            .entry("parameters")
            .or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(params) = params else {
            continue;
        };
        fix_locations(params, names);
        let declared: Vec<(String, String)> = params
            .iter()
            .filter_map(|p| parameter_name(root, p))
            .map(|(n, l)| (n.to_string(), l.to_string()))
            .chain(declared_on_item.iter().cloned())
            .collect();
        for name in names {
            if !declared.iter().any(|(n, l)| n == name && l == "query") {
                params.push(json!({"name": name, "in": "query", "schema": {"type": "string"}}));
            }
        }
    }
}

/// Inline parameters declared `in: path` under one of `names` move to the query.
fn fix_locations(params: &mut [Value], names: &[String]) {
    for p in params.iter_mut() {
        let Some(map) = p.as_object_mut() else {
            continue;
        };
        let is_named = map
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| names.iter().any(|m| m == n));
        if is_named && map.get("in").and_then(Value::as_str) == Some("path") {
            map.insert("in".into(), json!("query"));
            map.insert("required".into(), json!(false));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boolean_schemas_become_objects_and_data_is_left_alone() {
        let mut tree = json!({
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"x": true, "y": false},
                      "example": {"x": true}},
                "B": true,
            }},
        });
        let mut diags = Diagnostics::new("t.json");
        assert!(normalize(&mut tree, &mut diags));
        assert_eq!(
            tree["components"]["schemas"]["A"]["properties"]["x"],
            json!({})
        );
        assert_eq!(
            tree["components"]["schemas"]["A"]["properties"]["y"],
            json!({"not": {}})
        );
        assert_eq!(
            tree["components"]["schemas"]["A"]["example"]["x"],
            json!(true)
        );
        assert_eq!(tree["components"]["schemas"]["B"], json!({}));
    }

    #[test]
    fn a_query_string_in_a_path_key_becomes_query_parameters() {
        let mut tree = json!({"paths": {"/uploads?convert={convert}&mode": {"post": {
            "parameters": [{"name": "convert", "in": "path", "required": true,
                            "schema": {"type": "boolean"}}],
            "responses": {}
        }}}});
        let mut diags = Diagnostics::new("t.json");
        assert!(normalize(&mut tree, &mut diags));
        let params = &tree["paths"]["/uploads"]["post"]["parameters"];
        assert_eq!(params[0]["in"], "query");
        assert_eq!(params[0]["schema"]["type"], "boolean");
        assert_eq!(
            params[1],
            json!({"name": "mode", "in": "query", "schema": {"type": "string"}})
        );
        assert!(diags.items().iter().any(|d| d.kind == "query-in-path"));
    }

    #[test]
    fn operations_told_apart_by_a_query_string_are_kept_as_written() {
        let mut tree = json!({"paths": {
            "/rest?method=a": {"get": {"responses": {}}},
            "/rest": {"get": {"responses": {}}},
        }});
        let mut diags = Diagnostics::new("t.json");
        normalize(&mut tree, &mut diags);
        assert!(tree["paths"]["/rest?method=a"]["get"].is_object());
        assert!(diags.items().iter().all(|d| d.kind == "query-in-path"));
    }
}
