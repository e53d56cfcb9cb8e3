//! `$ref` checking and inlining.
//!
//! References to a component (`#/components/<kind>/<name>`) are kept, since `openapiv3` and the
//! lowering understand them. Every other local reference (for example into `#/paths/...`) is
//! replaced by a copy of its target, so later stages never see it. Dangling, external and cyclic
//! non-component references become errors at the pointer of the `$ref`.

use serde_json::Value;

use super::lookup;
use std::fmt::Write;

use crate::diagnostics::{join, push_token, split_pointer, Diagnostic, Diagnostics};

const COMPONENT_KINDS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

/// How many non-component references may nest, each inside the node another one copies.
const MAX_NESTED: usize = 200;

/// Extension key naming the pointer an inlined schema was copied from.
pub const ORIGIN_KEY: &str = crate::extensions::SPECMINT_ORIGIN;

/// Keys that mark an object as a schema.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "properties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "enum",
    "additionalProperties",
];

/// Does the value under `key` hold user data (examples, defaults, extensions) rather than spec
/// objects? A property literally named `example` is a schema, so keys directly under
/// `properties` never do, and `default` under `responses` is a response.
fn holds_data(key: &str, parent_key: Option<&str>) -> bool {
    match parent_key {
        Some("properties") => false,
        // `responses.default` is the response for any other status.
        Some("responses") => key.starts_with("x-"),
        _ => key == "example" || key == "default" || key == "enum" || key.starts_with("x-"),
    }
}

/// Checks every `$ref` in the tree and inlines those that do not name a component. Returns
/// whether the tree changed: a reference decoded or inlined.
pub fn resolve(tree: &mut Value, diags: &mut Diagnostics) -> bool {
    let decoded = decode_fragments(tree);
    // The tree is read as it is to find what to inline, and changed afterwards, so that no
    // copy of the whole of it is needed to look targets up in.
    let mut replacements = Vec::new();
    let taken = match tree.pointer("/components/schemas") {
        Some(Value::Object(schemas)) => schemas.keys().cloned().collect(),
        _ => Default::default(),
    };
    let mut resolver = Resolver {
        root: tree,
        stack: Vec::new(),
        done: Default::default(),
        hoisted: Default::default(),
        pending: Vec::new(),
        taken,
        diags,
    };
    resolver.scan(tree, &mut String::new(), None, &mut replacements);
    // Schemas inside component schemas that `$ref`s name become components of their own, each
    // scanned in turn (a work list, so that schemas referring to each other end).
    let mut components = Vec::new();
    while let Some((target, name)) = resolver.pending.pop() {
        let Some(found) = lookup(resolver.root, &target) else {
            continue;
        };
        let mut copy = resolver.resolved_copy(found, &target);
        if let Value::Object(map) = &mut copy {
            map.insert(ORIGIN_KEY.to_string(), Value::String(target.clone()));
        }
        components.push((name, copy));
    }
    let inlined = !replacements.is_empty() || !components.is_empty();
    for (pointer, copy) in replacements {
        if let Some(slot) = tree.pointer_mut(&pointer) {
            *slot = copy;
        }
    }
    if let Some(Value::Object(schemas)) = tree.pointer_mut("/components/schemas") {
        components.sort_by(|a, b| a.0.cmp(&b.0));
        schemas.extend(components);
    }
    decoded || inlined
}

/// The component name for a schema inside a component schema: a definition's own name
/// (`.../A/definitions/b` → `b`), else its path without the keywords between names
/// (`#/components/schemas/A/properties/b/items` → `A_b`). A name in use gets a number.
fn hoisted_name(target: &str) -> String {
    let tokens = split_pointer(target).unwrap_or_default();
    // A named definition goes by its own name (`.../definitions/pushOptionProperty`).
    if let [.., container, name] = tokens.as_slice() {
        if container == "definitions" || container == "$defs" {
            return name.clone();
        }
    }
    let names: Vec<&str> = tokens
        .iter()
        .skip(2)
        .map(String::as_str)
        .filter(|t| {
            !matches!(
                *t,
                "properties"
                    | "definitions"
                    | "$defs"
                    | "items"
                    | "additionalProperties"
                    | "allOf"
                    | "oneOf"
                    | "anyOf"
                    | "not"
            ) && t.parse::<usize>().is_err()
        })
        .collect();
    names.join("_")
}

/// A `$ref` is a URI: its fragment may percent-encode characters of the JSON pointer
/// (`application~1xml;%20charset=utf-8`). Decoded here, so that later stages compare pointers.
/// Returns whether a reference was decoded.
fn decode_fragments(node: &mut Value) -> bool {
    match node {
        Value::Object(map) => {
            let mut decoded = false;
            if let Some(Value::String(reference)) = map.get_mut("$ref") {
                if reference.starts_with('#') && reference.contains('%') {
                    if let Ok(text) = percent_encoding::percent_decode_str(reference)
                        .decode_utf8()
                        .map(|text| text.into_owned())
                    {
                        decoded = text != *reference;
                        *reference = text;
                    }
                }
            }
            // Every child is visited: `|=`, not a short-circuiting `||`.
            for child in map.values_mut() {
                decoded |= decode_fragments(child);
            }
            decoded
        }
        Value::Array(items) => {
            let mut decoded = false;
            for child in items {
                decoded |= decode_fragments(child);
            }
            decoded
        }
        _ => false,
    }
}

/// Is `target` (a pointer without `#`) a reference to a whole component?
pub fn is_component_pointer(target: &str) -> bool {
    match split_pointer(target).as_deref() {
        Some([root, kind, _]) => root == "components" && COMPONENT_KINDS.contains(&kind.as_str()),
        _ => false,
    }
}

/// Is `target` a node inside a component schema (`/components/schemas/A/...`), which a `$ref`
/// from a schema position names as a schema?
fn is_inside_component_schema(target: &str) -> bool {
    target.starts_with("/components/schemas/")
        && split_pointer(target).is_some_and(|tokens| tokens.len() > 3)
}

/// A name as one token of a JSON pointer.
fn escape_token(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Is this an operation's response (at `/paths/P/M/responses/S`) whose `$ref` names a component
/// that is not a response? The node it names is read as a response all the same (some specs
/// file `{"description": ...}` objects under `schemas`), by copying it.
fn misfiled_response(holder: &str, target: &str) -> bool {
    let holder = split_pointer(holder).unwrap_or_default();
    let is_response = matches!(holder.as_slice(), [paths, _, _, responses, _] if paths == "paths" && responses == "responses");
    is_response && !target.starts_with("/components/responses/")
}

/// Looks up `$ref` targets in the tree as it was read.
struct Resolver<'a, 'd> {
    root: &'a Value,
    /// The non-component targets being inlined, innermost last, to catch cycles.
    stack: Vec<String>,
    /// What each non-component target already followed resolves to, so that a chain is
    /// walked once however many references enter it.
    done: std::collections::HashMap<String, Value>,
    /// Schemas inside component schemas made components of their own: pointer → name.
    hoisted: std::collections::HashMap<String, String>,
    /// Those still to be scanned and copied.
    pending: Vec<(String, String)>,
    /// Component schema names in use.
    taken: std::collections::BTreeSet<String>,
    diags: &'d mut Diagnostics,
}

impl Resolver<'_, '_> {
    /// Checks the `$ref`s below `node`, found at `pointer` (restored on return), and adds the
    /// inlined copy for each non-component one to `out`, keyed by the pointer of its `$ref`
    /// object.
    fn scan(
        &mut self,
        node: &Value,
        pointer: &mut String,
        parent_key: Option<&str>,
        out: &mut Vec<(String, Value)>,
    ) {
        let depth = pointer.len();
        match node {
            Value::Object(map) => {
                // Under `properties`, `$ref` is the name of a property, not a reference.
                let reference = match parent_key {
                    Some("properties") => None,
                    _ => map.get("$ref"),
                };
                if let Some(reference) = reference {
                    let Some(reference) = reference.as_str() else {
                        self.diags.error(
                            "bad-ref",
                            join(pointer, "$ref"),
                            "`$ref` must be a string",
                        );
                        return;
                    };
                    if let Some(copy) = self.follow(reference, pointer) {
                        out.push((pointer.clone(), copy));
                    }
                    return;
                }
                for (key, child) in map {
                    if holds_data(key, parent_key) {
                        continue;
                    }
                    push_token(pointer, key);
                    self.scan(child, pointer, Some(key), out);
                    pointer.truncate(depth);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    write!(pointer, "/{i}").expect("writing to a String cannot fail");
                    self.scan(child, pointer, None, out);
                    pointer.truncate(depth);
                }
            }
            _ => {}
        }
    }

    /// Checks one reference. Returns the inlined copy for non-component targets. A chain of
    /// references (a target that is itself only a `$ref`) is followed in a loop, however long,
    /// to its end: a component (kept as a reference to it) or a node, copied. References nested
    /// inside a copied node are followed in turn, up to [`MAX_NESTED`] deep.
    fn follow(&mut self, reference: &str, pointer: &str) -> Option<Value> {
        let mut at = join(pointer, "$ref");
        let mut reference = reference.to_string();
        // The non-component targets of this chain, in order; each gets the chain's result.
        let mut chain: Vec<String> = Vec::new();
        let mut in_chain = std::collections::HashSet::new();
        let (target, found) = loop {
            let Some(target) = reference.strip_prefix('#') else {
                self.diags.push(
                    Diagnostic::error(
                        "external-ref",
                        self.diags.file(),
                        at,
                        format!("external `$ref` \"{reference}\" is not supported"),
                    )
                    .with_help("bundle the document first so that every `$ref` starts with `#`"),
                );
                return None;
            };
            let Some(found) = lookup(self.root, target) else {
                self.diags.push(
                    Diagnostic::error("dangling-ref", self.diags.file(), at, format!("`$ref` \"{reference}\" points to nothing"))
                        .with_help("check the spelling of the target; pointer tokens escape `/` as `~1` and `~` as `~0`"),
                );
                return None;
            };
            if is_component_pointer(target) && !misfiled_response(pointer, target) {
                if chain.is_empty() {
                    return None;
                }
                // A chain that ends at a component is a reference to that component.
                let copy = serde_json::json!({ "$ref": reference });
                return Some(self.remember(&chain, copy));
            }
            if let Some(copy) = self.done.get(target) {
                let copy = copy.clone();
                return Some(self.remember(&chain, copy));
            }
            if self.stack.iter().any(|t| t == target) || !in_chain.insert(target.to_string()) {
                self.diags.error(
                    "ref-cycle",
                    at,
                    format!(
                        "`$ref` \"{reference}\" refers back to itself through non-component references"
                    ),
                );
                return None;
            }
            chain.push(target.to_string());
            match found.get("$ref").and_then(Value::as_str) {
                Some(next) => {
                    at = join(target, "$ref");
                    reference = next.to_string();
                }
                None => break (target.to_string(), found),
            }
        };
        if is_inside_component_schema(&target) && found.is_object() {
            let name = self.hoist(&target);
            let reference = format!("#/components/schemas/{}", escape_token(&name));
            return Some(self.remember(&chain, serde_json::json!({ "$ref": reference })));
        }
        if self.stack.len() >= MAX_NESTED {
            self.diags.error(
                "ref-depth",
                at,
                format!(
                    "`$ref` \"{reference}\" is reached through more than {MAX_NESTED} nested non-component references"
                ),
            );
            return None;
        }
        self.stack.push(target.clone());
        let mut copy = self.resolved_copy(found, &target);
        self.stack.pop();
        mark_origins(&mut copy, &target, None);
        Some(self.remember(&chain, copy))
    }

    /// The component name of the schema at `target` (inside a component schema), made a
    /// component of its own when first asked.
    fn hoist(&mut self, target: &str) -> String {
        if let Some(name) = self.hoisted.get(target) {
            return name.clone();
        }
        let base = hoisted_name(target);
        let mut name = base.clone();
        let mut n = 1;
        while !self.taken.insert(name.clone()) {
            n += 1;
            name = format!("{base}_{n}");
        }
        self.hoisted.insert(target.to_string(), name.clone());
        self.pending.push((target.to_string(), name.clone()));
        name
    }

    /// A copy of `found`, the node at `target`, with the references inside it resolved.
    fn resolved_copy(&mut self, found: &Value, target: &str) -> Value {
        let mut inner = Vec::new();
        self.scan(found, &mut target.to_string(), None, &mut inner);
        let mut copy = found.clone();
        for (inner_pointer, inner_copy) in inner {
            if let Some(slot) = copy.pointer_mut(&inner_pointer[target.len()..]) {
                *slot = inner_copy;
            }
        }
        copy
    }

    /// Records `copy` as what each target of `chain` resolves to, and returns it.
    fn remember(&mut self, chain: &[String], copy: Value) -> Value {
        for target in chain {
            self.done.insert(target.clone(), copy.clone());
        }
        copy
    }
}

/// Schemas in a copied subtree remember where they came from, so that the lowering makes one
/// type for a schema reached through several references instead of one per copy.
fn mark_origins(node: &mut Value, pointer: &str, parent_key: Option<&str>) {
    match node {
        Value::Object(map) => {
            // A `properties` map is not a schema even when a property is called `type`.
            let is_schema = parent_key != Some("properties")
                && SCHEMA_KEYS.iter().any(|k| map.contains_key(*k));
            if is_schema && !map.contains_key(ORIGIN_KEY) {
                map.insert(ORIGIN_KEY.to_string(), Value::String(pointer.to_string()));
            }
            for (key, child) in map.iter_mut() {
                if !holds_data(key, parent_key) {
                    mark_origins(child, &join(pointer, key), Some(key));
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                mark_origins(child, &join(pointer, i.to_string()), None);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn inlines_non_component_refs_and_keeps_component_refs() {
        let mut tree = json!({
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
                      "/b": {"get": {"responses": {"200": {"$ref": "#/paths/~1a/get/responses/200"}}}}},
            "components": {"schemas": {"A": {"type": "string"}}}
        });
        let mut diags = Diagnostics::new("t.json");
        resolve(&mut tree, &mut diags);
        assert!(diags.items().is_empty(), "{:?}", diags.items());
        assert_eq!(
            tree["paths"]["/b"]["get"]["responses"]["200"],
            tree["paths"]["/a"]["get"]["responses"]["200"]
        );
    }

    #[test]
    fn reports_every_dangling_ref_with_its_pointer() {
        let mut tree = json!({"a": {"$ref": "#/nope"}, "b": [{"$ref": "#/components/schemas/X"}]});
        let mut diags = Diagnostics::new("t.json");
        resolve(&mut tree, &mut diags);
        let pointers: Vec<_> = diags.items().iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(pointers, ["/a/$ref", "/b/0/$ref"]);
    }

    #[test]
    fn reports_cycles_of_inlined_refs() {
        let mut tree = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}});
        let mut diags = Diagnostics::new("t.json");
        resolve(&mut tree, &mut diags);
        assert!(
            diags.items().iter().any(|d| d.kind == "ref-cycle"),
            "{:?}",
            diags.items()
        );
    }
}
