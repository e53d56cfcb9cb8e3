//! The axum routes of the operations, grouped by path: parameters are named by position, so
//! that templates that differ only in parameter names share one route.

use super::*;

/// A route's method: its `axum::routing` function, and the module and name of its handler.
pub(super) type RouteMethod = (proc_macro2::Ident, proc_macro2::Ident, proc_macro2::Ident);

/// One piece of a path segment that mixes literal text and parameters (`System.{location}`).
pub(super) enum Piece {
    Lit(String),
    /// The key the parameter's value is stored under.
    Param(String),
}

/// How an operation's path is routed and read.
pub(super) struct RouteShape {
    /// The axum route: path parameters named by position (`{p0}`), so that templates that differ
    /// only in parameter names share one route. A segment that mixes text and parameters is
    /// captured whole (`{s0}`), since axum cannot match a parameter with a suffix.
    pub(super) route: String,
    /// Parameter index → the key its value is read from (its first occurrence).
    pub(super) keys: BTreeMap<usize, String>,
    /// Whole-segment captures to split into their parameters' keys.
    pub(super) splits: Vec<(String, Vec<Piece>)>,
}

pub(super) fn route_shape(op: &Operation) -> RouteShape {
    // The template as segments of pieces, split at `/`.
    let mut segments: Vec<Vec<Result<String, usize>>> = vec![Vec::new()];
    for segment in &op.path_segments {
        match segment {
            PathSegment::Literal(text) => {
                for (n, part) in text.split('/').enumerate() {
                    if n > 0 {
                        segments.push(Vec::new());
                    }
                    if !part.is_empty() {
                        if let Some(current) = segments.last_mut() {
                            current.push(Ok(part.to_string()));
                        }
                    }
                }
            }
            PathSegment::Param(i) => {
                if let Some(current) = segments.last_mut() {
                    current.push(Err(*i));
                }
            }
        }
    }
    let mut shape = RouteShape {
        route: String::new(),
        keys: BTreeMap::new(),
        splits: Vec::new(),
    };
    let mut next = 0;
    let mut key_for = |i: usize, keys: &mut BTreeMap<usize, String>| {
        let key = format!("p{next}");
        next += 1;
        keys.entry(i).or_insert_with(|| key.clone());
        key
    };
    for (n, pieces) in segments.iter().enumerate() {
        if n > 0 {
            shape.route.push('/');
        }
        match pieces.as_slice() {
            [Err(i)] => {
                let key = key_for(*i, &mut shape.keys);
                shape.route.push_str(&format!("{{{key}}}"));
            }
            pieces if pieces.iter().any(Result::is_err) => {
                let capture = format!("s{}", shape.splits.len());
                shape.route.push_str(&format!("{{{capture}}}"));
                let split = pieces
                    .iter()
                    .map(|p| match p {
                        Ok(text) => Piece::Lit(text.clone()),
                        Err(i) => Piece::Param(key_for(*i, &mut shape.keys)),
                    })
                    .collect();
                shape.splits.push((capture, split));
            }
            pieces => {
                for text in pieces.iter().flatten() {
                    shape.route.push_str(text);
                }
            }
        }
    }
    shape
}

/// A router of every operation of `ops`, grouped by route, each route's methods in a fixed
/// order: statements adding one route each to `routes`, and the router. One long method chain
/// would read the same, but rustfmt takes time quadratic in a chain's length (1.4 s for
/// GitHub's 900 routes), and separate statements are formatted one by one.
pub(super) fn router_of(
    ops: &[&Operation],
    modules: &BTreeMap<String, String>,
) -> (TokenStream, TokenStream) {
    let mut routes = routes(ops, modules).into_iter();
    let Some(first) = routes.next() else {
        return (quote! {}, quote! { axum::Router::new() });
    };
    let Some(last) = routes.next_back() else {
        return (quote! {}, quote! { axum::Router::new() #first });
    };
    let statements = quote! {
        let routes = axum::Router::new() #first;
        #(let routes = routes #routes;)*
    };
    (statements, quote! { routes #last })
}

/// Every operation of `ops`, grouped by route, each route's methods in a fixed order: the
/// route and, per method, the method's `axum::routing` function, and the module and name of
/// the handler.
pub(super) fn route_groups(
    ops: &[&Operation],
    modules: &BTreeMap<String, String>,
) -> Vec<(String, Vec<RouteMethod>)> {
    let mut by_route: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in ops {
        by_route.entry(route_shape(op).route).or_default().push(op);
    }
    by_route
        .into_iter()
        .map(|(path, mut ops)| {
            ops.sort_by_key(|op| op.method);
            let methods = ops
                .iter()
                .map(|op| {
                    let method = op.method.as_str().to_ascii_lowercase();
                    let tag = op.tags.first().map(String::as_str).unwrap_or("default");
                    let module = ident(modules.get(tag).map(String::as_str).unwrap_or("default"));
                    (ident(&method), module, handler_ident(op))
                })
                .collect();
            (path, methods)
        })
        .collect()
}

/// One `.route(path, methods)` call per route of `ops`.
pub(super) fn routes(ops: &[&Operation], modules: &BTreeMap<String, String>) -> Vec<TokenStream> {
    route_groups(ops, modules)
        .into_iter()
        .map(|(path, methods)| {
            let chain = methods
                .iter()
                .enumerate()
                .map(|(i, (method, module, handler))| {
                    if i == 0 {
                        quote! { axum::routing::#method(crate::apis::#module::#handler::<S>) }
                    } else {
                        quote! { .#method(crate::apis::#module::#handler::<S>) }
                    }
                });
            let path = Literal::string(&path);
            quote! { .route(#path, #(#chain)*) }
        })
        .collect()
}
