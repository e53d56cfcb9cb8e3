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
    ) -> Call<'_, crate::models::WebAuthnJavaScript, GetWebAuthnJavaScriptError> {
        const OPERATION: Operation = Operation {
            id: "getWebAuthnJavaScript",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/.well-known/ory/webauthn.js");
        self.call(
            &OPERATION,
            request,
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
pub enum GetWebAuthnJavaScriptError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_flow_error(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::FlowError, GetFlowErrorError> {
        const OPERATION: Operation = Operation {
            id: "getFlowError",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/errors");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => Err(Error::Status(GetFlowErrorError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetFlowErrorError::NotFound(received.json()?))),
                500 => {
                    Err(
                        Error::Status(
                            GetFlowErrorError::InternalServerError(received.json()?),
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
/// Error responses of [`Client::get_flow_error`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFlowErrorError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_login_flow(
        &self,
        flow: &str,
        body: &crate::models::UpdateLoginFlowBody,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, UpdateLoginFlowResponse, UpdateLoginFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateLoginFlow",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/self-service/login");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(UpdateLoginFlowError::BadRequest(received.json()?)),
                    )
                }
                410 => Err(Error::Status(UpdateLoginFlowError::Gone(received.json()?))),
                422 => {
                    Err(
                        Error::Status(
                            UpdateLoginFlowError::UnprocessableEntity(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(UpdateLoginFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_login_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateLoginFlowError {
    /// Status `400`: loginFlow
    BadRequest(crate::models::LoginFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::update_login_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// # Arguments
    ///
    /// * `refresh`: query parameter `refresh`. Refresh a login session  If set to true, this will refresh an existing login session by asking the user to sign in again. This will reset the authenticated_at time of the session.
    /// * `aal`: query parameter `aal`. Request a Specific AuthenticationMethod Assurance Level  Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password, the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ... you would set this to "aal2".
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    /// * `return_session_token_exchange_code`: query parameter `return_session_token_exchange_code`. EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token after the login flow has been completed.
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn create_native_login_flow(
        &self,
        refresh: ::std::option::Option<bool>,
        aal: ::std::option::Option<&str>,
        x_session_token: ::std::option::Option<&str>,
        return_session_token_exchange_code: ::std::option::Option<bool>,
        return_to: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::LoginFlow, CreateNativeLoginFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeLoginFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/login/api");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "refresh", &refresh, Style::Form, true);
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateNativeLoginFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateNativeLoginFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_login_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeLoginFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `refresh`: query parameter `refresh`. Refresh a login session  If set to true, this will refresh an existing login session by asking the user to sign in again. This will reset the authenticated_at time of the session.
    /// * `aal`: query parameter `aal`. Request a Specific AuthenticationMethod Assurance Level  Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password, the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ... you would set this to "aal2".
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    /// * `login_challenge`: query parameter `login_challenge`. An optional Hydra login challenge. If present, Kratos will cooperate with Ory Hydra to act as an OAuth2 identity provider.  The value for this parameter comes from `login_challenge` URL Query parameter sent to your application (e.g. `/login?login_challenge=abcde`).
    pub fn create_browser_login_flow(
        &self,
        refresh: ::std::option::Option<bool>,
        aal: ::std::option::Option<&str>,
        return_to: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
        login_challenge: ::std::option::Option<&str>,
    ) -> Call<'_, CreateBrowserLoginFlowResponse, CreateBrowserLoginFlowError> {
        const OPERATION: Operation = Operation {
            id: "createBrowserLoginFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/login/browser");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "refresh", &refresh, Style::Form, true);
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
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            CreateBrowserLoginFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateBrowserLoginFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_browser_login_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserLoginFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::create_browser_login_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn get_login_flow(
        &self,
        id: &str,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::LoginFlow, GetLoginFlowError> {
        const OPERATION: Operation = Operation {
            id: "getLoginFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/login/flows");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => Err(Error::Status(GetLoginFlowError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetLoginFlowError::NotFound(received.json()?))),
                410 => Err(Error::Status(GetLoginFlowError::Gone(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetLoginFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_login_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetLoginFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `token`: query parameter `token`. A Valid Logout Token  If you do not have a logout token because you only have a session cookie, call `/self-service/logout/browser` to generate a URL for this endpoint.
    /// * `return_to`: query parameter `return_to`. The URL to return to after the logout was completed.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_logout_flow(
        &self,
        token: ::std::option::Option<&str>,
        return_to: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, (), UpdateLogoutFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateLogoutFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/logout");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "token", &token, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "return_to",
            &return_to,
            Style::Form,
            true,
        );
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 | 301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(UpdateLogoutFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_logout_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateLogoutFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn perform_native_logout(
        &self,
        body: &crate::models::PerformNativeLogoutBody,
    ) -> Call<'_, (), PerformNativeLogoutError> {
        const OPERATION: Operation = Operation {
            id: "performNativeLogout",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::DELETE, "/self-service/logout/api");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        Error::Status(
                            PerformNativeLogoutError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(PerformNativeLogoutError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::perform_native_logout`].
#[derive(Debug, Clone, PartialEq)]
pub enum PerformNativeLogoutError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `cookie`: header parameter `cookie`. HTTP Cookies  If you call this endpoint from a backend, please include the original Cookie header in the request.
    /// * `return_to`: query parameter `return_to`. Return to URL  The URL to which the browser should be redirected to after the logout has been performed.
    pub fn create_browser_logout_flow(
        &self,
        cookie: ::std::option::Option<&str>,
        return_to: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::LogoutFlow, CreateBrowserLogoutFlowError> {
        const OPERATION: Operation = Operation {
            id: "createBrowserLogoutFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/logout/browser");
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
            request = request.header("cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateBrowserLogoutFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            CreateBrowserLogoutFlowError::Unauthorized(received.json()?),
                        ),
                    )
                }
                500 => {
                    Err(
                        Error::Status(
                            CreateBrowserLogoutFlowError::InternalServerError(
                                received.json()?,
                            ),
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
/// Error responses of [`Client::create_browser_logout_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserLogoutFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `token`: query parameter `token`. Recovery Token  The recovery token which completes the recovery request. If the token is invalid (e.g. expired) an error will be shown to the end-user.  This parameter is usually set in a link and not used by any direct API call.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_recovery_flow(
        &self,
        flow: &str,
        body: &crate::models::UpdateRecoveryFlowBody,
        token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, UpdateRecoveryFlowResponse, UpdateRecoveryFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateRecoveryFlow",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/self-service/recovery");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "token", &token, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            UpdateRecoveryFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(Error::Status(UpdateRecoveryFlowError::Gone(received.json()?)))
                }
                422 => {
                    Err(
                        Error::Status(
                            UpdateRecoveryFlowError::UnprocessableEntity(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(UpdateRecoveryFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRecoveryFlowError {
    /// Status `400`: recoveryFlow
    BadRequest(crate::models::RecoveryFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::update_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    ) -> Call<'_, crate::models::RecoveryFlow, CreateNativeRecoveryFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeRecoveryFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/recovery/api");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateNativeRecoveryFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateNativeRecoveryFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeRecoveryFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn create_browser_recovery_flow(
        &self,
        return_to: ::std::option::Option<&str>,
    ) -> Call<'_, CreateBrowserRecoveryFlowResponse, CreateBrowserRecoveryFlowError> {
        const OPERATION: Operation = Operation {
            id: "createBrowserRecoveryFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            CreateBrowserRecoveryFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateBrowserRecoveryFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_browser_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserRecoveryFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::create_browser_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn get_recovery_flow(
        &self,
        id: &str,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::RecoveryFlow, GetRecoveryFlowError> {
        const OPERATION: Operation = Operation {
            id: "getRecoveryFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/recovery/flows");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(Error::Status(GetRecoveryFlowError::NotFound(received.json()?)))
                }
                410 => Err(Error::Status(GetRecoveryFlowError::Gone(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetRecoveryFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_recovery_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecoveryFlowError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_registration_flow(
        &self,
        flow: &str,
        body: &crate::models::UpdateRegistrationFlowBody,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, UpdateRegistrationFlowResponse, UpdateRegistrationFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateRegistrationFlow",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/self-service/registration");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            UpdateRegistrationFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(
                        Error::Status(
                            UpdateRegistrationFlowError::Gone(received.json()?),
                        ),
                    )
                }
                422 => {
                    Err(
                        Error::Status(
                            UpdateRegistrationFlowError::UnprocessableEntity(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(UpdateRegistrationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRegistrationFlowError {
    /// Status `400`: registrationFlow
    BadRequest(crate::models::RegistrationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::update_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// # Arguments
    ///
    /// * `return_session_token_exchange_code`: query parameter `return_session_token_exchange_code`. EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token after the login flow has been completed.
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn create_native_registration_flow(
        &self,
        return_session_token_exchange_code: ::std::option::Option<bool>,
        return_to: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::RegistrationFlow, CreateNativeRegistrationFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeRegistrationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateNativeRegistrationFlowError::BadRequest(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateNativeRegistrationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeRegistrationFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    /// * `login_challenge`: query parameter `login_challenge`. Ory OAuth 2.0 Login Challenge.  If set will cooperate with Ory OAuth2 and OpenID to act as an OAuth2 server / OpenID Provider.  The value for this parameter comes from `login_challenge` URL Query parameter sent to your application (e.g. `/registration?login_challenge=abcde`).  This feature is compatible with Ory Hydra when not running on the Ory Network.
    /// * `after_verification_return_to`: query parameter `after_verification_return_to`. The URL to return the browser to after the verification flow was completed.  After the registration flow is completed, the user will be sent a verification email. Upon completing the verification flow, this URL will be used to override the default `selfservice.flows.verification.after.default_redirect_to` value.
    pub fn create_browser_registration_flow(
        &self,
        return_to: ::std::option::Option<&str>,
        login_challenge: ::std::option::Option<&str>,
        after_verification_return_to: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        CreateBrowserRegistrationFlowResponse,
        CreateBrowserRegistrationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserRegistrationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserRegistrationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserRegistrationFlowResponse::SeeOther))
                }
                _ => {
                    Err(
                        Error::Status(CreateBrowserRegistrationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_browser_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserRegistrationFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::create_browser_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn get_registration_flow(
        &self,
        id: &str,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::RegistrationFlow, GetRegistrationFlowError> {
        const OPERATION: Operation = Operation {
            id: "getRegistrationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/self-service/registration/flows",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        Error::Status(
                            GetRegistrationFlowError::Forbidden(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            GetRegistrationFlowError::NotFound(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(Error::Status(GetRegistrationFlowError::Gone(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(GetRegistrationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_registration_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetRegistrationFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_settings_flow(
        &self,
        flow: &str,
        body: &crate::models::UpdateSettingsFlowBody,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, UpdateSettingsFlowResponse, UpdateSettingsFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateSettingsFlow",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/self-service/settings");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            UpdateSettingsFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            UpdateSettingsFlowError::Unauthorized(received.json()?),
                        ),
                    )
                }
                403 => {
                    Err(
                        Error::Status(
                            UpdateSettingsFlowError::Forbidden(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(Error::Status(UpdateSettingsFlowError::Gone(received.json()?)))
                }
                422 => {
                    Err(
                        Error::Status(
                            UpdateSettingsFlowError::UnprocessableEntity(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(UpdateSettingsFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::update_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// # Arguments
    ///
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token of the Identity performing the settings flow.
    pub fn create_native_settings_flow(
        &self,
        x_session_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::SettingsFlow, CreateNativeSettingsFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeSettingsFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/settings/api");
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateNativeSettingsFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateNativeSettingsFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeSettingsFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn create_browser_settings_flow(
        &self,
        return_to: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, CreateBrowserSettingsFlowResponse, CreateBrowserSettingsFlowError> {
        const OPERATION: Operation = Operation {
            id: "createBrowserSettingsFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            CreateBrowserSettingsFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            CreateBrowserSettingsFlowError::Unauthorized(
                                received.json()?,
                            ),
                        ),
                    )
                }
                403 => {
                    Err(
                        Error::Status(
                            CreateBrowserSettingsFlowError::Forbidden(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateBrowserSettingsFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_browser_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserSettingsFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::create_browser_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// * `x_session_token`: header parameter `X-Session-Token`. The Session Token  When using the SDK in an app without a browser, please include the session token here.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn get_settings_flow(
        &self,
        id: &str,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::SettingsFlow, GetSettingsFlowError> {
        const OPERATION: Operation = Operation {
            id: "getSettingsFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/self-service/settings/flows");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        Error::Status(
                            GetSettingsFlowError::Unauthorized(received.json()?),
                        ),
                    )
                }
                403 => {
                    Err(Error::Status(GetSettingsFlowError::Forbidden(received.json()?)))
                }
                404 => {
                    Err(Error::Status(GetSettingsFlowError::NotFound(received.json()?)))
                }
                410 => Err(Error::Status(GetSettingsFlowError::Gone(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetSettingsFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_settings_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `token`: query parameter `token`. Verification Token  The verification token which completes the verification request. If the token is invalid (e.g. expired) an error will be shown to the end-user.  This parameter is usually set in a link and not used by any direct API call.
    /// * `cookie`: header parameter `Cookie`. HTTP Cookies  When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub fn update_verification_flow(
        &self,
        flow: &str,
        body: &crate::models::UpdateVerificationFlowBody,
        token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, UpdateVerificationFlowResponse, UpdateVerificationFlowError> {
        const OPERATION: Operation = Operation {
            id: "updateVerificationFlow",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/self-service/verification");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "flow", flow, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "token", &token, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
                        Error::Status(
                            UpdateVerificationFlowError::BadRequest(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(
                        Error::Status(
                            UpdateVerificationFlowError::Gone(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(UpdateVerificationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateVerificationFlowError {
    /// Status `400`: verificationFlow
    BadRequest(crate::models::VerificationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::update_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    ) -> Call<'_, crate::models::VerificationFlow, CreateNativeVerificationFlowError> {
        const OPERATION: Operation = Operation {
            id: "createNativeVerificationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/self-service/verification/api",
            );
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateNativeVerificationFlowError::BadRequest(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateNativeVerificationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_native_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeVerificationFlowError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `return_to`: query parameter `return_to`. The URL to return the browser to after the flow was completed.
    pub fn create_browser_verification_flow(
        &self,
        return_to: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        CreateBrowserVerificationFlowResponse,
        CreateBrowserVerificationFlowError,
    > {
        const OPERATION: Operation = Operation {
            id: "createBrowserVerificationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(CreateBrowserVerificationFlowResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(CreateBrowserVerificationFlowResponse::SeeOther))
                }
                _ => {
                    Err(
                        Error::Status(CreateBrowserVerificationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_browser_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserVerificationFlowError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::create_browser_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
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
    /// * `cookie`: header parameter `cookie`. HTTP Cookies  When using the SDK on the server side you must include the HTTP Cookie Header originally sent to your HTTP handler here.
    pub fn get_verification_flow(
        &self,
        id: &str,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::VerificationFlow, GetVerificationFlowError> {
        const OPERATION: Operation = Operation {
            id: "getVerificationFlow",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/self-service/verification/flows",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "id", id, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &cookie {
            request = request.header("cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        Error::Status(
                            GetVerificationFlowError::Forbidden(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            GetVerificationFlowError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetVerificationFlowError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_verification_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetVerificationFlowError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get My Active Sessions
    ///
    /// This endpoints returns all other active sessions that belong to the logged-in user.
    /// The current session can be retrieved by calling the `/sessions/whoami` endpoint.
    ///
    /// `GET /sessions` (operation `listMySessions`)
    ///
    /// # Arguments
    ///
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn list_my_sessions(
        &self,
        per_page: ::std::option::Option<i64>,
        page: ::std::option::Option<i64>,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Session>, ListMySessionsError> {
        const OPERATION: Operation = Operation {
            id: "listMySessions",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/sessions");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "per_page",
            &per_page,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(ListMySessionsError::BadRequest(received.json()?)))
                }
                401 => {
                    Err(
                        Error::Status(
                            ListMySessionsError::Unauthorized(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(ListMySessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_my_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListMySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Disable my other sessions
    ///
    /// Calling this endpoint invalidates all except the current session that belong to the logged-in user.
    /// Session data are not deleted.
    ///
    /// `DELETE /sessions` (operation `disableMyOtherSessions`)
    ///
    /// # Arguments
    ///
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn disable_my_other_sessions(
        &self,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::DeleteMySessionsCount, DisableMyOtherSessionsError> {
        const OPERATION: Operation = Operation {
            id: "disableMyOtherSessions",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::DELETE, "/sessions");
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            DisableMyOtherSessionsError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            DisableMyOtherSessionsError::Unauthorized(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DisableMyOtherSessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::disable_my_other_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisableMyOtherSessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Exchange Session Token
    ///
    /// `GET /sessions/token-exchange` (operation `exchangeSessionToken`)
    ///
    /// # Arguments
    ///
    /// * `init_code`: query parameter `init_code`. The part of the code return when initializing the flow.
    /// * `return_to_code`: query parameter `return_to_code`. The part of the code returned by the return_to URL.
    pub fn exchange_session_token(
        &self,
        init_code: &str,
        return_to_code: &str,
    ) -> Call<'_, crate::models::SuccessfulNativeLogin, ExchangeSessionTokenError> {
        const OPERATION: Operation = Operation {
            id: "exchangeSessionToken",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/sessions/token-exchange");
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => {
                    Err(
                        Error::Status(
                            ExchangeSessionTokenError::Forbidden(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            ExchangeSessionTokenError::NotFound(received.json()?),
                        ),
                    )
                }
                410 => {
                    Err(Error::Status(ExchangeSessionTokenError::Gone(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(ExchangeSessionTokenError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::exchange_session_token`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeSessionTokenError {
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn to_session(
        &self,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Session, ToSessionError> {
        const OPERATION: Operation = Operation {
            id: "toSession",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/sessions/whoami");
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ToSessionError::Unauthorized(received.json()?))),
                403 => Err(Error::Status(ToSessionError::Forbidden(received.json()?))),
                _ => {
                    Err(
                        Error::Status(ToSessionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::to_session`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToSessionError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_session_token`: header parameter `X-Session-Token`. Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    /// * `cookie`: header parameter `Cookie`. Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that scenario you must include the HTTP Cookie Header which originally was included in the request to your server. An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.  It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub fn disable_my_session(
        &self,
        id: &str,
        x_session_token: ::std::option::Option<&str>,
        cookie: ::std::option::Option<&str>,
    ) -> Call<'_, (), DisableMySessionError> {
        const OPERATION: Operation = Operation {
            id: "disableMySession",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/sessions/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        if let Some(value) = &x_session_token {
            request = request
                .header("X-Session-Token", crate::runtime::simple_text(value));
        }
        if let Some(value) = &cookie {
            request = request.header("Cookie", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        Error::Status(
                            DisableMySessionError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            DisableMySessionError::Unauthorized(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DisableMySessionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::disable_my_session`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisableMySessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
