//! allOf: members merged into one struct, depth first, from a work list; components that
//! include each other through allOf found once by their strongly connected components.

use super::*;

impl<'a> Lowerer<'a> {
    /// Component schemas that include each other through allOf merge into one set of
    /// properties, which is fine for a few; a cycle through more than [`MAX_ALL_OF`] of them is
    /// reported once, at its first member, and none of them is merged.
    pub(super) fn check_all_of_cycles(&mut self) {
        let Some(schemas) = self.component_schemas() else {
            return;
        };
        let index: std::collections::HashMap<&str, usize> = schemas
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let mut edges = Vec::new();
        for (i, schema) in schemas.values().enumerate() {
            let ReferenceOr::Item(schema) = schema else {
                continue;
            };
            for member in View::new(schema).all_of {
                if let ReferenceOr::Reference { reference } = member {
                    if let Some((name, _)) = self.component_schema(reference) {
                        if let Some(&to) = index.get(name.as_str()) {
                            edges.push((i, to));
                        }
                    }
                }
            }
        }
        let (component, cyclic) = graph::components(schemas.len(), &edges);
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, &c) in component.iter().enumerate() {
            if cyclic[i] {
                *sizes.entry(c).or_default() += 1;
            }
        }
        let mut reported = BTreeSet::new();
        for (i, name) in schemas.keys().enumerate() {
            let size = sizes.get(&component[i]).copied().unwrap_or(0);
            if size <= MAX_ALL_OF {
                continue;
            }
            self.all_of_refused.insert(name.clone());
            if reported.insert(component[i]) {
                self.diags.error(
                    "all-of-size",
                    join(&join(SCHEMAS, name), "allOf"),
                    format!("allOf cycle through {size} schemas: more than {MAX_ALL_OF} cannot be merged"),
                );
            }
        }
    }

    /// allOf: the members' properties merged into one struct. A lone member with nothing beside
    /// it but annotations (members with only a description, say) is an alias of that member.
    pub(super) fn all_of(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Shape {
        let structural: Vec<(usize, &ReferenceOr<Schema>)> = view
            .all_of
            .iter()
            .enumerate()
            .filter(|(_, m)| !matches!(m, ReferenceOr::Item(s) if annotation_only(s)))
            .collect();
        if let [(i, only)] = structural[..] {
            if view.properties.is_empty() {
                return Shape::Use(self.use_schema(
                    SchemaRef::of(only),
                    &join(&join(pointer, "allOf"), i.to_string()),
                    name,
                ));
            }
        }
        let mut merged = Merged::default();
        let members = view
            .all_of
            .iter()
            .enumerate()
            .map(|(i, member)| {
                (
                    SchemaRef::of(member),
                    join(&join(pointer, "allOf"), i.to_string()),
                )
            })
            .collect();
        self.collect_all_of(members, pointer, &mut merged);
        let Merged {
            mut props,
            mut required,
            additional,
            ..
        } = merged;
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

    /// Merges allOf members, depth first: a member's own nested allOf before its properties,
    /// later properties replacing earlier ones of the same name. A component reached twice (a
    /// diamond, or a cycle back to a member being merged) is merged once. Walked with a work
    /// list rather than by recursion, and at most [`MAX_ALL_OF`] members per merge.
    pub(super) fn collect_all_of<'s>(
        &mut self,
        members: Vec<(SchemaRef<'s>, String)>,
        root: &str,
        merged: &mut Merged<'s>,
    ) where
        'a: 's,
    {
        enum Work<'s> {
            Member(SchemaRef<'s>, String),
            Own(&'s Schema, String),
        }
        let mut work: Vec<Work<'s>> = members
            .into_iter()
            .rev()
            .map(|(m, p)| Work::Member(m, p))
            .collect();
        while let Some(item) = work.pop() {
            let (member, pointer) = match item {
                Work::Own(schema, pointer) => {
                    self.merge_own(schema, &pointer, merged);
                    continue;
                }
                Work::Member(member, pointer) => (member, pointer),
            };
            merged.count += 1;
            if merged.count > MAX_ALL_OF {
                self.diags.error(
                    "all-of-size",
                    join(root, "allOf"),
                    format!("allOf merges more than {MAX_ALL_OF} schemas (here at {pointer})"),
                );
                return;
            }
            let (schema, pointer) = match member {
                SchemaRef::Ref(r) => {
                    let Some((name, target)) = self.component_schema(r) else {
                        self.diags.error(
                            "dangling-ref",
                            join(&pointer, "$ref"),
                            format!("`$ref` \"{r}\" does not point to a schema"),
                        );
                        continue;
                    };
                    if !merged.visited.insert(name.clone()) {
                        continue;
                    }
                    if self.all_of_refused.contains(&name) {
                        return;
                    }
                    let target_pointer = join(SCHEMAS, &name);
                    match target {
                        ReferenceOr::Item(s) => (s, target_pointer),
                        ReferenceOr::Reference { reference } => {
                            work.push(Work::Member(SchemaRef::Ref(reference), target_pointer));
                            continue;
                        }
                    }
                }
                SchemaRef::Item(s) => (s, pointer),
            };
            work.push(Work::Own(schema, pointer.clone()));
            let view = View::new(schema);
            for (i, nested) in view.all_of.iter().enumerate().rev() {
                let p = join(&join(&pointer, "allOf"), i.to_string());
                work.push(Work::Member(SchemaRef::of(nested), p));
            }
        }
    }

    /// The component schema a `#/components/schemas/X` reference names, with its name.
    fn component_schema(&self, reference: &str) -> Option<(String, &'a ReferenceOr<Schema>)> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .and_then(|rest| split_pointer(&format!("/{rest}")))?;
        match name.as_slice() {
            [name] => self
                .component_schemas()
                .and_then(|s| s.get(name))
                .map(|s| (name.clone(), s)),
            _ => None,
        }
    }

    /// One allOf member's own part: its properties, `required` and `additionalProperties`.
    fn merge_own<'s>(&mut self, schema: &'s Schema, pointer: &str, merged: &mut Merged<'s>) {
        let view = View::new(schema);
        if !view.one_of.is_empty()
            || !view.any_of.is_empty()
            || matches!(view.typ, Some(t) if t != "object")
        {
            self.diags.push(
                Diagnostic::warning(
                    "all-of-non-object",
                    self.diags.file(),
                    pointer.to_string(),
                    "allOf member is not an object; only object members are merged",
                )
                .with_help("the member's constraints are not represented in the merged type"),
            );
        }
        for (k, s) in view.properties {
            let p = join(&join(pointer, "properties"), k);
            merged.props.retain(|(name, _, _)| name != k);
            merged.props.push((k.to_string(), s, p));
        }
        merged
            .required
            .extend(view.required.iter().map(String::as_str));
        if view.additional.is_some() {
            merged.additional = view.additional;
        }
    }
}

/// The most schemas one allOf may merge, counting nested members.
const MAX_ALL_OF: usize = 1000;

/// What an allOf merge has gathered so far.
#[derive(Default)]
pub(super) struct Merged<'s> {
    props: Vec<(String, SchemaRef<'s>, String)>,
    required: BTreeSet<&'s str>,
    additional: Option<&'s AdditionalProperties>,
    /// Component schemas already merged.
    visited: std::collections::HashSet<String>,
    count: usize,
}

/// A schema with nothing that shapes a value: no type, properties, items, composition or enum
/// (a description, a title, an example, `nullable` and the like). As an allOf member it adds
/// documentation only.
fn annotation_only(schema: &Schema) -> bool {
    let view = View::new(schema);
    view.typ.is_none()
        && !view.object_like
        && view.items.is_none()
        && view.enum_values.is_empty()
        && view.all_of.is_empty()
        && view.one_of.is_empty()
        && view.any_of.is_empty()
        && !view.has_not
        && view.constraints.is_empty()
}
