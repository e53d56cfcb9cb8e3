//! A successful response: its decoded value with status and headers, and streamed bodies.

use serde::de::DeserializeOwned;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::{DecodeFailure, Error, UnexpectedResponse};

/// A response body read as it arrives, chunk by chunk (the `_stream` methods of operations
/// that return raw bytes). Read it with `futures_util::StreamExt::next`.
pub type ByteStream = std::pin::Pin<
    Box<dyn futures_core::Stream<Item = Result<bytes::Bytes, reqwest::Error>> + Send>,
>;

/// A successful response whose body is left to stream.
pub(crate) fn streamed(response: reqwest::Response) -> ResponseValue<ByteStream> {
    let status = response.status();
    let headers = response.headers().clone();
    ResponseValue::new(Box::pin(response.bytes_stream()), status, headers)
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

    /// The response as the operation's error enum's `Unknown` keeps it.
    pub(crate) fn unexpected(self) -> UnexpectedResponse {
        UnexpectedResponse {
            operation: self.operation,
            status: self.status,
            headers: self.headers,
            body: self.body,
            decode_error: None,
        }
    }

    /// A documented error response with a JSON body: `variant` with the decoded body, or,
    /// when the body is not the documented type, `unknown` with the raw response.
    pub(crate) fn error_json<B: DeserializeOwned, E>(
        self,
        variant: impl FnOnce(B) -> E,
        unknown: fn(UnexpectedResponse) -> E,
    ) -> Error<E> {
        let decoded = self.json();
        self.error(decoded, variant, unknown)
    }

    /// A documented error response with a text body, as [`Received::error_json`].
    pub(crate) fn error_text<E>(
        self,
        variant: impl FnOnce(String) -> E,
        unknown: fn(UnexpectedResponse) -> E,
    ) -> Error<E> {
        let decoded = self.text();
        self.error(decoded, variant, unknown)
    }

    fn error<B, E>(
        self,
        decoded: Result<B, DecodeFailure>,
        variant: impl FnOnce(B) -> E,
        unknown: fn(UnexpectedResponse) -> E,
    ) -> Error<E> {
        Error::Status(match decoded {
            Ok(body) => variant(body),
            Err(failure) => {
                let reason = if failure.path == "." {
                    failure.message
                } else {
                    format!("at `{}`: {}", failure.path, failure.message)
                };
                let mut response = self.unexpected();
                response.decode_error = Some(reason);
                unknown(response)
            }
        })
    }
}
