//! Why a call failed: the error every operation returns, and the response nobody documented.

use std::fmt;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// Why sending failed, before any response was decoded.
#[derive(Debug)]
pub(crate) enum SendError {
    Transport(reqwest::Error),
    Auth {
        scheme: &'static str,
        message: String,
    },
}

impl<E> From<SendError> for Error<E> {
    fn from(e: SendError) -> Self {
        match e {
            SendError::Transport(e) => Error::Transport(e),
            SendError::Auth { scheme, message } => Error::Auth { scheme, message },
        }
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
pub enum Error<E> {
    /// The request could not be sent or the response could not be read (including timeouts).
    Transport(reqwest::Error),
    /// Credentials could not be obtained (for example the OAuth2 token endpoint refused them).
    Auth {
        scheme: &'static str,
        message: String,
    },
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

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    /// Bodies are shown as text, cut after 500 bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::Auth { scheme, message } => f
                .debug_struct("Auth")
                .field("scheme", scheme)
                .field("message", message)
                .finish(),
            Error::Status(e) => f.debug_tuple("Status").field(e).finish(),
            Error::Decode {
                operation,
                status,
                path,
                message,
                body,
            } => {
                let text = String::from_utf8_lossy(&body[..body.len().min(500)]);
                f.debug_struct("Decode")
                    .field("operation", operation)
                    .field("status", status)
                    .field("path", path)
                    .field("message", message)
                    .field("body", &text)
                    .finish()
            }
        }
    }
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
            Error::Auth { scheme, message } => {
                write!(f, "no credentials for scheme `{scheme}`: {message}")
            }
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
