//! Runtime support shared by every operation of this crate: the client, responses, errors and
//! parameter encoding. Generated operations stay small because the work happens here.
//!
//! (This file is printed through prettyplease when it is emitted, so only doc comments survive.)
pub use reqwest::header::HeaderMap;
pub use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;
/// A client for the API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
}
impl Client {
    /// A client for the API at `base_url` (for example `https://api.example.com/v1`).
    ///
    /// Redirects are not followed, so that operations documenting a `3xx` response return it.
    pub fn new(base_url: impl Into<String>) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self::with_client(base_url, http)
    }
    /// A client using a `reqwest::Client` you configured yourself.
    pub fn with_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let mut base_url = base_url.into();
        while base_url.ends_with('/') {
            base_url.pop();
        }
        Client { base_url, http }
    }
    /// The base URL that operation paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.http
    }
    pub(crate) fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{}", self.base_url, path))
    }
}
/// A successful response: the decoded body with the status and headers it came with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
}
impl<T> ResponseValue<T> {
    pub fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        ResponseValue {
            inner,
            status,
            headers,
        }
    }
    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.inner
    }
    pub fn status(&self) -> StatusCode {
        self.status
    }
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
        }
    }
}
impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}
impl<T> std::ops::DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}
/// A response with a status the operation does not document.
#[derive(Debug, Clone, PartialEq)]
pub struct UnexpectedResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}
impl UnexpectedResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}
/// Why an operation failed. `E` is the operation's own error enum, with a variant per
/// documented error status.
#[derive(Debug)]
pub enum Error<E> {
    /// The request could not be sent or the response could not be read.
    Transport(reqwest::Error),
    /// The server answered with an error status; `E` says which one, with its typed body.
    Status(E),
    /// The response body does not match the type the spec documents.
    Decode {
        /// The operation's `operationId`.
        operation: &'static str,
        status: StatusCode,
        /// Where in the body decoding failed, for example `clients[0].client_id`.
        path: String,
        message: String,
        body: Vec<u8>,
    },
}
impl<E> Error<E> {
    /// The error status the server answered with, if it answered at all.
    pub fn status_error(&self) -> Option<&E> {
        match self {
            Error::Status(e) => Some(e),
            _ => None,
        }
    }
}
impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Status(e) => write!(f, "error response: {e:?}"),
            Error::Decode {
                operation,
                status,
                path,
                message,
                ..
            } => {
                write!(
                    f,
                    "cannot decode the {status} response of {operation} at `{path}`: {message}"
                )
            }
        }
    }
}
impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}
/// A body that does not decode into its documented type.
#[derive(Debug)]
pub struct DecodeFailure {
    operation: &'static str,
    status: StatusCode,
    path: String,
    message: String,
    body: Vec<u8>,
}
impl<E> From<DecodeFailure> for Error<E> {
    fn from(f: DecodeFailure) -> Self {
        Error::Decode {
            operation: f.operation,
            status: f.status,
            path: f.path,
            message: f.message,
            body: f.body,
        }
    }
}
impl<E> From<reqwest::Error> for Error<E> {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}
/// A received response, read to its end.
pub(crate) struct Received {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    operation: &'static str,
}
impl Received {
    pub(crate) async fn read(
        response: reqwest::Response,
        operation: &'static str,
    ) -> Result<Self, reqwest::Error> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        Ok(Received {
            status,
            headers,
            body,
            operation,
        })
    }
    /// Decodes a JSON body, naming the path inside the body where decoding failed.
    pub(crate) fn json<T: DeserializeOwned>(&self) -> Result<T, DecodeFailure> {
        let mut de = serde_json::Deserializer::from_slice(&self.body);
        serde_path_to_error::deserialize(&mut de).map_err(|err| DecodeFailure {
            operation: self.operation,
            status: self.status,
            path: err.path().to_string(),
            message: err.inner().to_string(),
            body: self.body.clone(),
        })
    }
    pub(crate) fn text(&self) -> Result<String, DecodeFailure> {
        String::from_utf8(self.body.clone()).map_err(|err| DecodeFailure {
            operation: self.operation,
            status: self.status,
            path: ".".to_string(),
            message: err.to_string(),
            body: self.body.clone(),
        })
    }
    pub(crate) fn value<T>(&self, inner: T) -> ResponseValue<T> {
        ResponseValue::new(inner, self.status, self.headers.clone())
    }
    pub(crate) fn unexpected(self) -> UnexpectedResponse {
        UnexpectedResponse {
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }
}
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
/// Characters left as they are in a path segment (RFC 3986 `unreserved`).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// A path parameter, percent-encoded, following its style.
pub(crate) fn path_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, PATH_SEGMENT).to_string();
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
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn query_styles() {
        let mut out = Vec::new();
        query_pairs(&mut out, "a", &["x", "y"], Style::Form, true);
        query_pairs(&mut out, "b", &["x", "y"], Style::Form, false);
        query_pairs(&mut out, "c", &["x", "y"], Style::PipeDelimited, false);
        query_pairs(&mut out, "d", &Some(3), Style::Form, true);
        query_pairs(&mut out, "e", &None::<i32>, Style::Form, true);
        let pairs: Vec<(&str, &str)> = out.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("a", "x"),
                ("a", "y"),
                ("b", "x,y"),
                ("c", "x|y"),
                ("d", "3")
            ]
        );
    }
    #[test]
    fn path_params_are_percent_encoded() {
        assert_eq!(path_param("id", "a/b c", Style::Simple, false), "a%2Fb%20c");
        assert_eq!(path_param("id", &[1, 2], Style::Label, false), ".1,2");
        assert_eq!(path_param("id", &[1, 2], Style::Matrix, true), ";id=1;id=2");
    }
}
