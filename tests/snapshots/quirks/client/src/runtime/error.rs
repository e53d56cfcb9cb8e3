//! Why a call failed: the error every operation returns, the response nobody documented, and
//! what went wrong with credentials. Every error's `Display` is one line naming the operation
//! (or the credentials) and what the server said.

use std::fmt;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::Serialize;

/// Why sending failed, before any response was decoded.
#[derive(Debug)]
pub(crate) enum SendError {
    Transport(reqwest::Error),
    Auth(AuthError),
}

impl<E> From<SendError> for Error<E> {
    fn from(e: SendError) -> Self {
        match e {
            SendError::Transport(e) => Error::Transport(e),
            SendError::Auth(e) => Error::Auth(e),
        }
    }
}

/// Why an operation failed. `E` is the operation's own error enum, with a variant per
/// documented error status.
pub enum Error<E> {
    /// The request could not be sent or the response could not be read (refused connection,
    /// timeout, DNS failure, TLS); `Display` shows the root cause.
    Transport(reqwest::Error),
    /// Credentials could not be obtained or were withheld (see [`AuthError`]); nothing was
    /// sent to the operation.
    Auth(AuthError),
    /// The server answered with a status other than success: `E` has a variant per documented
    /// error status with its typed body, and `Unknown` for the rest (an undocumented status, or
    /// a body that is not the documented type), which keeps the raw response.
    Status(E),
    /// A success response whose body does not match the type the spec documents.
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
    /// The operation's error response, when the server answered with an error status.
    pub fn status_error(&self) -> Option<&E> {
        match self {
            Error::Status(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    /// Bodies are shown as text, cut after 500 bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::Auth(e) => f.debug_tuple("Auth").field(e).finish(),
            Error::Status(e) => f.debug_tuple("Status").field(e).finish(),
            Error::Decode {
                operation,
                status,
                path,
                message,
                body,
            } => f
                .debug_struct("Decode")
                .field("operation", operation)
                .field("status", status)
                .field("path", path)
                .field("message", message)
                .field("body", &shortened(body))
                .finish(),
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "request failed: {}", with_root_cause(e)),
            Error::Auth(e) => e.fmt(f),
            Error::Status(e) => e.fmt(f),
            Error::Decode {
                operation,
                status,
                path,
                message,
                ..
            } => write!(
                f,
                "{operation}: cannot decode the {status} response at `{path}`: {message}"
            ),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Auth(e) => Some(e),
            Error::Status(e) => Some(e),
            Error::Decode { .. } => None,
        }
    }
}

/// An error's text followed by its innermost cause, when that adds something: reqwest says
/// "error sending request for url (...)", the cause says "Connection refused".
fn with_root_cause(error: &dyn std::error::Error) -> String {
    let text = error.to_string();
    let Some(mut root) = error.source() else {
        return text;
    };
    while let Some(next) = root.source() {
        root = next;
    }
    let cause = root.to_string();
    if text.contains(&cause) {
        text
    } else {
        format!("{text}: {cause}")
    }
}

/// A response the operation's error enum has no typed variant for: a status the spec does
/// not document, or a documented status whose body is not the documented type (then
/// `decode_error` says why).
#[derive(Clone, PartialEq)]
pub struct UnexpectedResponse {
    /// The operation's `operationId`.
    pub operation: &'static str,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// Why the body did not decode into the type documented for its status, if one is.
    pub decode_error: Option<String>,
}

impl UnexpectedResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The message the body carries: from a JSON error object (`error` and
    /// `error_description`, `message`, `detail` or `title`), the title of an HTML page, else
    /// the start of the text.
    pub fn message(&self) -> Option<String> {
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&self.body) {
            return message_in(&value);
        }
        let text = self.text();
        html_title(&text).or_else(|| text_start(&text))
    }
}

impl fmt::Debug for UnexpectedResponse {
    /// The body is shown as text, cut after 500 bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnexpectedResponse")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &shortened(&self.body))
            .field("decode_error", &self.decode_error)
            .finish()
    }
}

impl fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_status(f, self.operation, self.status.as_u16(), self.message())
    }
}

impl std::error::Error for UnexpectedResponse {}

/// `operation: 401 Unauthorized: message`, the line every error status is shown as.
pub(crate) fn write_status(
    f: &mut fmt::Formatter<'_>,
    operation: &str,
    status: u16,
    message: Option<String>,
) -> fmt::Result {
    match StatusCode::from_u16(status) {
        Ok(status) => write!(f, "{operation}: {status}")?,
        Err(_) => write!(f, "{operation}: {status}")?,
    }
    match message {
        Some(message) => write!(f, ": {message}"),
        None => Ok(()),
    }
}

/// The message of a typed error body, found as [`UnexpectedResponse::message`] finds it.
pub(crate) fn message_of<B: Serialize + ?Sized>(body: &B) -> Option<String> {
    match serde_json::to_value(body).ok()? {
        serde_json::Value::String(text) => text_start(&text),
        value => message_in(&value),
    }
}

/// The human part of a JSON error: OAuth2's `error: error_description`, else `message`,
/// `detail`, `title` or a nested `error.message`.
fn message_in(value: &serde_json::Value) -> Option<String> {
    let text = |key: &str| {
        value
            .get(key)
            .and_then(serde_json::Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    if let Some(error) = text("error") {
        return Some(match text("error_description") {
            Some(description) => format!("{error}: {description}"),
            None => error.to_string(),
        });
    }
    ["message", "detail", "title", "error_description"]
        .iter()
        .find_map(|key| text(key))
        .map(str::to_string)
        .or_else(|| value.get("error").and_then(message_in))
        .map(|m| text_start(&m).unwrap_or(m))
}

/// The `<title>` of an HTML page (a proxy's or a framework's error page).
fn html_title(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find("<title>")? + "<title>".len();
    let end = start + lower[start..].find("</title>")?;
    text_start(&text[start..end])
}

/// The first line of a text, cut at 200 characters; `None` when it is blank.
fn text_start(text: &str) -> Option<String> {
    let line = text.trim().lines().next()?.trim();
    if line.is_empty() {
        return None;
    }
    let mut cut: String = line.chars().take(200).collect();
    if cut.len() < line.len() {
        cut.push('…');
    }
    Some(cut)
}

/// A body as text for `Debug`, cut after 500 bytes.
fn shortened(body: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(&body[..body.len().min(500)])
}

/// Why credentials could not be used for a call.
#[derive(Debug)]
pub enum AuthError {
    /// The OAuth2 token endpoint refused the client credentials (RFC 6749 section 5.2).
    TokenRefused {
        /// The security scheme, by its name in the spec.
        scheme: &'static str,
        token_url: String,
        status: StatusCode,
        /// The endpoint's error code, for example `invalid_client`.
        error: Option<String>,
        error_description: Option<String>,
        error_uri: Option<String>,
        body: Vec<u8>,
    },
    /// The token endpoint could not be reached, or its answer could not be read.
    TokenTransport {
        scheme: &'static str,
        token_url: String,
        source: reqwest::Error,
    },
    /// The token endpoint answered with success but not with a token.
    TokenResponse {
        scheme: &'static str,
        token_url: String,
        message: String,
    },
    /// The credentials were withheld: they would have gone to a server the client was not
    /// set up for (see [`ClientBuilder::build`](super::ClientBuilder::build)).
    Withheld {
        scheme: &'static str,
        /// Where the credentials would have gone.
        url: String,
        /// The server the client was set up for.
        base_url: String,
    },
    /// The scheme needs something the client lacks (a token URL), or a request could not be
    /// signed.
    Unusable {
        scheme: &'static str,
        message: String,
    },
}

impl AuthError {
    /// The security scheme whose credentials failed, by its name in the spec.
    pub fn scheme(&self) -> &'static str {
        match self {
            AuthError::TokenRefused { scheme, .. }
            | AuthError::TokenTransport { scheme, .. }
            | AuthError::TokenResponse { scheme, .. }
            | AuthError::Withheld { scheme, .. }
            | AuthError::Unusable { scheme, .. } => scheme,
        }
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::TokenRefused {
                scheme,
                token_url,
                status,
                error,
                error_description,
                body,
                ..
            } => {
                write!(
                    f,
                    "the token endpoint {token_url} refused the client credentials of scheme `{scheme}`: {status}"
                )?;
                match (error, error_description) {
                    (Some(error), Some(description)) => write!(f, ": {error}: {description}"),
                    (Some(error), None) => write!(f, ": {error}"),
                    _ => match text_start(&String::from_utf8_lossy(body)) {
                        Some(text) => write!(f, ": {text}"),
                        None => Ok(()),
                    },
                }
            }
            AuthError::TokenTransport {
                scheme,
                token_url,
                source,
            } => write!(
                f,
                "cannot fetch an access token for scheme `{scheme}` from {token_url}: {}",
                with_root_cause(source)
            ),
            AuthError::TokenResponse {
                scheme,
                token_url,
                message,
            } => write!(
                f,
                "the token endpoint {token_url} of scheme `{scheme}` answered without a token: {message}"
            ),
            AuthError::Withheld {
                scheme,
                url,
                base_url,
            } => write!(
                f,
                "credentials of scheme `{scheme}` withheld: {url} is not on the client's server {base_url}"
            ),
            AuthError::Unusable { scheme, message } => {
                write!(f, "credentials of scheme `{scheme}` cannot be used: {message}")
            }
        }
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AuthError::TokenTransport { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A body that does not decode into its documented type.
#[derive(Debug)]
pub struct DecodeFailure {
    pub(crate) operation: &'static str,
    pub(crate) status: StatusCode,
    pub(crate) path: String,
    pub(crate) message: String,
    pub(crate) body: Vec<u8>,
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
