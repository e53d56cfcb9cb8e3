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

// Reading, writing, printing and comparing models (every struct's `Serialize`, `Deserialize`,
// `Debug` and `PartialEq` go through these) and the impls of string enums. They are appended to the crate's runtime module (client and
// server alike).

/// How a field is present in its object: `required`, `optional` (absent or `null` is `None`, and
/// `None` is left out when writing) or `nullable` (required but may be `null`: read like
/// `optional`, always written). The variants are spelled as `object!`'s field lines spell them.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    required,
    optional,
    nullable,
}

/// A field's value as the runtime sees it: written through `erased_serde`, printed, and
/// compared with the same field of another value of its model.
pub trait Value: erased_serde::Serialize + std::fmt::Debug + std::any::Any {
    /// Whether `other` is a value of the same type, equal to this one.
    fn same_as(&self, other: &dyn Value) -> bool;

    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: serde::Serialize + std::fmt::Debug + PartialEq + 'static> Value for T {
    fn same_as(&self, other: &dyn Value) -> bool {
        other
            .as_any()
            .downcast_ref::<T>()
            .is_some_and(|other| self == other)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A model's field while it is written, printed or compared: its Rust name, its wire name,
/// its value and its presence, in declaration order. `object!` writes one method per model
/// that lists them, and `Serialize`, `Debug` and `PartialEq` all go through that one list.
pub type Row<'a> = (&'static str, &'static str, &'a dyn Value, Presence);

/// Whether a value is `None`, asked of its `Serialize` (an optional field's type is an
/// `Option`, which writes `None` as serde's `none`).
fn is_none(value: &dyn Value) -> bool {
    erased_serde::serialize(value, NoneProbe).unwrap_or(false)
}

/// A serializer that only tells whether it was given serde's `none`.
struct NoneProbe;

/// A value that is neither `none` nor a scalar: not `None`.
#[derive(Debug)]
struct NotNone;

impl std::fmt::Display for NotNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not none")
    }
}

impl std::error::Error for NotNone {}

impl serde::ser::Error for NotNone {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotNone
    }
}

/// The probe's answer to every scalar: not `None`.
macro_rules! not_none {
    ($($method:ident: $ty:ty,)*) => {
        $(fn $method(self, _: $ty) -> Result<bool, NotNone> {
            Ok(false)
        })*
    };
}

impl serde::Serializer for NoneProbe {
    type Ok = bool;
    type Error = NotNone;
    type SerializeSeq = serde::ser::Impossible<bool, NotNone>;
    type SerializeTuple = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleVariant = serde::ser::Impossible<bool, NotNone>;
    type SerializeMap = serde::ser::Impossible<bool, NotNone>;
    type SerializeStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeStructVariant = serde::ser::Impossible<bool, NotNone>;

    not_none! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8],
        serialize_unit_struct: &'static str,
    }

    fn serialize_none(self) -> Result<bool, NotNone> {
        Ok(true)
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit(self) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotNone> {
        Err(NotNone)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotNone> {
        Err(NotNone)
    }
}

/// Whether a row is left out when its model is written: only an optional field that is `None`
/// is, as with serde's `skip_serializing_if = "Option::is_none"`.
fn left_out(row: &Row<'_>) -> bool {
    row.3 == Presence::optional && is_none(row.2)
}

/// A row's value, written with the serializer it is given.
struct Written<'a>(&'a dyn Value);

impl serde::Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        erased_serde::serialize(self.0, serializer)
    }
}

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
    rows: &[Row<'_>],
    extra: &impl Extra,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeStruct};

    if extra.present() {
        let mut state = serializer.serialize_map(None)?;
        for row in rows.iter().filter(|row| !left_out(row)) {
            state.serialize_entry(row.1, &Written(row.2))?;
        }
        extra.write(&mut state)?;
        return state.end();
    }
    let kept: Vec<bool> = rows.iter().map(|row| !left_out(row)).collect();
    let len = kept.iter().filter(|kept| **kept).count();
    let mut state = serializer.serialize_struct(name, len)?;
    for (row, kept) in rows.iter().zip(kept) {
        if kept {
            state.serialize_field(row.1, &Written(row.2))?;
        } else {
            state.skip_field(row.1)?;
        }
    }
    state.end()
}

/// Prints a model as `#[derive(Debug)]` does: its name, then its fields by their Rust names,
/// and its `additional_properties` map last when it has one.
pub fn debug_object(
    f: &mut std::fmt::Formatter<'_>,
    name: &str,
    rows: &[Row<'_>],
    extra: Option<(&str, &dyn std::fmt::Debug)>,
) -> std::fmt::Result {
    let mut out = f.debug_struct(name);
    for row in rows {
        out.field(row.0.trim_start_matches("r#"), row.2);
    }
    if let Some((field, value)) = extra {
        out.field(field, value);
    }
    out.finish()
}

/// Whether two values of one model have equal fields, as `#[derive(PartialEq)]` compares them.
pub fn same_rows(left: &[Row<'_>], right: &[Row<'_>]) -> bool {
    left.len() == right.len() && left.iter().zip(right).all(|(l, r)| l.2.same_as(r.2))
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

/// Where an entry's value is read to: a field of the model itself (models that implement
/// `Default` are read into `Self::default()`), or a [`Slot`].
pub trait Field<'de> {
    /// Reads the entry's value.
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error>;

    /// Called for an optional field the object left out. A field of a model read into its
    /// default keeps its default, `None`.
    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        Ok(())
    }
}

impl<'de, T: serde::Deserialize<'de>> Field<'de> for T {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        *self = erased_serde::deserialize(deserializer)?;
        Ok(())
    }
}

/// A field's slot while a model without `Default` is read: `None` until its entry is met.
pub struct Slot<T>(pub Option<T>);

impl<'de, T: serde::Deserialize<'de>> Field<'de> for Slot<T> {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        self.0 = Some(erased_serde::deserialize(deserializer)?);
        Ok(())
    }

    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        // An optional field's type is an `Option`, which reads a unit as `None`.
        let unit = serde::de::value::UnitDeserializer::<erased_serde::Error>::new();
        self.0 = Some(erased_serde::deserialize(
            &mut <dyn erased_serde::Deserializer>::erase(unit),
        )?);
        Ok(())
    }
}

/// Reads one entry's value into a field, with the map's own deserializer behind the trait
/// object (so serde_json's error positions and serde_path_to_error's paths are kept).
struct FieldSeed<'a, 'de>(&'a mut dyn Field<'de>);

impl<'de> serde::de::DeserializeSeed<'de> for FieldSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let mut erased = <dyn erased_serde::Deserializer>::erase(deserializer);
        self.0.fill(&mut erased).map_err(serde::de::Error::custom)
    }
}

/// A model's fields while it is read: wire name, where the value goes, and presence, in
/// declaration order.
pub type Fields<'a, 'de> = [(&'static str, &'a mut dyn Field<'de>, Presence)];

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

/// Reads an object's entries into the fields they name; `others` takes the entries no field
/// names. A required field left out is serde's "missing field" error (the first in declaration
/// order, as with serde's derive); a field given twice is serde's "duplicate field" error.
fn read_fields<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), A::Error> {
    let mut filled = vec![false; fields.len()];
    while let Some(key) = map.next_key::<Key>()? {
        match fields.iter().position(|(name, _, _)| *name == key.as_str()) {
            Some(at) => {
                if filled[at] {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(
                        fields[at].0,
                    ));
                }
                map.next_value_seed(FieldSeed(&mut *fields[at].1))?;
                filled[at] = true;
            }
            None => others.take(key.as_str(), &mut map)?,
        }
    }
    for ((name, field, presence), filled) in fields.iter_mut().zip(filled) {
        if !filled {
            if *presence == Presence::required {
                return Err(<A::Error as serde::de::Error>::missing_field(name));
            }
            field.absent().map_err(serde::de::Error::custom)?;
        }
    }
    Ok(())
}

/// Reads a model's fields from a JSON object only: serde's derive would also take an array of
/// the fields in order, which the spec does not allow.
struct ObjectOnly<'a, 'b, 'de, O>(&'a mut Fields<'b, 'de>, &'a mut O);

impl<'de, O: Others<'de>> serde::de::Visitor<'de> for ObjectOnly<'_, '_, 'de, O> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        read_fields(map, self.0, self.1)
    }
}

/// Reads a JSON object into a model's fields (see [`read_fields`]).
pub fn read_object<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), D::Error> {
    deserializer.deserialize_map(ObjectOnly(fields, others))
}

/// The error for a slot still empty after reading, which [`read_fields`] rules out.
pub fn unfilled<E: serde::de::Error>() -> E {
    E::custom("a field of the object was not read")
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// A model struct's `Serialize`, `Deserialize`, `Debug` and `PartialEq`: one line per field,
/// with its wire name and its presence (see [`Presence`]). `+ additional_properties` keeps the
/// entries the struct does not declare in that field; others are skipped.
///
/// The macro writes one method that lists the fields as [`Row`]s, which writing, printing and
/// comparing all go through, and a reader that fills the fields through the runtime's
/// [`Field`]: a model that implements `Default` is read into `Self::default()`; one written
/// `slots Name` (a field's type has no default) is read into a [`Slot`] per field. A model's
/// expansion is a table, not code of its own per field. The errors are serde's: "missing
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
    (slots $name:ident $(+ $additional:ident)? { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $(let mut $field = $crate::runtime::Slot(::std::option::Option::None);)*
                let mut others = $crate::runtime::object!(@others $($additional)?);
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut $field, $crate::runtime::Presence::$presence),)*],
                    &mut others,
                )?;
                // Every slot is filled now. (The leading `true` keeps the pattern refutable
                // for a struct without fields.)
                let (true, $($crate::runtime::Slot(::std::option::Option::Some($field)),)*) =
                    (true, $($field,)*)
                else {
                    return ::std::result::Result::Err($crate::runtime::unfilled());
                };
                ::std::result::Result::Ok($name { $($field,)* $($additional: others,)? })
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field: $wire $presence,)* });
    };
    ($name:ident $(+ $additional:ident)? { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // (`this` is not changed when the struct has no fields.)
            #[allow(deprecated, unused_mut)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let mut this = <Self as ::std::default::Default>::default();
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut this.$field, $crate::runtime::Presence::$presence),)*],
                    $crate::runtime::object!(@into this $($additional)?),
                )?;
                ::std::result::Result::Ok(this)
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field: $wire $presence,)* });
    };
    (@rows $name:ident [$($additional:ident)?] { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl $name {
            /// The fields, for writing, printing and comparing.
            #[allow(deprecated)]
            fn rows(&self) -> [$crate::runtime::Row<'_>; { <[&str]>::len(&[$($wire),*]) }] {
                [$((stringify!($field), $wire, &self.$field, $crate::runtime::Presence::$presence),)*]
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::runtime::write_object(
                    serializer,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@extra self $($additional)?),
                )
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::runtime::debug_object(
                    f,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@debug self $($additional)?),
                )
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                $crate::runtime::same_rows(&self.rows(), &other.rows())
                    $(&& self.$additional == other.$additional)?
            }
        }
    };
    (@others) => {
        $crate::runtime::Skipped
    };
    (@others $additional:ident) => {
        ::std::collections::BTreeMap::new()
    };
    (@into $this:ident) => {
        &mut $crate::runtime::Skipped
    };
    (@into $this:ident $additional:ident) => {
        &mut $this.$additional
    };
    (@extra $this:tt) => {
        &$crate::runtime::Skipped
    };
    (@extra $this:tt $additional:ident) => {
        &$this.$additional
    };
    (@debug $this:tt) => {
        ::std::option::Option::None
    };
    (@debug $this:tt $additional:ident) => {
        ::std::option::Option::Some((stringify!($additional), &$this.$additional))
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
