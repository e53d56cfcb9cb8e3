//! A call of an operation: the value its method returns. Optional parameters are set on it
//! with methods named after them; awaiting it sends the request.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;

use super::{Client, Error, Operation, Received, ResponseValue};

/// A call of one operation, not yet sent. The operation's method takes the required
/// parameters; the optional ones are set here, each with the method of its name, before the
/// call is awaited:
///
/// ```ignore
/// let clients = client.list_o_auth2_clients().page_size(50).client_name("web").await?;
/// ```
///
/// `.await` sends the request (with the client's credentials, retries and timeouts) and gives
/// the decoded response in a [`ResponseValue`], or the operation's [`Error`]. `P` holds the
/// parameters, `T` is the success type and `E` the operation's error enum.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, P, T, E> {
    pub(crate) client: &'a Client,
    pub(crate) operation: &'static Operation,
    pub(crate) params: P,
    build: Build<P, E>,
    decode: Decode<T, E>,
    /// For the `_stream` methods: a successful response's body is left to stream.
    stream: Option<fn(reqwest::Response) -> ResponseValue<T>>,
}

/// Builds an operation's request from its parameters (fails only for a multipart body that
/// cannot be built).
type Build<P, E> = fn(&Client, P) -> Result<reqwest::RequestBuilder, Error<E>>;

/// Decodes a received response by its status.
type Decode<T, E> = fn(Received) -> Result<ResponseValue<T>, Error<E>>;

impl<'a, P, T, E> Call<'a, P, T, E> {
    pub(crate) fn new(
        client: &'a Client,
        operation: &'static Operation,
        params: P,
        build: Build<P, E>,
        decode: Decode<T, E>,
    ) -> Self {
        Call {
            client,
            operation,
            params,
            build,
            decode,
            stream: None,
        }
    }

    /// The same call, with a successful response's body streamed as it arrives; other
    /// responses are read and decoded with `errors`.
    pub(crate) fn streamed(
        self,
        errors: Decode<super::ByteStream, E>,
    ) -> Call<'a, P, super::ByteStream, E> {
        Call {
            client: self.client,
            operation: self.operation,
            params: self.params,
            build: self.build,
            decode: errors,
            stream: Some(super::streamed),
        }
    }
}

/// Shows the operation only: the parameters may hold secrets, and leaving them out keeps the
/// generated parameter structs free of `Debug` impls (a large API compiles faster).
impl<P, T, E> fmt::Debug for Call<'_, P, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation.id)
            .finish_non_exhaustive()
    }
}

impl<'a, P, T, E> IntoFuture for Call<'a, P, T, E>
where
    P: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
{
    type Output = Result<ResponseValue<T>, Error<E>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let request = (self.build)(self.client, self.params)?;
            let Some(stream) = self.stream else {
                let received = self.client.send(self.operation, request).await?;
                return (self.decode)(received);
            };
            let response = self.client.send_raw(self.operation, request).await?;
            if response.status().is_success() {
                return Ok(stream(response));
            }
            (self.decode)(Received::read(response, self.operation.id).await?)
        })
    }
}
