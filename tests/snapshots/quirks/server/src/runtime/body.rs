//! Request bodies: JSON, forms, text, bytes and multipart parts, checked against the
//! operation's media types.

use axum::http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use super::{
    from_text, from_texts, json_pointer, negative_zero_as_zero, violations, Checked, Location,
    Problem, Rules, Validate,
};

fn content_type(headers: &HeaderMap) -> Option<String> {
    let value = headers
        .get(axum::http::header::CONTENT_TYPE)?
        .to_str()
        .ok()?;
    Some(
        value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase(),
    )
}

/// Checks the media type of a body: 415 when it is another one.
fn expect_media(headers: &HeaderMap, accepted: &[&str]) -> Result<(), Problem> {
    match content_type(headers) {
        Some(m)
            if accepted
                .iter()
                .any(|a| *a == m || (a.ends_with("json") && m.ends_with("+json"))) =>
        {
            Ok(())
        }
        other => Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Location::Header,
            Some("content-type".to_string()),
            format!(
                "expected a body of type {}, got {}",
                accepted.join(" or "),
                other.as_deref().unwrap_or("none")
            ),
        )),
    }
}

/// A JSON body; `None` when the request has none.
pub fn json_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Option<T>, Problem> {
    if body.is_empty() {
        return Ok(None);
    }
    expect_media(headers, &["application/json"])?;
    let body = negative_zero_as_zero(body);
    let mut de = serde_json::Deserializer::from_slice(&body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let pointer = json_pointer(err.path());
        let status = if err.inner().is_syntax() || err.inner().is_eof() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        Problem::new(
            status,
            Location::Body,
            Some(pointer),
            format!("invalid JSON body: {}", err.inner()),
        )
    })?;
    // The value must be all there is: `{} xyz` or `{}{}` is not one JSON document.
    de.end().map_err(|err| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            Location::Body,
            None,
            format!("invalid JSON body: {err}"),
        )
    })?;
    Ok(Some(value))
}

/// A form-encoded body; `None` when the request has none.
pub fn form_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Option<T>, Problem> {
    if body.is_empty() {
        return Ok(None);
    }
    expect_media(headers, &["application/x-www-form-urlencoded"])?;
    serde_urlencoded::from_bytes(body).map(Some).map_err(|e| {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            Location::Body,
            None,
            format!("invalid form body: {e}"),
        )
    })
}

/// A text body; `None` when the request has none.
pub fn text_body(body: &[u8]) -> Result<Option<String>, Problem> {
    if body.is_empty() {
        return Ok(None);
    }
    String::from_utf8(body.to_vec()).map(Some).map_err(|_| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            Location::Body,
            None,
            "the body is not UTF-8 text",
        )
    })
}

/// A raw body; `None` when the request has none.
pub fn bytes_body(body: &[u8]) -> Result<Option<Vec<u8>>, Problem> {
    Ok((!body.is_empty()).then(|| body.to_vec()))
}

/// A file sent as one part of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePart {
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// The parts of a multipart body, in the order they came.
#[derive(Debug, Default)]
pub struct Parts {
    parts: Vec<(String, FilePart)>,
}

fn bad_part(name: &str, error: impl Into<String>) -> Problem {
    Problem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        Location::Body,
        Some(format!("/{name}")),
        error,
    )
}

/// A `multipart/form-data` body split into its parts; `None` when the request has none. The
/// body is already in memory, so reading it never waits.
pub fn multipart(headers: &HeaderMap, body: &[u8]) -> Result<Option<Parts>, Problem> {
    use futures_util::FutureExt;
    if body.is_empty() {
        return Ok(None);
    }
    expect_media(headers, &["multipart/form-data"])?;
    let broken = |e: multer::Error| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            Location::Body,
            None,
            format!("invalid multipart body: {e}"),
        )
    };
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multer::parse_boundary(content_type).map_err(broken)?;
    let chunk = axum::body::Bytes::copy_from_slice(body);
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(chunk) });
    let mut reader = multer::Multipart::new(stream, boundary);
    let stalled = || {
        Problem::new(
            StatusCode::BAD_REQUEST,
            Location::Body,
            None,
            "invalid multipart body: it ends early",
        )
    };
    let mut parts = Vec::new();
    while let Some(field) = reader
        .next_field()
        .now_or_never()
        .ok_or_else(stalled)?
        .map_err(broken)?
    {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(|m| m.to_string());
        let bytes = field
            .bytes()
            .now_or_never()
            .ok_or_else(stalled)?
            .map_err(broken)?;
        parts.push((
            name,
            FilePart {
                file_name,
                content_type,
                bytes: bytes.to_vec(),
            },
        ));
    }
    Ok(Some(Parts { parts }))
}

impl Parts {
    fn named<'p>(&'p self, name: &'p str) -> impl Iterator<Item = &'p FilePart> + 'p {
        self.parts
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, p)| p)
    }

    /// The file sent under `name`; `None` when there is none.
    pub fn file(&self, name: &str) -> Result<Option<FilePart>, Problem> {
        let mut found = self.named(name);
        let first = found.next().cloned();
        if found.next().is_some() {
            return Err(bad_part(
                name,
                format!("part `{name}` is sent more than once"),
            ));
        }
        Ok(first)
    }

    /// Every file sent under `name`; `None` when there is none.
    pub fn files(&self, name: &str) -> Result<Option<Vec<FilePart>>, Problem> {
        let files: Vec<FilePart> = self.named(name).cloned().collect();
        Ok((!files.is_empty()).then_some(files))
    }

    /// A value sent as text under `name` (several parts for a list); `None` when absent.
    pub fn value<T: DeserializeOwned>(&self, name: &str, list: bool) -> Result<Option<T>, Problem> {
        let texts = self
            .named(name)
            .map(|p| {
                String::from_utf8(p.bytes.clone())
                    .map_err(|_| bad_part(name, format!("part `{name}` is not UTF-8 text")))
            })
            .collect::<Result<Vec<String>, Problem>>()?;
        let parsed = match texts.as_slice() {
            [] => return Ok(None),
            [one] if !list => from_text(one),
            _ if !list => {
                return Err(bad_part(
                    name,
                    format!("part `{name}` is sent more than once"),
                ))
            }
            many => from_texts(many),
        };
        parsed
            .map(Some)
            .map_err(|e| bad_part(name, format!("invalid part `{name}`: {e}")))
    }
}

/// A part the operation requires.
pub fn required_part<T>(value: Option<T>, name: &str) -> Result<T, Problem> {
    value.ok_or_else(|| bad_part(name, format!("missing part `{name}`")))
}

/// A part checked against its rules: `422` naming the part when it breaks one.
pub fn checked_part<T: Checked + Validate>(
    value: T,
    rules: &Rules,
    name: &str,
) -> Result<T, Problem> {
    let out = violations(&value, rules, &format!("/{name}"));
    match out.first() {
        None => Ok(value),
        Some(first) => {
            let mut problem = bad_part(name, format!("invalid part `{name}`: {}", first.error));
            problem.violations = out;
            Err(problem)
        }
    }
}

/// A body that the operation requires.
pub fn required_body<T>(body: Option<T>) -> Result<T, Problem> {
    body.ok_or_else(|| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            Location::Body,
            None,
            "the request body is required",
        )
    })
}
