//! The `oidc` API.
//!
//! OpenID Connect
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// OpenID Connect
pub trait OidcApi: Clone + Send + Sync + 'static {
    /// OpenID Connect Discovery
    ///
    /// A mechanism for an OpenID Connect Relying Party to discover the End-User's OpenID Provider and obtain information needed to interact with it, including its OAuth 2.0 endpoint locations.
    ///
    /// Popular libraries for OpenID Connect clients include oidc-client-js (JavaScript), go-oidc (Golang), and others.
    /// For a full list of clients go here: <https://openid.net/developers/certified/>
    ///
    /// `GET /.well-known/openid-configuration` (operation `discoverOidcConfiguration`)
    fn discover_oidc_configuration(
        &self,
        request: DiscoverOidcConfigurationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DiscoverOidcConfigurationResponse>,
    > + Send;
    /// Issues a Verifiable Credential
    ///
    /// This endpoint creates a verifiable credential that attests that the user
    /// authenticated with the provided access token owns a certain public/private key
    /// pair.
    ///
    /// More information can be found at
    /// <https://openid.net/specs/openid-connect-userinfo-vc-1_0.html>.
    ///
    /// `POST /credentials` (operation `createVerifiableCredential`)
    fn create_verifiable_credential(
        &self,
        request: CreateVerifiableCredentialRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateVerifiableCredentialResponse>,
    > + Send;
    /// Register OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`createOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol. This feature needs to be enabled in the configuration. This endpoint
    /// is disabled by default. It can be enabled by an administrator.
    ///
    /// Please note that using this endpoint you are not able to choose the `client_secret` nor the `client_id` as those
    /// values will be server generated when specifying `token_endpoint_auth_method` as `client_secret_basic` or
    /// `client_secret_post`.
    ///
    /// The `client_secret` will be returned in the response and you will not be able to retrieve it later on.
    /// Write the secret down and keep it somewhere safe.
    ///
    /// `POST /oauth2/register` (operation `createOidcDynamicClient`)
    fn create_oidc_dynamic_client(
        &self,
        request: CreateOidcDynamicClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOidcDynamicClientResponse>,
    > + Send;
    /// Get OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`getOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// `GET /oauth2/register/{id}` (operation `getOidcDynamicClient`)
    fn get_oidc_dynamic_client(
        &self,
        request: GetOidcDynamicClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOidcDynamicClientResponse>,
    > + Send;
    /// Set OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`setOAuth2Client`) but is capable of facing the
    /// public internet directly to be used by third parties. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol.
    ///
    /// This feature is disabled per default. It can be enabled by a system administrator.
    ///
    /// If you pass `client_secret` the secret is used, otherwise the existing secret is used. If set, the secret is echoed in the response.
    /// It is not possible to retrieve it later on.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PUT /oauth2/register/{id}` (operation `setOidcDynamicClient`)
    fn set_oidc_dynamic_client(
        &self,
        request: SetOidcDynamicClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetOidcDynamicClientResponse>,
    > + Send;
    /// Delete OAuth 2.0 Client using the OpenID Dynamic Client Registration Management Protocol
    ///
    /// This endpoint behaves like the administrative counterpart (`deleteOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol. This feature needs to be enabled in the configuration. This endpoint
    /// is disabled by default. It can be enabled by an administrator.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `DELETE /oauth2/register/{id}` (operation `deleteOidcDynamicClient`)
    fn delete_oidc_dynamic_client(
        &self,
        request: DeleteOidcDynamicClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOidcDynamicClientResponse>,
    > + Send;
    /// OpenID Connect Front- and Back-channel Enabled Logout
    ///
    /// This endpoint initiates and completes user logout at the Ory OAuth2 & OpenID provider and initiates OpenID Connect Front- / Back-channel logout:
    ///
    /// <https://openid.net/specs/openid-connect-frontchannel-1_0.html>
    /// <https://openid.net/specs/openid-connect-backchannel-1_0.html>
    ///
    /// Back-channel logout is performed asynchronously and does not affect logout flow.
    ///
    /// `GET /oauth2/sessions/logout` (operation `revokeOidcSession`)
    fn revoke_oidc_session(
        &self,
        request: RevokeOidcSessionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RevokeOidcSessionResponse>,
    > + Send;
    /// OpenID Connect Userinfo
    ///
    /// This endpoint returns the payload of the ID Token, including `session.id_token` values, of
    /// the provided OAuth 2.0 Access Token's consent request.
    ///
    /// In the case of authentication error, a WWW-Authenticate header might be set in the response
    /// with more information about the error. See [the spec](https://datatracker.ietf.org/doc/html/rfc6750#section-3)
    /// for more details about header format.
    ///
    /// `GET /userinfo` (operation `getOidcUserInfo`)
    fn get_oidc_user_info(
        &self,
        request: GetOidcUserInfoRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOidcUserInfoResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: OidcApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/.well-known/openid-configuration",
            axum::routing::get(
                crate::apis::oidc::handle_discover_oidc_configuration::<S>,
            ),
        );
    let routes = routes
        .route(
            "/credentials",
            axum::routing::post(
                crate::apis::oidc::handle_create_verifiable_credential::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth2/register",
            axum::routing::post(
                crate::apis::oidc::handle_create_oidc_dynamic_client::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth2/register/{p0}",
            axum::routing::get(crate::apis::oidc::handle_get_oidc_dynamic_client::<S>)
                .put(crate::apis::oidc::handle_set_oidc_dynamic_client::<S>)
                .delete(crate::apis::oidc::handle_delete_oidc_dynamic_client::<S>),
        );
    let routes = routes
        .route(
            "/oauth2/sessions/logout",
            axum::routing::get(crate::apis::oidc::handle_revoke_oidc_session::<S>),
        );
    routes
        .route(
            "/userinfo",
            axum::routing::get(crate::apis::oidc::handle_get_oidc_user_info::<S>),
        )
}

/// What a `GET /.well-known/openid-configuration` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoverOidcConfigurationRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/openid-configuration` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DiscoverOidcConfigurationResponse {
    /// Status `200`: oidcConfiguration
    Ok(crate::models::OidcConfiguration),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for DiscoverOidcConfigurationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DiscoverOidcConfigurationRequest {
    /// Reads and checks a `GET /.well-known/openid-configuration` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DiscoverOidcConfigurationRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/openid-configuration` request and hands it to [`OidcApi::discover_oidc_configuration`].
pub async fn handle_discover_oidc_configuration<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "discoverOidcConfiguration",
        path: "/.well-known/openid-configuration",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DiscoverOidcConfigurationRequest::read,
            |request| service.discover_oidc_configuration(request),
        )
        .await
}

/// What a `POST /credentials` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVerifiableCredentialRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<
        crate::models::CreateVerifiableCredentialRequestBody,
    >,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /credentials` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVerifiableCredentialResponse {
    /// Status `200`: verifiableCredentialResponse
    Ok(crate::models::VerifiableCredentialResponse),
    /// Status `400`: verifiableCredentialPrimingResponse
    BadRequest(crate::models::VerifiableCredentialPrimingResponse),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for CreateVerifiableCredentialResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateVerifiableCredentialRequest {
    /// Reads and checks a `POST /credentials` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateVerifiableCredentialRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /credentials` request and hands it to [`OidcApi::create_verifiable_credential`].
pub async fn handle_create_verifiable_credential<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createVerifiableCredential",
        path: "/credentials",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateVerifiableCredentialRequest::read,
            |request| service.create_verifiable_credential(request),
        )
        .await
}

/// What a `POST /oauth2/register` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOidcDynamicClientRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuth2Client,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth2/register` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOidcDynamicClientResponse {
    /// Status `201`: oAuth2Client
    Created(crate::models::OAuth2Client),
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for CreateOidcDynamicClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateOidcDynamicClientRequest {
    /// Reads and checks a `POST /oauth2/register` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOidcDynamicClientRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth2/register` request and hands it to [`OidcApi::create_oidc_dynamic_client`].
pub async fn handle_create_oidc_dynamic_client<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOidcDynamicClient",
        path: "/oauth2/register",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOidcDynamicClientRequest::read,
            |request| service.create_oidc_dynamic_client(request),
        )
        .await
}

/// What a `GET /oauth2/register/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOidcDynamicClientRequest {
    /// path parameter `id`.
    ///
    /// The id of the OAuth 2.0 Client.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth2/register/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOidcDynamicClientResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOidcDynamicClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOidcDynamicClientRequest {
    /// Reads and checks a `GET /oauth2/register/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOidcDynamicClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth2/register/{id}` request and hands it to [`OidcApi::get_oidc_dynamic_client`].
pub async fn handle_get_oidc_dynamic_client<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOidcDynamicClient",
        path: "/oauth2/register/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOidcDynamicClientRequest::read,
            |request| service.get_oidc_dynamic_client(request),
        )
        .await
}

/// What a `PUT /oauth2/register/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetOidcDynamicClientRequest {
    /// path parameter `id`.
    ///
    /// OAuth 2.0 Client ID
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::OAuth2Client,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /oauth2/register/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetOidcDynamicClientResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for SetOidcDynamicClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetOidcDynamicClientRequest {
    /// Reads and checks a `PUT /oauth2/register/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetOidcDynamicClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /oauth2/register/{id}` request and hands it to [`OidcApi::set_oidc_dynamic_client`].
pub async fn handle_set_oidc_dynamic_client<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setOidcDynamicClient",
        path: "/oauth2/register/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetOidcDynamicClientRequest::read,
            |request| service.set_oidc_dynamic_client(request),
        )
        .await
}

/// What a `DELETE /oauth2/register/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOidcDynamicClientRequest {
    /// path parameter `id`.
    ///
    /// The id of the OAuth 2.0 Client.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /oauth2/register/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOidcDynamicClientResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for DeleteOidcDynamicClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteOidcDynamicClientRequest {
    /// Reads and checks a `DELETE /oauth2/register/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOidcDynamicClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /oauth2/register/{id}` request and hands it to [`OidcApi::delete_oidc_dynamic_client`].
pub async fn handle_delete_oidc_dynamic_client<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOidcDynamicClient",
        path: "/oauth2/register/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOidcDynamicClientRequest::read,
            |request| service.delete_oidc_dynamic_client(request),
        )
        .await
}

/// What a `GET /oauth2/sessions/logout` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOidcSessionRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth2/sessions/logout` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOidcSessionResponse {
    /// Status `302`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    Found,
}
impl IntoResponse for RevokeOidcSessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found => runtime::empty(runtime::status(302)),
        }
    }
}
impl RevokeOidcSessionRequest {
    /// Reads and checks a `GET /oauth2/sessions/logout` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RevokeOidcSessionRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth2/sessions/logout` request and hands it to [`OidcApi::revoke_oidc_session`].
pub async fn handle_revoke_oidc_session<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "revokeOidcSession",
        path: "/oauth2/sessions/logout",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RevokeOidcSessionRequest::read,
            |request| service.revoke_oidc_session(request),
        )
        .await
}

/// What a `GET /userinfo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOidcUserInfoRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /userinfo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOidcUserInfoResponse {
    /// Status `200`: oidcUserInfo
    Ok(crate::models::OidcUserInfo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOidcUserInfoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOidcUserInfoRequest {
    /// Reads and checks a `GET /userinfo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOidcUserInfoRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /userinfo` request and hands it to [`OidcApi::get_oidc_user_info`].
pub async fn handle_get_oidc_user_info<S: OidcApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOidcUserInfo",
        path: "/userinfo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOidcUserInfoRequest::read,
            |request| service.get_oidc_user_info(request),
        )
        .await
}
