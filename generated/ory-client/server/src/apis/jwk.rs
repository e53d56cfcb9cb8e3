//! The `jwk` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait JwkApi: Clone + Send + Sync + 'static {
    /// Retrieve a JSON Web Key Set
    ///
    /// This endpoint can be used to retrieve JWK Sets stored in ORY Hydra.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `GET /admin/keys/{set}` (operation `getJsonWebKeySet`)
    fn get_json_web_key_set(
        &self,
        request: GetJsonWebKeySetRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetJsonWebKeySetResponse>,
    > + Send;
    /// Update a JSON Web Key Set
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}` (operation `setJsonWebKeySet`)
    fn set_json_web_key_set(
        &self,
        request: SetJsonWebKeySetRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetJsonWebKeySetResponse>,
    > + Send;
    /// Create JSON Web Key
    ///
    /// This endpoint is capable of generating JSON Web Key Sets for you. There a different strategies available, such as symmetric cryptographic keys (HS256, HS512) and asymetric cryptographic keys (RS256, ECDSA). If the specified JSON Web Key Set does not exist, it will be created.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `POST /admin/keys/{set}` (operation `createJsonWebKeySet`)
    fn create_json_web_key_set(
        &self,
        request: CreateJsonWebKeySetRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateJsonWebKeySetResponse>,
    > + Send;
    /// Delete JSON Web Key Set
    ///
    /// Use this endpoint to delete a complete JSON Web Key Set and all the keys in that set.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}` (operation `deleteJsonWebKeySet`)
    fn delete_json_web_key_set(
        &self,
        request: DeleteJsonWebKeySetRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteJsonWebKeySetResponse>,
    > + Send;
    /// Get JSON Web Key
    ///
    /// This endpoint returns a singular JSON Web Key contained in a set. It is identified by the set and the specific key ID (kid).
    ///
    /// `GET /admin/keys/{set}/{kid}` (operation `getJsonWebKey`)
    fn get_json_web_key(
        &self,
        request: GetJsonWebKeyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetJsonWebKeyResponse>> + Send;
    /// Set JSON Web Key
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}/{kid}` (operation `setJsonWebKey`)
    fn set_json_web_key(
        &self,
        request: SetJsonWebKeyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SetJsonWebKeyResponse>> + Send;
    /// Delete JSON Web Key
    ///
    /// Use this endpoint to delete a single JSON Web Key.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A
    /// JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses
    /// this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens),
    /// and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}/{kid}` (operation `deleteJsonWebKey`)
    fn delete_json_web_key(
        &self,
        request: DeleteJsonWebKeyRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteJsonWebKeyResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(jwk::routes().merge(...), service)`.
pub fn routes<S: JwkApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/admin/keys/{p0}",
            axum::routing::get(crate::apis::jwk::handle_get_json_web_key_set::<S>)
                .put(crate::apis::jwk::handle_set_json_web_key_set::<S>)
                .post(crate::apis::jwk::handle_create_json_web_key_set::<S>)
                .delete(crate::apis::jwk::handle_delete_json_web_key_set::<S>),
        );
    routes
        .route(
            "/admin/keys/{p0}/{p1}",
            axum::routing::get(crate::apis::jwk::handle_get_json_web_key::<S>)
                .put(crate::apis::jwk::handle_set_json_web_key::<S>)
                .delete(crate::apis::jwk::handle_delete_json_web_key::<S>),
        )
}

/// What a `GET /admin/keys/{set}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetJsonWebKeySetRequest {
    /// path parameter `set`.
    ///
    /// JSON Web Key Set ID
    pub set: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/keys/{set}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetJsonWebKeySetResponse {
    /// Status `200`: jsonWebKeySet
    Ok(crate::models::JsonWebKeySet),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetJsonWebKeySetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetJsonWebKeySetRequest {
    /// Reads and checks a `GET /admin/keys/{set}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetJsonWebKeySetRequest {
            set: runtime::path_param(path, "p0", "set")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/keys/{set}` request and hands it to [`JwkApi::get_json_web_key_set`].
pub async fn handle_get_json_web_key_set<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getJsonWebKeySet",
        path: "/admin/keys/{set}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetJsonWebKeySetRequest::read,
            |request| service.get_json_web_key_set(request),
        )
        .await
}

/// What a `PUT /admin/keys/{set}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetJsonWebKeySetRequest {
    /// path parameter `set`.
    ///
    /// The JSON Web Key Set ID
    pub set: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::JsonWebKeySet>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/keys/{set}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetJsonWebKeySetResponse {
    /// Status `200`: jsonWebKeySet
    Ok(crate::models::JsonWebKeySet),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for SetJsonWebKeySetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetJsonWebKeySetRequest {
    /// Reads and checks a `PUT /admin/keys/{set}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetJsonWebKeySetRequest {
            set: runtime::path_param(path, "p0", "set")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/keys/{set}` request and hands it to [`JwkApi::set_json_web_key_set`].
pub async fn handle_set_json_web_key_set<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setJsonWebKeySet",
        path: "/admin/keys/{set}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetJsonWebKeySetRequest::read,
            |request| service.set_json_web_key_set(request),
        )
        .await
}

/// What a `POST /admin/keys/{set}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateJsonWebKeySetRequest {
    /// path parameter `set`.
    ///
    /// The JSON Web Key Set ID
    pub set: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateJsonWebKeySet,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/keys/{set}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateJsonWebKeySetResponse {
    /// Status `201`: jsonWebKeySet
    Created(crate::models::JsonWebKeySet),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for CreateJsonWebKeySetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateJsonWebKeySetRequest {
    /// Reads and checks a `POST /admin/keys/{set}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateJsonWebKeySetRequest {
            set: runtime::path_param(path, "p0", "set")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/keys/{set}` request and hands it to [`JwkApi::create_json_web_key_set`].
pub async fn handle_create_json_web_key_set<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createJsonWebKeySet",
        path: "/admin/keys/{set}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateJsonWebKeySetRequest::read,
            |request| service.create_json_web_key_set(request),
        )
        .await
}

/// What a `DELETE /admin/keys/{set}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteJsonWebKeySetRequest {
    /// path parameter `set`.
    ///
    /// The JSON Web Key Set
    pub set: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/keys/{set}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteJsonWebKeySetResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for DeleteJsonWebKeySetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteJsonWebKeySetRequest {
    /// Reads and checks a `DELETE /admin/keys/{set}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteJsonWebKeySetRequest {
            set: runtime::path_param(path, "p0", "set")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/keys/{set}` request and hands it to [`JwkApi::delete_json_web_key_set`].
pub async fn handle_delete_json_web_key_set<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteJsonWebKeySet",
        path: "/admin/keys/{set}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteJsonWebKeySetRequest::read,
            |request| service.delete_json_web_key_set(request),
        )
        .await
}

/// What a `GET /admin/keys/{set}/{kid}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetJsonWebKeyRequest {
    /// path parameter `set`.
    ///
    /// JSON Web Key Set ID
    pub set: ::std::string::String,
    /// path parameter `kid`.
    ///
    /// JSON Web Key ID
    pub kid: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/keys/{set}/{kid}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetJsonWebKeyResponse {
    /// Status `200`: jsonWebKeySet
    Ok(crate::models::JsonWebKeySet),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetJsonWebKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetJsonWebKeyRequest {
    /// Reads and checks a `GET /admin/keys/{set}/{kid}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetJsonWebKeyRequest {
            set: runtime::path_param(path, "p0", "set")?,
            kid: runtime::path_param(path, "p1", "kid")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/keys/{set}/{kid}` request and hands it to [`JwkApi::get_json_web_key`].
pub async fn handle_get_json_web_key<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getJsonWebKey",
        path: "/admin/keys/{set}/{kid}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetJsonWebKeyRequest::read,
            |request| service.get_json_web_key(request),
        )
        .await
}

/// What a `PUT /admin/keys/{set}/{kid}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetJsonWebKeyRequest {
    /// path parameter `set`.
    ///
    /// The JSON Web Key Set ID
    pub set: ::std::string::String,
    /// path parameter `kid`.
    ///
    /// JSON Web Key ID
    pub kid: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::JsonWebKey>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/keys/{set}/{kid}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetJsonWebKeyResponse {
    /// Status `200`: jsonWebKey
    Ok(crate::models::JsonWebKey),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for SetJsonWebKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetJsonWebKeyRequest {
    /// Reads and checks a `PUT /admin/keys/{set}/{kid}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetJsonWebKeyRequest {
            set: runtime::path_param(path, "p0", "set")?,
            kid: runtime::path_param(path, "p1", "kid")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/keys/{set}/{kid}` request and hands it to [`JwkApi::set_json_web_key`].
pub async fn handle_set_json_web_key<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setJsonWebKey",
        path: "/admin/keys/{set}/{kid}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetJsonWebKeyRequest::read,
            |request| service.set_json_web_key(request),
        )
        .await
}

/// What a `DELETE /admin/keys/{set}/{kid}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteJsonWebKeyRequest {
    /// path parameter `set`.
    ///
    /// The JSON Web Key Set
    pub set: ::std::string::String,
    /// path parameter `kid`.
    ///
    /// The JSON Web Key ID (kid)
    pub kid: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/keys/{set}/{kid}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteJsonWebKeyResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for DeleteJsonWebKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteJsonWebKeyRequest {
    /// Reads and checks a `DELETE /admin/keys/{set}/{kid}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteJsonWebKeyRequest {
            set: runtime::path_param(path, "p0", "set")?,
            kid: runtime::path_param(path, "p1", "kid")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/keys/{set}/{kid}` request and hands it to [`JwkApi::delete_json_web_key`].
pub async fn handle_delete_json_web_key<S: JwkApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteJsonWebKey",
        path: "/admin/keys/{set}/{kid}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteJsonWebKeyRequest::read,
            |request| service.delete_json_web_key(request),
        )
        .await
}
