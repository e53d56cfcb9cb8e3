//! Path, query, header and cookie parameters read into their types.

use std::collections::BTreeMap;

use axum::http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use super::{Location, Problem};

/// Turns the text of a parameter into its type: as a JSON string first (strings, enums, dates),
/// then as a JSON literal (numbers, booleans).
pub(crate) fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    match serde_json::from_value(serde_json::Value::String(text.to_string())) {
        Ok(value) => Ok(value),
        Err(first) => {
            serde_json::from_slice::<serde_json::Value>(&negative_zero_as_zero(text.as_bytes()))
                .ok()
                .filter(|v| !v.is_string())
                .and_then(|v| serde_json::from_value(v).ok())
                .ok_or_else(|| first.to_string())
        }
    }
}

/// JSON allows `-0`, but serde_json reads it as the float `-0.0`, which no integer type
/// accepts; every `-0` token (outside strings, not followed by a fraction or an exponent) is
/// read as `0`. A float field given `-0` gets `0.0`.
pub(crate) fn negative_zero_as_zero(body: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let mut fixed: Option<Vec<u8>> = None;
    let (mut in_string, mut escaped) = (false, false);
    for (i, byte) in body.iter().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'-' if body.get(i + 1) == Some(&b'0')
                && !matches!(body.get(i + 2), Some(b'0'..=b'9' | b'.' | b'e' | b'E')) =>
            {
                fixed.get_or_insert_with(|| body.to_vec())[i] = b' ';
            }
            _ => {}
        }
    }
    fixed.map_or(std::borrow::Cow::Borrowed(body), std::borrow::Cow::Owned)
}

/// Turns several texts (an array parameter) into a list of their type.
pub(crate) fn from_texts<T: DeserializeOwned>(texts: &[String]) -> Result<T, String> {
    let strings = serde_json::Value::Array(
        texts
            .iter()
            .cloned()
            .map(serde_json::Value::String)
            .collect(),
    );
    match serde_json::from_value(strings) {
        Ok(value) => Ok(value),
        Err(first) => {
            let literals = texts
                .iter()
                .map(|t| {
                    serde_json::from_slice::<serde_json::Value>(&negative_zero_as_zero(
                        t.as_bytes(),
                    ))
                    .unwrap_or_else(|_| serde_json::Value::String(t.clone()))
                })
                .collect();
            serde_json::from_value(serde_json::Value::Array(literals))
                .map_err(|_| first.to_string())
        }
    }
}

pub(crate) fn bad(location: Location, name: &str, error: impl Into<String>) -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        location,
        Some(name.to_string()),
        error,
    )
}

/// A path parameter (already percent-decoded by the router), by its position in the path.
pub fn path_param<T: DeserializeOwned>(
    path: &BTreeMap<String, String>,
    position: &str,
    name: &str,
) -> Result<T, Problem> {
    let text = path
        .get(position)
        .ok_or_else(|| bad(Location::Path, name, "missing path parameter"))?;
    from_text(text).map_err(|e| {
        bad(
            Location::Path,
            name,
            format!("invalid path parameter `{name}`: {e}"),
        )
    })
}

/// A piece of a path segment that mixes text and parameters: text to match, or a parameter
/// to store under its key.
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    Lit(&'static str),
    Param(&'static str),
}

/// Splits whole-segment captures (`System.{location}` captured as one value) into their
/// parameters: text pieces must match where they stand, and a parameter runs up to the next
/// text piece (its last occurrence when no text follows it, so `{name}.{ext}` reads
/// `a.b.txt` as `a.b` and `txt`). A segment that does not fit is a path the API does not have
/// (404).
pub fn split_segments(
    mut path: BTreeMap<String, String>,
    splits: &[(&str, &[Piece])],
) -> Result<BTreeMap<String, String>, Problem> {
    let no_such_path =
        || Problem::new(StatusCode::NOT_FOUND, Location::Route, None, "no such path");
    for (capture, pieces) in splits {
        let mut rest = path.remove(*capture).ok_or_else(no_such_path)?;
        for (n, piece) in pieces.iter().enumerate() {
            match piece {
                Piece::Lit(text) => {
                    rest = rest
                        .strip_prefix(text)
                        .ok_or_else(no_such_path)?
                        .to_string()
                }
                Piece::Param(key) => {
                    let after_next = pieces.get(n + 2..).unwrap_or_default();
                    let last_text = after_next.iter().all(|p| matches!(p, Piece::Param(_)));
                    let end = match pieces.get(n + 1) {
                        Some(Piece::Lit(next)) if last_text => {
                            rest.rfind(next).ok_or_else(no_such_path)?
                        }
                        Some(Piece::Lit(next)) => rest.find(next).ok_or_else(no_such_path)?,
                        _ => rest.len(),
                    };
                    if end == 0 {
                        return Err(no_such_path());
                    }
                    path.insert((*key).to_string(), rest[..end].to_string());
                    rest = rest[end..].to_string();
                }
            }
        }
        if !rest.is_empty() {
            return Err(no_such_path());
        }
    }
    Ok(path)
}

/// Decodes form-encoded text (`+` is a space, `%XX` a byte); `None` when the bytes are not
/// UTF-8 (never replaced with U+FFFD).
pub(crate) fn form_decode(text: &str) -> Option<String> {
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|decoded| decoded.into_owned())
}

/// The query string, decoded into name → values.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Decodes a query string (`+` is a space, `%XX` a byte); a name or value whose bytes are
    /// not UTF-8 is a `400` naming it, never replaced with U+FFFD.
    pub fn parse(raw: Option<&str>) -> Result<Query, Problem> {
        let not_utf8 = |name: &str| {
            bad(
                Location::Query,
                name,
                format!("query parameter `{name}` is not UTF-8 once percent-decoded"),
            )
        };
        let mut pairs = Vec::new();
        for pair in raw.unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = form_decode(name).ok_or_else(|| not_utf8(name))?;
            let value = form_decode(value).ok_or_else(|| not_utf8(&name))?;
            pairs.push((name, value));
        }
        Ok(Query { pairs })
    }

    /// How many name-value pairs the query has.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether the query is empty.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    pub(crate) fn values(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// A query parameter; `None` when absent. `list` reads repeated keys (`a=1&a=2`) or a
    /// comma-separated value (`a=1,2`) as a list.
    pub fn optional<T: DeserializeOwned>(
        &self,
        name: &str,
        list: bool,
    ) -> Result<Option<T>, Problem> {
        let values = self.values(name);
        if values.is_empty() {
            return Ok(None);
        }
        let parsed = if list {
            let items: Vec<String> = if values.len() == 1 {
                values[0]
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            } else {
                values
            };
            from_texts(&items)
        } else if values.len() > 1 {
            return Err(bad(
                Location::Query,
                name,
                format!("query parameter `{name}` is given more than once"),
            ));
        } else {
            from_text(&values[0])
        };
        parsed.map(Some).map_err(|e| {
            bad(
                Location::Query,
                name,
                format!("invalid query parameter `{name}`: {e}"),
            )
        })
    }

    pub fn required<T: DeserializeOwned>(&self, name: &str, list: bool) -> Result<T, Problem> {
        self.optional(name, list)?.ok_or_else(|| {
            bad(
                Location::Query,
                name,
                format!("missing query parameter `{name}`"),
            )
        })
    }
}

/// A header parameter; `None` when absent.
pub fn header_optional<T: DeserializeOwned>(
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>, Problem> {
    let Some(value) = headers.get(name) else {
        return Ok(None);
    };
    let text = value.to_str().map_err(|_| {
        bad(
            Location::Header,
            name,
            format!("header `{name}` is not text"),
        )
    })?;
    from_text(text).map(Some).map_err(|e| {
        bad(
            Location::Header,
            name,
            format!("invalid header `{name}`: {e}"),
        )
    })
}

pub fn header_required<T: DeserializeOwned>(headers: &HeaderMap, name: &str) -> Result<T, Problem> {
    header_optional(headers, name)?
        .ok_or_else(|| bad(Location::Header, name, format!("missing header `{name}`")))
}

/// A cookie parameter; `None` when absent.
pub fn cookie_optional<T: DeserializeOwned>(
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>, Problem> {
    let found = headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string());
    match found {
        None => Ok(None),
        Some(text) => from_text(&text).map(Some).map_err(|e| {
            bad(
                Location::Cookie,
                name,
                format!("invalid cookie `{name}`: {e}"),
            )
        }),
    }
}

pub fn cookie_required<T: DeserializeOwned>(headers: &HeaderMap, name: &str) -> Result<T, Problem> {
    cookie_optional(headers, name)?
        .ok_or_else(|| bad(Location::Cookie, name, format!("missing cookie `{name}`")))
}
