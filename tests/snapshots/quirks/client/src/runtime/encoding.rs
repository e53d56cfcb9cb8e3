//! Parameters on the wire: path segments, query pairs, headers and cookies in the styles
//! OpenAPI names.

use serde::Serialize;

/// How a parameter is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// The text of a scalar value: strings as they are, numbers and booleans as JSON writes them.
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Query pairs for one parameter, following its style and `explode`.
pub(crate) fn query_pairs<T: Serialize + ?Sized>(
    out: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) {
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::Array(items) => {
            if explode && matches!(style, Style::Form | Style::DeepObject) {
                out.extend(
                    items
                        .iter()
                        .map(|item| (name.to_string(), scalar_text(item))),
                );
            } else {
                let separator = match style {
                    Style::SpaceDelimited => " ",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                let joined = items
                    .iter()
                    .map(scalar_text)
                    .collect::<Vec<_>>()
                    .join(separator);
                out.push((name.to_string(), joined));
            }
        }
        serde_json::Value::Object(map) => match (style, explode) {
            (Style::DeepObject, _) => {
                out.extend(
                    map.iter()
                        .map(|(k, v)| (format!("{name}[{k}]"), scalar_text(v))),
                );
            }
            (_, true) => out.extend(map.iter().map(|(k, v)| (k.clone(), scalar_text(v)))),
            (_, false) => {
                let joined = map
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
                    .collect::<Vec<_>>()
                    .join(",");
                out.push((name.to_string(), joined));
            }
        },
        scalar => out.push((name.to_string(), scalar_text(&scalar))),
    }
}

/// The text of a header or cookie value (`simple` style).
pub(crate) fn simple_text<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value).unwrap_or(serde_json::Value::Null) {
        serde_json::Value::Array(items) => {
            items.iter().map(scalar_text).collect::<Vec<_>>().join(",")
        }
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect::<Vec<_>>()
            .join(","),
        scalar => scalar_text(&scalar),
    }
}

/// Characters left as they are in a path segment, a query name or value, or a form-encoded
/// Basic credential: RFC 3986's `unreserved` set, which is also how AWS Signature Version 4
/// canonicalizes paths and queries (form decoding reads `%20` as a space too).
pub(crate) const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Rewrites the URL's query with each name and value percent-encoded over [`UNRESERVED`] (a
/// space as `%20`, `*` as `%2A`, `~` as it is). reqwest writes queries form-encoded (a space
/// as `+`, `~` as `%7E`, `*` raw), which decodes the same but is not what a SigV4 server
/// canonicalizes from the raw query: sent this way, the query on the wire is the query signed.
pub(crate) fn normalize_query(url: &mut reqwest::Url) {
    let Some(query) = url.query().filter(|q| !q.is_empty()) else {
        return;
    };
    let reencode = |part: &str| {
        let spaced = part.replace('+', " ");
        let bytes: Vec<u8> = percent_encoding::percent_decode_str(&spaced).collect();
        percent_encoding::percent_encode(&bytes, UNRESERVED).to_string()
    };
    let normalized: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => format!("{}={}", reencode(name), reencode(value)),
            None => reencode(pair),
        })
        .collect();
    url.set_query(Some(&normalized.join("&")));
}

/// A path parameter, percent-encoded, following its style.
pub(crate) fn path_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string();
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    let items: Vec<String> = match &value {
        serde_json::Value::Array(items) => items.iter().map(|v| encode(&scalar_text(v))).collect(),
        other => vec![encode(&scalar_text(other))],
    };
    match style {
        Style::Label => format!(".{}", items.join(if explode { "." } else { "," })),
        Style::Matrix if explode => items.iter().map(|v| format!(";{name}={v}")).collect(),
        Style::Matrix => format!(";{name}={}", items.join(",")),
        _ => items.join(","),
    }
}

/// Adds the `Cookie` header for cookie parameters, if any were given.
pub(crate) fn cookies(
    request: reqwest::RequestBuilder,
    pairs: &[(String, String)],
) -> reqwest::RequestBuilder {
    if pairs.is_empty() {
        return request;
    }
    let header = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    request.header(reqwest::header::COOKIE, header)
}
