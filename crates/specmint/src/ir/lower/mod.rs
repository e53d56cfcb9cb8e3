//! `openapiv3` → [`Api`]. The only code that reads `openapiv3` types.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};
use serde_json::Value;

use super::graph;
use super::naming::{self, NameScope};
use super::schema_view::{SchemaRef, View};
use super::*;
use crate::diagnostics::{join, split_pointer, Diagnostic, Diagnostics};
use crate::load::Document;

/// Lowers a loaded document. Returns `None` when an error was recorded.
pub fn lower(doc: &Document, diags: &mut Diagnostics) -> Option<Api> {
    let mut cx = Lowerer {
        spec: &doc.api,
        diags,
        types: TypeSpace::default(),
        type_names: NameScope::new(),
        components: BTreeMap::new(),
        inline_types: BTreeMap::new(),
        inline_shapes: std::collections::HashMap::new(),
        alias_repeats: false,
        lowering: Vec::new(),
        all_of_refused: Default::default(),
    };
    cx.register_components();
    cx.check_all_of_cycles();
    cx.lower_components();
    let security_schemes = cx.security_schemes();
    let security = cx.security_requirements(
        doc.api.security.as_deref().unwrap_or_default(),
        "/security",
        &security_schemes,
    );
    let operations = cx.operations(&security_schemes);
    let tags = cx.tags(&operations);
    cx.finish_types();
    let api = Api {
        info: Info {
            title: doc.api.info.title.clone(),
            description: doc.api.info.description.clone(),
            version: doc.api.info.version.clone(),
        },
        servers: servers(&doc.api.servers),
        security_schemes,
        security,
        tags,
        operations,
        types: cx.types,
    };
    if cx.diags.has_errors() {
        None
    } else {
        Some(api)
    }
}

struct Lowerer<'a> {
    spec: &'a OpenAPI,
    diags: &'a mut Diagnostics,
    types: TypeSpace,
    type_names: NameScope,
    /// Component schema name → its type.
    components: BTreeMap<String, TypeId>,
    /// Inline schemas that became named types, by the pointer they were written at.
    inline_types: BTreeMap<String, TypeRef>,
    /// Inline definitions by their structure (title, description and kind, printed): an inline
    /// schema written out again elsewhere with the same structure is the same type, so its code
    /// is generated and compiled once. Children are lowered first, so equal nested schemas
    /// already resolve to the same ids when their parents are compared.
    inline_shapes: std::collections::HashMap<String, TypeId>,
    /// Set for the schema of a parameter, body, part or response: a repeat there keeps its own
    /// name, as an alias of the first definition, so that signatures read as the operation's own.
    alias_repeats: bool,
    /// Inline schemas being lowered, innermost last, by the pointer they were written at (or
    /// copied from): the type name they would take, and the type made for them when lowering
    /// reaches one of them again from inside itself (a recursive inline type).
    lowering: Vec<(String, String, Option<TypeId>)>,
    /// Component schemas on an allOf cycle too large to merge (reported once, not merged).
    all_of_refused: std::collections::HashSet<String>,
}

/// What a schema turns into: a definition of its own, or a use of existing types.
enum Shape {
    Def(TypeKind),
    Use(TypeRef),
}

const SCHEMAS: &str = "/components/schemas";

mod all_of;
mod media;
mod operations;
mod schemas;
mod security;

use operations::servers;

impl<'a> Lowerer<'a> {
    fn component_schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.spec.components.as_ref().map(|c| &c.schemas)
    }

    /// Claims a unique type name, warning when it had to be changed.
    fn claim_type_name(&mut self, wanted: &str, pointer: &str, what: &str) -> String {
        let (name, renamed) = self.type_names.claim(wanted);
        if renamed {
            self.diags.push(
                Diagnostic::warning(
                    "name-collision",
                    self.diags.file(),
                    pointer,
                    format!("{what} is named `{name}` because `{wanted}` is already taken"),
                )
                .with_help("rename one of the schemas in the spec to choose the names yourself"),
            );
        }
        name
    }

    /// Follows `$ref`s to `#/components/<kind>/<name>` until an item is found.
    pub(super) fn resolve_component<'s, T>(
        &mut self,
        item: &'s ReferenceOr<T>,
        pointer: &str,
        kind: &str,
        map: fn(&'s openapiv3::Components) -> &'s IndexMap<String, ReferenceOr<T>>,
    ) -> Option<&'s T>
    where
        'a: 's,
    {
        let mut current = item;
        let mut at = pointer.to_string();
        for _ in 0..64 {
            match current {
                ReferenceOr::Item(t) => return Some(t),
                ReferenceOr::Reference { reference } => {
                    let prefix = format!("#/components/{kind}/");
                    let name = reference
                        .strip_prefix(&prefix)
                        .and_then(|rest| split_pointer(&format!("/{rest}")));
                    let target = match name.as_deref() {
                        Some([name]) => self
                            .spec
                            .components
                            .as_ref()
                            .map(map)
                            .and_then(|m| m.get(name)),
                        _ => None,
                    };
                    match target {
                        Some(t) => current = t,
                        None => {
                            // External references were reported when the document was loaded.
                            if reference.starts_with('#') {
                                self.diags.error("bad-ref", join(&at, "$ref"), format!("`$ref` \"{reference}\" does not point to an entry of components.{kind}"));
                            }
                            return None;
                        }
                    }
                    at = reference.trim_start_matches('#').to_string();
                }
            }
        }
        self.diags.error(
            "ref-cycle",
            join(pointer, "$ref"),
            format!("`$ref` chain of components.{kind} does not end"),
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every method the client runtime defines on `Client` is reserved, so that no operation
    /// is named like one (an operation `authorize` once clashed with the runtime's).
    #[test]
    fn operations_cannot_take_the_runtime_s_method_names() {
        for file in [
            "client.rs",
            "send.rs",
            "call.rs",
            "credentials.rs",
            "response.rs",
        ] {
            let path = format!(
                "{}/../../templates/client/runtime/{file}",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).expect("the runtime template");
            let parsed = syn::parse_file(&text).expect("the runtime template parses");
            for item in parsed.items {
                let syn::Item::Impl(block) = item else {
                    continue;
                };
                let is_client = block.trait_.is_none()
                    && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
                if !is_client {
                    continue;
                }
                for member in block.items {
                    if let syn::ImplItem::Fn(f) = member {
                        let name = f.sig.ident.to_string();
                        assert!(
                            operations::RESERVED_METHODS.contains(&name.as_str()),
                            "`Client::{name}` ({file}) is missing from RESERVED_METHODS"
                        );
                    }
                }
            }
        }
    }

    fn lowered(yaml: &str) -> Api {
        let mut diags = Diagnostics::new("spec.yaml");
        let doc = crate::load::load_bytes(yaml.as_bytes(), "spec.yaml", &mut diags)
            .expect("the spec loads");
        lower(&doc, &mut diags).expect("the spec lowers")
    }

    fn named<'a>(api: &'a Api, name: &str) -> Option<&'a TypeDef> {
        api.types.iter().map(|(_, d)| d).find(|d| d.name == name)
    }

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: listTeams
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  message: {type: string}
                  pagination:
                    type: object
                    properties:
                      page: {type: integer}
  /b:
    get:
      operationId: listUsers
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  message: {type: string}
                  pagination:
                    type: object
                    properties:
                      page: {type: integer}
  /c:
    get:
      operationId: listGroups
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  message: {type: string, description: "Says something else."}
                  pagination:
                    type: object
                    properties:
                      page: {type: integer}
"#;

    #[test]
    fn inline_schemas_written_twice_share_one_type() {
        let api = lowered(SPEC);
        let first = named(&api, "ListTeamsResponse").expect("the first response type");
        let TypeKind::Struct { fields, .. } = &first.kind else {
            panic!("the first definition is a struct: {:?}", first.kind);
        };
        let pagination = &fields[1].ty;
        let pagination_name = match pagination {
            TypeRef::Named(id) => api.types.get(*id).name.clone(),
            other => panic!("pagination is a named type: {other:?}"),
        };
        assert_eq!(pagination_name, "ListTeamsResponsePagination");

        // The repeat at operation level keeps its name, as an alias of the first.
        let repeat = named(&api, "ListUsersResponse").expect("the repeat keeps its name");
        match &repeat.kind {
            TypeKind::Alias(TypeRef::Named(id)) => {
                assert_eq!(api.types.get(*id).name, "ListTeamsResponse")
            }
            other => panic!("the repeat is an alias: {other:?}"),
        }
        // The nested repeats are the first ones, without names of their own.
        assert!(named(&api, "ListUsersResponsePagination").is_none());
        assert!(named(&api, "ListGroupsResponsePagination").is_none());

        // A field described differently makes a different type, which still shares the nested
        // one.
        let other = named(&api, "ListGroupsResponse").expect("a type of its own");
        let TypeKind::Struct { fields, .. } = &other.kind else {
            panic!(
                "a differing schema is a struct of its own: {:?}",
                other.kind
            );
        };
        assert_eq!(&fields[1].ty, pagination);
    }
}
