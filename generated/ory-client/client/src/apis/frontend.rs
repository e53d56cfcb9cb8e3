//! Operations of the `frontend` API.
//!
//! Endpoints used by frontend applications (e.g. Single-Page-App, Native Apps, Server Apps, ...) to manage a user's own profile.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get WebAuthn JavaScript
    ///
    /// This endpoint provides JavaScript which is needed in order to perform WebAuthn login and registration.
    ///
    /// If you are building a JavaScript Browser App (e.g. in ReactJS or AngularJS) you will need to load this file:
    ///
    /// ```text
    /// <script src="https://public-kratos.example.org/.well-known/ory/webauthn.js" type="script" async />
    /// ```
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /.well-known/ory/webauthn.js` (operation `getWebAuthnJavaScript`)
    pub fn get_web_authn_java_script(
        &self,
    ) -> Call<'_, (), crate::models::WebAuthnJavaScript, GetWebAuthnJavaScriptError> {
        const OPERATION: Operation = Operation {
            id: "getWebAuthnJavaScript",
            method: "GET",
            path: "/.well-known/ory/webauthn.js",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/.well-known/ory/webauthn.js",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            GetWebAuthnJavaScriptError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_web_authn_java_script`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetWebAuthnJavaScriptError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetWebAuthnJavaScriptError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetWebAuthnJavaScriptError {}

impl Client {
    /// Get User-Flow Errors
    ///
    /// This endpoint returns the error associated with a user-facing self service errors.
    ///
    /// This endpoint supports stub values to help you implement the error UI:
    ///
    /// `?id=stub:500` - returns a stub 500 (Internal Server Error) error.
    ///
    /// More information can be found at [Ory Kratos User User Facing Error Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-facing-errors).
    ///
    /// `GET /self-service/errors` (operation `getFlowError`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. Error is the error's ID
    pub fn get_flow_error<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, GetFlowErrorParams<'a>, crate::models::FlowError, GetFlowErrorError> {
        const OPERATION: Operation = Operation {
            id: "getFlowError",
            method: "GET",
            path: "/self-service/errors",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetFlowErrorParams { id },
            |client, params| {
                let GetFlowErrorParams { id } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/self-service/errors");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetFlowErrorError::Forbidden,
                                GetFlowErrorError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetFlowErrorError::NotFound,
                                GetFlowErrorError::Unknown,
                            ),
                    )
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                GetFlowErrorError::InternalServerError,
                                GetFlowErrorError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(Error::Status(GetFlowErrorError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::get_flow_error`], kept in its [`Call`] until it is awaited.
pub struct GetFlowErrorParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_flow_error`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFlowErrorError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetFlowErrorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getFlowError", status, message)
    }
}
impl ::std::error::Error for GetFlowErrorError {}

impl Client {
    /// Submit a Login Flow
    ///
    /// :::info
    ///
    /// This endpoint is EXPERIMENTAL and subject to potential breaking changes in the future.
    ///
    /// :::
    ///
    /// Use this endpoint to complete a login flow. This endpoint
    /// behaves differently for API and browser flows.
    ///
    /// API flows expect `application/json` to be sent in the body and responds with
    /// HTTP 200 and a application/json body with the session token on success;
    /// HTTP 410 if the original flow expired with the appropriate error messages set and optionally a `use_flow_id` parameter in the body;
    /// HTTP 400 on form validation errors.
    ///
    /// Browser flows expect a Content-Type of `application/x-www-form-urlencoded` or `application/json` to be sent in the body and respond with
    /// a HTTP 303 redirect to the post/after login URL or the `return_to` value if it was set and if the login succeeded;
    /// a HTTP 303 redirect to the login UI URL with the flow ID containing the validation errors otherwise.
    ///
    /// Browser flows with an accept header of `application/json` will not redirect but instead respond with
    /// HTTP 200 and a application/json body with the signed in identity and a `Set-Cookie` header on success;
    /// HTTP 303 redirect to a fresh login flow if the original flow expired with the appropriate error messages set;
    /// HTTP 400 on form validation errors.
    ///
    /// If this endpoint is called with `Accept: application/json` in the header, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    /// `browser_location_change_required`: Usually sent when an AJAX request indicates that the browser needs to open a specific URL.
    /// Most likely used in Social Sign In flows.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `POST /self-service/login` (operation `updateLoginFlow`)
    ///
    /// # Arguments
    ///
    /// * `flow`: query parameter `flow`. The Login Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/login?flow=abcde`).
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateLoginFlowParams`\]).
    pub fn update_login_flow<'a>(
        &'a self,
        flow: &'a str,
        body: &'a crate::models::UpdateLoginFlowBody,
    ) -> Call<
        'a,
        UpdateLoginFlowParams<'a>,
        UpdateLoginFlowResponse,
        UpdateLoginFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateLoginFlow",
            method: "POST",
            path: "/self-service/login",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateLoginFlowParams {
                flow,
                body,
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let UpdateLoginFlowParams { flow, body, x_session_token, cookie } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/self-service/login");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(UpdateLoginFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UpdateLoginFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                UpdateLoginFlowError::BadRequest,
                                UpdateLoginFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                UpdateLoginFlowError::Gone,
                                UpdateLoginFlowError::Unknown,
                            ),
                    )
                }
                422 => {
                    Err(
                        received
                            .error_json(
                                UpdateLoginFlowError::UnprocessableEntity,
                                UpdateLoginFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateLoginFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateLoginFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_login_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateLoginFlowParams<'a> {
    flow: &'a str,
    body: &'a crate::models::UpdateLoginFlowBody,
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateLoginFlowParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateLoginFlowError {
    /// Status `400`: loginFlow
    BadRequest(crate::models::LoginFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateLoginFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateLoginFlow", status, message)
    }
}
impl ::std::error::Error for UpdateLoginFlowError {}
/// Successful responses of [`Client::update_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateLoginFlowResponse {
    /// Status `200`: successfulNativeLogin
    Ok(crate::models::SuccessfulNativeLogin),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Create Login Flow for Native Apps
    ///
    /// This endpoint initiates a login flow for native apps that do not use a browser, such as mobile devices, smart TVs, and so on.
    ///
    /// If a valid provided session cookie or session token is provided, a 400 Bad Request error
    /// will be returned unless the URL query parameter `?refresh=true` is set.
    ///
    /// To fetch an existing login flow call `/self-service/login/flows?flow=<flow_id>`.
    ///
    /// You MUST NOT use this endpoint in client-side (Single Page Apps, ReactJS, AngularJS) nor server-side (Java Server
    /// Pages, NodeJS, PHP, Golang, ...) browser applications. Using this endpoint in these applications will make
    /// you vulnerable to a variety of CSRF attacks, including CSRF login attacks.
    ///
    /// In the case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `session_aal1_required`: Multi-factor auth (e.g. 2fa) was requested but the user has no session yet.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    ///
    /// This endpoint MUST ONLY be used in scenarios such as native mobile apps (React Native, Objective C, Swift, Java, ...).
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/login/api` (operation `createNativeLoginFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateNativeLoginFlowParams`\]).
    pub fn create_native_login_flow(
        &self,
    ) -> Call<
        '_,
        CreateNativeLoginFlowParams<'_>,
        crate::models::LoginFlow,
        CreateNativeLoginFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createNativeLoginFlow",
            method: "GET",
            path: "/self-service/login/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateNativeLoginFlowParams {
                refresh: None,
                aal: None,
                x_session_token: None,
                return_session_token_exchange_code: None,
                return_to: None,
            },
            |client, params| {
                let CreateNativeLoginFlowParams {
                    refresh,
                    aal,
                    x_session_token,
                    return_session_token_exchange_code,
                    return_to,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/login/api",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "refresh",
                    &refresh,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "aal", &aal, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "return_session_token_exchange_code",
                    &return_session_token_exchange_code,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateNativeLoginFlowError::BadRequest,
                                CreateNativeLoginFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateNativeLoginFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateNativeLoginFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_native_login_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateNativeLoginFlowParams<'a> {
    refresh: ::std::option::Option<bool>,
    aal: ::std::option::Option<&'a str>,
    x_session_token: ::std::option::Option<&'a str>,
    return_session_token_exchange_code: ::std::option::Option<bool>,
    return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateNativeLoginFlowParams<'a>, T, E> {
    /// * `refresh`: query parameter `refresh`. Refresh a login session  If set to true, this will refresh an existing login session by asking the user to sign in again. This will reset the authenticated_at time of the session.
    pub fn refresh(mut self, refresh: bool) -> Self {
        self.params.refresh = Some(refresh);
        self
    }
    /// * `aal`: query parameter `aal`. Request a Specific AuthenticationMethod Assurance Level  Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password, the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ... you would set this to "aal2".
    pub fn aal(mut self, aal: &'a str) -> Self {
        self.params.aal = Some(aal);
        self
    }
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `return_session_token_exchange_code`: query parameter `return_session_token_exchange_code`. EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token after the login flow has been completed.
    pub fn return_session_token_exchange_code(
        mut self,
        return_session_token_exchange_code: bool,
    ) -> Self {
        self.params.return_session_token_exchange_code = Some(
            return_session_token_exchange_code,
        );
        self
    }
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
}
/// Error responses of [`Client::create_native_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNativeLoginFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNativeLoginFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createNativeLoginFlow", status, message)
    }
}
impl ::std::error::Error for CreateNativeLoginFlowError {}

impl Client {
    /// Create Login Flow for Browsers
    ///
    /// This endpoint initializes a browser-based user login flow. This endpoint will set the appropriate
    /// cookies and anti-CSRF measures required for browser-based flows.
    ///
    /// If this endpoint is opened as a link in the browser, it will be redirected to
    /// `selfservice.flows.login.ui_url` with the flow ID set as the query parameter `?flow=`. If a valid user session
    /// exists already, the browser will be redirected to `urls.default_redirect_url` unless the query parameter
    /// `?refresh=true` was set.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `session_aal1_required`: Multi-factor auth (e.g. 2fa) was requested but the user has no session yet.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    ///
    /// The optional query parameter login_challenge is set when using Kratos with
    /// Hydra in an OAuth2 flow. See the oauth2_provider.url configuration
    /// option.
    ///
    /// This endpoint is NOT INTENDED for clients that do not have a browser (Chrome, Firefox, ...) as cookies are needed.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/login/browser` (operation `createBrowserLoginFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserLoginFlowParams`\]).
    pub fn create_browser_login_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserLoginFlowParams<'_>,
        CreateBrowserLoginFlowResponse,
        CreateBrowserLoginFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserLoginFlow",
            method: "GET",
            path: "/self-service/login/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserLoginFlowParams {
                refresh: None,
                aal: None,
                return_to: None,
                cookie: None,
                login_challenge: None,
            },
            |client, params| {
                let CreateBrowserLoginFlowParams {
                    refresh,
                    aal,
                    return_to,
                    cookie,
                    login_challenge,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/login/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "refresh",
                    &refresh,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "aal", &aal, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "login_challenge",
                    &login_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserLoginFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserLoginFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserLoginFlowError::BadRequest,
                                CreateBrowserLoginFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateBrowserLoginFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateBrowserLoginFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_login_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserLoginFlowParams<'a> {
    refresh: ::std::option::Option<bool>,
    aal: ::std::option::Option<&'a str>,
    return_to: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
    login_challenge: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserLoginFlowParams<'a>, T, E> {
    /// * `refresh`: query parameter `refresh`. Refresh a login session  If set to true, this will refresh an existing login session by asking the user to sign in again. This will reset the authenticated_at time of the session.
    pub fn refresh(mut self, refresh: bool) -> Self {
        self.params.refresh = Some(refresh);
        self
    }
    /// * `aal`: query parameter `aal`. Request a Specific AuthenticationMethod Assurance Level  Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password, the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ... you would set this to "aal2".
    pub fn aal(mut self, aal: &'a str) -> Self {
        self.params.aal = Some(aal);
        self
    }
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
    /// * `login_challenge`: query parameter `login_challenge`. An optional Hydra login challenge. If present, Kratos will cooperate with Ory Hydra to act as an OAuth2 identity provider.  The value for this parameter comes from `login_challenge` URL Query parameter sent to your application (e.g. `/login?login_challenge=abcde`).
    pub fn login_challenge(mut self, login_challenge: &'a str) -> Self {
        self.params.login_challenge = Some(login_challenge);
        self
    }
}
/// Error responses of [`Client::create_browser_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserLoginFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserLoginFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserLoginFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserLoginFlowError {}
/// Successful responses of [`Client::create_browser_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserLoginFlowResponse {
    /// Status `200`: loginFlow
    Ok(crate::models::LoginFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Get Login Flow
    ///
    /// This endpoint returns a login flow's context with, for example, error details and other information.
    ///
    /// Browser flows expect the anti-CSRF cookie to be included in the request's HTTP Cookie Header.
    /// For AJAX requests you must ensure that cookies are included in the request or requests will fail.
    ///
    /// If you use the browser-flow for server-side apps, the services need to run on a common top-level-domain
    /// and you need to forward the incoming HTTP Cookie header to this endpoint:
    ///
    /// ```text
    /// pseudo-code example
    /// router.get('/login', async function (req, res) {
    /// const flow = await client.getLoginFlow(req.header('cookie'), req.query['flow'])
    ///
    /// res.render('login', flow)
    /// })
    /// ```
    ///
    /// This request may fail due to several reasons. The `error.id` can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `self_service_flow_expired`: The flow is expired and you should request a new one.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/login/flows` (operation `getLoginFlow`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. The Login Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/login?flow=abcde`).
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetLoginFlowParams`\]).
    pub fn get_login_flow<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, GetLoginFlowParams<'a>, crate::models::LoginFlow, GetLoginFlowError> {
        const OPERATION: Operation = Operation {
            id: "getLoginFlow",
            method: "GET",
            path: "/self-service/login/flows",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetLoginFlowParams {
                id,
                cookie: None,
            },
            |client, params| {
                let GetLoginFlowParams { id, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/login/flows",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetLoginFlowError::Forbidden,
                                GetLoginFlowError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetLoginFlowError::NotFound,
                                GetLoginFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                GetLoginFlowError::Gone,
                                GetLoginFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetLoginFlowError::Default {
                                    status,
                                    body,
                                },
                                GetLoginFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_login_flow`], kept in its [`Call`] until it is awaited.
pub struct GetLoginFlowParams<'a> {
    id: &'a str,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetLoginFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::get_login_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetLoginFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetLoginFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getLoginFlow", status, message)
    }
}
impl ::std::error::Error for GetLoginFlowError {}

impl Client {
    /// Update Logout Flow
    ///
    /// This endpoint logs out an identity in a self-service manner.
    ///
    /// If the `Accept` HTTP header is not set to `application/json`, the browser will be redirected (HTTP 303 See Other)
    /// to the `return_to` parameter of the initial request or fall back to `urls.default_return_to`.
    ///
    /// If the `Accept` HTTP header is set to `application/json`, a 204 No Content response
    /// will be sent on successful logout instead.
    ///
    /// This endpoint is NOT INTENDED for API clients and only works
    /// with browsers (Chrome, Firefox, ...). For API clients you can
    /// call the `/self-service/logout/api` URL directly with the Ory Session Token.
    ///
    /// More information can be found at [Ory Kratos User Logout Documentation](https://www.ory.sh/docs/next/kratos/self-service/flows/user-logout).
    ///
    /// `GET /self-service/logout` (operation `updateLogoutFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateLogoutFlowParams`\]).
    pub fn update_logout_flow(
        &self,
    ) -> Call<'_, UpdateLogoutFlowParams<'_>, (), UpdateLogoutFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateLogoutFlow",
            method: "GET",
            path: "/self-service/logout",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateLogoutFlowParams {
                token: None,
                return_to: None,
                cookie: None,
            },
            |client, params| {
                let UpdateLogoutFlowParams { token, return_to, cookie } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/self-service/logout");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "token",
                    &token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 | 301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateLogoutFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateLogoutFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_logout_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateLogoutFlowParams<'a> {
    token: ::std::option::Option<&'a str>,
    return_to: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateLogoutFlowParams<'a>, T, E> {
    /// * `token`: query parameter `token`. A Valid Logout Token  If you do not have a logout token because you only have a session cookie, call `/self-service/logout/browser` to generate a URL for this endpoint.
    pub fn token(mut self, token: &'a str) -> Self {
        self.params.token = Some(token);
        self
    }
    /// * `return_to`: query parameter `return_to`. The URL to return to after the logout was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_logout_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateLogoutFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateLogoutFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateLogoutFlow", status, message)
    }
}
impl ::std::error::Error for UpdateLogoutFlowError {}

impl Client {
    /// Perform Logout for Native Apps
    ///
    /// Use this endpoint to log out an identity using an Ory Session Token. If the Ory Session Token was successfully
    /// revoked, the server returns a 204 No Content response. A 204 No Content response is also sent when
    /// the Ory Session Token has been revoked already before.
    ///
    /// If the Ory Session Token is malformed or does not exist a 403 Forbidden response will be returned.
    ///
    /// This endpoint does not remove any HTTP
    /// Cookies - use the Browser-Based Self-Service Logout Flow instead.
    ///
    /// `DELETE /self-service/logout/api` (operation `performNativeLogout`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn perform_native_logout<'a>(
        &'a self,
        body: &'a crate::models::PerformNativeLogoutBody,
    ) -> Call<'a, PerformNativeLogoutParams<'a>, (), PerformNativeLogoutError> {
        const OPERATION: Operation = Operation {
            id: "performNativeLogout",
            method: "DELETE",
            path: "/self-service/logout/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            PerformNativeLogoutParams { body },
            |client, params| {
                let PerformNativeLogoutParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::DELETE,
                        "/self-service/logout/api",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                PerformNativeLogoutError::BadRequest,
                                PerformNativeLogoutError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PerformNativeLogoutError::Default {
                                    status,
                                    body,
                                },
                                PerformNativeLogoutError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::perform_native_logout`], kept in its [`Call`] until it is awaited.
pub struct PerformNativeLogoutParams<'a> {
    body: &'a crate::models::PerformNativeLogoutBody,
}
/// Error responses of [`Client::perform_native_logout`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PerformNativeLogoutError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PerformNativeLogoutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "performNativeLogout", status, message)
    }
}
impl ::std::error::Error for PerformNativeLogoutError {}

impl Client {
    /// Create a Logout URL for Browsers
    ///
    /// This endpoint initializes a browser-based user logout flow and a URL which can be used to log out the user.
    ///
    /// This endpoint is NOT INTENDED for API clients and only works
    /// with browsers (Chrome, Firefox, ...). For API clients you can
    /// call the `/self-service/logout/api` URL directly with the Ory Session Token.
    ///
    /// The URL is only valid for the currently signed in user. If no user is signed in, this endpoint returns
    /// a 401 error.
    ///
    /// When calling this endpoint from a backend, please ensure to properly forward the HTTP cookies.
    ///
    /// `GET /self-service/logout/browser` (operation `createBrowserLogoutFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserLogoutFlowParams`\]).
    pub fn create_browser_logout_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserLogoutFlowParams<'_>,
        crate::models::LogoutFlow,
        CreateBrowserLogoutFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserLogoutFlow",
            method: "GET",
            path: "/self-service/logout/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserLogoutFlowParams {
                cookie: None,
                return_to: None,
            },
            |client, params| {
                let CreateBrowserLogoutFlowParams { cookie, return_to } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/logout/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserLogoutFlowError::BadRequest,
                                CreateBrowserLogoutFlowError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserLogoutFlowError::Unauthorized,
                                CreateBrowserLogoutFlowError::Unknown,
                            ),
                    )
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserLogoutFlowError::InternalServerError,
                                CreateBrowserLogoutFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(
                            CreateBrowserLogoutFlowError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_logout_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserLogoutFlowParams<'a> {
    cookie: ::std::option::Option<&'a str>,
    return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserLogoutFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `cookie`. HTTP Cookies  If you call this endpoint from a backend, please include the original Cookie header in the request.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
    /// * `return_to`: query parameter `return_to`. Return to URL  The URL to which the browser should be redirected to after the logout has been performed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
}
/// Error responses of [`Client::create_browser_logout_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserLogoutFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserLogoutFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserLogoutFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserLogoutFlowError {}

impl Client {
    /// Complete Recovery Flow
    ///
    /// Use this endpoint to complete a recovery flow. This endpoint
    /// behaves differently for API and browser flows and has several states:
    ///
    /// `choose_method` expects `flow` (in the URL query) and `email` (in the body) to be sent
    /// and works with API- and Browser-initiated flows.
    /// For API clients and Browser clients with HTTP Header `Accept: application/json` it either returns a HTTP 200 OK when the form is valid and HTTP 400 OK when the form is invalid.
    /// and a HTTP 303 See Other redirect with a fresh recovery flow if the flow was otherwise invalid (e.g. expired).
    /// For Browser clients without HTTP Header `Accept` or with `Accept: text/*` it returns a HTTP 303 See Other redirect to the Recovery UI URL with the Recovery Flow ID appended.
    /// `sent_email` is the success state after `choose_method` for the `link` method and allows the user to request another recovery email. It
    /// works for both API and Browser-initiated flows and returns the same responses as the flow in `choose_method` state.
    /// `passed_challenge` expects a `token` to be sent in the URL query and given the nature of the flow ("sending a recovery link")
    /// does not have any API capabilities. The server responds with a HTTP 303 See Other redirect either to the Settings UI URL
    /// (if the link was valid) and instructs the user to update their password, or a redirect to the Recover UI URL with
    /// a new Recovery Flow ID which contains an error message that the recovery link was invalid.
    ///
    /// More information can be found at [Ory Kratos Account Recovery Documentation](../self-service/flows/account-recovery).
    ///
    /// `POST /self-service/recovery` (operation `updateRecoveryFlow`)
    ///
    /// # Arguments
    ///
    /// * `flow`: query parameter `flow`. The Recovery Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/recovery?flow=abcde`).
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateRecoveryFlowParams`\]).
    pub fn update_recovery_flow<'a>(
        &'a self,
        flow: &'a str,
        body: &'a crate::models::UpdateRecoveryFlowBody,
    ) -> Call<
        'a,
        UpdateRecoveryFlowParams<'a>,
        UpdateRecoveryFlowResponse,
        UpdateRecoveryFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateRecoveryFlow",
            method: "POST",
            path: "/self-service/recovery",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateRecoveryFlowParams {
                flow,
                body,
                token: None,
                cookie: None,
            },
            |client, params| {
                let UpdateRecoveryFlowParams { flow, body, token, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/self-service/recovery",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "token",
                    &token,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(UpdateRecoveryFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UpdateRecoveryFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                UpdateRecoveryFlowError::BadRequest,
                                UpdateRecoveryFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                UpdateRecoveryFlowError::Gone,
                                UpdateRecoveryFlowError::Unknown,
                            ),
                    )
                }
                422 => {
                    Err(
                        received
                            .error_json(
                                UpdateRecoveryFlowError::UnprocessableEntity,
                                UpdateRecoveryFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateRecoveryFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateRecoveryFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_recovery_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateRecoveryFlowParams<'a> {
    flow: &'a str,
    body: &'a crate::models::UpdateRecoveryFlowBody,
    token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateRecoveryFlowParams<'a>, T, E> {
    /// * `token`: query parameter `token`. Recovery Token  The recovery token which completes the recovery request. If the token is invalid (e.g. expired) an error will be shown to the end-user.  This parameter is usually set in a link and not used by any direct API call.
    pub fn token(mut self, token: &'a str) -> Self {
        self.params.token = Some(token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateRecoveryFlowError {
    /// Status `400`: recoveryFlow
    BadRequest(crate::models::RecoveryFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateRecoveryFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateRecoveryFlow", status, message)
    }
}
impl ::std::error::Error for UpdateRecoveryFlowError {}
/// Successful responses of [`Client::update_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Create Recovery Flow for Native Apps
    ///
    /// This endpoint initiates a recovery flow for API clients such as mobile devices, smart TVs, and so on.
    ///
    /// If a valid provided session cookie or session token is provided, a 400 Bad Request error.
    ///
    /// To fetch an existing recovery flow call `/self-service/recovery/flows?flow=<flow_id>`.
    ///
    /// You MUST NOT use this endpoint in client-side (Single Page Apps, ReactJS, AngularJS) nor server-side (Java Server
    /// Pages, NodeJS, PHP, Golang, ...) browser applications. Using this endpoint in these applications will make
    /// you vulnerable to a variety of CSRF attacks.
    ///
    /// This endpoint MUST ONLY be used in scenarios such as native mobile apps (React Native, Objective C, Swift, Java, ...).
    ///
    /// More information can be found at [Ory Kratos Account Recovery Documentation](../self-service/flows/account-recovery).
    ///
    /// `GET /self-service/recovery/api` (operation `createNativeRecoveryFlow`)
    pub fn create_native_recovery_flow(
        &self,
    ) -> Call<'_, (), crate::models::RecoveryFlow, CreateNativeRecoveryFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeRecoveryFlow",
            method: "GET",
            path: "/self-service/recovery/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/recovery/api",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateNativeRecoveryFlowError::BadRequest,
                                CreateNativeRecoveryFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateNativeRecoveryFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateNativeRecoveryFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNativeRecoveryFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNativeRecoveryFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createNativeRecoveryFlow", status, message)
    }
}
impl ::std::error::Error for CreateNativeRecoveryFlowError {}

impl Client {
    /// Create Recovery Flow for Browsers
    ///
    /// This endpoint initializes a browser-based account recovery flow. Once initialized, the browser will be redirected to
    /// `selfservice.flows.recovery.ui_url` with the flow ID set as the query parameter `?flow=`. If a valid user session
    /// exists, the browser is returned to the configured return URL.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the recovery flow without any redirects
    /// or a 400 bad request error if the user is already authenticated.
    ///
    /// This endpoint is NOT INTENDED for clients that do not have a browser (Chrome, Firefox, ...) as cookies are needed.
    ///
    /// More information can be found at [Ory Kratos Account Recovery Documentation](../self-service/flows/account-recovery).
    ///
    /// `GET /self-service/recovery/browser` (operation `createBrowserRecoveryFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserRecoveryFlowParams`\]).
    pub fn create_browser_recovery_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserRecoveryFlowParams<'_>,
        CreateBrowserRecoveryFlowResponse,
        CreateBrowserRecoveryFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserRecoveryFlow",
            method: "GET",
            path: "/self-service/recovery/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserRecoveryFlowParams {
                return_to: None,
            },
            |client, params| {
                let CreateBrowserRecoveryFlowParams { return_to } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/recovery/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserRecoveryFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserRecoveryFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserRecoveryFlowError::BadRequest,
                                CreateBrowserRecoveryFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateBrowserRecoveryFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateBrowserRecoveryFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_recovery_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserRecoveryFlowParams<'a> {
    return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserRecoveryFlowParams<'a>, T, E> {
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
}
/// Error responses of [`Client::create_browser_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserRecoveryFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserRecoveryFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserRecoveryFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserRecoveryFlowError {}
/// Successful responses of [`Client::create_browser_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Get Recovery Flow
    ///
    /// This endpoint returns a recovery flow's context with, for example, error details and other information.
    ///
    /// Browser flows expect the anti-CSRF cookie to be included in the request's HTTP Cookie Header.
    /// For AJAX requests you must ensure that cookies are included in the request or requests will fail.
    ///
    /// If you use the browser-flow for server-side apps, the services need to run on a common top-level-domain
    /// and you need to forward the incoming HTTP Cookie header to this endpoint:
    ///
    /// ```text
    /// pseudo-code example
    /// router.get('/recovery', async function (req, res) {
    /// const flow = await client.getRecoveryFlow(req.header('Cookie'), req.query['flow'])
    ///
    /// res.render('recovery', flow)
    /// })
    /// ```
    ///
    /// More information can be found at [Ory Kratos Account Recovery Documentation](../self-service/flows/account-recovery).
    ///
    /// `GET /self-service/recovery/flows` (operation `getRecoveryFlow`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. The Flow ID  The value for this parameter comes from `request` URL Query parameter sent to your application (e.g. `/recovery?flow=abcde`).
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetRecoveryFlowParams`\]).
    pub fn get_recovery_flow<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetRecoveryFlowParams<'a>,
        crate::models::RecoveryFlow,
        GetRecoveryFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "getRecoveryFlow",
            method: "GET",
            path: "/self-service/recovery/flows",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetRecoveryFlowParams {
                id,
                cookie: None,
            },
            |client, params| {
                let GetRecoveryFlowParams { id, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/recovery/flows",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetRecoveryFlowError::NotFound,
                                GetRecoveryFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                GetRecoveryFlowError::Gone,
                                GetRecoveryFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetRecoveryFlowError::Default {
                                    status,
                                    body,
                                },
                                GetRecoveryFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_recovery_flow`], kept in its [`Call`] until it is awaited.
pub struct GetRecoveryFlowParams<'a> {
    id: &'a str,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetRecoveryFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::get_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRecoveryFlowError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetRecoveryFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getRecoveryFlow", status, message)
    }
}
impl ::std::error::Error for GetRecoveryFlowError {}

impl Client {
    /// Update Registration Flow
    ///
    /// Use this endpoint to complete a registration flow by sending an identity's traits and password. This endpoint
    /// behaves differently for API and browser flows.
    ///
    /// API flows expect `application/json` to be sent in the body and respond with
    /// HTTP 200 and a application/json body with the created identity success - if the session hook is configured the
    /// `session` and `session_token` will also be included;
    /// HTTP 410 if the original flow expired with the appropriate error messages set and optionally a `use_flow_id` parameter in the body;
    /// HTTP 400 on form validation errors.
    ///
    /// Browser flows expect a Content-Type of `application/x-www-form-urlencoded` or `application/json` to be sent in the body and respond with
    /// a HTTP 303 redirect to the post/after registration URL or the `return_to` value if it was set and if the registration succeeded;
    /// a HTTP 303 redirect to the registration UI URL with the flow ID containing the validation errors otherwise.
    ///
    /// Browser flows with an accept header of `application/json` will not redirect but instead respond with
    /// HTTP 200 and a application/json body with the signed in identity and a `Set-Cookie` header on success;
    /// HTTP 303 redirect to a fresh login flow if the original flow expired with the appropriate error messages set;
    /// HTTP 400 on form validation errors.
    ///
    /// If this endpoint is called with `Accept: application/json` in the header, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    /// `browser_location_change_required`: Usually sent when an AJAX request indicates that the browser needs to open a specific URL.
    /// Most likely used in Social Sign In flows.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `POST /self-service/registration` (operation `updateRegistrationFlow`)
    ///
    /// # Arguments
    ///
    /// * `flow`: query parameter `flow`. The Registration Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/registration?flow=abcde`).
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateRegistrationFlowParams`\]).
    pub fn update_registration_flow<'a>(
        &'a self,
        flow: &'a str,
        body: &'a crate::models::UpdateRegistrationFlowBody,
    ) -> Call<
        'a,
        UpdateRegistrationFlowParams<'a>,
        UpdateRegistrationFlowResponse,
        UpdateRegistrationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateRegistrationFlow",
            method: "POST",
            path: "/self-service/registration",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateRegistrationFlowParams {
                flow,
                body,
                cookie: None,
            },
            |client, params| {
                let UpdateRegistrationFlowParams { flow, body, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/self-service/registration",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(UpdateRegistrationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UpdateRegistrationFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                UpdateRegistrationFlowError::BadRequest,
                                UpdateRegistrationFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                UpdateRegistrationFlowError::Gone,
                                UpdateRegistrationFlowError::Unknown,
                            ),
                    )
                }
                422 => {
                    Err(
                        received
                            .error_json(
                                UpdateRegistrationFlowError::UnprocessableEntity,
                                UpdateRegistrationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateRegistrationFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateRegistrationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_registration_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateRegistrationFlowParams<'a> {
    flow: &'a str,
    body: &'a crate::models::UpdateRegistrationFlowBody,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateRegistrationFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateRegistrationFlowError {
    /// Status `400`: registrationFlow
    BadRequest(crate::models::RegistrationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateRegistrationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateRegistrationFlow", status, message)
    }
}
impl ::std::error::Error for UpdateRegistrationFlowError {}
/// Successful responses of [`Client::update_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateRegistrationFlowResponse {
    /// Status `200`: successfulNativeRegistration
    Ok(crate::models::SuccessfulNativeRegistration),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Create Registration Flow for Native Apps
    ///
    /// This endpoint initiates a registration flow for API clients such as mobile devices, smart TVs, and so on.
    ///
    /// If a valid provided session cookie or session token is provided, a 400 Bad Request error
    /// will be returned unless the URL query parameter `?refresh=true` is set.
    ///
    /// To fetch an existing registration flow call `/self-service/registration/flows?flow=<flow_id>`.
    ///
    /// You MUST NOT use this endpoint in client-side (Single Page Apps, ReactJS, AngularJS) nor server-side (Java Server
    /// Pages, NodeJS, PHP, Golang, ...) browser applications. Using this endpoint in these applications will make
    /// you vulnerable to a variety of CSRF attacks.
    ///
    /// In the case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    ///
    /// This endpoint MUST ONLY be used in scenarios such as native mobile apps (React Native, Objective C, Swift, Java, ...).
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/registration/api` (operation `createNativeRegistrationFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateNativeRegistrationFlowParams`\]).
    pub fn create_native_registration_flow(
        &self,
    ) -> Call<
        '_,
        CreateNativeRegistrationFlowParams<'_>,
        crate::models::RegistrationFlow,
        CreateNativeRegistrationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createNativeRegistrationFlow",
            method: "GET",
            path: "/self-service/registration/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateNativeRegistrationFlowParams {
                return_session_token_exchange_code: None,
                return_to: None,
            },
            |client, params| {
                let CreateNativeRegistrationFlowParams {
                    return_session_token_exchange_code,
                    return_to,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/registration/api",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_session_token_exchange_code",
                    &return_session_token_exchange_code,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateNativeRegistrationFlowError::BadRequest,
                                CreateNativeRegistrationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateNativeRegistrationFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateNativeRegistrationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_native_registration_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateNativeRegistrationFlowParams<'a> {
    return_session_token_exchange_code: ::std::option::Option<bool>,
    return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateNativeRegistrationFlowParams<'a>, T, E> {
    /// * `return_session_token_exchange_code`: query parameter `return_session_token_exchange_code`. EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token after the login flow has been completed.
    pub fn return_session_token_exchange_code(
        mut self,
        return_session_token_exchange_code: bool,
    ) -> Self {
        self.params.return_session_token_exchange_code = Some(
            return_session_token_exchange_code,
        );
        self
    }
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
}
/// Error responses of [`Client::create_native_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNativeRegistrationFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNativeRegistrationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createNativeRegistrationFlow", status, message)
    }
}
impl ::std::error::Error for CreateNativeRegistrationFlowError {}

impl Client {
    /// Create Registration Flow for Browsers
    ///
    /// This endpoint initializes a browser-based user registration flow. This endpoint will set the appropriate
    /// cookies and anti-CSRF measures required for browser-based flows.
    ///
    /// :::info
    ///
    /// This endpoint is EXPERIMENTAL and subject to potential breaking changes in the future.
    ///
    /// :::
    ///
    /// If this endpoint is opened as a link in the browser, it will be redirected to
    /// `selfservice.flows.registration.ui_url` with the flow ID set as the query parameter `?flow=`. If a valid user session
    /// exists already, the browser will be redirected to `urls.default_redirect_url`.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    ///
    /// If this endpoint is called via an AJAX request, the response contains the registration flow without a redirect.
    ///
    /// This endpoint is NOT INTENDED for clients that do not have a browser (Chrome, Firefox, ...) as cookies are needed.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/registration/browser` (operation `createBrowserRegistrationFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserRegistrationFlowParams`\]).
    pub fn create_browser_registration_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserRegistrationFlowParams<'_>,
        CreateBrowserRegistrationFlowResponse,
        CreateBrowserRegistrationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserRegistrationFlow",
            method: "GET",
            path: "/self-service/registration/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserRegistrationFlowParams {
                return_to: None,
                login_challenge: None,
                after_verification_return_to: None,
            },
            |client, params| {
                let CreateBrowserRegistrationFlowParams {
                    return_to,
                    login_challenge,
                    after_verification_return_to,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/registration/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "login_challenge",
                    &login_challenge,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "after_verification_return_to",
                    &after_verification_return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserRegistrationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserRegistrationFlowResponse::SeeOther))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateBrowserRegistrationFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateBrowserRegistrationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_registration_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserRegistrationFlowParams<'a> {
    return_to: ::std::option::Option<&'a str>,
    login_challenge: ::std::option::Option<&'a str>,
    after_verification_return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserRegistrationFlowParams<'a>, T, E> {
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
    /// * `login_challenge`: query parameter `login_challenge`. Ory OAuth 2.0 Login Challenge.  If set will cooperate with Ory OAuth2 and OpenID to act as an OAuth2 server / OpenID Provider.  The value for this parameter comes from `login_challenge` URL Query parameter sent to your application (e.g. `/registration?login_challenge=abcde`).  This feature is compatible with Ory Hydra when not running on the Ory Network.
    pub fn login_challenge(mut self, login_challenge: &'a str) -> Self {
        self.params.login_challenge = Some(login_challenge);
        self
    }
    /// * `after_verification_return_to`: query parameter `after_verification_return_to`. The URL to return the browser to after the verification flow was completed.  After the registration flow is completed, the user will be sent a verification email. Upon completing the verification flow, this URL will be used to override the default `selfservice.flows.verification.after.default_redirect_to` value.
    pub fn after_verification_return_to(
        mut self,
        after_verification_return_to: &'a str,
    ) -> Self {
        self.params.after_verification_return_to = Some(after_verification_return_to);
        self
    }
}
/// Error responses of [`Client::create_browser_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserRegistrationFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserRegistrationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserRegistrationFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserRegistrationFlowError {}
/// Successful responses of [`Client::create_browser_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserRegistrationFlowResponse {
    /// Status `200`: registrationFlow
    Ok(crate::models::RegistrationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Get Registration Flow
    ///
    /// This endpoint returns a registration flow's context with, for example, error details and other information.
    ///
    /// Browser flows expect the anti-CSRF cookie to be included in the request's HTTP Cookie Header.
    /// For AJAX requests you must ensure that cookies are included in the request or requests will fail.
    ///
    /// If you use the browser-flow for server-side apps, the services need to run on a common top-level-domain
    /// and you need to forward the incoming HTTP Cookie header to this endpoint:
    ///
    /// ```text
    /// pseudo-code example
    /// router.get('/registration', async function (req, res) {
    /// const flow = await client.getRegistrationFlow(req.header('cookie'), req.query['flow'])
    ///
    /// res.render('registration', flow)
    /// })
    /// ```
    ///
    /// This request may fail due to several reasons. The `error.id` can be one of:
    ///
    /// `session_already_available`: The user is already signed in.
    /// `self_service_flow_expired`: The flow is expired and you should request a new one.
    ///
    /// More information can be found at [Ory Kratos User Login](https://www.ory.sh/docs/kratos/self-service/flows/user-login) and [User Registration Documentation](https://www.ory.sh/docs/kratos/self-service/flows/user-registration).
    ///
    /// `GET /self-service/registration/flows` (operation `getRegistrationFlow`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. The Registration Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/registration?flow=abcde`).
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetRegistrationFlowParams`\]).
    pub fn get_registration_flow<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetRegistrationFlowParams<'a>,
        crate::models::RegistrationFlow,
        GetRegistrationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "getRegistrationFlow",
            method: "GET",
            path: "/self-service/registration/flows",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetRegistrationFlowParams {
                id,
                cookie: None,
            },
            |client, params| {
                let GetRegistrationFlowParams { id, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/registration/flows",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetRegistrationFlowError::Forbidden,
                                GetRegistrationFlowError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetRegistrationFlowError::NotFound,
                                GetRegistrationFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                GetRegistrationFlowError::Gone,
                                GetRegistrationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetRegistrationFlowError::Default {
                                    status,
                                    body,
                                },
                                GetRegistrationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_registration_flow`], kept in its [`Call`] until it is awaited.
pub struct GetRegistrationFlowParams<'a> {
    id: &'a str,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetRegistrationFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::get_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRegistrationFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetRegistrationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getRegistrationFlow", status, message)
    }
}
impl ::std::error::Error for GetRegistrationFlowError {}

impl Client {
    /// Complete Settings Flow
    ///
    /// Use this endpoint to complete a settings flow by sending an identity's updated password. This endpoint
    /// behaves differently for API and browser flows.
    ///
    /// API-initiated flows expect `application/json` to be sent in the body and respond with
    /// HTTP 200 and an application/json body with the session token on success;
    /// HTTP 303 redirect to a fresh settings flow if the original flow expired with the appropriate error messages set;
    /// HTTP 400 on form validation errors.
    /// HTTP 401 when the endpoint is called without a valid session token.
    /// HTTP 403 when `selfservice.flows.settings.privileged_session_max_age` was reached or the session's AAL is too low.
    /// Implies that the user needs to re-authenticate.
    ///
    /// Browser flows without HTTP Header `Accept` or with `Accept: text/*` respond with
    /// a HTTP 303 redirect to the post/after settings URL or the `return_to` value if it was set and if the flow succeeded;
    /// a HTTP 303 redirect to the Settings UI URL with the flow ID containing the validation errors otherwise.
    /// a HTTP 303 redirect to the login endpoint when `selfservice.flows.settings.privileged_session_max_age` was reached or the session's AAL is too low.
    ///
    /// Browser flows with HTTP Header `Accept: application/json` respond with
    /// HTTP 200 and a application/json body with the signed in identity and a `Set-Cookie` header on success;
    /// HTTP 303 redirect to a fresh login flow if the original flow expired with the appropriate error messages set;
    /// HTTP 401 when the endpoint is called without a valid session cookie.
    /// HTTP 403 when the page is accessed without a session cookie or the session's AAL is too low.
    /// HTTP 400 on form validation errors.
    ///
    /// Depending on your configuration this endpoint might return a 403 error if the session has a lower Authenticator
    /// Assurance Level (AAL) than is possible for the identity. This can happen if the identity has password + webauthn
    /// credentials (which would result in AAL2) but the session has only AAL1. If this error occurs, ask the user
    /// to sign in with the second factor (happens automatically for server-side browser flows) or change the configuration.
    ///
    /// If this endpoint is called with a `Accept: application/json` HTTP header, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `session_refresh_required`: The identity requested to change something that needs a privileged session. Redirect
    /// the identity to the login init endpoint with query parameters `?refresh=true&return_to=<the-current-browser-url>`,
    /// or initiate a refresh login flow otherwise.
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `session_inactive`: No Ory Session was found - sign in a user first.
    /// `security_identity_mismatch`: The flow was interrupted with `session_refresh_required` but apparently some other
    /// identity logged in instead.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    /// `browser_location_change_required`: Usually sent when an AJAX request indicates that the browser needs to open a specific URL.
    /// Most likely used in Social Sign In flows.
    ///
    /// More information can be found at [Ory Kratos User Settings & Profile Management Documentation](../self-service/flows/user-settings).
    ///
    /// `POST /self-service/settings` (operation `updateSettingsFlow`)
    ///
    /// # Arguments
    ///
    /// * `flow`: query parameter `flow`. The Settings Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/settings?flow=abcde`).
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateSettingsFlowParams`\]).
    pub fn update_settings_flow<'a>(
        &'a self,
        flow: &'a str,
        body: &'a crate::models::UpdateSettingsFlowBody,
    ) -> Call<
        'a,
        UpdateSettingsFlowParams<'a>,
        UpdateSettingsFlowResponse,
        UpdateSettingsFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateSettingsFlow",
            method: "POST",
            path: "/self-service/settings",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateSettingsFlowParams {
                flow,
                body,
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let UpdateSettingsFlowParams { flow, body, x_session_token, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/self-service/settings",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(UpdateSettingsFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UpdateSettingsFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                UpdateSettingsFlowError::BadRequest,
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                UpdateSettingsFlowError::Unauthorized,
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                UpdateSettingsFlowError::Forbidden,
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                UpdateSettingsFlowError::Gone,
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
                422 => {
                    Err(
                        received
                            .error_json(
                                UpdateSettingsFlowError::UnprocessableEntity,
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateSettingsFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateSettingsFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_settings_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateSettingsFlowParams<'a> {
    flow: &'a str,
    body: &'a crate::models::UpdateSettingsFlowBody,
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateSettingsFlowParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateSettingsFlowError {
    /// Status `400`: settingsFlow
    BadRequest(crate::models::SettingsFlow),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateSettingsFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateSettingsFlow", status, message)
    }
}
impl ::std::error::Error for UpdateSettingsFlowError {}
/// Successful responses of [`Client::update_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Create Settings Flow for Native Apps
    ///
    /// This endpoint initiates a settings flow for API clients such as mobile devices, smart TVs, and so on.
    /// You must provide a valid Ory Kratos Session Token for this endpoint to respond with HTTP 200 OK.
    ///
    /// To fetch an existing settings flow call `/self-service/settings/flows?flow=<flow_id>`.
    ///
    /// You MUST NOT use this endpoint in client-side (Single Page Apps, ReactJS, AngularJS) nor server-side (Java Server
    /// Pages, NodeJS, PHP, Golang, ...) browser applications. Using this endpoint in these applications will make
    /// you vulnerable to a variety of CSRF attacks.
    ///
    /// Depending on your configuration this endpoint might return a 403 error if the session has a lower Authenticator
    /// Assurance Level (AAL) than is possible for the identity. This can happen if the identity has password + webauthn
    /// credentials (which would result in AAL2) but the session has only AAL1. If this error occurs, ask the user
    /// to sign in with the second factor or change the configuration.
    ///
    /// In the case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `session_inactive`: No Ory Session was found - sign in a user first.
    ///
    /// This endpoint MUST ONLY be used in scenarios such as native mobile apps (React Native, Objective C, Swift, Java, ...).
    ///
    /// More information can be found at [Ory Kratos User Settings & Profile Management Documentation](../self-service/flows/user-settings).
    ///
    /// `GET /self-service/settings/api` (operation `createNativeSettingsFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateNativeSettingsFlowParams`\]).
    pub fn create_native_settings_flow(
        &self,
    ) -> Call<
        '_,
        CreateNativeSettingsFlowParams<'_>,
        crate::models::SettingsFlow,
        CreateNativeSettingsFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createNativeSettingsFlow",
            method: "GET",
            path: "/self-service/settings/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateNativeSettingsFlowParams {
                x_session_token: None,
            },
            |client, params| {
                let CreateNativeSettingsFlowParams { x_session_token } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/settings/api",
                    );
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateNativeSettingsFlowError::BadRequest,
                                CreateNativeSettingsFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateNativeSettingsFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateNativeSettingsFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_native_settings_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateNativeSettingsFlowParams<'a> {
    x_session_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateNativeSettingsFlowParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
}
/// Error responses of [`Client::create_native_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNativeSettingsFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNativeSettingsFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createNativeSettingsFlow", status, message)
    }
}
impl ::std::error::Error for CreateNativeSettingsFlowError {}

impl Client {
    /// Create Settings Flow for Browsers
    ///
    /// This endpoint initializes a browser-based user settings flow. Once initialized, the browser will be redirected to
    /// `selfservice.flows.settings.ui_url` with the flow ID set as the query parameter `?flow=`. If no valid
    /// Ory Kratos Session Cookie is included in the request, a login flow will be initialized.
    ///
    /// If this endpoint is opened as a link in the browser, it will be redirected to
    /// `selfservice.flows.settings.ui_url` with the flow ID set as the query parameter `?flow=`. If no valid user session
    /// was set, the browser will be redirected to the login endpoint.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the settings flow without any redirects
    /// or a 401 forbidden error if no valid session was set.
    ///
    /// Depending on your configuration this endpoint might return a 403 error if the session has a lower Authenticator
    /// Assurance Level (AAL) than is possible for the identity. This can happen if the identity has password + webauthn
    /// credentials (which would result in AAL2) but the session has only AAL1. If this error occurs, ask the user
    /// to sign in with the second factor (happens automatically for server-side browser flows) or change the configuration.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `session_inactive`: No Ory Session was found - sign in a user first.
    /// `security_identity_mismatch`: The requested `?return_to` address is not allowed to be used. Adjust this in the configuration!
    ///
    /// This endpoint is NOT INTENDED for clients that do not have a browser (Chrome, Firefox, ...) as cookies are needed.
    ///
    /// More information can be found at [Ory Kratos User Settings & Profile Management Documentation](../self-service/flows/user-settings).
    ///
    /// `GET /self-service/settings/browser` (operation `createBrowserSettingsFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserSettingsFlowParams`\]).
    pub fn create_browser_settings_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserSettingsFlowParams<'_>,
        CreateBrowserSettingsFlowResponse,
        CreateBrowserSettingsFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserSettingsFlow",
            method: "GET",
            path: "/self-service/settings/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserSettingsFlowParams {
                return_to: None,
                cookie: None,
            },
            |client, params| {
                let CreateBrowserSettingsFlowParams { return_to, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/settings/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserSettingsFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserSettingsFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserSettingsFlowError::BadRequest,
                                CreateBrowserSettingsFlowError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserSettingsFlowError::Unauthorized,
                                CreateBrowserSettingsFlowError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                CreateBrowserSettingsFlowError::Forbidden,
                                CreateBrowserSettingsFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateBrowserSettingsFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateBrowserSettingsFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_settings_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserSettingsFlowParams<'a> {
    return_to: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserSettingsFlowParams<'a>, T, E> {
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::create_browser_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserSettingsFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserSettingsFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserSettingsFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserSettingsFlowError {}
/// Successful responses of [`Client::create_browser_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Get Settings Flow
    ///
    /// When accessing this endpoint through Ory Kratos' Public API you must ensure that either the Ory Kratos Session Cookie
    /// or the Ory Kratos Session Token are set.
    ///
    /// Depending on your configuration this endpoint might return a 403 error if the session has a lower Authenticator
    /// Assurance Level (AAL) than is possible for the identity. This can happen if the identity has password + webauthn
    /// credentials (which would result in AAL2) but the session has only AAL1. If this error occurs, ask the user
    /// to sign in with the second factor or change the configuration.
    ///
    /// You can access this endpoint without credentials when using Ory Kratos' Admin API.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the flow without a redirect. In the
    /// case of an error, the `error.id` of the JSON response body can be one of:
    ///
    /// `security_csrf_violation`: Unable to fetch the flow because a CSRF violation occurred.
    /// `session_inactive`: No Ory Session was found - sign in a user first.
    /// `security_identity_mismatch`: The flow was interrupted with `session_refresh_required` but apparently some other
    /// identity logged in instead.
    ///
    /// More information can be found at [Ory Kratos User Settings & Profile Management Documentation](../self-service/flows/user-settings).
    ///
    /// `GET /self-service/settings/flows` (operation `getSettingsFlow`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. ID is the Settings Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/settings?flow=abcde`).
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetSettingsFlowParams`\]).
    pub fn get_settings_flow<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetSettingsFlowParams<'a>,
        crate::models::SettingsFlow,
        GetSettingsFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "getSettingsFlow",
            method: "GET",
            path: "/self-service/settings/flows",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetSettingsFlowParams {
                id,
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let GetSettingsFlowParams { id, x_session_token, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/settings/flows",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                GetSettingsFlowError::Unauthorized,
                                GetSettingsFlowError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetSettingsFlowError::Forbidden,
                                GetSettingsFlowError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetSettingsFlowError::NotFound,
                                GetSettingsFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                GetSettingsFlowError::Gone,
                                GetSettingsFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetSettingsFlowError::Default {
                                    status,
                                    body,
                                },
                                GetSettingsFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_settings_flow`], kept in its [`Call`] until it is awaited.
pub struct GetSettingsFlowParams<'a> {
    id: &'a str,
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetSettingsFlowParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token  When using the SDK in an app without a browser, please include the session token here.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::get_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSettingsFlowError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSettingsFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSettingsFlow", status, message)
    }
}
impl ::std::error::Error for GetSettingsFlowError {}

impl Client {
    /// Complete Verification Flow
    ///
    /// Use this endpoint to complete a verification flow. This endpoint
    /// behaves differently for API and browser flows and has several states:
    ///
    /// `choose_method` expects `flow` (in the URL query) and `email` (in the body) to be sent
    /// and works with API- and Browser-initiated flows.
    /// For API clients and Browser clients with HTTP Header `Accept: application/json` it either returns a HTTP 200 OK when the form is valid and HTTP 400 OK when the form is invalid
    /// and a HTTP 303 See Other redirect with a fresh verification flow if the flow was otherwise invalid (e.g. expired).
    /// For Browser clients without HTTP Header `Accept` or with `Accept: text/*` it returns a HTTP 303 See Other redirect to the Verification UI URL with the Verification Flow ID appended.
    /// `sent_email` is the success state after `choose_method` when using the `link` method and allows the user to request another verification email. It
    /// works for both API and Browser-initiated flows and returns the same responses as the flow in `choose_method` state.
    /// `passed_challenge` expects a `token` to be sent in the URL query and given the nature of the flow ("sending a verification link")
    /// does not have any API capabilities. The server responds with a HTTP 303 See Other redirect either to the Settings UI URL
    /// (if the link was valid) and instructs the user to update their password, or a redirect to the Verification UI URL with
    /// a new Verification Flow ID which contains an error message that the verification link was invalid.
    ///
    /// More information can be found at [Ory Kratos Email and Phone Verification Documentation](https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation).
    ///
    /// `POST /self-service/verification` (operation `updateVerificationFlow`)
    ///
    /// # Arguments
    ///
    /// * `flow`: query parameter `flow`. The Verification Flow ID  The value for this parameter comes from `flow` URL Query parameter sent to your application (e.g. `/verification?flow=abcde`).
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateVerificationFlowParams`\]).
    pub fn update_verification_flow<'a>(
        &'a self,
        flow: &'a str,
        body: &'a crate::models::UpdateVerificationFlowBody,
    ) -> Call<
        'a,
        UpdateVerificationFlowParams<'a>,
        UpdateVerificationFlowResponse,
        UpdateVerificationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateVerificationFlow",
            method: "POST",
            path: "/self-service/verification",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateVerificationFlowParams {
                flow,
                body,
                token: None,
                cookie: None,
            },
            |client, params| {
                let UpdateVerificationFlowParams { flow, body, token, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/self-service/verification",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "token",
                    &token,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(UpdateVerificationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UpdateVerificationFlowResponse::SeeOther))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                UpdateVerificationFlowError::BadRequest,
                                UpdateVerificationFlowError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                UpdateVerificationFlowError::Gone,
                                UpdateVerificationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateVerificationFlowError::Default {
                                    status,
                                    body,
                                },
                                UpdateVerificationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_verification_flow`], kept in its [`Call`] until it is awaited.
pub struct UpdateVerificationFlowParams<'a> {
    flow: &'a str,
    body: &'a crate::models::UpdateVerificationFlowBody,
    token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateVerificationFlowParams<'a>, T, E> {
    /// * `token`: query parameter `token`. Verification Token  The verification token which completes the verification request. If the token is invalid (e.g. expired) an error will be shown to the end-user.  This parameter is usually set in a link and not used by any direct API call.
    pub fn token(mut self, token: &'a str) -> Self {
        self.params.token = Some(token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::update_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateVerificationFlowError {
    /// Status `400`: verificationFlow
    BadRequest(crate::models::VerificationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateVerificationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateVerificationFlow", status, message)
    }
}
impl ::std::error::Error for UpdateVerificationFlowError {}
/// Successful responses of [`Client::update_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Create Verification Flow for Native Apps
    ///
    /// This endpoint initiates a verification flow for API clients such as mobile devices, smart TVs, and so on.
    ///
    /// To fetch an existing verification flow call `/self-service/verification/flows?flow=<flow_id>`.
    ///
    /// You MUST NOT use this endpoint in client-side (Single Page Apps, ReactJS, AngularJS) nor server-side (Java Server
    /// Pages, NodeJS, PHP, Golang, ...) browser applications. Using this endpoint in these applications will make
    /// you vulnerable to a variety of CSRF attacks.
    ///
    /// This endpoint MUST ONLY be used in scenarios such as native mobile apps (React Native, Objective C, Swift, Java, ...).
    ///
    /// More information can be found at [Ory Email and Phone Verification Documentation](https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation).
    ///
    /// `GET /self-service/verification/api` (operation `createNativeVerificationFlow`)
    pub fn create_native_verification_flow(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::VerificationFlow,
        CreateNativeVerificationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createNativeVerificationFlow",
            method: "GET",
            path: "/self-service/verification/api",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/verification/api",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateNativeVerificationFlowError::BadRequest,
                                CreateNativeVerificationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateNativeVerificationFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateNativeVerificationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNativeVerificationFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNativeVerificationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createNativeVerificationFlow", status, message)
    }
}
impl ::std::error::Error for CreateNativeVerificationFlowError {}

impl Client {
    /// Create Verification Flow for Browser Clients
    ///
    /// This endpoint initializes a browser-based account verification flow. Once initialized, the browser will be redirected to
    /// `selfservice.flows.verification.ui_url` with the flow ID set as the query parameter `?flow=`.
    ///
    /// If this endpoint is called via an AJAX request, the response contains the recovery flow without any redirects.
    ///
    /// This endpoint is NOT INTENDED for API clients and only works with browsers (Chrome, Firefox, ...).
    ///
    /// More information can be found at [Ory Kratos Email and Phone Verification Documentation](https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation).
    ///
    /// `GET /self-service/verification/browser` (operation `createBrowserVerificationFlow`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateBrowserVerificationFlowParams`\]).
    pub fn create_browser_verification_flow(
        &self,
    ) -> Call<
        '_,
        CreateBrowserVerificationFlowParams<'_>,
        CreateBrowserVerificationFlowResponse,
        CreateBrowserVerificationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserVerificationFlow",
            method: "GET",
            path: "/self-service/verification/browser",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBrowserVerificationFlowParams {
                return_to: None,
            },
            |client, params| {
                let CreateBrowserVerificationFlowParams { return_to } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/verification/browser",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to",
                    &return_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserVerificationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserVerificationFlowResponse::SeeOther))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateBrowserVerificationFlowError::Default {
                                    status,
                                    body,
                                },
                                CreateBrowserVerificationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_browser_verification_flow`], kept in its [`Call`] until it is awaited.
pub struct CreateBrowserVerificationFlowParams<'a> {
    return_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateBrowserVerificationFlowParams<'a>, T, E> {
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn return_to(mut self, return_to: &'a str) -> Self {
        self.params.return_to = Some(return_to);
        self
    }
}
/// Error responses of [`Client::create_browser_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserVerificationFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBrowserVerificationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createBrowserVerificationFlow", status, message)
    }
}
impl ::std::error::Error for CreateBrowserVerificationFlowError {}
/// Successful responses of [`Client::create_browser_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBrowserVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
}

impl Client {
    /// Get Verification Flow
    ///
    /// This endpoint returns a verification flow's context with, for example, error details and other information.
    ///
    /// Browser flows expect the anti-CSRF cookie to be included in the request's HTTP Cookie Header.
    /// For AJAX requests you must ensure that cookies are included in the request or requests will fail.
    ///
    /// If you use the browser-flow for server-side apps, the services need to run on a common top-level-domain
    /// and you need to forward the incoming HTTP Cookie header to this endpoint:
    ///
    /// ```text
    /// pseudo-code example
    /// router.get('/recovery', async function (req, res) {
    /// const flow = await client.getVerificationFlow(req.header('cookie'), req.query['flow'])
    ///
    /// res.render('verification', flow)
    /// })
    /// ```
    ///
    /// More information can be found at [Ory Kratos Email and Phone Verification Documentation](https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation).
    ///
    /// `GET /self-service/verification/flows` (operation `getVerificationFlow`)
    ///
    /// # Arguments
    ///
    /// * `id`: query parameter `id`. The Flow ID  The value for this parameter comes from `request` URL Query parameter sent to your application (e.g. `/verification?flow=abcde`).
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetVerificationFlowParams`\]).
    pub fn get_verification_flow<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetVerificationFlowParams<'a>,
        crate::models::VerificationFlow,
        GetVerificationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "getVerificationFlow",
            method: "GET",
            path: "/self-service/verification/flows",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetVerificationFlowParams {
                id,
                cookie: None,
            },
            |client, params| {
                let GetVerificationFlowParams { id, cookie } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/self-service/verification/flows",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &cookie {
                    request = request
                        .header("cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetVerificationFlowError::Forbidden,
                                GetVerificationFlowError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetVerificationFlowError::NotFound,
                                GetVerificationFlowError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetVerificationFlowError::Default {
                                    status,
                                    body,
                                },
                                GetVerificationFlowError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_verification_flow`], kept in its [`Call`] until it is awaited.
pub struct GetVerificationFlowParams<'a> {
    id: &'a str,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetVerificationFlowParams<'a>, T, E> {
    /// * `cookie`: header parameter `cookie`. HTTP Cookies  When using the SDK on the server side you must include the HTTP Cookie Header originally sent to your HTTP handler here.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::get_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetVerificationFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetVerificationFlowError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getVerificationFlow", status, message)
    }
}
impl ::std::error::Error for GetVerificationFlowError {}

impl Client {
    /// Get My Active Sessions
    ///
    /// This endpoints returns all other active sessions that belong to the logged-in user.
    /// The current session can be retrieved by calling the `/sessions/whoami` endpoint.
    ///
    /// `GET /sessions` (operation `listMySessions`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListMySessionsParams`\]).
    pub fn list_my_sessions(
        &self,
    ) -> Call<
        '_,
        ListMySessionsParams<'_>,
        ::std::vec::Vec<crate::models::Session>,
        ListMySessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listMySessions",
            method: "GET",
            path: "/sessions",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListMySessionsParams {
                per_page: None,
                page: None,
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let ListMySessionsParams { per_page, page, x_session_token, cookie } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/sessions");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "per_page",
                    &per_page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                ListMySessionsError::BadRequest,
                                ListMySessionsError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                ListMySessionsError::Unauthorized,
                                ListMySessionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListMySessionsError::Default {
                                    status,
                                    body,
                                },
                                ListMySessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_my_sessions`], kept in its [`Call`] until it is awaited.
pub struct ListMySessionsParams<'a> {
    per_page: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListMySessionsParams<'a>, T, E> {
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    pub fn per_page(mut self, per_page: i64) -> Self {
        self.params.per_page = Some(per_page);
        self
    }
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::list_my_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListMySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListMySessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listMySessions", status, message)
    }
}
impl ::std::error::Error for ListMySessionsError {}

impl Client {
    /// Disable my other sessions
    ///
    /// Calling this endpoint invalidates all except the current session that belong to the logged-in user.
    /// Session data are not deleted.
    ///
    /// `DELETE /sessions` (operation `disableMyOtherSessions`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`DisableMyOtherSessionsParams`\]).
    pub fn disable_my_other_sessions(
        &self,
    ) -> Call<
        '_,
        DisableMyOtherSessionsParams<'_>,
        crate::models::DeleteMySessionsCount,
        DisableMyOtherSessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "disableMyOtherSessions",
            method: "DELETE",
            path: "/sessions",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DisableMyOtherSessionsParams {
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let DisableMyOtherSessionsParams { x_session_token, cookie } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, "/sessions");
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                DisableMyOtherSessionsError::BadRequest,
                                DisableMyOtherSessionsError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                DisableMyOtherSessionsError::Unauthorized,
                                DisableMyOtherSessionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DisableMyOtherSessionsError::Default {
                                    status,
                                    body,
                                },
                                DisableMyOtherSessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::disable_my_other_sessions`], kept in its [`Call`] until it is awaited.
pub struct DisableMyOtherSessionsParams<'a> {
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, DisableMyOtherSessionsParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::disable_my_other_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DisableMyOtherSessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DisableMyOtherSessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "disableMyOtherSessions", status, message)
    }
}
impl ::std::error::Error for DisableMyOtherSessionsError {}

impl Client {
    /// Exchange Session Token
    ///
    /// `GET /sessions/token-exchange` (operation `exchangeSessionToken`)
    ///
    /// # Arguments
    ///
    /// * `init_code`: query parameter `init_code`. The part of the code return when initializing the flow.
    /// * `return_to_code`: query parameter `return_to_code`. The part of the code returned by the return_to URL.
    pub fn exchange_session_token<'a>(
        &'a self,
        init_code: &'a str,
        return_to_code: &'a str,
    ) -> Call<
        'a,
        ExchangeSessionTokenParams<'a>,
        crate::models::SuccessfulNativeLogin,
        ExchangeSessionTokenError,
    > {
        const OPERATION: Operation = Operation {
            id: "exchangeSessionToken",
            method: "GET",
            path: "/sessions/token-exchange",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ExchangeSessionTokenParams {
                init_code,
                return_to_code,
            },
            |client, params| {
                let ExchangeSessionTokenParams { init_code, return_to_code } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/sessions/token-exchange",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "init_code",
                    init_code,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "return_to_code",
                    return_to_code,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                ExchangeSessionTokenError::Forbidden,
                                ExchangeSessionTokenError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                ExchangeSessionTokenError::NotFound,
                                ExchangeSessionTokenError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                ExchangeSessionTokenError::Gone,
                                ExchangeSessionTokenError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ExchangeSessionTokenError::Default {
                                    status,
                                    body,
                                },
                                ExchangeSessionTokenError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::exchange_session_token`], kept in its [`Call`] until it is awaited.
pub struct ExchangeSessionTokenParams<'a> {
    init_code: &'a str,
    return_to_code: &'a str,
}
/// Error responses of [`Client::exchange_session_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExchangeSessionTokenError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ExchangeSessionTokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "exchangeSessionToken", status, message)
    }
}
impl ::std::error::Error for ExchangeSessionTokenError {}

impl Client {
    /// Check Who the Current HTTP Session Belongs To
    ///
    /// Uses the HTTP Headers in the GET request to determine (e.g. by using checking the cookies) who is authenticated.
    /// Returns a session object in the body or 401 if the credentials are invalid or no credentials were sent.
    /// When the request it successful it adds the user ID to the 'X-Kratos-Authenticated-Identity-Id' header
    /// in the response.
    ///
    /// If you call this endpoint from a server-side application, you must forward the HTTP Cookie Header to this endpoint:
    ///
    /// ```text
    /// pseudo-code example
    /// router.get('/protected-endpoint', async function (req, res) {
    /// const session = await client.toSession(undefined, req.header('cookie'))
    ///
    /// console.log(session)
    /// })
    /// ```
    ///
    /// When calling this endpoint from a non-browser application (e.g. mobile app) you must include the session token:
    ///
    /// ```text
    /// pseudo-code example
    /// ...
    /// const session = await client.toSession("the-session-token")
    ///
    /// console.log(session)
    /// ```
    ///
    /// Depending on your configuration this endpoint might return a 403 status code if the session has a lower Authenticator
    /// Assurance Level (AAL) than is possible for the identity. This can happen if the identity has password + webauthn
    /// credentials (which would result in AAL2) but the session has only AAL1. If this error occurs, ask the user
    /// to sign in with the second factor or change the configuration.
    ///
    /// This endpoint is useful for:
    ///
    /// AJAX calls. Remember to send credentials and set up CORS correctly!
    /// Reverse proxies and API Gateways
    /// Server-side calls - use the `X-Session-Token` header!
    ///
    /// This endpoint authenticates users by checking:
    ///
    /// if the `Cookie` HTTP header was set containing an Ory Kratos Session Cookie;
    /// if the `Authorization: bearer <ory-session-token>` HTTP header was set with a valid Ory Kratos Session Token;
    /// if the `X-Session-Token` HTTP header was set with a valid Ory Kratos Session Token.
    ///
    /// If none of these headers are set or the cooke or token are invalid, the endpoint returns a HTTP 401 status code.
    ///
    /// As explained above, this request may fail due to several reasons. The `error.id` can be one of:
    ///
    /// `session_inactive`: No active session was found in the request (e.g. no Ory Session Cookie / Ory Session Token).
    /// `session_aal2_required`: An active session was found but it does not fulfil the Authenticator Assurance Level, implying that the session must (e.g.) authenticate the second factor.
    ///
    /// `GET /sessions/whoami` (operation `toSession`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ToSessionParams`\]).
    pub fn to_session(
        &self,
    ) -> Call<'_, ToSessionParams<'_>, crate::models::Session, ToSessionError> {
        const OPERATION: Operation = Operation {
            id: "toSession",
            method: "GET",
            path: "/sessions/whoami",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ToSessionParams {
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let ToSessionParams { x_session_token, cookie } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/sessions/whoami");
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                ToSessionError::Unauthorized,
                                ToSessionError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                ToSessionError::Forbidden,
                                ToSessionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ToSessionError::Default {
                                    status,
                                    body,
                                },
                                ToSessionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::to_session`], kept in its [`Call`] until it is awaited.
pub struct ToSessionParams<'a> {
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ToSessionParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::to_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ToSessionError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ToSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "toSession", status, message)
    }
}
impl ::std::error::Error for ToSessionError {}

impl Client {
    /// Disable one of my sessions
    ///
    /// Calling this endpoint invalidates the specified session. The current session cannot be revoked.
    /// Session data are not deleted.
    ///
    /// `DELETE /sessions/{id}` (operation `disableMySession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`DisableMySessionParams`\]).
    pub fn disable_my_session<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DisableMySessionParams<'a>, (), DisableMySessionError> {
        const OPERATION: Operation = Operation {
            id: "disableMySession",
            method: "DELETE",
            path: "/sessions/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DisableMySessionParams {
                id,
                x_session_token: None,
                cookie: None,
            },
            |client, params| {
                let DisableMySessionParams { id, x_session_token, cookie } = params;
                let path = format!(
                    "/sessions/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                if let Some(value) = &x_session_token {
                    request = request
                        .header("X-Session-Token", crate::runtime::simple_text(value));
                }
                if let Some(value) = &cookie {
                    request = request
                        .header("Cookie", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                DisableMySessionError::BadRequest,
                                DisableMySessionError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                DisableMySessionError::Unauthorized,
                                DisableMySessionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DisableMySessionError::Default {
                                    status,
                                    body,
                                },
                                DisableMySessionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::disable_my_session`], kept in its [`Call`] until it is awaited.
pub struct DisableMySessionParams<'a> {
    id: &'a str,
    x_session_token: ::std::option::Option<&'a str>,
    cookie: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, DisableMySessionParams<'a>, T, E> {
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub fn x_session_token(mut self, x_session_token: &'a str) -> Self {
        self.params.x_session_token = Some(x_session_token);
        self
    }
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn cookie(mut self, cookie: &'a str) -> Self {
        self.params.cookie = Some(cookie);
        self
    }
}
/// Error responses of [`Client::disable_my_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DisableMySessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DisableMySessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "disableMySession", status, message)
    }
}
impl ::std::error::Error for DisableMySessionError {}
