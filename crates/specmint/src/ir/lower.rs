//! `openapiv3` → [`Api`]. The only code that reads `openapiv3` types.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};
use serde_json::Value;

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
    };
    cx.register_components();
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
}

/// What a schema turns into: a definition of its own, or a use of existing types.
enum Shape {
    Def(TypeKind),
    Use(TypeRef),
}

const SCHEMAS: &str = "/components/schemas";

impl<'a> Lowerer<'a> {
    fn component_schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.spec.components.as_ref().map(|c| &c.schemas)
    }

    // ---- type names -------------------------------------------------------------------

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

    /// Names every component schema first, so that references resolve in any order. Names that
    /// are already UpperCamelCase win a collision (Hydra's `NullTime` over `nullTime`).
    fn register_components(&mut self) {
        let Some(schemas) = self.component_schemas() else {
            return;
        };
        let mut order: Vec<(usize, &String)> = schemas.keys().enumerate().collect();
        order.sort_by_key(|(i, name)| (naming::type_name(name, "Schema") != name.as_str(), *i));
        let mut ids = Vec::new();
        for (_, name) in order {
            let pointer = join(SCHEMAS, name);
            let wanted = naming::type_name(name, "Schema");
            let rust = self.claim_type_name(&wanted, &pointer, &format!("schema `{name}`"));
            let id = self.types.add(TypeDef {
                name: rust,
                original: Some(name.clone()),
                pointer,
                title: None,
                description: None,
                kind: TypeKind::Alias(TypeRef::Prim(Primitive::Any)),
                constraints: Constraints::default(),
            });
            ids.push((name.clone(), id));
        }
        self.components.extend(ids);
    }

    fn lower_components(&mut self) {
        let Some(schemas) = self.component_schemas() else {
            return;
        };
        for (name, schema) in schemas {
            let Some(&id) = self.components.get(name) else {
                continue;
            };
            let pointer = join(SCHEMAS, name);
            let type_name = self.types.get(id).name.clone();
            let constraints = self.constraints(SchemaRef::of(schema), &pointer);
            let (kind, title, description) = match SchemaRef::of(schema) {
                SchemaRef::Ref(r) => (TypeKind::Alias(self.reference(r, &pointer)), None, None),
                SchemaRef::Item(s) => {
                    let kind = match self.shape(s, &pointer, &type_name) {
                        Shape::Def(kind) => kind,
                        // A nullable struct or enum is nullable where it is used (see
                        // `reference`); an alias carries its nullability itself.
                        Shape::Use(ty) if s.schema_data.nullable => TypeKind::Alias(ty.nullable()),
                        Shape::Use(ty) => TypeKind::Alias(ty),
                    };
                    (
                        kind,
                        s.schema_data.title.clone(),
                        s.schema_data.description.clone(),
                    )
                }
            };
            let def = self.types.get_mut(id);
            // Only aliases carry constraints; a struct's own are checked through its fields.
            if matches!(kind, TypeKind::Alias(_) | TypeKind::Newtype(_)) {
                def.constraints = constraints;
            }
            def.kind = kind;
            def.title = title;
            def.description = description;
        }
    }

    /// The validation keywords of a schema used in place, with those of its `items` nested. A
    /// `$ref` has none of its own: its component's alias carries them. A pattern that does not
    /// compile is left out with a warning.
    fn constraints(&mut self, schema: SchemaRef<'_>, pointer: &str) -> Constraints {
        let SchemaRef::Item(s) = schema else {
            return Constraints::default();
        };
        let view = View::new(s);
        let mut c = view.constraints.clone();
        if let Some(pattern) = &c.pattern {
            if let Err(err) = fancy_regex::Regex::new(pattern) {
                self.diags.push(
                    Diagnostic::warning(
                        "unsupported-pattern",
                        self.diags.file(),
                        join(pointer, "pattern"),
                        format!("pattern `{pattern}` is not a regular expression specmint can check: {err}"),
                    )
                    .with_help("values are not checked against this pattern"),
                );
                c.pattern = None;
            }
        }
        if let Some(items) = view.items {
            let inner = self.constraints(items, &join(pointer, "items"));
            if !inner.is_empty() {
                c.items = Some(Box::new(inner));
            }
        }
        c
    }

    // ---- schemas ------------------------------------------------------------------------

    /// Resolves `#/components/schemas/X` to its type.
    fn reference(&mut self, reference: &str, pointer: &str) -> TypeRef {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .and_then(|rest| split_pointer(&format!("/{rest}")));
        match name.as_deref() {
            Some([name]) => match self.components.get(name) {
                Some(&id) => {
                    let nullable = self
                        .component_schemas()
                        .and_then(|s| s.get(name))
                        .is_some_and(
                            |s| matches!(s, ReferenceOr::Item(s) if s.schema_data.nullable),
                        );
                    if nullable {
                        TypeRef::Named(id).nullable()
                    } else {
                        TypeRef::Named(id)
                    }
                }
                None => {
                    self.diags.error(
                        "dangling-ref",
                        join(pointer, "$ref"),
                        format!("`$ref` \"{reference}\" points to nothing"),
                    );
                    TypeRef::Prim(Primitive::Any)
                }
            },
            _ => {
                if reference.starts_with('#') {
                    self.diags.error(
                        "bad-ref",
                        join(pointer, "$ref"),
                        format!("`$ref` \"{reference}\" does not point to a schema"),
                    );
                }
                TypeRef::Prim(Primitive::Any)
            }
        }
    }

    /// The type of a schema used somewhere (a field, a parameter, a body). Schemas that need a
    /// definition of their own get one, named after `hint`.
    fn use_schema(&mut self, schema: SchemaRef<'_>, pointer: &str, hint: &str) -> TypeRef {
        let alias_repeats = std::mem::take(&mut self.alias_repeats);
        match schema {
            SchemaRef::Ref(r) => self.reference(r, pointer),
            SchemaRef::Item(s) => {
                // A schema copied in for a non-component `$ref` is the same type as its origin.
                let origin = match s.schema_data.extensions.get(crate::load::ORIGIN_KEY) {
                    Some(Value::String(origin)) => origin.clone(),
                    _ => pointer.to_string(),
                };
                if let Some(ty) = self.inline_types.get(&origin) {
                    return ty.clone();
                }
                let ty = match self.shape(s, pointer, hint) {
                    Shape::Use(ty) => ty,
                    Shape::Def(kind) => {
                        let structure = format!(
                            "{:?}\n{:?}\n{kind:?}",
                            s.schema_data.title, s.schema_data.description
                        );
                        let first = self.inline_shapes.get(&structure).copied();
                        match first {
                            Some(first) if !alias_repeats => TypeRef::Named(first),
                            _ => {
                                let wanted = naming::type_name(hint, "Inline");
                                let name = self.claim_type_name(&wanted, pointer, "inline schema");
                                let id = self.types.add(TypeDef {
                                    name,
                                    original: None,
                                    pointer: pointer.to_string(),
                                    title: s.schema_data.title.clone(),
                                    description: s.schema_data.description.clone(),
                                    kind: match first {
                                        Some(first) => TypeKind::Alias(TypeRef::Named(first)),
                                        None => kind,
                                    },
                                    constraints: Constraints::default(),
                                });
                                if first.is_none() {
                                    self.inline_shapes.insert(structure, id);
                                }
                                TypeRef::Named(id)
                            }
                        }
                    }
                };
                let ty = if s.schema_data.nullable {
                    ty.nullable()
                } else {
                    ty
                };
                if matches!(ty, TypeRef::Named(_))
                    || matches!(&ty, TypeRef::Nullable(inner) if matches!(**inner, TypeRef::Named(_)))
                {
                    self.inline_types.insert(origin, ty.clone());
                }
                ty
            }
        }
    }

    /// [`Self::use_schema`] for the schema of a parameter, body, part or response header.
    fn use_operation_schema(
        &mut self,
        schema: SchemaRef<'_>,
        pointer: &str,
        hint: &str,
    ) -> TypeRef {
        self.alias_repeats = true;
        self.use_schema(schema, pointer, hint)
    }

    fn shape(&mut self, schema: &Schema, pointer: &str, name: &str) -> Shape {
        let view = View::new(schema);
        if view.has_not {
            self.diags.push(
                Diagnostic::warning(
                    "unsupported-not",
                    self.diags.file(),
                    join(pointer, "not"),
                    "`not` schemas are not supported",
                )
                .with_help("the value is typed as `serde_json::Value`"),
            );
            return Shape::Use(TypeRef::Prim(Primitive::Any));
        }
        if !view.all_of.is_empty() {
            return self.all_of(&view, pointer, name);
        }
        if !view.one_of.is_empty() || !view.any_of.is_empty() {
            if !view.properties.is_empty() {
                self.diags.warning(
                    "union-with-properties",
                    join(pointer, "properties"),
                    "properties next to oneOf/anyOf are ignored; the union's members decide the shape",
                );
            }
            return self.union(&view, pointer, name);
        }
        if let Some(typ) = view.typ {
            if !matches!(
                typ,
                "string" | "integer" | "number" | "boolean" | "object" | "array"
            ) {
                self.diags.push(
                    Diagnostic::error(
                        "schema-type",
                        self.diags.file(),
                        join(pointer, "type"),
                        format!("unknown schema type \"{typ}\""),
                    )
                    .with_help("use one of: string, integer, number, boolean, object, array"),
                );
                return Shape::Use(TypeRef::Prim(Primitive::Any));
            }
        }
        if !view.enum_values.is_empty() {
            if let Some(shape) = self.enumeration(&view, pointer) {
                return shape;
            }
        }
        match view.typ {
            Some("object") | None if view.object_like => self.object(&view, pointer, name),
            Some("object") => Shape::Use(TypeRef::Map(Box::new(TypeRef::Prim(Primitive::Any)))),
            Some("array") => {
                let item = match view.items {
                    Some(items) => {
                        self.use_schema(items, &join(pointer, "items"), &format!("{name}Item"))
                    }
                    None => TypeRef::Prim(Primitive::Any),
                };
                Shape::Use(TypeRef::List(Box::new(item)))
            }
            Some("string") => Shape::Use(TypeRef::Prim(match view.format {
                Some("date-time") => Primitive::DateTime,
                Some("date") => Primitive::Date,
                Some("uuid") => Primitive::Uuid,
                _ => Primitive::String,
            })),
            Some("integer") => Shape::Use(TypeRef::Prim(match view.format {
                Some("int32") => Primitive::I32,
                _ => Primitive::I64,
            })),
            Some("number") => Shape::Use(TypeRef::Prim(match view.format {
                Some("float") => Primitive::F32,
                _ => Primitive::F64,
            })),
            Some("boolean") => Shape::Use(TypeRef::Prim(Primitive::Bool)),
            _ => Shape::Use(TypeRef::Prim(Primitive::Any)),
        }
    }

    /// String and integer enums become Rust enums; other enums (numbers, booleans, mixed) keep
    /// their base type, with a warning.
    fn enumeration(&mut self, view: &View<'_>, pointer: &str) -> Option<Shape> {
        let non_null: Vec<&Value> = view.enum_values.iter().filter(|v| !v.is_null()).collect();
        let strings: Vec<String> = non_null
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let integers: Vec<String> = non_null
            .iter()
            .filter_map(|v| v.as_i64().map(|n| n.to_string()))
            .collect();
        let (values, integer) =
            if strings.len() == non_null.len() && matches!(view.typ, Some("string") | None) {
                (strings, false)
            } else if integers.len() == non_null.len() && matches!(view.typ, Some("integer")) {
                (integers, true)
            } else {
                self.diags.push(
                    Diagnostic::warning(
                        "non-string-enum",
                        self.diags.file(),
                        join(pointer, "enum"),
                        "only string and integer enums become Rust enums",
                    )
                    .with_help("the value keeps its base type; the allowed values are not checked"),
                );
                return None;
            };
        let mut scope = NameScope::new();
        // Clients keep values the spec does not list in this variant.
        scope.reserve("Unknown");
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        for value in values {
            if !seen.insert(value.clone()) {
                continue;
            }
            let wanted = match value.strip_prefix('-') {
                Some(magnitude) if integer => format!("Minus{magnitude}"),
                _ => naming::variant_name(&value),
            };
            let (rust_name, renamed) = scope.claim(&wanted);
            if renamed {
                self.diags.warning("name-collision", join(pointer, "enum"), format!("enum value \"{value}\" is named `{rust_name}` to keep variant names unique"));
            }
            variants.push(EnumVariant {
                value,
                rust_name,
                description: None,
            });
        }
        Some(Shape::Def(TypeKind::Enum { variants, integer }))
    }

    fn object(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
        let props: Vec<(String, SchemaRef<'_>, String)> = view
            .properties
            .iter()
            .map(|(k, s)| (k.to_string(), *s, join(&join(pointer, "properties"), k)))
            .collect();
        let required: BTreeSet<&str> = view.required.iter().map(String::as_str).collect();
        let additional = self.additional(view.additional, pointer, name);
        if props.is_empty() {
            return match (view.additional, additional) {
                (Some(AdditionalProperties::Any(false)), _) => Shape::Def(TypeKind::Struct {
                    fields: Vec::new(),
                    additional: None,
                }),
                (_, Some(value)) => Shape::Use(TypeRef::Map(Box::new(value))),
                (_, None) => Shape::Use(TypeRef::Map(Box::new(TypeRef::Prim(Primitive::Any)))),
            };
        }
        let fields = self.fields(&props, &required, name);
        Shape::Def(TypeKind::Struct { fields, additional })
    }

    fn additional(
        &mut self,
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        name: &str,
    ) -> Option<TypeRef> {
        match additional? {
            AdditionalProperties::Any(true) => Some(TypeRef::Prim(Primitive::Any)),
            AdditionalProperties::Any(false) => None,
            AdditionalProperties::Schema(s) => Some(self.use_schema(
                SchemaRef::of(s),
                &join(pointer, "additionalProperties"),
                &format!("{name}Value"),
            )),
        }
    }

    fn fields(
        &mut self,
        props: &[(String, SchemaRef<'_>, String)],
        required: &BTreeSet<&str>,
        owner: &str,
    ) -> Vec<Field> {
        let mut scope = NameScope::new();
        // The flattened map of extra properties uses this name.
        scope.reserve("additional_properties");
        let mut fields = Vec::new();
        for (prop, schema, pointer) in props {
            let ty = self.use_schema(*schema, pointer, &format!("{owner}_{prop}"));
            let (rust_name, renamed) = scope.claim(&naming::snake_name(prop, "field"));
            if renamed {
                self.diags.warning(
                    "name-collision",
                    pointer.clone(),
                    format!("property `{prop}` is named `{rust_name}` to keep field names unique"),
                );
            }
            let data = match schema {
                SchemaRef::Item(s) => Some(&s.schema_data),
                SchemaRef::Ref(_) => None,
            };
            fields.push(Field {
                name: prop.clone(),
                rust_name,
                ty,
                required: required.contains(prop.as_str()),
                description: data.and_then(|d| d.description.clone().or_else(|| d.title.clone())),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                deprecated: data.is_some_and(|d| d.deprecated),
                default: data.and_then(|d| d.default.clone()),
                boxed: false,
                constraints: self.constraints(*schema, pointer),
            });
        }
        fields
    }

    /// allOf: the members' properties merged into one struct. A lone member with nothing beside
    /// it is an alias of that member.
    fn all_of(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
        if view.all_of.len() == 1 && view.properties.is_empty() {
            if let Some(only) = view.all_of.first() {
                return Shape::Use(self.use_schema(
                    SchemaRef::of(only),
                    &join(pointer, "allOf/0"),
                    name,
                ));
            }
        }
        let mut props: Vec<(String, SchemaRef<'_>, String)> = Vec::new();
        let mut required: BTreeSet<&str> = BTreeSet::new();
        let mut additional = None;
        let mut visited = Vec::new();
        for (i, member) in view.all_of.iter().enumerate() {
            let member_pointer = join(&join(pointer, "allOf"), i.to_string());
            self.collect_all_of(
                SchemaRef::of(member),
                &member_pointer,
                &mut props,
                &mut required,
                &mut additional,
                &mut visited,
            );
        }
        for (k, s) in &view.properties {
            let p = join(&join(pointer, "properties"), k);
            props.retain(|(name, _, _)| name != k);
            props.push((k.to_string(), *s, p));
        }
        required.extend(view.required.iter().map(String::as_str));
        let additional = self.additional(additional.or(view.additional), pointer, name);
        let fields = self.fields(&props, &required, name);
        Shape::Def(TypeKind::Struct { fields, additional })
    }

    #[allow(clippy::too_many_arguments)]
    fn collect_all_of<'s>(
        &mut self,
        member: SchemaRef<'s>,
        pointer: &str,
        props: &mut Vec<(String, SchemaRef<'s>, String)>,
        required: &mut BTreeSet<&'s str>,
        additional: &mut Option<&'s AdditionalProperties>,
        visited: &mut Vec<String>,
    ) where
        'a: 's,
    {
        let (schema, pointer) = match member {
            SchemaRef::Ref(r) => {
                let name = r
                    .strip_prefix("#/components/schemas/")
                    .and_then(|rest| split_pointer(&format!("/{rest}")));
                let target = match name.as_deref() {
                    Some([name]) => self
                        .component_schemas()
                        .and_then(|s| s.get(name))
                        .map(|s| (name.clone(), s)),
                    _ => None,
                };
                let Some((name, target)) = target else {
                    self.diags.error(
                        "dangling-ref",
                        join(pointer, "$ref"),
                        format!("`$ref` \"{r}\" does not point to a schema"),
                    );
                    return;
                };
                if visited.contains(&name) {
                    self.diags.error(
                        "ref-cycle",
                        join(pointer, "$ref"),
                        format!("allOf member \"{r}\" includes itself"),
                    );
                    return;
                }
                visited.push(name.clone());
                let target_pointer = join(SCHEMAS, &name);
                match target {
                    ReferenceOr::Item(s) => (s, target_pointer),
                    ReferenceOr::Reference { reference } => {
                        self.collect_all_of(
                            SchemaRef::Ref(reference),
                            &target_pointer,
                            props,
                            required,
                            additional,
                            visited,
                        );
                        return;
                    }
                }
            }
            SchemaRef::Item(s) => (s, pointer.to_string()),
        };
        let view = View::new(schema);
        for (i, nested) in view.all_of.iter().enumerate() {
            let p = join(&join(&pointer, "allOf"), i.to_string());
            self.collect_all_of(
                SchemaRef::of(nested),
                &p,
                props,
                required,
                additional,
                visited,
            );
        }
        if !view.one_of.is_empty()
            || !view.any_of.is_empty()
            || matches!(view.typ, Some(t) if t != "object")
        {
            self.diags.push(
                Diagnostic::warning(
                    "all-of-non-object",
                    self.diags.file(),
                    pointer.clone(),
                    "allOf member is not an object; only object members are merged",
                )
                .with_help("the member's constraints are not represented in the merged type"),
            );
        }
        for (k, s) in view.properties {
            let p = join(&join(&pointer, "properties"), k);
            props.retain(|(name, _, _)| name != k);
            props.push((k.to_string(), s, p));
        }
        required.extend(view.required.iter().map(String::as_str));
        if view.additional.is_some() {
            *additional = view.additional;
        }
    }

    /// oneOf / anyOf: an untagged union of the members, in spec order.
    fn union(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
        let (members, key) = if view.one_of.is_empty() {
            (view.any_of, "anyOf")
        } else {
            (view.one_of, "oneOf")
        };
        let discriminator = view.data.discriminator.as_ref();
        let mut scope = NameScope::new();
        // Clients keep values with a tag the spec does not list in this variant.
        scope.reserve("Unknown");
        let mut variants = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let p = join(&join(pointer, key), i.to_string());
            let member_ref = SchemaRef::of(member);
            let ty = self.use_schema(member_ref, &p, &format!("{name}Variant{i}"));
            let wanted = self.variant_name_for(&ty, i);
            let (rust_name, _) = scope.claim(&wanted);
            let tag = discriminator.and_then(|d| {
                let reference = match member_ref {
                    SchemaRef::Ref(r) => r,
                    SchemaRef::Item(_) => return None,
                };
                let mapped = d.mapping.iter().find(|(_, target)| {
                    target.as_str() == reference || reference.ends_with(&format!("/{target}"))
                });
                match mapped {
                    Some((value, _)) => Some(value.clone()),
                    None => reference.rsplit('/').next().map(str::to_string),
                }
            });
            variants.push(UnionVariant {
                rust_name,
                ty,
                tag,
                boxed: false,
            });
        }
        Shape::Def(TypeKind::Union {
            variants,
            discriminator: discriminator.map(|d| d.property_name.clone()),
        })
    }

    fn variant_name_for(&self, ty: &TypeRef, index: usize) -> String {
        match ty {
            TypeRef::Named(id) => self.types.get(*id).name.clone(),
            TypeRef::Nullable(inner) => self.variant_name_for(inner, index),
            TypeRef::Prim(Primitive::String) => "String".to_string(),
            TypeRef::Prim(Primitive::Bool) => "Bool".to_string(),
            TypeRef::Prim(Primitive::I32 | Primitive::I64) => "Integer".to_string(),
            TypeRef::Prim(Primitive::F32 | Primitive::F64) => "Number".to_string(),
            TypeRef::Prim(Primitive::DateTime) => "DateTime".to_string(),
            TypeRef::Prim(Primitive::Date) => "Date".to_string(),
            TypeRef::Prim(Primitive::Uuid) => "Uuid".to_string(),
            TypeRef::List(_) => "List".to_string(),
            TypeRef::Map(_) => "Map".to_string(),
            TypeRef::Prim(_) => format!("Variant{index}"),
        }
    }

    /// Boxes fields that would make a type contain itself, and turns self-referring aliases into
    /// newtypes; aliases that are nothing but a `$ref` loop are errors.
    fn finish_types(&mut self) {
        let ids: Vec<TypeId> = self.types.iter().map(|(id, _)| id).collect();
        for &id in &ids {
            if let TypeKind::Alias(inner) = &self.types.get(id).kind {
                if self.types.alias_reaches(inner, id) {
                    if self.pure_alias_cycle(id) {
                        let def = self.types.get(id);
                        let message = format!(
                            "`$ref` cycle with no real type: schema `{}` only refers to itself",
                            def.original.as_deref().unwrap_or(&def.name)
                        );
                        let pointer = def.pointer.clone();
                        self.diags.error("ref-cycle", pointer, message);
                    } else {
                        let inner = inner.clone();
                        self.types.get_mut(id).kind = TypeKind::Newtype(inner);
                    }
                }
            }
        }
        for &id in &ids {
            let count = match &self.types.get(id).kind {
                TypeKind::Struct { fields, .. } => fields.len(),
                TypeKind::Union { variants, .. } => variants.len(),
                _ => 0,
            };
            for i in 0..count {
                let ty = match &self.types.get(id).kind {
                    TypeKind::Struct { fields, .. } => fields.get(i).map(|f| f.ty.clone()),
                    TypeKind::Union { variants, .. } => variants.get(i).map(|v| v.ty.clone()),
                    _ => None,
                };
                let Some(ty) = ty else { continue };
                if self.types.contains_inline(&ty, id) {
                    match &mut self.types.get_mut(id).kind {
                        TypeKind::Struct { fields, .. } => {
                            if let Some(f) = fields.get_mut(i) {
                                f.boxed = true;
                            }
                        }
                        TypeKind::Union { variants, .. } => {
                            if let Some(v) = variants.get_mut(i) {
                                v.boxed = true;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// Does following `Alias(Named(..))` links from `id` come back to `id`?
    fn pure_alias_cycle(&self, id: TypeId) -> bool {
        let mut current = id;
        let mut steps = 0;
        loop {
            let next = match &self.types.get(current).kind {
                TypeKind::Alias(TypeRef::Named(next)) => *next,
                TypeKind::Alias(TypeRef::Nullable(inner)) => match inner.as_ref() {
                    TypeRef::Named(next) => *next,
                    _ => return false,
                },
                _ => return false,
            };
            if next == id {
                return true;
            }
            steps += 1;
            if steps > self.types.len() {
                return false;
            }
            current = next;
        }
    }

    // ---- security -----------------------------------------------------------------------

    fn security_schemes(&mut self) -> BTreeMap<String, SecurityScheme> {
        let mut out = BTreeMap::new();
        let Some(components) = &self.spec.components else {
            return out;
        };
        for (name, scheme) in &components.security_schemes {
            let pointer = join("/components/securitySchemes", name);
            let Some(scheme) = self
                .resolve_component(scheme, &pointer, "securitySchemes", |c| &c.security_schemes)
            else {
                continue;
            };
            let kind = match scheme {
                openapiv3::SecurityScheme::HTTP {
                    scheme,
                    bearer_format,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => SecuritySchemeKind::HttpBasic,
                    "bearer" => SecuritySchemeKind::HttpBearer {
                        bearer_format: bearer_format.clone(),
                    },
                    _ => SecuritySchemeKind::HttpOther {
                        scheme: scheme.clone(),
                    },
                },
                openapiv3::SecurityScheme::APIKey { extensions, .. }
                    if extensions.contains_key(crate::import::botocore::SIGV4_EXTENSION) =>
                {
                    let sigv4 = &extensions[crate::import::botocore::SIGV4_EXTENSION];
                    let text =
                        |key: &str| sigv4.get(key).and_then(|v| v.as_str()).map(str::to_string);
                    match (text("name"), text("region")) {
                        (Some(signing_name), region) => SecuritySchemeKind::AwsSigV4 {
                            signing_name,
                            region: region.unwrap_or_else(|| "us-east-1".to_string()),
                        },
                        (None, _) => {
                            self.diags.error(
                                "security",
                                format!("{pointer}/{}", crate::import::botocore::SIGV4_EXTENSION),
                                "`x-aws-sigv4` needs a `name`: the service's signing name",
                            );
                            continue;
                        }
                    }
                }
                openapiv3::SecurityScheme::APIKey { location, name, .. } => {
                    SecuritySchemeKind::ApiKey {
                        name: name.clone(),
                        location: match location {
                            openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                            openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                            openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                        },
                    }
                }
                openapiv3::SecurityScheme::OAuth2 { flows, .. } => {
                    let mut scopes = BTreeMap::new();
                    let mut token_url = None;
                    let mut authorization_url = None;
                    if let Some(f) = &flows.client_credentials {
                        token_url = Some(f.token_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.authorization_code {
                        token_url.get_or_insert_with(|| f.token_url.clone());
                        authorization_url = Some(f.authorization_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.password {
                        token_url.get_or_insert_with(|| f.token_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.implicit {
                        authorization_url.get_or_insert_with(|| f.authorization_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    SecuritySchemeKind::OAuth2 {
                        token_url,
                        authorization_url,
                        scopes,
                    }
                }
                openapiv3::SecurityScheme::OpenIDConnect {
                    open_id_connect_url,
                    ..
                } => SecuritySchemeKind::OpenIdConnect {
                    url: open_id_connect_url.clone(),
                },
            };
            let description = match scheme {
                openapiv3::SecurityScheme::HTTP { description, .. }
                | openapiv3::SecurityScheme::APIKey { description, .. }
                | openapiv3::SecurityScheme::OAuth2 { description, .. }
                | openapiv3::SecurityScheme::OpenIDConnect { description, .. } => {
                    description.clone()
                }
            };
            out.insert(name.clone(), SecurityScheme { description, kind });
        }
        out
    }

    fn security_requirements(
        &mut self,
        reqs: &[openapiv3::SecurityRequirement],
        pointer: &str,
        schemes: &BTreeMap<String, SecurityScheme>,
    ) -> Vec<SecurityRequirement> {
        let mut out = Vec::new();
        for (i, req) in reqs.iter().enumerate() {
            let mut requirement = SecurityRequirement {
                schemes: Vec::new(),
            };
            let mut known = true;
            for (name, scopes) in req {
                if !schemes.contains_key(name) {
                    self.diags.push(
                        Diagnostic::warning("unknown-security-scheme", self.diags.file(), join(&join(pointer, i.to_string()), name), format!("security requirement names scheme `{name}`, which `components.securitySchemes` does not define"))
                            .with_help("this requirement is left out (no credentials can be sent for it); declare the scheme under components.securitySchemes or fix its name"),
                    );
                    known = false;
                }
                requirement.schemes.push((name.clone(), scopes.clone()));
            }
            requirement.schemes.sort();
            if known {
                out.push(requirement);
            }
        }
        out
    }

    // ---- components other than schemas -----------------------------------------------------

    /// Follows `$ref`s to `#/components/<kind>/<name>` until an item is found.
    fn resolve_component<'s, T>(
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

    // ---- operations -----------------------------------------------------------------------

    fn operations(&mut self, schemes: &BTreeMap<String, SecurityScheme>) -> Vec<Operation> {
        let mut out = Vec::new();
        let mut method_names = NameScope::new();
        for reserved in RESERVED_METHODS {
            method_names.reserve(reserved);
        }
        let mut op_type_names = NameScope::new();
        // `{Op}Response` must not be the runtime's `UnexpectedResponse`.
        op_type_names.reserve("Unexpected");
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (path, item) in &self.spec.paths.paths {
            let path_pointer = join("/paths", path);
            let Some(item) = self.resolve_path_item(item, &path_pointer) else {
                continue;
            };
            for (method_name, method, op) in methods(item) {
                let pointer = join(&path_pointer, method_name);
                let id = match &op.operation_id {
                    Some(id) => {
                        if let Some(first) = ids.get(id) {
                            self.diags.push(
                                Diagnostic::error(
                                    "duplicate-operation-id",
                                    self.diags.file(),
                                    join(&pointer, "operationId"),
                                    format!("operationId `{id}` is used twice; first at {first}"),
                                )
                                .with_help("every operationId must be unique in the document"),
                            );
                            continue;
                        }
                        ids.insert(id.clone(), pointer.clone());
                        id.clone()
                    }
                    None => {
                        let id = format!("{method_name} {path}");
                        self.diags.warning(
                            "missing-operation-id",
                            pointer.clone(),
                            format!(
                                "operation has no operationId; it is named `{}`",
                                naming::snake_name(&id, "operation")
                            ),
                        );
                        id
                    }
                };
                let (rust_name, renamed) =
                    method_names.claim(&naming::snake_name(&id, "operation"));
                if renamed {
                    self.diags.warning(
                        "name-collision",
                        pointer.clone(),
                        format!(
                            "operation `{id}` is named `{rust_name}` to keep method names unique"
                        ),
                    );
                }
                let (type_name, _) = op_type_names.claim(&naming::type_name(&id, "Operation"));
                if let Some(op) = self.operation(
                    OperationInput {
                        path,
                        item,
                        op,
                        method,
                        pointer,
                        id,
                        rust_name,
                        type_name,
                    },
                    schemes,
                ) {
                    out.push(op);
                }
            }
        }
        out
    }

    fn resolve_path_item<'s>(
        &mut self,
        item: &'s ReferenceOr<openapiv3::PathItem>,
        pointer: &str,
    ) -> Option<&'s openapiv3::PathItem> {
        match item {
            ReferenceOr::Item(i) => Some(i),
            ReferenceOr::Reference { reference } => {
                self.diags.push(
                    Diagnostic::error(
                        "unsupported-ref",
                        self.diags.file(),
                        join(pointer, "$ref"),
                        format!("path item `$ref` \"{reference}\" is not supported"),
                    )
                    .with_help(
                        "refer to a path item inside this document with a `#/paths/...` pointer",
                    ),
                );
                None
            }
        }
    }

    fn operation(
        &mut self,
        input: OperationInput<'_>,
        schemes: &BTreeMap<String, SecurityScheme>,
    ) -> Option<Operation> {
        let OperationInput {
            path,
            item,
            op,
            method,
            pointer,
            id,
            rust_name,
            type_name,
        } = input;
        let params = self.params(item, op, &pointer, &type_name);
        let path_segments = self.path_segments(path, &params, &pointer)?;
        let body = match &op.request_body {
            Some(b) => {
                let body_pointer = join(&pointer, "requestBody");
                let b = self
                    .resolve_component(b, &body_pointer, "requestBodies", |c| &c.request_bodies);
                b.and_then(|b| self.body(b, &body_pointer, &type_name))
            }
            None => None,
        };
        let responses = self.responses(op, &pointer, &type_name);
        let security = op
            .security
            .as_ref()
            .map(|s| self.security_requirements(s, &join(&pointer, "security"), schemes));
        let servers = if !op.servers.is_empty() {
            servers(&op.servers)
        } else {
            servers(&item.servers)
        };
        Some(Operation {
            id,
            rust_name,
            type_name,
            method,
            path: path.to_string(),
            path_segments,
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            tags: op.tags.clone(),
            params,
            body,
            responses,
            security,
            servers,
            pointer,
        })
    }

    fn params(
        &mut self,
        item: &openapiv3::PathItem,
        op: &openapiv3::Operation,
        pointer: &str,
        op_type: &str,
    ) -> Vec<Param> {
        // Operation parameters override path-level ones with the same name and location.
        let mut list: Vec<(&openapiv3::Parameter, String)> = Vec::new();
        let path_level = pointer.rsplit_once('/').map_or("", |(p, _)| p).to_string();
        for (i, p) in item.parameters.iter().enumerate() {
            let at = join(&join(&path_level, "parameters"), i.to_string());
            if let Some(p) = self.resolve_component(p, &at, "parameters", |c| &c.parameters) {
                list.push((p, at));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let at = join(&join(pointer, "parameters"), i.to_string());
            if let Some(p) = self.resolve_component(p, &at, "parameters", |c| &c.parameters) {
                let data = p.parameter_data_ref();
                let location = location_of(p);
                list.retain(|(q, _)| {
                    !(q.parameter_data_ref().name == data.name && location_of(q) == location)
                });
                list.push((p, at));
            }
        }
        let mut scope = NameScope::new();
        for reserved in ["body", "self_"] {
            scope.reserve(reserved);
        }
        let mut params = Vec::new();
        for (p, at) in list {
            let data = p.parameter_data_ref();
            let location = location_of(p);
            let (style, explode_default) = match p {
                openapiv3::Parameter::Query { style, .. } => match style {
                    openapiv3::QueryStyle::Form => (ParamStyle::Form, true),
                    openapiv3::QueryStyle::SpaceDelimited => (ParamStyle::SpaceDelimited, false),
                    openapiv3::QueryStyle::PipeDelimited => (ParamStyle::PipeDelimited, false),
                    openapiv3::QueryStyle::DeepObject => (ParamStyle::DeepObject, true),
                },
                openapiv3::Parameter::Path { style, .. } => match style {
                    openapiv3::PathStyle::Simple => (ParamStyle::Simple, false),
                    openapiv3::PathStyle::Label => (ParamStyle::Label, false),
                    openapiv3::PathStyle::Matrix => (ParamStyle::Matrix, false),
                },
                openapiv3::Parameter::Header { .. } => (ParamStyle::Simple, false),
                openapiv3::Parameter::Cookie { .. } => (ParamStyle::Form, true),
            };
            let hint = format!("{op_type}_{}", data.name);
            let mut constraints = Constraints::default();
            let ty = match &data.format {
                openapiv3::ParameterSchemaOrContent::Schema(s) => {
                    constraints = self.constraints(SchemaRef::of(s), &join(&at, "schema"));
                    self.use_operation_schema(SchemaRef::of(s), &join(&at, "schema"), &hint)
                }
                openapiv3::ParameterSchemaOrContent::Content(content) => {
                    self.diags.push(
                        Diagnostic::warning(
                            "parameter-content",
                            self.diags.file(),
                            join(&at, "content"),
                            "parameters described by `content` are sent as plain strings",
                        )
                        .with_help("the caller serializes the value, for example to JSON"),
                    );
                    let _ = content;
                    TypeRef::Prim(Primitive::String)
                }
            };
            let mut required = data.required;
            if location == ParamLocation::Path && !required {
                self.diags.warning(
                    "optional-path-param",
                    join(&at, "required"),
                    format!(
                        "path parameter `{}` must be required; it is treated as required",
                        data.name
                    ),
                );
                required = true;
            }
            let (rust_name, renamed) = scope.claim(&naming::snake_name(&data.name, "param"));
            if renamed {
                self.diags.warning(
                    "name-collision",
                    at.clone(),
                    format!(
                        "parameter `{}` is named `{rust_name}` to keep argument names unique",
                        data.name
                    ),
                );
            }
            if location == ParamLocation::Header && is_managed_header(&data.name) {
                self.diags.warning("ignored-header", at.clone(), format!("header parameter `{}` is managed by the HTTP client; it is still sent as given", data.name));
            }
            params.push(Param {
                name: data.name.clone(),
                rust_name,
                location,
                required,
                ty,
                style,
                explode: data.explode.unwrap_or(explode_default),
                description: data.description.clone(),
                deprecated: data.deprecated.unwrap_or(false),
                constraints,
                idempotency_token: !required
                    && data
                        .extensions
                        .get(crate::import::botocore::IDEMPOTENCY_EXTENSION)
                        == Some(&serde_json::Value::Bool(true)),
            });
        }
        params
    }

    fn path_segments(
        &mut self,
        path: &str,
        params: &[Param],
        pointer: &str,
    ) -> Option<Vec<PathSegment>> {
        let mut segments = Vec::new();
        let mut rest = path;
        let mut ok = true;
        let mut used = BTreeSet::new();
        while let Some((literal, after)) = rest.split_once('{') {
            if !literal.is_empty() {
                segments.push(PathSegment::Literal(literal.to_string()));
            }
            let Some((name, tail)) = after.split_once('}') else {
                self.diags.error(
                    "path-template",
                    pointer.rsplit_once('/').map_or("", |(p, _)| p),
                    format!("path `{path}` has an unclosed `{{`"),
                );
                return None;
            };
            match params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.name == name)
            {
                Some(i) => {
                    used.insert(i);
                    segments.push(PathSegment::Param(i));
                }
                None => {
                    self.diags.push(
                        Diagnostic::error("undeclared-path-param", self.diags.file(), pointer, format!("path template parameter `{{{name}}}` of `{path}` is not declared"))
                            .with_help(format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item")),
                    );
                    ok = false;
                }
            }
            rest = tail;
        }
        if !rest.is_empty() {
            segments.push(PathSegment::Literal(rest.to_string()));
        }
        for (i, p) in params.iter().enumerate() {
            if p.location == ParamLocation::Path && !used.contains(&i) {
                self.diags.warning(
                    "unused-path-param",
                    join(pointer, "parameters"),
                    format!(
                        "path parameter `{}` does not appear in `{path}`; it is not sent",
                        p.name
                    ),
                );
            }
        }
        ok.then_some(segments)
    }

    fn body(
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
    fn multipart_parts(
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

    fn responses(
        &mut self,
        op: &openapiv3::Operation,
        pointer: &str,
        op_type: &str,
    ) -> Vec<Response> {
        let responses_pointer = join(pointer, "responses");
        let mut list: Vec<(Status, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (code, r) in &op.responses.responses {
            let (status, key) = match code {
                openapiv3::StatusCode::Code(c) => (Status::Code(*c), c.to_string()),
                openapiv3::StatusCode::Range(r) => (Status::Range(*r), format!("{r}XX")),
            };
            list.push((status, r, join(&responses_pointer, key)));
        }
        if let Some(d) = &op.responses.default {
            list.push((Status::Default, d, join(&responses_pointer, "default")));
        }
        list.sort_by_key(|(s, _, _)| *s);
        let several_success = list.iter().filter(|(s, _, _)| s.is_success()).count() > 1;
        let mut variant_names = NameScope::new();
        let mut out = Vec::new();
        for (status, r, at) in list {
            let Some(r) = self.resolve_component(r, &at, "responses", |c| &c.responses) else {
                continue;
            };
            let hint = if status.is_success() && !several_success {
                format!("{op_type}Response")
            } else {
                format!("{op_type}Response{}", status.label())
            };
            let body = r
                .content
                .iter()
                .min_by_key(|(m, _)| response_preference(m))
                .map(|(media_type, media)| {
                    let kind = response_kind(media_type);
                    let media_at = join(&join(&at, "content"), media_type);
                    let ty = match kind {
                        ResponseKind::Json => match &media.schema {
                            Some(s) => self.use_operation_schema(
                                SchemaRef::of(s),
                                &join(&media_at, "schema"),
                                &hint,
                            ),
                            None => TypeRef::Prim(Primitive::Any),
                        },
                        ResponseKind::Text => TypeRef::Prim(Primitive::String),
                        ResponseKind::Binary => TypeRef::Prim(Primitive::Bytes),
                    };
                    ResponseBody {
                        kind,
                        media_type: media_type.clone(),
                        ty,
                    }
                });
            let mut headers = Vec::new();
            let mut header_names = NameScope::new();
            for (name, h) in &r.headers {
                let h_at = join(&join(&at, "headers"), name);
                if name.eq_ignore_ascii_case("content-type") {
                    self.diags.warning(
                        "ignored-header",
                        h_at,
                        "the `Content-Type` of a response follows its content; this header is ignored",
                    );
                    continue;
                }
                let Some(h) = self.resolve_component(h, &h_at, "headers", |c| &c.headers) else {
                    continue;
                };
                let ty = match &h.format {
                    openapiv3::ParameterSchemaOrContent::Schema(s) => self.use_operation_schema(
                        SchemaRef::of(s),
                        &join(&h_at, "schema"),
                        &format!("{op_type}_{name}"),
                    ),
                    openapiv3::ParameterSchemaOrContent::Content(_) => {
                        TypeRef::Prim(Primitive::String)
                    }
                };
                let (rust_name, renamed) = header_names.claim(&naming::snake_name(name, "header"));
                if renamed {
                    self.diags.warning(
                        "name-collision",
                        h_at.clone(),
                        format!("response header `{name}` is named `{rust_name}` to keep field names unique"),
                    );
                }
                headers.push(ResponseHeader {
                    name: name.clone(),
                    rust_name,
                    required: h.required,
                    ty,
                    description: h.description.clone(),
                });
            }
            let (variant_name, _) = variant_names.claim(&status_variant_name(status));
            out.push(Response {
                status,
                description: r.description.clone(),
                body,
                headers,
                variant_name,
            });
        }
        out
    }

    fn tags(&mut self, operations: &[Operation]) -> Vec<Tag> {
        let mut names: Vec<String> = Vec::new();
        let mut descriptions = BTreeMap::new();
        for t in &self.spec.tags {
            if !names.contains(&t.name) {
                names.push(t.name.clone());
            }
            descriptions.insert(t.name.clone(), t.description.clone());
        }
        for op in operations {
            let tag = op
                .tags
                .first()
                .cloned()
                .unwrap_or_else(|| "default".to_string());
            if !names.contains(&tag) {
                names.push(tag);
            }
        }
        let used: BTreeSet<String> = operations
            .iter()
            .map(|op| {
                op.tags
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "default".to_string())
            })
            .collect();
        let mut modules = NameScope::new();
        for reserved in ["mod", "runtime", "models", "apis"] {
            modules.reserve(reserved);
        }
        let mut types = NameScope::new();
        let mut out = Vec::new();
        for name in names.into_iter().filter(|n| used.contains(n)) {
            let (module_name, _) = modules.claim(&naming::snake_name(&name, "default"));
            let (type_name, _) = types.claim(&naming::type_name(&name, "Default"));
            out.push(Tag {
                description: descriptions.get(&name).cloned().flatten(),
                name,
                module_name,
                type_name,
            });
        }
        out
    }
}

/// Method names the generated `Client` defines itself.
const RESERVED_METHODS: &[&str] = &[
    "new",
    "builder",
    "with_client",
    "base_url",
    "http_client",
    "clone",
    "fmt",
    "request",
    "send",
    "with_server_url",
    "with_timeout",
    "with_retry",
    "with_credential",
    "with_bearer_token",
    "with_basic_auth",
    "with_header",
    "with_query",
    "with_form_field",
];

struct OperationInput<'s> {
    path: &'s str,
    item: &'s openapiv3::PathItem,
    op: &'s openapiv3::Operation,
    method: Method,
    pointer: String,
    id: String,
    rust_name: String,
    type_name: String,
}

fn methods(item: &openapiv3::PathItem) -> Vec<(&'static str, Method, &openapiv3::Operation)> {
    [
        ("get", Method::Get, &item.get),
        ("put", Method::Put, &item.put),
        ("post", Method::Post, &item.post),
        ("delete", Method::Delete, &item.delete),
        ("options", Method::Options, &item.options),
        ("head", Method::Head, &item.head),
        ("patch", Method::Patch, &item.patch),
        ("trace", Method::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(name, method, op)| op.as_ref().map(|op| (name, method, op)))
    .collect()
}

fn location_of(p: &openapiv3::Parameter) -> ParamLocation {
    match p {
        openapiv3::Parameter::Query { .. } => ParamLocation::Query,
        openapiv3::Parameter::Header { .. } => ParamLocation::Header,
        openapiv3::Parameter::Path { .. } => ParamLocation::Path,
        openapiv3::Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

fn is_managed_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "content-type" | "content-length" | "host"
    )
}

fn servers(list: &[openapiv3::Server]) -> Vec<Server> {
    list.iter()
        .map(|s| Server {
            url: s.url.clone(),
            description: s.description.clone(),
            variables: s
                .variables
                .iter()
                .flatten()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        ServerVariable {
                            default: v.default.clone(),
                            allowed: v.enumeration.clone(),
                            description: v.description.clone(),
                        },
                    )
                })
                .collect(),
        })
        .collect()
}

fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn is_json(media_type: &str) -> bool {
    let m = essence(media_type);
    m == "application/json" || m.ends_with("+json") || m == "*/*" || m == "application/*"
}

fn is_binary_media(media_type: &str) -> bool {
    let m = essence(media_type);
    m == "application/octet-stream"
        || m.starts_with("image/")
        || m.starts_with("audio/")
        || m.starts_with("video/")
        || m == "application/pdf"
        || m == "application/zip"
}

/// Request bodies: JSON, then form, multipart, text, raw bytes.
fn body_preference(media_type: &str) -> u8 {
    match body_kind(media_type) {
        BodyKind::Json => 0,
        BodyKind::Form => 1,
        BodyKind::Multipart => 2,
        BodyKind::Text => 3,
        BodyKind::Binary => 4,
    }
}

fn body_kind(media_type: &str) -> BodyKind {
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

fn response_kind(media_type: &str) -> ResponseKind {
    let m = essence(media_type);
    if is_json(&m) {
        ResponseKind::Json
    } else if m.starts_with("text/") && m != "text/event-stream" {
        ResponseKind::Text
    } else {
        ResponseKind::Binary
    }
}

fn response_preference(media_type: &str) -> u8 {
    match response_kind(media_type) {
        ResponseKind::Json => 0,
        ResponseKind::Text => 1,
        ResponseKind::Binary => 2,
    }
}

fn status_variant_name(status: Status) -> String {
    match status {
        Status::Code(code) => match http::StatusCode::from_u16(code)
            .ok()
            .and_then(|s| s.canonical_reason())
        {
            Some(reason) => naming::type_name(reason, "Status"),
            None => format!("Status{code}"),
        },
        Status::Range(r) => format!("Status{r}XX"),
        Status::Default => "Default".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
