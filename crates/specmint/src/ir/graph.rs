//! Walks over the type graph. None of them recurses: a spec may chain or nest types tens of
//! thousands deep (a 100,000-long `$ref` chain, a cycle through 10,000 schemas), so each walk
//! keeps its own stack, and each costs time in proportion to the graph, not to its square.

use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::types::{TypeId, TypeKind, TypeRef, TypeSpace};

/// The named type a value of `ty` holds in place: through `Nullable`, but not through a list or
/// a map, which are behind a pointer already.
pub(crate) fn held_inline(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Nullable(inner) => held_inline(inner),
        TypeRef::Prim(_) | TypeRef::List(_) | TypeRef::Map(_) => None,
    }
}

/// The named type `ty` mentions anywhere (a `TypeRef` names at most one).
fn mentioned(ty: &TypeRef) -> Option<TypeId> {
    let mut ty = ty;
    loop {
        match ty {
            TypeRef::Named(id) => return Some(*id),
            TypeRef::Nullable(inner) | TypeRef::List(inner) | TypeRef::Map(inner) => ty = inner,
            TypeRef::Prim(_) => return None,
        }
    }
}

/// The strongly connected components of the graph with `n` nodes and these edges, as the
/// component index of each node, and whether each node lies on a cycle (a component of two or
/// more, or an edge to itself).
pub(crate) fn components(n: usize, edges: &[(usize, usize)]) -> (Vec<usize>, Vec<bool>) {
    let mut graph: DiGraph<(), ()> = DiGraph::with_capacity(n, edges.len());
    for _ in 0..n {
        graph.add_node(());
    }
    let mut cyclic = vec![false; n];
    for &(from, to) in edges {
        graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), ());
        if from == to {
            cyclic[from] = true;
        }
    }
    let mut component = vec![0; n];
    for (index, members) in kosaraju_scc(&graph).into_iter().enumerate() {
        let several = members.len() > 1;
        for node in members {
            component[node.index()] = index;
            cyclic[node.index()] |= several;
        }
    }
    (component, cyclic)
}

/// The aliases that refer back to themselves through aliases alone, which Rust rejects as a
/// recursive type alias: one `Vec` per cycle, members in id order. Aliases reach at most one
/// other type each, so every alias is on at most one cycle.
pub(crate) fn alias_cycles(types: &TypeSpace) -> Vec<Vec<TypeId>> {
    let mut edges = Vec::new();
    for (id, def) in types.iter() {
        if let TypeKind::Alias(inner) = &def.kind {
            if let Some(to) = mentioned(inner) {
                if matches!(types.get(to).kind, TypeKind::Alias(_)) {
                    edges.push((id.0, to.0));
                }
            }
        }
    }
    let (component, cyclic) = components(types.len(), &edges);
    let mut cycles: std::collections::BTreeMap<usize, Vec<TypeId>> = Default::default();
    for (id, _) in types.iter() {
        if cyclic[id.0] {
            cycles.entry(component[id.0]).or_default().push(id);
        }
    }
    let mut cycles: Vec<Vec<TypeId>> = cycles.into_values().collect();
    cycles.sort();
    cycles
}

/// The slots of a struct (fields) or union (variants) and of an alias or newtype (its one
/// inner type), as (slot, type held in place) for the slots not yet boxed.
fn inline_slots(kind: &TypeKind) -> Vec<(usize, TypeId)> {
    match kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.boxed)
            .filter_map(|(i, f)| held_inline(&f.ty).map(|to| (i, to)))
            .collect(),
        TypeKind::Union { variants, .. } => variants
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.boxed)
            .filter_map(|(i, v)| held_inline(&v.ty).map(|to| (i, to)))
            .collect(),
        TypeKind::Alias(inner) | TypeKind::Newtype(inner) => {
            held_inline(inner).map(|to| (0, to)).into_iter().collect()
        }
        TypeKind::Enum { .. } => Vec::new(),
    }
}

/// Boxes the fields and variants that would make a type contain itself. Types are visited in id
/// order and their slots in order; a slot is boxed when its type, as the graph stands (earlier
/// boxes count), still holds the owner in place. Only slots inside one strongly connected
/// component can close such a loop, so the search never leaves the component.
pub(crate) fn box_recursive_slots(types: &mut TypeSpace) {
    let n = types.len();
    let mut edges = Vec::new();
    for (id, def) in types.iter() {
        edges.extend(
            inline_slots(&def.kind)
                .into_iter()
                .map(|(_, to)| (id.0, to.0)),
        );
    }
    let (component, _) = components(n, &edges);
    // Visit marks, stamped per search so that they need no clearing.
    let mut seen = vec![0u32; n];
    let mut stamp = 0u32;
    let mut stack = Vec::new();
    for owner in 0..n {
        let owner_id = TypeId(owner);
        let structural = matches!(
            types.get(owner_id).kind,
            TypeKind::Struct { .. } | TypeKind::Union { .. }
        );
        if !structural {
            continue;
        }
        for (slot, start) in inline_slots(&types.get(owner_id).kind) {
            if component[start.0] != component[owner] {
                continue;
            }
            stamp += 1;
            stack.clear();
            stack.push(start);
            let mut loops = false;
            while let Some(at) = stack.pop() {
                if at.0 == owner {
                    loops = true;
                    break;
                }
                if seen[at.0] == stamp {
                    continue;
                }
                seen[at.0] = stamp;
                for (_, next) in inline_slots(&types.get(at).kind) {
                    if component[next.0] == component[owner] && seen[next.0] != stamp {
                        stack.push(next);
                    }
                }
            }
            if loops {
                match &mut types.get_mut(owner_id).kind {
                    TypeKind::Struct { fields, .. } => fields[slot].boxed = true,
                    TypeKind::Union { variants, .. } => variants[slot].boxed = true,
                    _ => {}
                }
            }
        }
    }
}

/// Which types implement `Default` in Rust, by id: structs derive it when every required,
/// non-nullable field's type does; enums of values have their first value; unions and newtypes
/// have none; aliases are their target. A cycle has a default (it runs behind a `Box` or a
/// collection), so this starts from "yes" everywhere and spreads each "no" back to the types
/// that need it, once per edge.
pub(crate) fn defaults(types: &TypeSpace) -> Vec<bool> {
    let n = types.len();
    let mut has = vec![true; n];
    let mut needed_by: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut lacking = Vec::new();
    for (id, def) in types.iter() {
        match &def.kind {
            TypeKind::Struct { fields, .. } => {
                for f in fields.iter().filter(|f| !f.is_optional()) {
                    if let TypeRef::Named(to) = f.ty {
                        needed_by[to.0].push(id.0);
                    }
                }
            }
            TypeKind::Alias(TypeRef::Named(to)) => needed_by[to.0].push(id.0),
            TypeKind::Alias(_) => {}
            TypeKind::Enum { variants, .. } => {
                if variants.is_empty() {
                    lacking.push(id.0);
                }
            }
            TypeKind::Union { .. } | TypeKind::Newtype(_) => lacking.push(id.0),
        }
    }
    for &id in &lacking {
        has[id] = false;
    }
    while let Some(id) = lacking.pop() {
        for &user in &needed_by[id] {
            if has[user] {
                has[user] = false;
                lacking.push(user);
            }
        }
    }
    has
}

/// The types a value of one of `roots` may contain, by id: through fields, list and map
/// values, union variants, aliases and newtypes. Walked with a work list.
pub(crate) fn reachable<'a>(
    types: &TypeSpace,
    roots: impl IntoIterator<Item = &'a TypeRef>,
) -> Vec<bool> {
    let mut seen = vec![false; types.len()];
    let mut work: Vec<TypeId> = roots.into_iter().filter_map(mentioned).collect();
    while let Some(id) = work.pop() {
        if std::mem::replace(&mut seen[id.0], true) {
            continue;
        }
        let mut push = |ty: &TypeRef| {
            if let Some(to) = mentioned(ty) {
                if !seen[to.0] {
                    work.push(to);
                }
            }
        };
        match &types.get(id).kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter().for_each(|f| push(&f.ty));
                additional.iter().for_each(&mut push);
            }
            TypeKind::Union { variants, .. } => variants.iter().for_each(|v| push(&v.ty)),
            TypeKind::Alias(ty) | TypeKind::Newtype(ty) => push(ty),
            TypeKind::Enum { .. } => {}
        }
    }
    seen
}
