//! The `frontend` API.
//!
//! Endpoints used by frontend applications (e.g. Single-Page-App, Native Apps, Server Apps, ...) to manage a user's own profile.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Endpoints used by frontend applications (e.g. Single-Page-App, Native Apps, Server Apps, ...) to manage a user's own profile.
pub trait FrontendApi: Clone + Send + Sync + 'static {
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
    fn get_web_authn_java_script(
        &self,
        request: GetWebAuthnJavaScriptRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetWebAuthnJavaScriptResponse>,
    > + Send;
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
    fn get_flow_error(
        &self,
        request: GetFlowErrorRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetFlowErrorResponse>> + Send;
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
    fn update_login_flow(
        &self,
        request: UpdateLoginFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateLoginFlowResponse>,
    > + Send;
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
    fn create_native_login_flow(
        &self,
        request: CreateNativeLoginFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateNativeLoginFlowResponse>,
    > + Send;
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
    fn create_browser_login_flow(
        &self,
        request: CreateBrowserLoginFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserLoginFlowResponse>,
    > + Send;
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
    fn get_login_flow(
        &self,
        request: GetLoginFlowRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetLoginFlowResponse>> + Send;
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
    fn update_logout_flow(
        &self,
        request: UpdateLogoutFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateLogoutFlowResponse>,
    > + Send;
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
    fn perform_native_logout(
        &self,
        request: PerformNativeLogoutRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PerformNativeLogoutResponse>,
    > + Send;
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
    fn create_browser_logout_flow(
        &self,
        request: CreateBrowserLogoutFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserLogoutFlowResponse>,
    > + Send;
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
    fn update_recovery_flow(
        &self,
        request: UpdateRecoveryFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateRecoveryFlowResponse>,
    > + Send;
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
    fn create_native_recovery_flow(
        &self,
        request: CreateNativeRecoveryFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateNativeRecoveryFlowResponse>,
    > + Send;
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
    fn create_browser_recovery_flow(
        &self,
        request: CreateBrowserRecoveryFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserRecoveryFlowResponse>,
    > + Send;
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
    fn get_recovery_flow(
        &self,
        request: GetRecoveryFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetRecoveryFlowResponse>,
    > + Send;
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
    fn update_registration_flow(
        &self,
        request: UpdateRegistrationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateRegistrationFlowResponse>,
    > + Send;
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
    fn create_native_registration_flow(
        &self,
        request: CreateNativeRegistrationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateNativeRegistrationFlowResponse>,
    > + Send;
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
    fn create_browser_registration_flow(
        &self,
        request: CreateBrowserRegistrationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserRegistrationFlowResponse>,
    > + Send;
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
    fn get_registration_flow(
        &self,
        request: GetRegistrationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetRegistrationFlowResponse>,
    > + Send;
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
    fn update_settings_flow(
        &self,
        request: UpdateSettingsFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateSettingsFlowResponse>,
    > + Send;
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
    fn create_native_settings_flow(
        &self,
        request: CreateNativeSettingsFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateNativeSettingsFlowResponse>,
    > + Send;
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
    fn create_browser_settings_flow(
        &self,
        request: CreateBrowserSettingsFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserSettingsFlowResponse>,
    > + Send;
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
    fn get_settings_flow(
        &self,
        request: GetSettingsFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetSettingsFlowResponse>,
    > + Send;
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
    fn update_verification_flow(
        &self,
        request: UpdateVerificationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateVerificationFlowResponse>,
    > + Send;
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
    fn create_native_verification_flow(
        &self,
        request: CreateNativeVerificationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateNativeVerificationFlowResponse>,
    > + Send;
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
    fn create_browser_verification_flow(
        &self,
        request: CreateBrowserVerificationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateBrowserVerificationFlowResponse>,
    > + Send;
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
    fn get_verification_flow(
        &self,
        request: GetVerificationFlowRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetVerificationFlowResponse>,
    > + Send;
    /// Get My Active Sessions
    ///
    /// This endpoints returns all other active sessions that belong to the logged-in user.
    /// The current session can be retrieved by calling the `/sessions/whoami` endpoint.
    ///
    /// `GET /sessions` (operation `listMySessions`)
    fn list_my_sessions(
        &self,
        request: ListMySessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListMySessionsResponse>,
    > + Send;
    /// Disable my other sessions
    ///
    /// Calling this endpoint invalidates all except the current session that belong to the logged-in user.
    /// Session data are not deleted.
    ///
    /// `DELETE /sessions` (operation `disableMyOtherSessions`)
    fn disable_my_other_sessions(
        &self,
        request: DisableMyOtherSessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DisableMyOtherSessionsResponse>,
    > + Send;
    /// Exchange Session Token
    ///
    /// `GET /sessions/token-exchange` (operation `exchangeSessionToken`)
    fn exchange_session_token(
        &self,
        request: ExchangeSessionTokenRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ExchangeSessionTokenResponse>,
    > + Send;
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
    fn to_session(
        &self,
        request: ToSessionRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ToSessionResponse>> + Send;
    /// Disable one of my sessions
    ///
    /// Calling this endpoint invalidates the specified session. The current session cannot be revoked.
    /// Session data are not deleted.
    ///
    /// `DELETE /sessions/{id}` (operation `disableMySession`)
    fn disable_my_session(
        &self,
        request: DisableMySessionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DisableMySessionResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(frontend::routes().merge(...), service)`.
pub fn routes<S: FrontendApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/.well-known/ory/webauthn.js",
            axum::routing::get(
                crate::apis::frontend::handle_get_web_authn_java_script::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/errors",
            axum::routing::get(crate::apis::frontend::handle_get_flow_error::<S>),
        );
    let routes = routes
        .route(
            "/self-service/login",
            axum::routing::post(crate::apis::frontend::handle_update_login_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/login/api",
            axum::routing::get(
                crate::apis::frontend::handle_create_native_login_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/login/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_login_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/login/flows",
            axum::routing::get(crate::apis::frontend::handle_get_login_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/logout",
            axum::routing::get(crate::apis::frontend::handle_update_logout_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/logout/api",
            axum::routing::delete(
                crate::apis::frontend::handle_perform_native_logout::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/logout/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_logout_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/recovery",
            axum::routing::post(crate::apis::frontend::handle_update_recovery_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/recovery/api",
            axum::routing::get(
                crate::apis::frontend::handle_create_native_recovery_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/recovery/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_recovery_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/recovery/flows",
            axum::routing::get(crate::apis::frontend::handle_get_recovery_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/registration",
            axum::routing::post(
                crate::apis::frontend::handle_update_registration_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/registration/api",
            axum::routing::get(
                crate::apis::frontend::handle_create_native_registration_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/registration/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_registration_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/registration/flows",
            axum::routing::get(crate::apis::frontend::handle_get_registration_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/settings",
            axum::routing::post(crate::apis::frontend::handle_update_settings_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/settings/api",
            axum::routing::get(
                crate::apis::frontend::handle_create_native_settings_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/settings/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_settings_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/settings/flows",
            axum::routing::get(crate::apis::frontend::handle_get_settings_flow::<S>),
        );
    let routes = routes
        .route(
            "/self-service/verification",
            axum::routing::post(
                crate::apis::frontend::handle_update_verification_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/verification/api",
            axum::routing::get(
                crate::apis::frontend::handle_create_native_verification_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/verification/browser",
            axum::routing::get(
                crate::apis::frontend::handle_create_browser_verification_flow::<S>,
            ),
        );
    let routes = routes
        .route(
            "/self-service/verification/flows",
            axum::routing::get(crate::apis::frontend::handle_get_verification_flow::<S>),
        );
    let routes = routes
        .route(
            "/sessions",
            axum::routing::get(crate::apis::frontend::handle_list_my_sessions::<S>)
                .delete(crate::apis::frontend::handle_disable_my_other_sessions::<S>),
        );
    let routes = routes
        .route(
            "/sessions/token-exchange",
            axum::routing::get(crate::apis::frontend::handle_exchange_session_token::<S>),
        );
    let routes = routes
        .route(
            "/sessions/whoami",
            axum::routing::get(crate::apis::frontend::handle_to_session::<S>),
        );
    routes
        .route(
            "/sessions/{p0}",
            axum::routing::delete(crate::apis::frontend::handle_disable_my_session::<S>),
        )
}

/// What a `GET /.well-known/ory/webauthn.js` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebAuthnJavaScriptRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/ory/webauthn.js` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWebAuthnJavaScriptResponse {
    /// Status `200`: webAuthnJavaScript
    Ok(crate::models::WebAuthnJavaScript),
}
impl IntoResponse for GetWebAuthnJavaScriptResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetWebAuthnJavaScriptRequest {
    /// Reads and checks a `GET /.well-known/ory/webauthn.js` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetWebAuthnJavaScriptRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/ory/webauthn.js` request and hands it to [`FrontendApi::get_web_authn_java_script`].
pub async fn handle_get_web_authn_java_script<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getWebAuthnJavaScript",
        path: "/.well-known/ory/webauthn.js",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetWebAuthnJavaScriptRequest::read,
            |request| service.get_web_authn_java_script(request),
        )
        .await
}

/// What a `GET /self-service/errors` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFlowErrorRequest {
    /// query parameter `id`.
    ///
    /// Error is the error's ID
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/errors` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFlowErrorResponse {
    /// Status `200`: flowError
    Ok(crate::models::FlowError),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
}
impl IntoResponse for GetFlowErrorResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetFlowErrorRequest {
    /// Reads and checks a `GET /self-service/errors` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetFlowErrorRequest {
            id: query.required("id", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/errors` request and hands it to [`FrontendApi::get_flow_error`].
pub async fn handle_get_flow_error<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getFlowError",
        path: "/self-service/errors",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetFlowErrorRequest::read,
            |request| service.get_flow_error(request),
        )
        .await
}

/// What a `POST /self-service/login` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateLoginFlowRequest {
    /// query parameter `flow`.
    ///
    /// The Login Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/login?flow=abcde`).
    pub flow: ::std::string::String,
    /// header parameter `X-Session-Token`.
    ///
    /// The Session Token of the Identity performing the settings flow.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateLoginFlowBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /self-service/login` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateLoginFlowResponse {
    /// Status `200`: successfulNativeLogin
    Ok(crate::models::SuccessfulNativeLogin),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: loginFlow
    BadRequest(crate::models::LoginFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateLoginFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateLoginFlowRequest {
    /// Reads and checks a `POST /self-service/login` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateLoginFlowRequest {
            flow: query.required("flow", false)?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /self-service/login` request and hands it to [`FrontendApi::update_login_flow`].
pub async fn handle_update_login_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateLoginFlow",
        path: "/self-service/login",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateLoginFlowRequest::read,
            |request| service.update_login_flow(request),
        )
        .await
}

/// What a `GET /self-service/login/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNativeLoginFlowRequest {
    /// query parameter `refresh`.
    ///
    /// Refresh a login session
    ///
    /// If set to true, this will refresh an existing login session by
    /// asking the user to sign in again. This will reset the
    /// authenticated_at time of the session.
    pub refresh: ::std::option::Option<bool>,
    /// query parameter `aal`.
    ///
    /// Request a Specific AuthenticationMethod Assurance Level
    ///
    /// Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This
    /// allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password,
    /// the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ...
    /// you would set this to "aal2".
    pub aal: ::std::option::Option<::std::string::String>,
    /// header parameter `X-Session-Token`.
    ///
    /// The Session Token of the Identity performing the settings flow.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// query parameter `return_session_token_exchange_code`.
    ///
    /// EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token
    /// after the login flow has been completed.
    pub return_session_token_exchange_code: ::std::option::Option<bool>,
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/login/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeLoginFlowResponse {
    /// Status `200`: loginFlow
    Ok(crate::models::LoginFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateNativeLoginFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateNativeLoginFlowRequest {
    /// Reads and checks a `GET /self-service/login/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateNativeLoginFlowRequest {
            refresh: query.optional("refresh", false)?,
            aal: query.optional("aal", false)?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            return_session_token_exchange_code: query
                .optional("return_session_token_exchange_code", false)?,
            return_to: query.optional("return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/login/api` request and hands it to [`FrontendApi::create_native_login_flow`].
pub async fn handle_create_native_login_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createNativeLoginFlow",
        path: "/self-service/login/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateNativeLoginFlowRequest::read,
            |request| service.create_native_login_flow(request),
        )
        .await
}

/// What a `GET /self-service/login/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserLoginFlowRequest {
    /// query parameter `refresh`.
    ///
    /// Refresh a login session
    ///
    /// If set to true, this will refresh an existing login session by
    /// asking the user to sign in again. This will reset the
    /// authenticated_at time of the session.
    pub refresh: ::std::option::Option<bool>,
    /// query parameter `aal`.
    ///
    /// Request a Specific AuthenticationMethod Assurance Level
    ///
    /// Use this parameter to upgrade an existing session's authenticator assurance level (AAL). This
    /// allows you to ask for multi-factor authentication. When an identity sign in using e.g. username+password,
    /// the AAL is 1. If you wish to "upgrade" the session's security by asking the user to perform TOTP / WebAuth/ ...
    /// you would set this to "aal2".
    pub aal: ::std::option::Option<::std::string::String>,
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// query parameter `login_challenge`.
    ///
    /// An optional Hydra login challenge. If present, Kratos will cooperate with
    /// Ory Hydra to act as an OAuth2 identity provider.
    ///
    /// The value for this parameter comes from `login_challenge` URL Query parameter sent to your
    /// application (e.g. `/login?login_challenge=abcde`).
    pub login_challenge: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/login/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserLoginFlowResponse {
    /// Status `200`: loginFlow
    Ok(crate::models::LoginFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateBrowserLoginFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateBrowserLoginFlowRequest {
    /// Reads and checks a `GET /self-service/login/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserLoginFlowRequest {
            refresh: query.optional("refresh", false)?,
            aal: query.optional("aal", false)?,
            return_to: query.optional("return_to", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            login_challenge: query.optional("login_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/login/browser` request and hands it to [`FrontendApi::create_browser_login_flow`].
pub async fn handle_create_browser_login_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserLoginFlow",
        path: "/self-service/login/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserLoginFlowRequest::read,
            |request| service.create_browser_login_flow(request),
        )
        .await
}

/// What a `GET /self-service/login/flows` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetLoginFlowRequest {
    /// query parameter `id`.
    ///
    /// The Login Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/login?flow=abcde`).
    pub id: ::std::string::String,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/login/flows` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetLoginFlowResponse {
    /// Status `200`: loginFlow
    Ok(crate::models::LoginFlow),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetLoginFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetLoginFlowRequest {
    /// Reads and checks a `GET /self-service/login/flows` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetLoginFlowRequest {
            id: query.required("id", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/login/flows` request and hands it to [`FrontendApi::get_login_flow`].
pub async fn handle_get_login_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getLoginFlow",
        path: "/self-service/login/flows",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetLoginFlowRequest::read,
            |request| service.get_login_flow(request),
        )
        .await
}

/// What a `GET /self-service/logout` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateLogoutFlowRequest {
    /// query parameter `token`.
    ///
    /// A Valid Logout Token
    ///
    /// If you do not have a logout token because you only have a session cookie,
    /// call `/self-service/logout/browser` to generate a URL for this endpoint.
    pub token: ::std::option::Option<::std::string::String>,
    /// query parameter `return_to`.
    ///
    /// The URL to return to after the logout was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/logout` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateLogoutFlowResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateLogoutFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateLogoutFlowRequest {
    /// Reads and checks a `GET /self-service/logout` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateLogoutFlowRequest {
            token: query.optional("token", false)?,
            return_to: query.optional("return_to", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/logout` request and hands it to [`FrontendApi::update_logout_flow`].
pub async fn handle_update_logout_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateLogoutFlow",
        path: "/self-service/logout",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateLogoutFlowRequest::read,
            |request| service.update_logout_flow(request),
        )
        .await
}

/// What a `DELETE /self-service/logout/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformNativeLogoutRequest {
    /// The request body (`application/json`).
    pub body: crate::models::PerformNativeLogoutBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /self-service/logout/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PerformNativeLogoutResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for PerformNativeLogoutResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PerformNativeLogoutRequest {
    /// Reads and checks a `DELETE /self-service/logout/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PerformNativeLogoutRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /self-service/logout/api` request and hands it to [`FrontendApi::perform_native_logout`].
pub async fn handle_perform_native_logout<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "performNativeLogout",
        path: "/self-service/logout/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PerformNativeLogoutRequest::read,
            |request| service.perform_native_logout(request),
        )
        .await
}

/// What a `GET /self-service/logout/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserLogoutFlowRequest {
    /// header parameter `cookie`.
    ///
    /// HTTP Cookies
    ///
    /// If you call this endpoint from a backend, please include the
    /// original Cookie header in the request.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// query parameter `return_to`.
    ///
    /// Return to URL
    ///
    /// The URL to which the browser should be redirected to after the logout
    /// has been performed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/logout/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserLogoutFlowResponse {
    /// Status `200`: logoutFlow
    Ok(crate::models::LogoutFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `500`: errorGeneric
    InternalServerError(crate::models::ErrorGeneric),
}
impl IntoResponse for CreateBrowserLogoutFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateBrowserLogoutFlowRequest {
    /// Reads and checks a `GET /self-service/logout/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserLogoutFlowRequest {
            cookie: runtime::header_optional(headers, "cookie")?,
            return_to: query.optional("return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/logout/browser` request and hands it to [`FrontendApi::create_browser_logout_flow`].
pub async fn handle_create_browser_logout_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserLogoutFlow",
        path: "/self-service/logout/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserLogoutFlowRequest::read,
            |request| service.create_browser_logout_flow(request),
        )
        .await
}

/// What a `POST /self-service/recovery` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRecoveryFlowRequest {
    /// query parameter `flow`.
    ///
    /// The Recovery Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/recovery?flow=abcde`).
    pub flow: ::std::string::String,
    /// query parameter `token`.
    ///
    /// Recovery Token
    ///
    /// The recovery token which completes the recovery request. If the token
    /// is invalid (e.g. expired) an error will be shown to the end-user.
    ///
    /// This parameter is usually set in a link and not used by any direct API call.
    pub token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateRecoveryFlowBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /self-service/recovery` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: recoveryFlow
    BadRequest(crate::models::RecoveryFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateRecoveryFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateRecoveryFlowRequest {
    /// Reads and checks a `POST /self-service/recovery` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateRecoveryFlowRequest {
            flow: query.required("flow", false)?,
            token: query.optional("token", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /self-service/recovery` request and hands it to [`FrontendApi::update_recovery_flow`].
pub async fn handle_update_recovery_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateRecoveryFlow",
        path: "/self-service/recovery",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateRecoveryFlowRequest::read,
            |request| service.update_recovery_flow(request),
        )
        .await
}

/// What a `GET /self-service/recovery/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNativeRecoveryFlowRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/recovery/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateNativeRecoveryFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateNativeRecoveryFlowRequest {
    /// Reads and checks a `GET /self-service/recovery/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateNativeRecoveryFlowRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/recovery/api` request and hands it to [`FrontendApi::create_native_recovery_flow`].
pub async fn handle_create_native_recovery_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createNativeRecoveryFlow",
        path: "/self-service/recovery/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateNativeRecoveryFlowRequest::read,
            |request| service.create_native_recovery_flow(request),
        )
        .await
}

/// What a `GET /self-service/recovery/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserRecoveryFlowRequest {
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/recovery/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateBrowserRecoveryFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateBrowserRecoveryFlowRequest {
    /// Reads and checks a `GET /self-service/recovery/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserRecoveryFlowRequest {
            return_to: query.optional("return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/recovery/browser` request and hands it to [`FrontendApi::create_browser_recovery_flow`].
pub async fn handle_create_browser_recovery_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserRecoveryFlow",
        path: "/self-service/recovery/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserRecoveryFlowRequest::read,
            |request| service.create_browser_recovery_flow(request),
        )
        .await
}

/// What a `GET /self-service/recovery/flows` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecoveryFlowRequest {
    /// query parameter `id`.
    ///
    /// The Flow ID
    ///
    /// The value for this parameter comes from `request` URL Query parameter sent to your
    /// application (e.g. `/recovery?flow=abcde`).
    pub id: ::std::string::String,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/recovery/flows` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecoveryFlowResponse {
    /// Status `200`: recoveryFlow
    Ok(crate::models::RecoveryFlow),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetRecoveryFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetRecoveryFlowRequest {
    /// Reads and checks a `GET /self-service/recovery/flows` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetRecoveryFlowRequest {
            id: query.required("id", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/recovery/flows` request and hands it to [`FrontendApi::get_recovery_flow`].
pub async fn handle_get_recovery_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getRecoveryFlow",
        path: "/self-service/recovery/flows",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetRecoveryFlowRequest::read,
            |request| service.get_recovery_flow(request),
        )
        .await
}

/// What a `POST /self-service/registration` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRegistrationFlowRequest {
    /// query parameter `flow`.
    ///
    /// The Registration Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/registration?flow=abcde`).
    pub flow: ::std::string::String,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateRegistrationFlowBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /self-service/registration` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRegistrationFlowResponse {
    /// Status `200`: successfulNativeRegistration
    Ok(crate::models::SuccessfulNativeRegistration),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: registrationFlow
    BadRequest(crate::models::RegistrationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `422`: errorBrowserLocationChangeRequired
    UnprocessableEntity(crate::models::ErrorBrowserLocationChangeRequired),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateRegistrationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateRegistrationFlowRequest {
    /// Reads and checks a `POST /self-service/registration` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateRegistrationFlowRequest {
            flow: query.required("flow", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /self-service/registration` request and hands it to [`FrontendApi::update_registration_flow`].
pub async fn handle_update_registration_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateRegistrationFlow",
        path: "/self-service/registration",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateRegistrationFlowRequest::read,
            |request| service.update_registration_flow(request),
        )
        .await
}

/// What a `GET /self-service/registration/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNativeRegistrationFlowRequest {
    /// query parameter `return_session_token_exchange_code`.
    ///
    /// EnableSessionTokenExchangeCode requests the login flow to include a code that can be used to retrieve the session token
    /// after the login flow has been completed.
    pub return_session_token_exchange_code: ::std::option::Option<bool>,
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/registration/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeRegistrationFlowResponse {
    /// Status `200`: registrationFlow
    Ok(crate::models::RegistrationFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateNativeRegistrationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateNativeRegistrationFlowRequest {
    /// Reads and checks a `GET /self-service/registration/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateNativeRegistrationFlowRequest {
            return_session_token_exchange_code: query
                .optional("return_session_token_exchange_code", false)?,
            return_to: query.optional("return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/registration/api` request and hands it to [`FrontendApi::create_native_registration_flow`].
pub async fn handle_create_native_registration_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createNativeRegistrationFlow",
        path: "/self-service/registration/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateNativeRegistrationFlowRequest::read,
            |request| service.create_native_registration_flow(request),
        )
        .await
}

/// What a `GET /self-service/registration/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserRegistrationFlowRequest {
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// query parameter `login_challenge`.
    ///
    /// Ory OAuth 2.0 Login Challenge.
    ///
    /// If set will cooperate with Ory OAuth2 and OpenID to act as an OAuth2 server / OpenID Provider.
    ///
    /// The value for this parameter comes from `login_challenge` URL Query parameter sent to your
    /// application (e.g. `/registration?login_challenge=abcde`).
    ///
    /// This feature is compatible with Ory Hydra when not running on the Ory Network.
    pub login_challenge: ::std::option::Option<::std::string::String>,
    /// query parameter `after_verification_return_to`.
    ///
    /// The URL to return the browser to after the verification flow was completed.
    ///
    /// After the registration flow is completed, the user will be sent a verification email.
    /// Upon completing the verification flow, this URL will be used to override the default
    /// `selfservice.flows.verification.after.default_redirect_to` value.
    pub after_verification_return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/registration/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserRegistrationFlowResponse {
    /// Status `200`: registrationFlow
    Ok(crate::models::RegistrationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateBrowserRegistrationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateBrowserRegistrationFlowRequest {
    /// Reads and checks a `GET /self-service/registration/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserRegistrationFlowRequest {
            return_to: query.optional("return_to", false)?,
            login_challenge: query.optional("login_challenge", false)?,
            after_verification_return_to: query
                .optional("after_verification_return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/registration/browser` request and hands it to [`FrontendApi::create_browser_registration_flow`].
pub async fn handle_create_browser_registration_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserRegistrationFlow",
        path: "/self-service/registration/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserRegistrationFlowRequest::read,
            |request| service.create_browser_registration_flow(request),
        )
        .await
}

/// What a `GET /self-service/registration/flows` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRegistrationFlowRequest {
    /// query parameter `id`.
    ///
    /// The Registration Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/registration?flow=abcde`).
    pub id: ::std::string::String,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/registration/flows` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRegistrationFlowResponse {
    /// Status `200`: registrationFlow
    Ok(crate::models::RegistrationFlow),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetRegistrationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetRegistrationFlowRequest {
    /// Reads and checks a `GET /self-service/registration/flows` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetRegistrationFlowRequest {
            id: query.required("id", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/registration/flows` request and hands it to [`FrontendApi::get_registration_flow`].
pub async fn handle_get_registration_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getRegistrationFlow",
        path: "/self-service/registration/flows",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetRegistrationFlowRequest::read,
            |request| service.get_registration_flow(request),
        )
        .await
}

/// What a `POST /self-service/settings` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSettingsFlowRequest {
    /// query parameter `flow`.
    ///
    /// The Settings Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/settings?flow=abcde`).
    pub flow: ::std::string::String,
    /// header parameter `X-Session-Token`.
    ///
    /// The Session Token of the Identity performing the settings flow.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateSettingsFlowBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /self-service/settings` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
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
}
impl IntoResponse for UpdateSettingsFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateSettingsFlowRequest {
    /// Reads and checks a `POST /self-service/settings` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateSettingsFlowRequest {
            flow: query.required("flow", false)?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /self-service/settings` request and hands it to [`FrontendApi::update_settings_flow`].
pub async fn handle_update_settings_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateSettingsFlow",
        path: "/self-service/settings",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateSettingsFlowRequest::read,
            |request| service.update_settings_flow(request),
        )
        .await
}

/// What a `GET /self-service/settings/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNativeSettingsFlowRequest {
    /// header parameter `X-Session-Token`.
    ///
    /// The Session Token of the Identity performing the settings flow.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/settings/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateNativeSettingsFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateNativeSettingsFlowRequest {
    /// Reads and checks a `GET /self-service/settings/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateNativeSettingsFlowRequest {
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/settings/api` request and hands it to [`FrontendApi::create_native_settings_flow`].
pub async fn handle_create_native_settings_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createNativeSettingsFlow",
        path: "/self-service/settings/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateNativeSettingsFlowRequest::read,
            |request| service.create_native_settings_flow(request),
        )
        .await
}

/// What a `GET /self-service/settings/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserSettingsFlowRequest {
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/settings/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateBrowserSettingsFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateBrowserSettingsFlowRequest {
    /// Reads and checks a `GET /self-service/settings/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserSettingsFlowRequest {
            return_to: query.optional("return_to", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/settings/browser` request and hands it to [`FrontendApi::create_browser_settings_flow`].
pub async fn handle_create_browser_settings_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserSettingsFlow",
        path: "/self-service/settings/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserSettingsFlowRequest::read,
            |request| service.create_browser_settings_flow(request),
        )
        .await
}

/// What a `GET /self-service/settings/flows` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSettingsFlowRequest {
    /// query parameter `id`.
    ///
    /// ID is the Settings Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/settings?flow=abcde`).
    pub id: ::std::string::String,
    /// header parameter `X-Session-Token`.
    ///
    /// The Session Token
    ///
    /// When using the SDK in an app without a browser, please include the
    /// session token here.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/settings/flows` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSettingsFlowResponse {
    /// Status `200`: settingsFlow
    Ok(crate::models::SettingsFlow),
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
}
impl IntoResponse for GetSettingsFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetSettingsFlowRequest {
    /// Reads and checks a `GET /self-service/settings/flows` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSettingsFlowRequest {
            id: query.required("id", false)?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/settings/flows` request and hands it to [`FrontendApi::get_settings_flow`].
pub async fn handle_get_settings_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSettingsFlow",
        path: "/self-service/settings/flows",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSettingsFlowRequest::read,
            |request| service.get_settings_flow(request),
        )
        .await
}

/// What a `POST /self-service/verification` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateVerificationFlowRequest {
    /// query parameter `flow`.
    ///
    /// The Verification Flow ID
    ///
    /// The value for this parameter comes from `flow` URL Query parameter sent to your
    /// application (e.g. `/verification?flow=abcde`).
    pub flow: ::std::string::String,
    /// query parameter `token`.
    ///
    /// Verification Token
    ///
    /// The verification token which completes the verification request. If the token
    /// is invalid (e.g. expired) an error will be shown to the end-user.
    ///
    /// This parameter is usually set in a link and not used by any direct API call.
    pub token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK in a browser app, on the server side you must include the HTTP Cookie Header
    /// sent by the client to your server here. This ensures that CSRF and session cookies are respected.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateVerificationFlowBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /self-service/verification` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `400`: verificationFlow
    BadRequest(crate::models::VerificationFlow),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateVerificationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateVerificationFlowRequest {
    /// Reads and checks a `POST /self-service/verification` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateVerificationFlowRequest {
            flow: query.required("flow", false)?,
            token: query.optional("token", false)?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /self-service/verification` request and hands it to [`FrontendApi::update_verification_flow`].
pub async fn handle_update_verification_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateVerificationFlow",
        path: "/self-service/verification",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateVerificationFlowRequest::read,
            |request| service.update_verification_flow(request),
        )
        .await
}

/// What a `GET /self-service/verification/api` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNativeVerificationFlowRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/verification/api` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNativeVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateNativeVerificationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateNativeVerificationFlowRequest {
    /// Reads and checks a `GET /self-service/verification/api` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateNativeVerificationFlowRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/verification/api` request and hands it to [`FrontendApi::create_native_verification_flow`].
pub async fn handle_create_native_verification_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createNativeVerificationFlow",
        path: "/self-service/verification/api",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateNativeVerificationFlowRequest::read,
            |request| service.create_native_verification_flow(request),
        )
        .await
}

/// What a `GET /self-service/verification/browser` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBrowserVerificationFlowRequest {
    /// query parameter `return_to`.
    ///
    /// The URL to return the browser to after the flow was completed.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/verification/browser` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBrowserVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `303`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    SeeOther,
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateBrowserVerificationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::SeeOther => runtime::empty(runtime::status(303)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateBrowserVerificationFlowRequest {
    /// Reads and checks a `GET /self-service/verification/browser` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateBrowserVerificationFlowRequest {
            return_to: query.optional("return_to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/verification/browser` request and hands it to [`FrontendApi::create_browser_verification_flow`].
pub async fn handle_create_browser_verification_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createBrowserVerificationFlow",
        path: "/self-service/verification/browser",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateBrowserVerificationFlowRequest::read,
            |request| service.create_browser_verification_flow(request),
        )
        .await
}

/// What a `GET /self-service/verification/flows` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetVerificationFlowRequest {
    /// query parameter `id`.
    ///
    /// The Flow ID
    ///
    /// The value for this parameter comes from `request` URL Query parameter sent to your
    /// application (e.g. `/verification?flow=abcde`).
    pub id: ::std::string::String,
    /// header parameter `cookie`.
    ///
    /// HTTP Cookies
    ///
    /// When using the SDK on the server side you must include the HTTP Cookie Header
    /// originally sent to your HTTP handler here.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /self-service/verification/flows` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetVerificationFlowResponse {
    /// Status `200`: verificationFlow
    Ok(crate::models::VerificationFlow),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetVerificationFlowResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetVerificationFlowRequest {
    /// Reads and checks a `GET /self-service/verification/flows` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetVerificationFlowRequest {
            id: query.required("id", false)?,
            cookie: runtime::header_optional(headers, "cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /self-service/verification/flows` request and hands it to [`FrontendApi::get_verification_flow`].
pub async fn handle_get_verification_flow<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getVerificationFlow",
        path: "/self-service/verification/flows",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetVerificationFlowRequest::read,
            |request| service.get_verification_flow(request),
        )
        .await
}

/// What a `GET /sessions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListMySessionsRequest {
    /// query parameter `per_page`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page.
    pub per_page: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Pagination Page
    ///
    /// This value is currently an integer, but it is not sequential. The value is not the page number, but a
    /// reference. The next page can be any number and some numbers might return an empty list.
    ///
    /// For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub page: ::std::option::Option<i64>,
    /// header parameter `X-Session-Token`.
    ///
    /// Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that
    /// scenario you must include the HTTP Cookie Header which originally was included in the request to your server.
    /// An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.
    ///
    /// It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /sessions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListMySessionsResponse {
    /// Status `200`: List My Session Response
    Ok(::std::vec::Vec<crate::models::Session>),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListMySessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListMySessionsRequest {
    /// Reads and checks a `GET /sessions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListMySessionsRequest {
            per_page: runtime::checked(
                query.optional("per_page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "per_page",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /sessions` request and hands it to [`FrontendApi::list_my_sessions`].
pub async fn handle_list_my_sessions<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listMySessions",
        path: "/sessions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListMySessionsRequest::read,
            |request| service.list_my_sessions(request),
        )
        .await
}

/// What a `DELETE /sessions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DisableMyOtherSessionsRequest {
    /// header parameter `X-Session-Token`.
    ///
    /// Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that
    /// scenario you must include the HTTP Cookie Header which originally was included in the request to your server.
    /// An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.
    ///
    /// It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /sessions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DisableMyOtherSessionsResponse {
    /// Status `200`: deleteMySessionsCount
    Ok(crate::models::DeleteMySessionsCount),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DisableMyOtherSessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DisableMyOtherSessionsRequest {
    /// Reads and checks a `DELETE /sessions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DisableMyOtherSessionsRequest {
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /sessions` request and hands it to [`FrontendApi::disable_my_other_sessions`].
pub async fn handle_disable_my_other_sessions<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "disableMyOtherSessions",
        path: "/sessions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DisableMyOtherSessionsRequest::read,
            |request| service.disable_my_other_sessions(request),
        )
        .await
}

/// What a `GET /sessions/token-exchange` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeSessionTokenRequest {
    /// query parameter `init_code`.
    ///
    /// The part of the code return when initializing the flow.
    pub init_code: ::std::string::String,
    /// query parameter `return_to_code`.
    ///
    /// The part of the code returned by the return_to URL.
    pub return_to_code: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /sessions/token-exchange` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeSessionTokenResponse {
    /// Status `200`: successfulNativeLogin
    Ok(crate::models::SuccessfulNativeLogin),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `410`: errorGeneric
    Gone(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ExchangeSessionTokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ExchangeSessionTokenRequest {
    /// Reads and checks a `GET /sessions/token-exchange` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ExchangeSessionTokenRequest {
            init_code: query.required("init_code", false)?,
            return_to_code: query.required("return_to_code", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /sessions/token-exchange` request and hands it to [`FrontendApi::exchange_session_token`].
pub async fn handle_exchange_session_token<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "exchangeSessionToken",
        path: "/sessions/token-exchange",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ExchangeSessionTokenRequest::read,
            |request| service.exchange_session_token(request),
        )
        .await
}

/// What a `GET /sessions/whoami` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ToSessionRequest {
    /// header parameter `X-Session-Token`.
    ///
    /// Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that
    /// scenario you must include the HTTP Cookie Header which originally was included in the request to your server.
    /// An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.
    ///
    /// It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /sessions/whoami` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ToSessionResponse {
    /// Status `200`: session
    Ok(crate::models::Session),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ToSessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ToSessionRequest {
    /// Reads and checks a `GET /sessions/whoami` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ToSessionRequest {
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /sessions/whoami` request and hands it to [`FrontendApi::to_session`].
pub async fn handle_to_session<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "toSession",
        path: "/sessions/whoami",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ToSessionRequest::read,
            |request| service.to_session(request),
        )
        .await
}

/// What a `DELETE /sessions/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DisableMySessionRequest {
    /// path parameter `id`.
    ///
    /// ID is the session's ID.
    pub id: ::std::string::String,
    /// header parameter `X-Session-Token`.
    ///
    /// Set the Session Token when calling from non-browser clients. A session token has a format of `MP2YWEMeM8MxjkGKpH4dqOQ4Q4DlSPaj`.
    pub x_session_token: ::std::option::Option<::std::string::String>,
    /// header parameter `Cookie`.
    ///
    /// Set the Cookie Header. This is especially useful when calling this endpoint from a server-side application. In that
    /// scenario you must include the HTTP Cookie Header which originally was included in the request to your server.
    /// An example of a session in the HTTP Cookie Header is: `ory_kratos_session=a19iOVAbdzdgl70Rq1QZmrKmcjDtdsviCTZx7m9a9yHIUS8Wa9T7hvqyGTsLHi6Qifn2WUfpAKx9DWp0SJGleIn9vh2YF4A16id93kXFTgIgmwIOvbVAScyrx7yVl6bPZnCx27ec4WQDtaTewC1CpgudeDV2jQQnSaCP6ny3xa8qLH-QUgYqdQuoA_LF1phxgRCUfIrCLQOkolX5nv3ze_f==`.
    ///
    /// It is ok if more than one cookie are included here as all other cookies will be ignored.
    pub cookie: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /sessions/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DisableMySessionResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DisableMySessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DisableMySessionRequest {
    /// Reads and checks a `DELETE /sessions/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DisableMySessionRequest {
            id: runtime::path_param(path, "p0", "id")?,
            x_session_token: runtime::header_optional(headers, "X-Session-Token")?,
            cookie: runtime::header_optional(headers, "Cookie")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /sessions/{id}` request and hands it to [`FrontendApi::disable_my_session`].
pub async fn handle_disable_my_session<S: FrontendApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "disableMySession",
        path: "/sessions/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DisableMySessionRequest::read,
            |request| service.disable_my_session(request),
        )
        .await
}
