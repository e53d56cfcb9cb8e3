//! The `Authentication Configuration` API.
//!
//! Configure authentication providers including Azure AD, Microsoft, Google OAuth, SAML SSO, and custom OAuth 2.0.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure authentication providers including Azure AD, Microsoft, Google OAuth, SAML SSO, and custom OAuth 2.0.
pub trait AuthenticationConfigurationApi: Clone + Send + Sync + 'static {
    /// Get Azure AD configuration
    ///
    /// Retrieve Azure AD authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/azureAd` (operation `getAzureAdAuthConfig`)
    fn get_azure_ad_auth_config(
        &self,
        request: GetAzureAdAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAzureAdAuthConfigResponse>,
    > + Send;
    /// Configure Azure AD authentication
    ///
    /// Set up Azure Active Directory as an authentication provider for user login.
    ///
    /// `POST /configurationManager/authConfig/azureAd` (operation `setAzureAdAuthConfig`)
    fn set_azure_ad_auth_config(
        &self,
        request: SetAzureAdAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetAzureAdAuthConfigResponse>,
    > + Send;
    /// Get Microsoft authentication configuration
    ///
    /// Get Microsoft authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/microsoft` (operation `getMicrosoftAuthConfig`)
    fn get_microsoft_auth_config(
        &self,
        request: GetMicrosoftAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetMicrosoftAuthConfigResponse>,
    > + Send;
    /// Configure Microsoft authentication
    ///
    /// Set up Microsoft account as an authentication provider.
    ///
    /// `POST /configurationManager/authConfig/microsoft` (operation `setMicrosoftAuthConfig`)
    fn set_microsoft_auth_config(
        &self,
        request: SetMicrosoftAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetMicrosoftAuthConfigResponse>,
    > + Send;
    /// Get Google authentication configuration
    ///
    /// Get Google authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/google` (operation `getGoogleAuthConfig`)
    fn get_google_auth_config(
        &self,
        request: GetGoogleAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetGoogleAuthConfigResponse>,
    > + Send;
    /// Configure Google authentication
    ///
    /// Set up Google OAuth as an authentication provider.
    ///
    /// `POST /configurationManager/authConfig/google` (operation `setGoogleAuthConfig`)
    fn set_google_auth_config(
        &self,
        request: SetGoogleAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetGoogleAuthConfigResponse>,
    > + Send;
    /// Get SAML SSO configuration
    ///
    /// Get SAML SSO configuration.
    ///
    /// `GET /configurationManager/authConfig/sso` (operation `getSsoAuthConfig`)
    fn get_sso_auth_config(
        &self,
        request: GetSsoAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetSsoAuthConfigResponse>,
    > + Send;
    /// Configure SAML SSO authentication
    ///
    /// Set up SAML 2.0 Single Sign-On with your identity provider (Okta, OneLogin, etc.).
    ///
    /// `POST /configurationManager/authConfig/sso` (operation `setSsoAuthConfig`)
    fn set_sso_auth_config(
        &self,
        request: SetSsoAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetSsoAuthConfigResponse>,
    > + Send;
    /// Get generic OAuth configuration
    ///
    /// Get generic OAuth configuration.
    ///
    /// `GET /configurationManager/authConfig/oauth` (operation `getGenericOAuthConfig`)
    fn get_generic_o_auth_config(
        &self,
        request: GetGenericOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetGenericOAuthConfigResponse>,
    > + Send;
    /// Configure generic OAuth provider
    ///
    /// Set up a custom OAuth 2.0 authentication provider.
    ///
    /// `POST /configurationManager/authConfig/oauth` (operation `setOAuthConfig`)
    fn set_o_auth_config(
        &self,
        request: SetOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetOAuthConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(authentication_configuration::routes().merge(...), service)`.
pub fn routes<S: AuthenticationConfigurationApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/authConfig/azureAd",
            axum::routing::get(
                    crate::apis::authentication_configuration::handle_get_azure_ad_auth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::authentication_configuration::handle_set_azure_ad_auth_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/configurationManager/authConfig/google",
            axum::routing::get(
                    crate::apis::authentication_configuration::handle_get_google_auth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::authentication_configuration::handle_set_google_auth_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/configurationManager/authConfig/microsoft",
            axum::routing::get(
                    crate::apis::authentication_configuration::handle_get_microsoft_auth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::authentication_configuration::handle_set_microsoft_auth_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/configurationManager/authConfig/oauth",
            axum::routing::get(
                    crate::apis::authentication_configuration::handle_get_generic_o_auth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::authentication_configuration::handle_set_o_auth_config::<
                        S,
                    >,
                ),
        );
    routes
        .route(
            "/configurationManager/authConfig/sso",
            axum::routing::get(
                    crate::apis::authentication_configuration::handle_get_sso_auth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::authentication_configuration::handle_set_sso_auth_config::<
                        S,
                    >,
                ),
        )
}

/// What a `GET /configurationManager/authConfig/azureAd` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAzureAdAuthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/authConfig/azureAd` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAzureAdAuthConfigResponse {
    /// Status `200`: Azure AD configuration retrieved
    Ok(crate::models::AzureAdAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAzureAdAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAzureAdAuthConfigRequest {
    /// Reads and checks a `GET /configurationManager/authConfig/azureAd` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAzureAdAuthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/authConfig/azureAd` request and hands it to [`AuthenticationConfigurationApi::get_azure_ad_auth_config`].
pub async fn handle_get_azure_ad_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAzureAdAuthConfig",
        path: "/configurationManager/authConfig/azureAd",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAzureAdAuthConfigRequest::read,
            |request| service.get_azure_ad_auth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/authConfig/azureAd` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAzureAdAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AzureAdAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/authConfig/azureAd` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetAzureAdAuthConfigResponse {
    /// Status `200`: Azure AD configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetAzureAdAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetAzureAdAuthConfigRequest {
    /// Reads and checks a `POST /configurationManager/authConfig/azureAd` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetAzureAdAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/authConfig/azureAd` request and hands it to [`AuthenticationConfigurationApi::set_azure_ad_auth_config`].
pub async fn handle_set_azure_ad_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setAzureAdAuthConfig",
        path: "/configurationManager/authConfig/azureAd",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetAzureAdAuthConfigRequest::read,
            |request| service.set_azure_ad_auth_config(request),
        )
        .await
}

/// What a `GET /configurationManager/authConfig/microsoft` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetMicrosoftAuthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/authConfig/microsoft` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetMicrosoftAuthConfigResponse {
    /// Status `200`: Microsoft auth configuration retrieved
    Ok(crate::models::MicrosoftAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetMicrosoftAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetMicrosoftAuthConfigRequest {
    /// Reads and checks a `GET /configurationManager/authConfig/microsoft` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetMicrosoftAuthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/authConfig/microsoft` request and hands it to [`AuthenticationConfigurationApi::get_microsoft_auth_config`].
pub async fn handle_get_microsoft_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getMicrosoftAuthConfig",
        path: "/configurationManager/authConfig/microsoft",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetMicrosoftAuthConfigRequest::read,
            |request| service.get_microsoft_auth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/authConfig/microsoft` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetMicrosoftAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::MicrosoftAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/authConfig/microsoft` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetMicrosoftAuthConfigResponse {
    /// Status `200`: Microsoft auth configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetMicrosoftAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetMicrosoftAuthConfigRequest {
    /// Reads and checks a `POST /configurationManager/authConfig/microsoft` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetMicrosoftAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/authConfig/microsoft` request and hands it to [`AuthenticationConfigurationApi::set_microsoft_auth_config`].
pub async fn handle_set_microsoft_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setMicrosoftAuthConfig",
        path: "/configurationManager/authConfig/microsoft",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetMicrosoftAuthConfigRequest::read,
            |request| service.set_microsoft_auth_config(request),
        )
        .await
}

/// What a `GET /configurationManager/authConfig/google` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGoogleAuthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/authConfig/google` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGoogleAuthConfigResponse {
    /// Status `200`: Google auth configuration retrieved
    Ok(crate::models::GoogleAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetGoogleAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetGoogleAuthConfigRequest {
    /// Reads and checks a `GET /configurationManager/authConfig/google` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetGoogleAuthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/authConfig/google` request and hands it to [`AuthenticationConfigurationApi::get_google_auth_config`].
pub async fn handle_get_google_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getGoogleAuthConfig",
        path: "/configurationManager/authConfig/google",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetGoogleAuthConfigRequest::read,
            |request| service.get_google_auth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/authConfig/google` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetGoogleAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::GoogleAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/authConfig/google` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetGoogleAuthConfigResponse {
    /// Status `200`: Google auth configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetGoogleAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetGoogleAuthConfigRequest {
    /// Reads and checks a `POST /configurationManager/authConfig/google` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetGoogleAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/authConfig/google` request and hands it to [`AuthenticationConfigurationApi::set_google_auth_config`].
pub async fn handle_set_google_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setGoogleAuthConfig",
        path: "/configurationManager/authConfig/google",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetGoogleAuthConfigRequest::read,
            |request| service.set_google_auth_config(request),
        )
        .await
}

/// What a `GET /configurationManager/authConfig/sso` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSsoAuthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/authConfig/sso` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSsoAuthConfigResponse {
    /// Status `200`: SSO configuration retrieved
    Ok(crate::models::SsoAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetSsoAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetSsoAuthConfigRequest {
    /// Reads and checks a `GET /configurationManager/authConfig/sso` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSsoAuthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/authConfig/sso` request and hands it to [`AuthenticationConfigurationApi::get_sso_auth_config`].
pub async fn handle_get_sso_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSsoAuthConfig",
        path: "/configurationManager/authConfig/sso",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSsoAuthConfigRequest::read,
            |request| service.get_sso_auth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/authConfig/sso` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetSsoAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SsoAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/authConfig/sso` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetSsoAuthConfigResponse {
    /// Status `200`: SSO configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetSsoAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetSsoAuthConfigRequest {
    /// Reads and checks a `POST /configurationManager/authConfig/sso` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetSsoAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/authConfig/sso` request and hands it to [`AuthenticationConfigurationApi::set_sso_auth_config`].
pub async fn handle_set_sso_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setSsoAuthConfig",
        path: "/configurationManager/authConfig/sso",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetSsoAuthConfigRequest::read,
            |request| service.set_sso_auth_config(request),
        )
        .await
}

/// What a `GET /configurationManager/authConfig/oauth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGenericOAuthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/authConfig/oauth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGenericOAuthConfigResponse {
    /// Status `200`: OAuth configuration retrieved
    Ok(crate::models::GenericOAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetGenericOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetGenericOAuthConfigRequest {
    /// Reads and checks a `GET /configurationManager/authConfig/oauth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetGenericOAuthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/authConfig/oauth` request and hands it to [`AuthenticationConfigurationApi::get_generic_o_auth_config`].
pub async fn handle_get_generic_o_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getGenericOAuthConfig",
        path: "/configurationManager/authConfig/oauth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetGenericOAuthConfigRequest::read,
            |request| service.get_generic_o_auth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/authConfig/oauth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetOAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::GenericOAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/authConfig/oauth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetOAuthConfigResponse {
    /// Status `200`: OAuth configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetOAuthConfigRequest {
    /// Reads and checks a `POST /configurationManager/authConfig/oauth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetOAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/authConfig/oauth` request and hands it to [`AuthenticationConfigurationApi::set_o_auth_config`].
pub async fn handle_set_o_auth_config<S: AuthenticationConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setOAuthConfig",
        path: "/configurationManager/authConfig/oauth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetOAuthConfigRequest::read,
            |request| service.set_o_auth_config(request),
        )
        .await
}
