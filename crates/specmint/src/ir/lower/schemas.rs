//! Schemas → types: components registered and named first, then every schema, inline or
//! not, lowered into the type space (objects, enums, unions, aliases; allOf merges are in
//! `all_of.rs`).

use super::*;

impl<'a> Lowerer<'a> {
    /// Names every component schema first, so that references resolve in any order. Names that
    /// are already UpperCamelCase win a collision (Hydra's `NullTime` over `nullTime`).
    pub(super) fn register_components(&mut self) {
        let Some(schemas) = self.component_schemas() else {
            return;
        };
        let mut order: Vec<(usize, &String)> = schemas.keys().enumerate().collect();
        order.sort_by_key(|(i, name)| (naming::type_name(name, "Schema") != name.as_str(), *i));
        let mut ids = Vec::new();
        for (_, name) in order {
            let pointer = self.component_pointer(name);
            let wanted = naming::type_name(name, "Schema");
            let rust = self.claim_type_name(&wanted, &pointer, &format!("schema `{name}`"));
            let hoisted = self.hoisted_origin(name);
            let id = self.types.add(TypeDef {
                name: rust,
                // A schema the loader made a component keeps reading as the inline schema it is.
                original: hoisted.is_none().then(|| name.clone()),
                pointer,
                title: None,
                description: None,
                deprecated: false,
                kind: TypeKind::Alias(TypeRef::Prim(Primitive::Any)),
                constraints: Constraints::default(),
            });
            // A schema the loader made a component (it sat inside another component schema)
            // is the same type where it sits.
            if let Some(origin) = hoisted {
                self.inline_types.insert(origin, TypeRef::Named(id));
            }
            ids.push((name.clone(), id));
        }
        self.components.extend(ids);
    }

    /// Where a component schema was written: its place in `components.schemas`, or for one the
    /// loader made from a schema inside another component, that schema's place.
    fn component_pointer(&self, name: &str) -> String {
        self.hoisted_origin(name)
            .unwrap_or_else(|| join(SCHEMAS, name))
    }

    fn hoisted_origin(&self, name: &str) -> Option<String> {
        match self.component_schemas()?.get(name)? {
            ReferenceOr::Item(s) => match s.schema_data.extensions.get(crate::load::ORIGIN_KEY) {
                Some(Value::String(origin)) => Some(origin.clone()),
                _ => None,
            },
            ReferenceOr::Reference { .. } => None,
        }
    }

    pub(super) fn lower_components(&mut self) {
        let Some(schemas) = self.component_schemas() else {
            return;
        };
        for (name, schema) in schemas {
            let Some(&id) = self.components.get(name) else {
                continue;
            };
            let pointer = self.component_pointer(name);
            let type_name = self.types.get(id).name.clone();
            let constraints = self.constraints(SchemaRef::of(schema), &pointer);
            let (kind, title, description, deprecated) = match SchemaRef::of(schema) {
                SchemaRef::Ref(r) => (
                    TypeKind::Alias(self.reference(r, &pointer)),
                    None,
                    None,
                    false,
                ),
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
                        s.schema_data.deprecated,
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
            def.deprecated = deprecated;
        }
    }

    /// The validation keywords of a schema used in place, with those of its `items` nested. A
    /// `$ref` has none of its own: its component's alias carries them. A pattern that does not
    /// compile is left out with a warning.
    pub(super) fn constraints(&mut self, schema: SchemaRef<'_>, pointer: &str) -> Constraints {
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

    /// Resolves `#/components/schemas/X` to its type.
    pub(super) fn reference(&mut self, reference: &str, pointer: &str) -> TypeRef {
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
    pub(super) fn use_schema(
        &mut self,
        schema: SchemaRef<'_>,
        pointer: &str,
        hint: &str,
    ) -> TypeRef {
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
                if let Some(ty) = self.reenter(&origin, pointer) {
                    return ty;
                }
                self.lowering.push((origin.clone(), hint.to_string(), None));
                let shape = self.shape(s, pointer, hint);
                let (_, _, recursive) = self.lowering.pop().unwrap_or_default();
                let ty = match (shape, recursive) {
                    // Reached again from inside: the type made then is this one.
                    (shape, Some(id)) => {
                        let def = self.types.get_mut(id);
                        def.kind = match shape {
                            Shape::Def(kind) => kind,
                            Shape::Use(ty) => TypeKind::Alias(ty),
                        };
                        def.title = s.schema_data.title.clone();
                        def.description = s.schema_data.description.clone();
                        def.deprecated = s.schema_data.deprecated;
                        TypeRef::Named(id)
                    }
                    (Shape::Use(ty), None) => ty,
                    (Shape::Def(kind), None) => {
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
                                    deprecated: s.schema_data.deprecated,
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

    /// When the inline schema at `origin` is being lowered already (it contains itself, through
    /// an allOf member that brings it in again), the type that stands for it; the outer
    /// lowering fills it in. When inline schemas nest deeper than [`MAX_INLINE_DEPTH`], an
    /// error and `Any`.
    fn reenter(&mut self, origin: &str, pointer: &str) -> Option<TypeRef> {
        if let Some(index) = self.lowering.iter().position(|(o, _, _)| o == origin) {
            if let Some(id) = self.lowering[index].2 {
                return Some(TypeRef::Named(id));
            }
            let hint = self.lowering[index].1.clone();
            let wanted = naming::type_name(&hint, "Inline");
            let name = self.claim_type_name(&wanted, origin, "inline schema");
            let id = self.types.add(TypeDef {
                name,
                original: None,
                pointer: origin.to_string(),
                title: None,
                description: None,
                deprecated: false,
                kind: TypeKind::Alias(TypeRef::Prim(Primitive::Any)),
                constraints: Constraints::default(),
            });
            self.lowering[index].2 = Some(id);
            return Some(TypeRef::Named(id));
        }
        if self.lowering.len() >= MAX_INLINE_DEPTH {
            self.diags.error(
                "schema-depth",
                pointer.to_string(),
                format!("inline schemas nest more than {MAX_INLINE_DEPTH} deep here"),
            );
            return Some(TypeRef::Prim(Primitive::Any));
        }
        None
    }

    /// [`Self::use_schema`] for the schema of a parameter, body, part or response header.
    pub(super) fn use_operation_schema(
        &mut self,
        schema: SchemaRef<'_>,
        pointer: &str,
        hint: &str,
    ) -> TypeRef {
        self.alias_repeats = true;
        self.use_schema(schema, pointer, hint)
    }

    pub(super) fn shape(&mut self, schema: &Schema, pointer: &str, name: &str) -> Shape {
        let view = View::new(schema);
        if view.has_not {
            // `false` in the spec, read as `{"not": {}}`: no value is valid.
            let never = matches!(&schema.schema_kind, openapiv3::SchemaKind::Not { not }
                if serde_json::to_value(not).is_ok_and(|v| v == serde_json::json!({})));
            let message = if never {
                "schema `false` (`not: {}`) admits no value, which a Rust type cannot say"
            } else {
                "`not` schemas are not supported"
            };
            self.diags.push(
                Diagnostic::warning(
                    "unsupported-not",
                    self.diags.file(),
                    join(pointer, "not"),
                    message,
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
    pub(super) fn enumeration(&mut self, view: &View<'_>, pointer: &str) -> Option<Shape> {
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

    pub(super) fn object(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
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

    pub(super) fn additional(
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

    pub(super) fn fields(
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

    /// oneOf / anyOf: an untagged union of the members, in spec order.
    pub(super) fn union(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
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

    pub(super) fn variant_name_for(&self, ty: &TypeRef, index: usize) -> String {
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
    /// newtypes (the first of each cycle); aliases that are nothing but a `$ref` loop are errors.
    pub(super) fn finish_types(&mut self) {
        for cycle in graph::alias_cycles(&self.types) {
            if cycle.iter().all(|&id| self.bare_alias(id)) {
                for id in cycle {
                    let def = self.types.get(id);
                    let message = format!(
                        "`$ref` cycle with no real type: schema `{}` only refers to itself",
                        def.original.as_deref().unwrap_or(&def.name)
                    );
                    let pointer = def.pointer.clone();
                    self.diags.error("ref-cycle", pointer, message);
                }
            } else if let Some(&first) = cycle.first() {
                let def = self.types.get_mut(first);
                if let TypeKind::Alias(inner) = &def.kind {
                    def.kind = TypeKind::Newtype(inner.clone());
                }
            }
        }
        graph::box_recursive_slots(&mut self.types);
    }

    /// Is `id` an alias of another name and nothing more (`Named`, perhaps nullable)? A cycle
    /// of such aliases has no real type anywhere in it.
    fn bare_alias(&self, id: TypeId) -> bool {
        match &self.types.get(id).kind {
            TypeKind::Alias(TypeRef::Named(_)) => true,
            TypeKind::Alias(TypeRef::Nullable(inner)) => matches!(**inner, TypeRef::Named(_)),
            _ => false,
        }
    }
}

/// The deepest inline schemas may nest, counting allOf members merged in from components.
const MAX_INLINE_DEPTH: usize = 256;
