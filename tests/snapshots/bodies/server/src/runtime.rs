//! Runtime support for the generated handlers: reading parameters and bodies into their types,
//! the credentials a request carries, and the JSON problem responses sent for bad requests.

use std::collections::BTreeMap;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// A response with extra headers: what every operation returns. Build it from a response enum
/// with `.into()`, and add headers with [`Reply::header`].
#[derive(Debug, Clone)]
pub struct Reply<T> {
    pub response: T,
    pub headers: HeaderMap,
}

impl<T> Reply<T> {
    /// Adds a response header; a name or value that is not valid HTTP is left out.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::from_bytes(name.as_bytes()),
            axum::http::HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }
}

impl<T> From<T> for Reply<T> {
    fn from(response: T) -> Self {
        Reply {
            response,
            headers: HeaderMap::new(),
        }
    }
}

impl<T: IntoResponse> IntoResponse for Reply<T> {
    fn into_response(self) -> Response {
        let mut response = self.response.into_response();
        response.headers_mut().extend(self.headers);
        response
    }
}

/// Sets a documented response header: strings as they are, lists comma-separated, other
/// values as JSON literals. A value that is not valid in a header is left out.
pub fn set_header<T: serde::Serialize>(map: &mut HeaderMap, name: &str, value: &T) {
    fn text(value: serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s,
            serde_json::Value::Array(items) => {
                items.into_iter().map(text).collect::<Vec<_>>().join(",")
            }
            other => other.to_string(),
        }
    }
    let (Ok(name), Ok(value)) = (
        axum::http::HeaderName::from_bytes(name.as_bytes()),
        serde_json::to_value(value),
    ) else {
        return;
    };
    if let Ok(value) = axum::http::HeaderValue::from_str(&text(value)) {
        map.insert(name, value);
    }
}

/// Where a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
    Body,
    Route,
}

/// A request the server refuses, answered as JSON:
/// `{"status": 422, "error": "...", "location": "body", "pointer": "/client_name"}`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    #[serde(serialize_with = "status_code")]
    pub status: StatusCode,
    pub error: String,
    pub location: Location,
    /// The parameter name, or the JSON pointer inside the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Every rule of the spec the value breaks, when it was checked against them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Violation>,
}

fn status_code<S: serde::Serializer>(status: &StatusCode, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u16(status.as_u16())
}

impl Problem {
    pub fn new(
        status: StatusCode,
        location: Location,
        pointer: Option<String>,
        error: impl Into<String>,
    ) -> Self {
        Problem {
            status,
            error: error.into(),
            location,
            pointer,
            violations: Vec::new(),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status;
        (status, axum::Json(self)).into_response()
    }
}

/// Answers a request the router could not read (a path that does not decode, a body over the
/// size limit) with a JSON problem of the same status.
pub fn rejected(status: StatusCode, location: Location, error: String) -> Response {
    let status = if status.is_client_error() {
        status
    } else {
        StatusCode::BAD_REQUEST
    };
    Problem::new(status, location, None, error).into_response()
}

/// What every handler reads from a request: the router's path captures, the query, the
/// headers and the body, with the method and the URI as they arrived. The router's own
/// rejections (a path that does not decode, a body over the size limit) are answered here, as
/// JSON problems.
#[derive(Debug)]
pub struct Incoming {
    pub method: axum::http::Method,
    /// The URI as received, before any nesting of routers.
    pub uri: axum::http::Uri,
    pub path: BTreeMap<String, String>,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: axum::body::Bytes,
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for Incoming {
    type Rejection = Response;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Response> {
        use axum::extract::rejection::PathRejection;
        use axum::extract::{FromRequestParts, Path};
        let (mut parts, body) = request.into_parts();
        let path =
            match Path::<BTreeMap<String, String>>::from_request_parts(&mut parts, state).await {
                Ok(Path(path)) => path,
                // A route without captures.
                Err(PathRejection::MissingPathParams(_)) => BTreeMap::new(),
                Err(rejection) => {
                    return Err(rejected(
                        rejection.status(),
                        Location::Path,
                        rejection.body_text(),
                    ))
                }
            };
        let uri = match parts.extensions.get::<axum::extract::OriginalUri>() {
            Some(original) => original.0.clone(),
            None => parts.uri.clone(),
        };
        let query = Query::parse(parts.uri.query());
        let method = parts.method.clone();
        let headers = parts.headers.clone();
        let request = axum::extract::Request::from_parts(parts, body);
        let body = match axum::body::Bytes::from_request(request, state).await {
            Ok(body) => body,
            Err(rejection) => {
                return Err(rejected(
                    rejection.status(),
                    Location::Body,
                    rejection.body_text(),
                ))
            }
        };
        Ok(Incoming {
            method,
            uri,
            path,
            query,
            headers,
            body,
        })
    }
}

/// Reads a request with `read` and hands it to the operation; a request that cannot be read is
/// answered with its problem.
pub async fn dispatch<R, T, F>(
    incoming: Incoming,
    read: fn(&Incoming) -> Result<R, Problem>,
    call: impl FnOnce(R) -> F,
) -> Response
where
    F: std::future::Future<Output = Reply<T>>,
    T: IntoResponse,
{
    match read(&incoming) {
        Ok(request) => call(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// The status of a documented response; a code HTTP cannot carry becomes 500.
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A response with a JSON body.
pub fn json<T: serde::Serialize>(status: StatusCode, body: T) -> Response {
    (status, axum::Json(body)).into_response()
}

/// A response with a body of another media type (text or bytes).
pub fn content<T: IntoResponse>(status: StatusCode, media_type: &'static str, body: T) -> Response {
    (
        status,
        [(axum::http::header::CONTENT_TYPE, media_type)],
        body,
    )
        .into_response()
}

/// A response without a body.
pub fn empty(status: StatusCode) -> Response {
    status.into_response()
}

/// Answers requests to paths the API does not have.
pub async fn not_found() -> Response {
    Problem::new(StatusCode::NOT_FOUND, Location::Route, None, "no such path").into_response()
}

/// Answers requests with a method the path does not have.
pub async fn method_not_allowed() -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        Location::Route,
        None,
        "method not allowed on this path",
    )
    .into_response()
}

/// Turns the text of a parameter into its type: as a JSON string first (strings, enums, dates),
/// then as a JSON literal (numbers, booleans).
fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    match serde_json::from_value(serde_json::Value::String(text.to_string())) {
        Ok(value) => Ok(value),
        Err(first) => serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .filter(|v| !v.is_string())
            .and_then(|v| serde_json::from_value(v).ok())
            .ok_or_else(|| first.to_string()),
    }
}

/// Turns several texts (an array parameter) into a list of their type.
fn from_texts<T: DeserializeOwned>(texts: &[String]) -> Result<T, String> {
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
                    serde_json::from_str::<serde_json::Value>(t)
                        .unwrap_or_else(|_| serde_json::Value::String(t.clone()))
                })
                .collect();
            serde_json::from_value(serde_json::Value::Array(literals))
                .map_err(|_| first.to_string())
        }
    }
}

fn bad(location: Location, name: &str, error: impl Into<String>) -> Problem {
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

/// The query string, decoded into name → values.
#[derive(Debug, Default)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        let pairs = raw
            .map(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).unwrap_or_default())
            .unwrap_or_default();
        Query { pairs }
    }

    fn values(&self, name: &str) -> Vec<String> {
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
    let mut de = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut de)
        .map(Some)
        .map_err(|err| {
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
        })
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

/// A serde path as a JSON pointer: `clients[0].name` → `/clients/0/name`.
fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1")))
            }
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// One rule of the spec a value breaks, and where.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Violation {
    /// JSON pointer of the value inside the body or parameter (empty for the whole value).
    pub pointer: String,
    pub error: String,
}

/// What a value must satisfy beyond its type: the schema's validation keywords.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<&'static str>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub unique_items: bool,
    pub min_properties: Option<usize>,
    pub max_properties: Option<usize>,
    /// The rules of each item of an array.
    pub items: Option<&'static Rules>,
}

impl Rules {
    /// No rule at all; generated rules fill in what the spec says.
    pub const NONE: Rules = Rules {
        minimum: None,
        maximum: None,
        exclusive_minimum: false,
        exclusive_maximum: false,
        multiple_of: None,
        min_length: None,
        max_length: None,
        pattern: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        min_properties: None,
        max_properties: None,
        items: None,
    };
}

fn violation(out: &mut Vec<Violation>, at: &str, error: String) {
    out.push(Violation {
        pointer: at.to_string(),
        error,
    });
}

/// A compiled pattern, compiled once per process; `None` if it does not compile (the generator
/// leaves such patterns out, so this does not happen for generated rules).
fn pattern(source: &'static str) -> Option<fancy_regex::Regex> {
    use std::sync::{LazyLock, Mutex, PoisonError};
    static PATTERNS: LazyLock<Mutex<BTreeMap<&'static str, Option<fancy_regex::Regex>>>> =
        LazyLock::new(Default::default);
    let mut patterns = PATTERNS.lock().unwrap_or_else(PoisonError::into_inner);
    patterns
        .entry(source)
        .or_insert_with(|| fancy_regex::Regex::new(source).ok())
        .clone()
}

fn check_number(value: f64, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
    if let Some(min) = rules.minimum {
        if value < min || (rules.exclusive_minimum && value == min) {
            let bound = if rules.exclusive_minimum {
                "greater than"
            } else {
                "at least"
            };
            violation(out, at, format!("{value} is not {bound} {min}"));
        }
    }
    if let Some(max) = rules.maximum {
        if value > max || (rules.exclusive_maximum && value == max) {
            let bound = if rules.exclusive_maximum {
                "less than"
            } else {
                "at most"
            };
            violation(out, at, format!("{value} is not {bound} {max}"));
        }
    }
    if let Some(step) = rules.multiple_of {
        let quotient = value / step;
        if step > 0.0 && (quotient - quotient.round()).abs() > 1e-9 {
            violation(out, at, format!("{value} is not a multiple of {step}"));
        }
    }
}

fn check_count(
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
    what: &str,
    at: &str,
    out: &mut Vec<Violation>,
) {
    if let Some(min) = min {
        if count < min {
            violation(out, at, format!("has {count} {what}, fewer than {min}"));
        }
    }
    if let Some(max) = max {
        if count > max {
            violation(out, at, format!("has {count} {what}, more than {max}"));
        }
    }
}

/// Values the spec's rules (bounds, lengths, patterns, counts) can be checked on. Types the
/// rules do not apply to keep the empty default.
pub trait Checked {
    /// Adds a violation to `out` for each rule in `rules` that `self` breaks.
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        let _ = (rules, at, out);
    }
}

impl Checked for String {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        if rules.min_length.is_some() || rules.max_length.is_some() {
            check_count(
                self.chars().count(),
                rules.min_length,
                rules.max_length,
                "characters",
                at,
                out,
            );
        }
        if let Some(source) = rules.pattern {
            match pattern(source).map(|p| p.is_match(self)) {
                Some(Ok(true)) | None => {}
                Some(Ok(false)) => {
                    violation(out, at, format!("does not match the pattern `{source}`"))
                }
                Some(Err(_)) => violation(
                    out,
                    at,
                    format!("is too costly to match against the pattern `{source}`"),
                ),
            }
        }
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Checked for $t {
            fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
                check_number(*self as f64, rules, at, out);
            }
        }
        impl Validate for $t {}
    )*};
}
numbers!(i32, i64, f32, f64, u8);

impl Checked for bool {}
impl Checked for serde_json::Value {}
impl Checked for () {}

impl<T: Checked + serde::Serialize> Checked for Vec<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        check_count(
            self.len(),
            rules.min_items,
            rules.max_items,
            "items",
            at,
            out,
        );
        if rules.unique_items {
            let mut seen = std::collections::BTreeSet::new();
            for (index, item) in self.iter().enumerate() {
                let text = serde_json::to_string(item).unwrap_or_default();
                if !seen.insert(text) {
                    violation(
                        out,
                        &format!("{at}/{index}"),
                        "repeats an earlier item; items must be unique".to_string(),
                    );
                }
            }
        }
        if let Some(items) = rules.items {
            for (index, item) in self.iter().enumerate() {
                item.check(items, &format!("{at}/{index}"), out);
            }
        }
    }
}

impl<T: Checked> Checked for BTreeMap<String, T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        check_count(
            self.len(),
            rules.min_properties,
            rules.max_properties,
            "properties",
            at,
            out,
        );
    }
}

impl<T: Checked> Checked for Option<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.check(rules, at, out);
        }
    }
}

impl<T: Checked> Checked for Box<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        (**self).check(rules, at, out);
    }
}

/// Values that may hold values with rules of their own (the fields of a model, the items of a
/// list): `validate` checks all of them.
pub trait Validate {
    /// Adds a violation to `out` for each rule a value inside `self` breaks; `at` is the JSON
    /// pointer of `self`.
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let _ = (at, out);
    }
}

impl Validate for String {}
impl Validate for bool {}
impl Validate for serde_json::Value {}
impl Validate for () {}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        for (index, item) in self.iter().enumerate() {
            item.validate(&format!("{at}/{index}"), out);
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        for (key, value) in self {
            value.validate(
                &format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                out,
            );
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.validate(at, out);
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        (**self).validate(at, out);
    }
}

/// Every rule a value (at pointer `at`) or a value inside it breaks.
fn violations<T: Checked + Validate>(value: &T, rules: &Rules, at: &str) -> Vec<Violation> {
    let mut out = Vec::new();
    value.check(rules, at, &mut out);
    value.validate(at, &mut out);
    out
}

/// A parameter checked against its rules: `400` naming the parameter when it breaks one.
pub fn checked<T: Checked + Validate>(
    value: T,
    rules: &Rules,
    location: Location,
    name: &str,
) -> Result<T, Problem> {
    let out = violations(&value, rules, "");
    if out.is_empty() {
        return Ok(value);
    }
    let first = out.first().map(|v| v.error.clone()).unwrap_or_default();
    let mut problem = bad(
        location,
        name,
        format!(
            "invalid {} parameter `{name}`: {first}",
            location_name(location)
        ),
    );
    problem.violations = out;
    Err(problem)
}

fn location_name(location: Location) -> &'static str {
    match location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
        Location::Body => "body",
        Location::Route => "route",
    }
}

/// A body checked against the rules of its schema: `422` listing every violation, the first
/// one's pointer as the problem's.
pub fn validated<T: Validate>(body: Option<T>) -> Result<Option<T>, Problem> {
    let Some(body) = body else { return Ok(None) };
    let mut out = Vec::new();
    body.validate("", &mut out);
    match out.first() {
        None => Ok(Some(body)),
        Some(first) => {
            let error = format!("invalid body: `{}` {}", first.pointer, first.error);
            let mut problem = Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                Location::Body,
                Some(first.pointer.clone()),
                error,
            );
            problem.violations = out;
            Err(problem)
        }
    }
}

/// The credentials a request carries, for the implementation to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// From `Authorization: Basic ...`.
    pub basic: Option<(String, String)>,
    /// From `Authorization: Bearer ...`.
    pub bearer: Option<String>,
    /// API keys, by scheme name, from where each scheme says.
    pub api_keys: BTreeMap<&'static str, String>,
    /// From `Authorization: AWS4-HMAC-SHA256 ...`, for APIs with a SigV4 scheme; check it with
    /// `AwsSignature::verify`.
    pub aws_sigv4: Option<AwsSignature>,
}

/// A request's AWS Signature Version 4 as its `Authorization` header states it, with the
/// parts of the request it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSignature {
    pub access_key_id: String,
    /// The credential scope: `YYYYMMDD`, region and signing name.
    pub date: String,
    pub region: String,
    pub service: String,
    /// The headers the signature covers, lowercase.
    pub signed_headers: Vec<String>,
    pub signature: String,
    /// `x-amz-date`: when the request was signed (`YYYYMMDDTHHMMSSZ`).
    pub amz_date: String,
    pub session_token: Option<String>,
    pub method: String,
    /// The path and query as received.
    pub uri: String,
    /// The signed headers' values, in `signed_headers` order.
    pub header_values: Vec<String>,
    pub body: Vec<u8>,
}

impl AwsSignature {
    /// Reads the signature of a request; `None` when it carries none or a malformed one.
    pub fn read(
        method: &axum::http::Method,
        uri: &axum::http::Uri,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Option<AwsSignature> {
        let value = headers
            .get(axum::http::header::AUTHORIZATION)?
            .to_str()
            .ok()?;
        let rest = value.strip_prefix("AWS4-HMAC-SHA256 ")?;
        let mut fields = BTreeMap::new();
        for part in rest.split(',') {
            let (key, value) = part.trim().split_once('=')?;
            fields.insert(key, value);
        }
        let mut scope = fields.get("Credential")?.split('/');
        let (access_key_id, date, region, service, terminator) = (
            scope.next()?,
            scope.next()?,
            scope.next()?,
            scope.next()?,
            scope.next()?,
        );
        if terminator != "aws4_request" || scope.next().is_some() {
            return None;
        }
        let signed_headers: Vec<String> = fields
            .get("SignedHeaders")?
            .split(';')
            .map(str::to_string)
            .collect();
        let header_values = signed_headers
            .iter()
            .map(|name| {
                let values: Vec<&str> = headers
                    .get_all(name.as_str())
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .collect();
                (!values.is_empty()).then(|| values.join(","))
            })
            .collect::<Option<Vec<String>>>()?;
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        Some(AwsSignature {
            access_key_id: access_key_id.to_string(),
            date: date.to_string(),
            region: region.to_string(),
            service: service.to_string(),
            signed_headers,
            signature: fields.get("Signature")?.to_string(),
            amz_date: text("x-amz-date")?,
            session_token: text("x-amz-security-token"),
            method: method.as_str().to_string(),
            uri: uri
                .path_and_query()
                .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string()),
            header_values,
            body: body.to_vec(),
        })
    }
}

/// Where an API key scheme reads its key.
#[derive(Debug, Clone, Copy)]
pub enum KeyIn {
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
}

impl Credentials {
    pub fn read(
        headers: &HeaderMap,
        query: &Query,
        api_keys: &[(&'static str, KeyIn)],
    ) -> Credentials {
        use base64::Engine;
        let mut credentials = Credentials::default();
        if let Some(value) = headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
        {
            let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
            if scheme.eq_ignore_ascii_case("bearer") {
                credentials.bearer = Some(rest.trim().to_string());
            } else if scheme.eq_ignore_ascii_case("basic") {
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(rest.trim())
                    .ok();
                let text = decoded.and_then(|d| String::from_utf8(d).ok());
                if let Some((user, password)) = text.as_deref().and_then(|t| t.split_once(':')) {
                    credentials.basic = Some((user.to_string(), password.to_string()));
                }
            }
        }
        for (scheme, place) in api_keys {
            let key = match place {
                KeyIn::Header(name) => headers
                    .get(*name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                KeyIn::Query(name) => query.values(name).into_iter().next(),
                KeyIn::Cookie(name) => cookie_optional::<String>(headers, name).ok().flatten(),
            };
            if let Some(key) = key {
                credentials.api_keys.insert(scheme, key);
            }
        }
        credentials
    }
}

// Reading and writing models (every struct's `Serialize` and `Deserialize` go through these)
// and the impls of string enums. They are appended to the crate's runtime module (client and
// server alike).

/// Models read from a JSON object's entries.
pub trait FromObject<'de>: Sized {
    fn from_object<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

struct ObjectOnly<T>(std::marker::PhantomData<T>);

impl<'de, T: FromObject<'de>> serde::de::Visitor<'de> for ObjectOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(map)
    }
}

/// Reads a model from a JSON object only: serde's derive would also take an array of the
/// fields in order, which the spec does not allow.
pub fn read_object<'de, D: serde::Deserializer<'de>, T: FromObject<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectOnly(std::marker::PhantomData))
}

/// The name of an object's entry, borrowed from the input when it can be.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a field name")
            }

            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                value: &'de str,
            ) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_string())))
            }

            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// A field's slot while its object is read: `None` until its entry is met. The reader of every
/// model goes through this one trait object, so a model's own code is a table of slots.
pub trait Slot<'de> {
    /// Reads the entry's value into the slot; `false` when the slot was already filled (the
    /// field was given twice).
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<bool, erased_serde::Error>;

    /// Whether the slot was filled.
    fn is_filled(&self) -> bool;

    /// Fills the slot of an optional field the object left out, as if it were `null`.
    fn fill_absent(&mut self) -> Result<(), erased_serde::Error>;
}

impl<'de, T: serde::Deserialize<'de>> Slot<'de> for Option<T> {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<bool, erased_serde::Error> {
        if self.is_some() {
            return Ok(false);
        }
        *self = Some(erased_serde::deserialize(deserializer)?);
        Ok(true)
    }

    fn is_filled(&self) -> bool {
        self.is_some()
    }

    fn fill_absent(&mut self) -> Result<(), erased_serde::Error> {
        // An optional field's type is an `Option`, which reads a unit as `None`.
        let unit = serde::de::value::UnitDeserializer::<erased_serde::Error>::new();
        *self = Some(erased_serde::deserialize(
            &mut <dyn erased_serde::Deserializer>::erase(unit),
        )?);
        Ok(())
    }
}

/// Reads one entry's value into a slot, with the map's own deserializer behind the trait object
/// (so serde_json's error positions and serde_path_to_error's paths are kept).
struct SlotSeed<'a, 'de>(&'a mut dyn Slot<'de>);

impl<'de> serde::de::DeserializeSeed<'de> for SlotSeed<'_, 'de> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        let mut erased = <dyn erased_serde::Deserializer>::erase(deserializer);
        self.0.fill(&mut erased).map_err(serde::de::Error::custom)
    }
}

/// A model's fields while it is read: wire name, slot and whether the field is required, in
/// declaration order.
pub type Slots<'a, 'de> = [(&'static str, &'a mut dyn Slot<'de>, bool)];

/// Where a model's reader puts the entries its fields do not name: [`Skipped`], or the
/// model's `additional_properties` map.
pub trait Others<'de> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// A model without `additional_properties`: entries it does not declare are skipped when
/// reading, and nothing follows its fields when writing.
pub struct Skipped;

impl<'de> Others<'de> for Skipped {
    fn take<A: serde::de::MapAccess<'de>>(&mut self, _: &str, map: &mut A) -> Result<(), A::Error> {
        skip(map)
    }
}

impl<'de, V: serde::Deserialize<'de>> Others<'de> for std::collections::BTreeMap<String, V> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        self.insert(key.to_string(), map.next_value()?);
        Ok(())
    }
}

/// Reads an object's entries into the slots of the fields they name; `others` takes the
/// entries no field names. Then every slot is filled: a required field left out is serde's
/// "missing field" error (the first in declaration order, as with serde's derive), an optional
/// one is `None`. A field given twice is an error, as with serde's derive.
pub fn read_fields<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    fields: &mut Slots<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<Key>()? {
        match fields.iter_mut().find(|(name, _, _)| *name == key.as_str()) {
            Some((name, slot, _)) => {
                if !map.next_value_seed(SlotSeed(&mut **slot))? {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(name));
                }
            }
            None => others.take(key.as_str(), &mut map)?,
        }
    }
    for (name, slot, required) in fields.iter_mut() {
        if !slot.is_filled() {
            if *required {
                return Err(<A::Error as serde::de::Error>::missing_field(name));
            }
            slot.fill_absent().map_err(serde::de::Error::custom)?;
        }
    }
    Ok(())
}

/// The error for a slot still empty after reading, which [`read_fields`] rules out.
pub fn unfilled<E: serde::de::Error>() -> E {
    E::custom("a field of the object was not read")
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// Whether a field is left out when its model is written, by the field's presence: only an
/// optional field that is `None` is, as serde's `skip_serializing_if = "Option::is_none"`.
pub mod left_out {
    pub fn required<T>(_: &T) -> bool {
        false
    }

    pub fn nullable<T>(_: &T) -> bool {
        false
    }

    pub fn optional<T>(value: &Option<T>) -> bool {
        value.is_none()
    }
}

/// A model's fields while it is written: wire name, value, and whether it is left out.
pub type Written<'a> = [(&'static str, &'a dyn erased_serde::Serialize, bool)];

/// What a model writes after its fields: nothing ([`Skipped`]), or the entries of its
/// `additional_properties` map.
pub trait Extra {
    /// Whether the model has an entries map: then it is written as a map, as serde's derive
    /// writes a struct with a `#[serde(flatten)]` map, even when the map is empty.
    fn present(&self) -> bool;

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl Extra for Skipped {
    fn present(&self) -> bool {
        false
    }

    fn write<M: serde::ser::SerializeMap>(&self, _: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<V: serde::Serialize> Extra for std::collections::BTreeMap<String, V> {
    fn present(&self) -> bool {
        true
    }

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}

/// Writes a model as serde's derive does: a struct of its fields, or, with `extra` entries, a
/// map of its fields followed by them (a `#[serde(flatten)]` map).
pub fn write_object<S: serde::Serializer>(
    serializer: S,
    name: &'static str,
    fields: &Written<'_>,
    extra: &impl Extra,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeStruct};

    if extra.present() {
        let mut state = serializer.serialize_map(None)?;
        for (key, value, left_out) in fields {
            if !left_out {
                state.serialize_entry(key, value)?;
            }
        }
        extra.write(&mut state)?;
        return state.end();
    }
    let len = fields.iter().filter(|(_, _, left_out)| !left_out).count();
    let mut state = serializer.serialize_struct(name, len)?;
    for (key, value, left_out) in fields {
        if *left_out {
            state.skip_field(key)?;
        } else {
            state.serialize_field(key, value)?;
        }
    }
    state.end()
}

/// A model struct's `Serialize` and `Deserialize`: one line per field, with its wire name and
/// its presence: `required`, `optional` (absent or `null` is `None`, and `None` is left out when
/// writing) or `nullable` (required but may be `null`: read like `optional`, always written).
/// `+ additional_properties` keeps the entries the struct does not declare in that field; others
/// are skipped. Each field is read into a slot named after it (the macro's own variables cannot
/// clash with it) through the runtime's [`Slot`], and written through `erased_serde`, so a
/// model's expansion is a table and not a loop of its own. The errors are serde's: "missing
/// field", "duplicate field", and a JSON object only.
///
/// ```text
/// crate::runtime::object! {
///     Pet {
///         id: "id" required,
///         name: "name" optional,
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! object {
    ($name:ident { $($fields:tt)* }) => {
        $crate::runtime::object!(@impl $name [] { $($fields)* });
    };
    ($name:ident + $additional:ident { $($fields:tt)* }) => {
        $crate::runtime::object!(@impl $name [$additional] { $($fields)* });
    };
    (@impl $name:ident [$($additional:ident)?] {
        $($field:ident: $wire:literal $presence:ident,)*
    }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::runtime::read_object(deserializer)
            }
        }

        impl<'de> $crate::runtime::FromObject<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn from_object<A: ::serde::de::MapAccess<'de>>(
                map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                let mut others = $crate::runtime::object!(@others $($additional)?);
                $crate::runtime::read_fields(
                    map,
                    &mut [$(($wire, &mut $field, $crate::runtime::object!(@required $presence)),)*],
                    &mut others,
                )?;
                // Every slot is filled now. (The leading `true` keeps the pattern refutable
                // for a struct without fields.)
                let (true, $(::std::option::Option::Some($field),)*) = (true, $($field,)*) else {
                    return ::std::result::Result::Err($crate::runtime::unfilled());
                };
                ::std::result::Result::Ok($name { $($field,)* $($additional: others,)? })
            }
        }

        impl ::serde::Serialize for $name {
            #[allow(deprecated)]
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::runtime::write_object(
                    serializer,
                    stringify!($name),
                    &[$(($wire, &self.$field, $crate::runtime::left_out::$presence(&self.$field)),)*],
                    $crate::runtime::object!(@extra self $($additional)?),
                )
            }
        }
    };
    (@required required) => {
        true
    };
    (@required $presence:ident) => {
        false
    };
    (@others) => {
        $crate::runtime::Skipped
    };
    (@others $additional:ident) => {
        ::std::collections::BTreeMap::new()
    };
    (@extra $this:tt) => {
        &$crate::runtime::Skipped
    };
    (@extra $this:tt $additional:ident) => {
        &$this.$additional
    };
}

#[allow(unused_imports)]
pub(crate) use object;

/// A string enum's `as_str`, `Display`, `Serialize` and `Deserialize`: one line per variant with
/// its wire value. With `+ Unknown`, values the spec does not list are kept in the enum's
/// `Unknown(String)` variant (clients); without it they are refused with serde's "unknown
/// variant" error (servers).
///
/// ```text
/// crate::runtime::string_enum! {
///     Status + Unknown {
///         Active = "active",
///         Gone = "gone",
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! string_enum {
    ($name:ident + Unknown { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::Unknown(value),
                })
            }
        }
    };
    ($name:ident { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)*
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                match value.as_str() {
                    $($wire => ::std::result::Result::Ok(Self::$variant),)*
                    other => ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(other, &[$($wire),*]),
                    ),
                }
            }
        }
    };
    (@write $name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_their_types() {
        assert_eq!(from_text::<String>("12").unwrap(), "12");
        assert_eq!(from_text::<i64>("12").unwrap(), 12);
        assert!(from_text::<bool>("true").unwrap());
        assert!(from_text::<i64>("twelve").is_err());
        assert_eq!(
            from_texts::<Vec<i64>>(&["1".into(), "2".into()]).unwrap(),
            vec![1, 2]
        );
    }

    #[test]
    fn segments_split_into_parameters() {
        let split = |value: &str, pieces: &'static [Piece]| {
            let path = BTreeMap::from([("s0".to_string(), value.to_string())]);
            split_segments(path, &[("s0", pieces)])
                .ok()
                .map(|p| p.into_values().collect::<Vec<_>>())
        };
        const FILE: &[Piece] = &[Piece::Param("p0"), Piece::Lit("."), Piece::Param("p1")];
        const SYSTEM: &[Piece] = &[Piece::Lit("System."), Piece::Param("p0")];
        assert_eq!(
            split("a.b.txt", FILE),
            Some(vec!["a.b".to_string(), "txt".to_string()])
        );
        assert_eq!(split("a.", FILE), None);
        assert_eq!(split("noext", FILE), None);
        assert_eq!(split(".txt", FILE), None);
        assert_eq!(split("System.eu", SYSTEM), Some(vec!["eu".to_string()]));
        assert_eq!(split("Sys.eu", SYSTEM), None);
        assert_eq!(split("System.", SYSTEM), None);
    }

    #[test]
    fn query_lists_and_repeats() {
        let q = Query::parse(Some("a=1&a=2&b=3,4&c=x&c=y"));
        assert_eq!(q.optional::<Vec<i64>>("a", true).unwrap(), Some(vec![1, 2]));
        assert_eq!(q.optional::<Vec<i64>>("b", true).unwrap(), Some(vec![3, 4]));
        assert!(q.optional::<String>("c", false).is_err());
        assert_eq!(q.optional::<String>("d", false).unwrap(), None);
    }
}
