//! The `oAuth2` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait OAuth2Api: Clone + Send + Sync + 'static {
    /// List OAuth 2.0 Clients
    ///
    /// This endpoint lists all clients in the database, and never returns client secrets.
    /// As a default it lists the first 100 clients.
    ///
    /// `GET /admin/clients` (operation `listOAuth2Clients`)
    fn list_o_auth2_clients(
        &self,
        request: ListOAuth2ClientsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuth2ClientsResponse>,
    > + Send;
    /// Create OAuth 2.0 Client
    ///
    /// Create a new OAuth 2.0 client. If you pass `client_secret` the secret is used, otherwise a random secret
    /// is generated. The secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// `POST /admin/clients` (operation `createOAuth2Client`)
    fn create_o_auth2_client(
        &self,
        request: CreateOAuth2ClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOAuth2ClientResponse>,
    > + Send;
    /// Get an OAuth 2.0 Client
    ///
    /// Get an OAuth 2.0 client by its ID. This endpoint never returns the client secret.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `GET /admin/clients/{id}` (operation `getOAuth2Client`)
    fn get_o_auth2_client(
        &self,
        request: GetOAuth2ClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuth2ClientResponse>,
    > + Send;
    /// Set OAuth 2.0 Client
    ///
    /// Replaces an existing OAuth 2.0 Client with the payload you send. If you pass `client_secret` the secret is used,
    /// otherwise the existing secret is used.
    ///
    /// If set, the secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// OAuth 2.0 Clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PUT /admin/clients/{id}` (operation `setOAuth2Client`)
    fn set_o_auth2_client(
        &self,
        request: SetOAuth2ClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetOAuth2ClientResponse>,
    > + Send;
    /// Delete OAuth 2.0 Client
    ///
    /// Delete an existing OAuth 2.0 Client by its ID.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// Make sure that this endpoint is well protected and only callable by first-party components.
    ///
    /// `DELETE /admin/clients/{id}` (operation `deleteOAuth2Client`)
    fn delete_o_auth2_client(
        &self,
        request: DeleteOAuth2ClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOAuth2ClientResponse>,
    > + Send;
    /// Patch OAuth 2.0 Client
    ///
    /// Patch an existing OAuth 2.0 Client using JSON Patch. If you pass `client_secret`
    /// the secret will be updated and returned via the API. This is the
    /// only time you will be able to retrieve the client secret, so write it down and keep it safe.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PATCH /admin/clients/{id}` (operation `patchOAuth2Client`)
    fn patch_o_auth2_client(
        &self,
        request: PatchOAuth2ClientRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PatchOAuth2ClientResponse>,
    > + Send;
    /// Set OAuth2 Client Token Lifespans
    ///
    /// Set lifespans of different token types issued for this OAuth 2.0 client. Does not modify other fields.
    ///
    /// `PUT /admin/clients/{id}/lifespans` (operation `setOAuth2ClientLifespans`)
    fn set_o_auth2_client_lifespans(
        &self,
        request: SetOAuth2ClientLifespansRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetOAuth2ClientLifespansResponse>,
    > + Send;
    /// Get OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `GET /admin/oauth2/auth/requests/consent` (operation `getOAuth2ConsentRequest`)
    fn get_o_auth2_consent_request(
        &self,
        request: GetOAuth2ConsentRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuth2ConsentRequestResponse>,
    > + Send;
    /// Accept OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider includes additional information, such as session data for access and ID tokens, and if the
    /// consent request should be used as basis for future requests.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/accept` (operation `acceptOAuth2ConsentRequest`)
    fn accept_o_auth2_consent_request(
        &self,
        request: AcceptOAuth2ConsentRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AcceptOAuth2ConsentRequestResponse>,
    > + Send;
    /// Reject OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has not authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider must include a reason why the consent was not granted.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/reject` (operation `rejectOAuth2ConsentRequest`)
    fn reject_o_auth2_consent_request(
        &self,
        request: RejectOAuth2ConsentRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RejectOAuth2ConsentRequestResponse>,
    > + Send;
    /// Get OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// Per default, the login provider is Ory itself. You may use a different login provider which needs to be a web-app
    /// you write and host, and it must be able to authenticate ("show the subject a login screen")
    /// a subject (in OAuth2 the proper name for subject is "resource owner").
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// `GET /admin/oauth2/auth/requests/login` (operation `getOAuth2LoginRequest`)
    fn get_o_auth2_login_request(
        &self,
        request: GetOAuth2LoginRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuth2LoginRequestResponse>,
    > + Send;
    /// Accept OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has successfully authenticated and includes additional information such as
    /// the subject's ID and if Ory should remember the subject's subject agent for future authentication attempts by setting
    /// a cookie.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/accept` (operation `acceptOAuth2LoginRequest`)
    fn accept_o_auth2_login_request(
        &self,
        request: AcceptOAuth2LoginRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AcceptOAuth2LoginRequestResponse>,
    > + Send;
    /// Reject OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has not authenticated and includes a reason why the authentication
    /// was denied.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/reject` (operation `rejectOAuth2LoginRequest`)
    fn reject_o_auth2_login_request(
        &self,
        request: RejectOAuth2LoginRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RejectOAuth2LoginRequestResponse>,
    > + Send;
    /// Get OAuth 2.0 Session Logout Request
    ///
    /// Use this endpoint to fetch an Ory OAuth 2.0 logout request.
    ///
    /// `GET /admin/oauth2/auth/requests/logout` (operation `getOAuth2LogoutRequest`)
    fn get_o_auth2_logout_request(
        &self,
        request: GetOAuth2LogoutRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuth2LogoutRequestResponse>,
    > + Send;
    /// Accept OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to confirm that logout request.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/accept` (operation `acceptOAuth2LogoutRequest`)
    fn accept_o_auth2_logout_request(
        &self,
        request: AcceptOAuth2LogoutRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AcceptOAuth2LogoutRequestResponse>,
    > + Send;
    /// Reject OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to deny that logout request.
    /// No HTTP request body is required.
    ///
    /// The response is empty as the logout provider has to chose what action to perform next.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/reject` (operation `rejectOAuth2LogoutRequest`)
    fn reject_o_auth2_logout_request(
        &self,
        request: RejectOAuth2LogoutRequestRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RejectOAuth2LogoutRequestResponse>,
    > + Send;
    /// List OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint lists all subject's granted consent sessions, including client and granted scope.
    /// If the subject is unknown or has not granted any consent sessions yet, the endpoint returns an
    /// empty JSON array with status code 200 OK.
    ///
    /// `GET /admin/oauth2/auth/sessions/consent` (operation `listOAuth2ConsentSessions`)
    fn list_o_auth2_consent_sessions(
        &self,
        request: ListOAuth2ConsentSessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuth2ConsentSessionsResponse>,
    > + Send;
    /// Revoke OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint revokes a subject's granted consent sessions and invalidates all
    /// associated OAuth 2.0 Access Tokens. You may also only revoke sessions for a specific OAuth 2.0 Client ID.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/consent` (operation `revokeOAuth2ConsentSessions`)
    fn revoke_o_auth2_consent_sessions(
        &self,
        request: RevokeOAuth2ConsentSessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RevokeOAuth2ConsentSessionsResponse>,
    > + Send;
    /// Revokes OAuth 2.0 Login Sessions by either a Subject or a SessionID
    ///
    /// This endpoint invalidates authentication sessions. After revoking the authentication session(s), the subject
    /// has to re-authenticate at the Ory OAuth2 Provider. This endpoint does not invalidate any tokens.
    ///
    /// If you send the subject in a query param, all authentication sessions that belong to that subject are revoked.
    /// No OpennID Connect Front- or Back-channel logout is performed in this case.
    ///
    /// Alternatively, you can send a SessionID via `sid` query param, in which case, only the session that is connected
    /// to that SessionID is revoked. OpenID Connect Back-channel logout is performed in this case.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/login` (operation `revokeOAuth2LoginSessions`)
    fn revoke_o_auth2_login_sessions(
        &self,
        request: RevokeOAuth2LoginSessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RevokeOAuth2LoginSessionsResponse>,
    > + Send;
    /// Introspect OAuth2 Access and Refresh Tokens
    ///
    /// The introspection endpoint allows to check if a token (both refresh and access) is active or not. An active token
    /// is neither expired nor revoked. If a token is active, additional information on the token will be included. You can
    /// set additional data for a token by setting `session.access_token` during the consent flow.
    ///
    /// `POST /admin/oauth2/introspect` (operation `introspectOAuth2Token`)
    fn introspect_o_auth2_token(
        &self,
        request: IntrospectOAuth2TokenRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<IntrospectOAuth2TokenResponse>,
    > + Send;
    /// Delete OAuth 2.0 Access Tokens from specific OAuth 2.0 Client
    ///
    /// This endpoint deletes OAuth2 access tokens issued to an OAuth 2.0 Client from the database.
    ///
    /// `DELETE /admin/oauth2/tokens` (operation `deleteOAuth2Token`)
    fn delete_o_auth2_token(
        &self,
        request: DeleteOAuth2TokenRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOAuth2TokenResponse>,
    > + Send;
    /// List Trusted OAuth2 JWT Bearer Grant Type Issuers
    ///
    /// Use this endpoint to list all trusted JWT Bearer Grant Type Issuers.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers` (operation `listTrustedOAuth2JwtGrantIssuers`)
    fn list_trusted_o_auth2_jwt_grant_issuers(
        &self,
        request: ListTrustedOAuth2JwtGrantIssuersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListTrustedOAuth2JwtGrantIssuersResponse>,
    > + Send;
    /// Trust OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to establish a trust relationship for a JWT issuer
    /// to perform JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication
    /// and Authorization Grants [RFC7523](https://datatracker.ietf.org/doc/html/rfc7523).
    ///
    /// `POST /admin/trust/grants/jwt-bearer/issuers` (operation `trustOAuth2JwtGrantIssuer`)
    fn trust_o_auth2_jwt_grant_issuer(
        &self,
        request: TrustOAuth2JwtGrantIssuerRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<TrustOAuth2JwtGrantIssuerResponse>,
    > + Send;
    /// Get Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to get a trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `getTrustedOAuth2JwtGrantIssuer`)
    fn get_trusted_o_auth2_jwt_grant_issuer(
        &self,
        request: GetTrustedOAuth2JwtGrantIssuerRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetTrustedOAuth2JwtGrantIssuerResponse>,
    > + Send;
    /// Delete Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to delete trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// Once deleted, the associated issuer will no longer be able to perform the JSON Web Token (JWT) Profile
    /// for OAuth 2.0 Client Authentication and Authorization Grant.
    ///
    /// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `deleteTrustedOAuth2JwtGrantIssuer`)
    fn delete_trusted_o_auth2_jwt_grant_issuer(
        &self,
        request: DeleteTrustedOAuth2JwtGrantIssuerRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteTrustedOAuth2JwtGrantIssuerResponse>,
    > + Send;
    /// OAuth 2.0 Authorize Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries at <https://oauth.net/code/>
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `GET /oauth2/auth` (operation `oAuth2Authorize`)
    fn o_auth2_authorize(
        &self,
        request: OAuth2AuthorizeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<OAuth2AuthorizeResponse>,
    > + Send;
    /// Revoke OAuth 2.0 Access or Refresh Token
    ///
    /// Revoking a token (both access and refresh) means that the tokens will be invalid. A revoked access token can no
    /// longer be used to make access requests, and a revoked refresh token can no longer be used to refresh an access token.
    /// Revoking a refresh token also invalidates the access token that was created with it. A token may only be revoked by
    /// the client the token was generated for.
    ///
    /// `POST /oauth2/revoke` (operation `revokeOAuth2Token`)
    fn revoke_o_auth2_token(
        &self,
        request: RevokeOAuth2TokenRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RevokeOAuth2TokenResponse>,
    > + Send;
    /// The OAuth 2.0 Token Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries here <https://oauth.net/code/>
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `POST /oauth2/token` (operation `oauth2TokenExchange`)
    fn oauth2_token_exchange(
        &self,
        request: Oauth2TokenExchangeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<Oauth2TokenExchangeResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(o_auth2::routes().merge(...), service)`.
pub fn routes<S: OAuth2Api>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/admin/clients",
            axum::routing::get(crate::apis::o_auth2::handle_list_o_auth2_clients::<S>)
                .post(crate::apis::o_auth2::handle_create_o_auth2_client::<S>),
        );
    let routes = routes
        .route(
            "/admin/clients/{p0}",
            axum::routing::get(crate::apis::o_auth2::handle_get_o_auth2_client::<S>)
                .put(crate::apis::o_auth2::handle_set_o_auth2_client::<S>)
                .delete(crate::apis::o_auth2::handle_delete_o_auth2_client::<S>)
                .patch(crate::apis::o_auth2::handle_patch_o_auth2_client::<S>),
        );
    let routes = routes
        .route(
            "/admin/clients/{p0}/lifespans",
            axum::routing::put(
                crate::apis::o_auth2::handle_set_o_auth2_client_lifespans::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/consent",
            axum::routing::get(
                crate::apis::o_auth2::handle_get_o_auth2_consent_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/consent/accept",
            axum::routing::put(
                crate::apis::o_auth2::handle_accept_o_auth2_consent_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/consent/reject",
            axum::routing::put(
                crate::apis::o_auth2::handle_reject_o_auth2_consent_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/login",
            axum::routing::get(
                crate::apis::o_auth2::handle_get_o_auth2_login_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/login/accept",
            axum::routing::put(
                crate::apis::o_auth2::handle_accept_o_auth2_login_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/login/reject",
            axum::routing::put(
                crate::apis::o_auth2::handle_reject_o_auth2_login_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/logout",
            axum::routing::get(
                crate::apis::o_auth2::handle_get_o_auth2_logout_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/logout/accept",
            axum::routing::put(
                crate::apis::o_auth2::handle_accept_o_auth2_logout_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/requests/logout/reject",
            axum::routing::put(
                crate::apis::o_auth2::handle_reject_o_auth2_logout_request::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/sessions/consent",
            axum::routing::get(
                    crate::apis::o_auth2::handle_list_o_auth2_consent_sessions::<S>,
                )
                .delete(
                    crate::apis::o_auth2::handle_revoke_o_auth2_consent_sessions::<S>,
                ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/auth/sessions/login",
            axum::routing::delete(
                crate::apis::o_auth2::handle_revoke_o_auth2_login_sessions::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/introspect",
            axum::routing::post(
                crate::apis::o_auth2::handle_introspect_o_auth2_token::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/oauth2/tokens",
            axum::routing::delete(crate::apis::o_auth2::handle_delete_o_auth2_token::<S>),
        );
    let routes = routes
        .route(
            "/admin/trust/grants/jwt-bearer/issuers",
            axum::routing::get(
                    crate::apis::o_auth2::handle_list_trusted_o_auth2_jwt_grant_issuers::<
                        S,
                    >,
                )
                .post(crate::apis::o_auth2::handle_trust_o_auth2_jwt_grant_issuer::<S>),
        );
    let routes = routes
        .route(
            "/admin/trust/grants/jwt-bearer/issuers/{p0}",
            axum::routing::get(
                    crate::apis::o_auth2::handle_get_trusted_o_auth2_jwt_grant_issuer::<
                        S,
                    >,
                )
                .delete(
                    crate::apis::o_auth2::handle_delete_trusted_o_auth2_jwt_grant_issuer::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/oauth2/auth",
            axum::routing::get(crate::apis::o_auth2::handle_o_auth2_authorize::<S>),
        );
    let routes = routes
        .route(
            "/oauth2/revoke",
            axum::routing::post(crate::apis::o_auth2::handle_revoke_o_auth2_token::<S>),
        );
    routes
        .route(
            "/oauth2/token",
            axum::routing::post(crate::apis::o_auth2::handle_oauth2_token_exchange::<S>),
        )
}

/// What a `GET /admin/clients` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuth2ClientsRequest {
    /// query parameter `page_size`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// query parameter `page_token`.
    ///
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
    /// query parameter `client_name`.
    ///
    /// The name of the clients to filter by.
    pub client_name: ::std::option::Option<::std::string::String>,
    /// query parameter `owner`.
    ///
    /// The owner of the clients to filter by.
    pub owner: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/clients` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuth2ClientsResponse {
    /// Status `200`: Paginated OAuth2 Client List Response
    Ok(::std::vec::Vec<crate::models::OAuth2Client>),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for ListOAuth2ClientsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListOAuth2ClientsRequest {
    /// Reads and checks a `GET /admin/clients` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuth2ClientsRequest {
            page_size: runtime::checked(
                query.optional("page_size", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(500.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_size",
            )?,
            page_token: runtime::checked(
                query.optional("page_token", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_token",
            )?,
            client_name: query.optional("client_name", false)?,
            owner: query.optional("owner", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/clients` request and hands it to [`OAuth2Api::list_o_auth2_clients`].
pub async fn handle_list_o_auth2_clients<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuth2Clients",
        path: "/admin/clients",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuth2ClientsRequest::read,
            |request| service.list_o_auth2_clients(request),
        )
        .await
}

/// What a `POST /admin/clients` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuth2ClientRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuth2Client,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/clients` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOAuth2ClientResponse {
    /// Status `201`: oAuth2Client
    Created(crate::models::OAuth2Client),
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for CreateOAuth2ClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateOAuth2ClientRequest {
    /// Reads and checks a `POST /admin/clients` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOAuth2ClientRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/clients` request and hands it to [`OAuth2Api::create_o_auth2_client`].
pub async fn handle_create_o_auth2_client<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOAuth2Client",
        path: "/admin/clients",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOAuth2ClientRequest::read,
            |request| service.create_o_auth2_client(request),
        )
        .await
}

/// What a `GET /admin/clients/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2ClientRequest {
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
/// The responses `GET /admin/clients/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2ClientResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOAuth2ClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOAuth2ClientRequest {
    /// Reads and checks a `GET /admin/clients/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuth2ClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/clients/{id}` request and hands it to [`OAuth2Api::get_o_auth2_client`].
pub async fn handle_get_o_auth2_client<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuth2Client",
        path: "/admin/clients/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuth2ClientRequest::read,
            |request| service.get_o_auth2_client(request),
        )
        .await
}

/// What a `PUT /admin/clients/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetOAuth2ClientRequest {
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
/// The responses `PUT /admin/clients/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetOAuth2ClientResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for SetOAuth2ClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetOAuth2ClientRequest {
    /// Reads and checks a `PUT /admin/clients/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetOAuth2ClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/clients/{id}` request and hands it to [`OAuth2Api::set_o_auth2_client`].
pub async fn handle_set_o_auth2_client<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setOAuth2Client",
        path: "/admin/clients/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetOAuth2ClientRequest::read,
            |request| service.set_o_auth2_client(request),
        )
        .await
}

/// What a `DELETE /admin/clients/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuth2ClientRequest {
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
/// The responses `DELETE /admin/clients/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuth2ClientResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for DeleteOAuth2ClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteOAuth2ClientRequest {
    /// Reads and checks a `DELETE /admin/clients/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOAuth2ClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/clients/{id}` request and hands it to [`OAuth2Api::delete_o_auth2_client`].
pub async fn handle_delete_o_auth2_client<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOAuth2Client",
        path: "/admin/clients/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOAuth2ClientRequest::read,
            |request| service.delete_o_auth2_client(request),
        )
        .await
}

/// What a `PATCH /admin/clients/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchOAuth2ClientRequest {
    /// path parameter `id`.
    ///
    /// The id of the OAuth 2.0 Client.
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::JsonPatchDocument,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /admin/clients/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchOAuth2ClientResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for PatchOAuth2ClientResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PatchOAuth2ClientRequest {
    /// Reads and checks a `PATCH /admin/clients/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PatchOAuth2ClientRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /admin/clients/{id}` request and hands it to [`OAuth2Api::patch_o_auth2_client`].
pub async fn handle_patch_o_auth2_client<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "patchOAuth2Client",
        path: "/admin/clients/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PatchOAuth2ClientRequest::read,
            |request| service.patch_o_auth2_client(request),
        )
        .await
}

/// What a `PUT /admin/clients/{id}/lifespans` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetOAuth2ClientLifespansRequest {
    /// path parameter `id`.
    ///
    /// OAuth 2.0 Client ID
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::OAuth2ClientTokenLifespans>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/clients/{id}/lifespans` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetOAuth2ClientLifespansResponse {
    /// Status `200`: oAuth2Client
    Ok(crate::models::OAuth2Client),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for SetOAuth2ClientLifespansResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetOAuth2ClientLifespansRequest {
    /// Reads and checks a `PUT /admin/clients/{id}/lifespans` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetOAuth2ClientLifespansRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/clients/{id}/lifespans` request and hands it to [`OAuth2Api::set_o_auth2_client_lifespans`].
pub async fn handle_set_o_auth2_client_lifespans<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setOAuth2ClientLifespans",
        path: "/admin/clients/{id}/lifespans",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetOAuth2ClientLifespansRequest::read,
            |request| service.set_o_auth2_client_lifespans(request),
        )
        .await
}

/// What a `GET /admin/oauth2/auth/requests/consent` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2ConsentRequestRequest {
    /// query parameter `consent_challenge`.
    ///
    /// OAuth 2.0 Consent Request Challenge
    pub consent_challenge: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/oauth2/auth/requests/consent` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2ConsentRequestResponse {
    /// Status `200`: oAuth2ConsentRequest
    Ok(crate::models::OAuth2ConsentRequest),
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOAuth2ConsentRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOAuth2ConsentRequestRequest {
    /// Reads and checks a `GET /admin/oauth2/auth/requests/consent` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuth2ConsentRequestRequest {
            consent_challenge: query.required("consent_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/oauth2/auth/requests/consent` request and hands it to [`OAuth2Api::get_o_auth2_consent_request`].
pub async fn handle_get_o_auth2_consent_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuth2ConsentRequest",
        path: "/admin/oauth2/auth/requests/consent",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuth2ConsentRequestRequest::read,
            |request| service.get_o_auth2_consent_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/consent/accept` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2ConsentRequestRequest {
    /// query parameter `consent_challenge`.
    ///
    /// OAuth 2.0 Consent Request Challenge
    pub consent_challenge: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::AcceptOAuth2ConsentRequest>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/consent/accept` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2ConsentRequestResponse {
    /// Status `200`: oAuth2RedirectTo
    Ok(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for AcceptOAuth2ConsentRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl AcceptOAuth2ConsentRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/consent/accept` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AcceptOAuth2ConsentRequestRequest {
            consent_challenge: query.required("consent_challenge", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/consent/accept` request and hands it to [`OAuth2Api::accept_o_auth2_consent_request`].
pub async fn handle_accept_o_auth2_consent_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "acceptOAuth2ConsentRequest",
        path: "/admin/oauth2/auth/requests/consent/accept",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AcceptOAuth2ConsentRequestRequest::read,
            |request| service.accept_o_auth2_consent_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/consent/reject` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2ConsentRequestRequest {
    /// query parameter `consent_challenge`.
    ///
    /// OAuth 2.0 Consent Request Challenge
    pub consent_challenge: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::RejectOAuth2Request>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/consent/reject` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2ConsentRequestResponse {
    /// Status `200`: oAuth2RedirectTo
    Ok(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RejectOAuth2ConsentRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RejectOAuth2ConsentRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/consent/reject` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RejectOAuth2ConsentRequestRequest {
            consent_challenge: query.required("consent_challenge", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/consent/reject` request and hands it to [`OAuth2Api::reject_o_auth2_consent_request`].
pub async fn handle_reject_o_auth2_consent_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "rejectOAuth2ConsentRequest",
        path: "/admin/oauth2/auth/requests/consent/reject",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RejectOAuth2ConsentRequestRequest::read,
            |request| service.reject_o_auth2_consent_request(request),
        )
        .await
}

/// What a `GET /admin/oauth2/auth/requests/login` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2LoginRequestRequest {
    /// query parameter `login_challenge`.
    ///
    /// OAuth 2.0 Login Request Challenge
    pub login_challenge: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/oauth2/auth/requests/login` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2LoginRequestResponse {
    /// Status `200`: oAuth2LoginRequest
    Ok(crate::models::OAuth2LoginRequest),
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOAuth2LoginRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOAuth2LoginRequestRequest {
    /// Reads and checks a `GET /admin/oauth2/auth/requests/login` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuth2LoginRequestRequest {
            login_challenge: query.required("login_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/oauth2/auth/requests/login` request and hands it to [`OAuth2Api::get_o_auth2_login_request`].
pub async fn handle_get_o_auth2_login_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuth2LoginRequest",
        path: "/admin/oauth2/auth/requests/login",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuth2LoginRequestRequest::read,
            |request| service.get_o_auth2_login_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/login/accept` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2LoginRequestRequest {
    /// query parameter `login_challenge`.
    ///
    /// OAuth 2.0 Login Request Challenge
    pub login_challenge: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::AcceptOAuth2LoginRequest>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/login/accept` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2LoginRequestResponse {
    /// Status `200`: oAuth2RedirectTo
    Ok(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for AcceptOAuth2LoginRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl AcceptOAuth2LoginRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/login/accept` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AcceptOAuth2LoginRequestRequest {
            login_challenge: query.required("login_challenge", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/login/accept` request and hands it to [`OAuth2Api::accept_o_auth2_login_request`].
pub async fn handle_accept_o_auth2_login_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "acceptOAuth2LoginRequest",
        path: "/admin/oauth2/auth/requests/login/accept",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AcceptOAuth2LoginRequestRequest::read,
            |request| service.accept_o_auth2_login_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/login/reject` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2LoginRequestRequest {
    /// query parameter `login_challenge`.
    ///
    /// OAuth 2.0 Login Request Challenge
    pub login_challenge: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::RejectOAuth2Request>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/login/reject` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2LoginRequestResponse {
    /// Status `200`: oAuth2RedirectTo
    Ok(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RejectOAuth2LoginRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RejectOAuth2LoginRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/login/reject` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RejectOAuth2LoginRequestRequest {
            login_challenge: query.required("login_challenge", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/login/reject` request and hands it to [`OAuth2Api::reject_o_auth2_login_request`].
pub async fn handle_reject_o_auth2_login_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "rejectOAuth2LoginRequest",
        path: "/admin/oauth2/auth/requests/login/reject",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RejectOAuth2LoginRequestRequest::read,
            |request| service.reject_o_auth2_login_request(request),
        )
        .await
}

/// What a `GET /admin/oauth2/auth/requests/logout` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuth2LogoutRequestRequest {
    /// query parameter `logout_challenge`.
    pub logout_challenge: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/oauth2/auth/requests/logout` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2LogoutRequestResponse {
    /// Status `200`: oAuth2LogoutRequest
    Ok(crate::models::OAuth2LogoutRequest),
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for GetOAuth2LogoutRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetOAuth2LogoutRequestRequest {
    /// Reads and checks a `GET /admin/oauth2/auth/requests/logout` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuth2LogoutRequestRequest {
            logout_challenge: query.required("logout_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/oauth2/auth/requests/logout` request and hands it to [`OAuth2Api::get_o_auth2_logout_request`].
pub async fn handle_get_o_auth2_logout_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuth2LogoutRequest",
        path: "/admin/oauth2/auth/requests/logout",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuth2LogoutRequestRequest::read,
            |request| service.get_o_auth2_logout_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/logout/accept` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptOAuth2LogoutRequestRequest {
    /// query parameter `logout_challenge`.
    ///
    /// OAuth 2.0 Logout Request Challenge
    pub logout_challenge: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/logout/accept` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2LogoutRequestResponse {
    /// Status `200`: oAuth2RedirectTo
    Ok(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for AcceptOAuth2LogoutRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl AcceptOAuth2LogoutRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/logout/accept` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AcceptOAuth2LogoutRequestRequest {
            logout_challenge: query.required("logout_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/logout/accept` request and hands it to [`OAuth2Api::accept_o_auth2_logout_request`].
pub async fn handle_accept_o_auth2_logout_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "acceptOAuth2LogoutRequest",
        path: "/admin/oauth2/auth/requests/logout/accept",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AcceptOAuth2LogoutRequestRequest::read,
            |request| service.accept_o_auth2_logout_request(request),
        )
        .await
}

/// What a `PUT /admin/oauth2/auth/requests/logout/reject` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectOAuth2LogoutRequestRequest {
    /// query parameter `logout_challenge`.
    pub logout_challenge: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/oauth2/auth/requests/logout/reject` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2LogoutRequestResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RejectOAuth2LogoutRequestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RejectOAuth2LogoutRequestRequest {
    /// Reads and checks a `PUT /admin/oauth2/auth/requests/logout/reject` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RejectOAuth2LogoutRequestRequest {
            logout_challenge: query.required("logout_challenge", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/oauth2/auth/requests/logout/reject` request and hands it to [`OAuth2Api::reject_o_auth2_logout_request`].
pub async fn handle_reject_o_auth2_logout_request<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "rejectOAuth2LogoutRequest",
        path: "/admin/oauth2/auth/requests/logout/reject",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RejectOAuth2LogoutRequestRequest::read,
            |request| service.reject_o_auth2_logout_request(request),
        )
        .await
}

/// What a `GET /admin/oauth2/auth/sessions/consent` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuth2ConsentSessionsRequest {
    /// query parameter `page_size`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// query parameter `page_token`.
    ///
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
    /// query parameter `subject`.
    ///
    /// The subject to list the consent sessions for.
    pub subject: ::std::string::String,
    /// query parameter `login_session_id`.
    ///
    /// The login session id to list the consent sessions for.
    pub login_session_id: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/oauth2/auth/sessions/consent` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuth2ConsentSessionsResponse {
    /// Status `200`: oAuth2ConsentSessions
    Ok(crate::models::OAuth2ConsentSessions),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for ListOAuth2ConsentSessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListOAuth2ConsentSessionsRequest {
    /// Reads and checks a `GET /admin/oauth2/auth/sessions/consent` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuth2ConsentSessionsRequest {
            page_size: runtime::checked(
                query.optional("page_size", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(500.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_size",
            )?,
            page_token: runtime::checked(
                query.optional("page_token", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_token",
            )?,
            subject: query.required("subject", false)?,
            login_session_id: query.optional("login_session_id", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/oauth2/auth/sessions/consent` request and hands it to [`OAuth2Api::list_o_auth2_consent_sessions`].
pub async fn handle_list_o_auth2_consent_sessions<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuth2ConsentSessions",
        path: "/admin/oauth2/auth/sessions/consent",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuth2ConsentSessionsRequest::read,
            |request| service.list_o_auth2_consent_sessions(request),
        )
        .await
}

/// What a `DELETE /admin/oauth2/auth/sessions/consent` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2ConsentSessionsRequest {
    /// query parameter `subject`.
    ///
    /// OAuth 2.0 Consent Subject
    ///
    /// The subject whose consent sessions should be deleted.
    pub subject: ::std::string::String,
    /// query parameter `client`.
    ///
    /// OAuth 2.0 Client ID
    ///
    /// If set, deletes only those consent sessions that have been granted to the specified OAuth 2.0 Client ID.
    pub client: ::std::option::Option<::std::string::String>,
    /// query parameter `all`.
    ///
    /// Revoke All Consent Sessions
    ///
    /// If set to `true` deletes all consent sessions by the Subject that have been granted.
    pub all: ::std::option::Option<bool>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/oauth2/auth/sessions/consent` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2ConsentSessionsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RevokeOAuth2ConsentSessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RevokeOAuth2ConsentSessionsRequest {
    /// Reads and checks a `DELETE /admin/oauth2/auth/sessions/consent` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RevokeOAuth2ConsentSessionsRequest {
            subject: query.required("subject", false)?,
            client: query.optional("client", false)?,
            all: query.optional("all", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/oauth2/auth/sessions/consent` request and hands it to [`OAuth2Api::revoke_o_auth2_consent_sessions`].
pub async fn handle_revoke_o_auth2_consent_sessions<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "revokeOAuth2ConsentSessions",
        path: "/admin/oauth2/auth/sessions/consent",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RevokeOAuth2ConsentSessionsRequest::read,
            |request| service.revoke_o_auth2_consent_sessions(request),
        )
        .await
}

/// What a `DELETE /admin/oauth2/auth/sessions/login` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2LoginSessionsRequest {
    /// query parameter `subject`.
    ///
    /// OAuth 2.0 Subject
    ///
    /// The subject to revoke authentication sessions for.
    pub subject: ::std::option::Option<::std::string::String>,
    /// query parameter `sid`.
    ///
    /// OAuth 2.0 Subject
    ///
    /// The subject to revoke authentication sessions for.
    pub sid: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/oauth2/auth/sessions/login` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2LoginSessionsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RevokeOAuth2LoginSessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RevokeOAuth2LoginSessionsRequest {
    /// Reads and checks a `DELETE /admin/oauth2/auth/sessions/login` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RevokeOAuth2LoginSessionsRequest {
            subject: query.optional("subject", false)?,
            sid: query.optional("sid", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/oauth2/auth/sessions/login` request and hands it to [`OAuth2Api::revoke_o_auth2_login_sessions`].
pub async fn handle_revoke_o_auth2_login_sessions<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "revokeOAuth2LoginSessions",
        path: "/admin/oauth2/auth/sessions/login",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RevokeOAuth2LoginSessionsRequest::read,
            |request| service.revoke_o_auth2_login_sessions(request),
        )
        .await
}

/// What a `POST /admin/oauth2/introspect` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct IntrospectOAuth2TokenRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: ::std::option::Option<crate::models::IntrospectOAuth2TokenBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/oauth2/introspect` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum IntrospectOAuth2TokenResponse {
    /// Status `200`: introspectedOAuth2Token
    Ok(crate::models::IntrospectedOAuth2Token),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for IntrospectOAuth2TokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl IntrospectOAuth2TokenRequest {
    /// Reads and checks a `POST /admin/oauth2/introspect` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(IntrospectOAuth2TokenRequest {
            body: runtime::validated(runtime::form_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/oauth2/introspect` request and hands it to [`OAuth2Api::introspect_o_auth2_token`].
pub async fn handle_introspect_o_auth2_token<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "introspectOAuth2Token",
        path: "/admin/oauth2/introspect",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            IntrospectOAuth2TokenRequest::read,
            |request| service.introspect_o_auth2_token(request),
        )
        .await
}

/// What a `DELETE /admin/oauth2/tokens` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuth2TokenRequest {
    /// query parameter `client_id`.
    ///
    /// OAuth 2.0 Client ID
    pub client_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/oauth2/tokens` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuth2TokenResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for DeleteOAuth2TokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteOAuth2TokenRequest {
    /// Reads and checks a `DELETE /admin/oauth2/tokens` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOAuth2TokenRequest {
            client_id: query.required("client_id", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/oauth2/tokens` request and hands it to [`OAuth2Api::delete_o_auth2_token`].
pub async fn handle_delete_o_auth2_token<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOAuth2Token",
        path: "/admin/oauth2/tokens",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOAuth2TokenRequest::read,
            |request| service.delete_o_auth2_token(request),
        )
        .await
}

/// What a `GET /admin/trust/grants/jwt-bearer/issuers` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListTrustedOAuth2JwtGrantIssuersRequest {
    /// query parameter `MaxItems`.
    pub max_items: ::std::option::Option<i64>,
    /// query parameter `DefaultItems`.
    pub default_items: ::std::option::Option<i64>,
    /// query parameter `issuer`.
    ///
    /// If optional "issuer" is supplied, only jwt-bearer grants with this issuer will be returned.
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/trust/grants/jwt-bearer/issuers` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTrustedOAuth2JwtGrantIssuersResponse {
    /// Status `200`: trustedOAuth2JwtGrantIssuers
    Ok(crate::models::TrustedOAuth2JwtGrantIssuers),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for ListTrustedOAuth2JwtGrantIssuersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListTrustedOAuth2JwtGrantIssuersRequest {
    /// Reads and checks a `GET /admin/trust/grants/jwt-bearer/issuers` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListTrustedOAuth2JwtGrantIssuersRequest {
            max_items: query.optional("MaxItems", false)?,
            default_items: query.optional("DefaultItems", false)?,
            issuer: query.optional("issuer", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/trust/grants/jwt-bearer/issuers` request and hands it to [`OAuth2Api::list_trusted_o_auth2_jwt_grant_issuers`].
pub async fn handle_list_trusted_o_auth2_jwt_grant_issuers<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listTrustedOAuth2JwtGrantIssuers",
        path: "/admin/trust/grants/jwt-bearer/issuers",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListTrustedOAuth2JwtGrantIssuersRequest::read,
            |request| service.list_trusted_o_auth2_jwt_grant_issuers(request),
        )
        .await
}

/// What a `POST /admin/trust/grants/jwt-bearer/issuers` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustOAuth2JwtGrantIssuerRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::TrustOAuth2JwtGrantIssuer>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/trust/grants/jwt-bearer/issuers` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum TrustOAuth2JwtGrantIssuerResponse {
    /// Status `201`: trustedOAuth2JwtGrantIssuer
    Created(crate::models::TrustedOAuth2JwtGrantIssuer),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for TrustOAuth2JwtGrantIssuerResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl TrustOAuth2JwtGrantIssuerRequest {
    /// Reads and checks a `POST /admin/trust/grants/jwt-bearer/issuers` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(TrustOAuth2JwtGrantIssuerRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/trust/grants/jwt-bearer/issuers` request and hands it to [`OAuth2Api::trust_o_auth2_jwt_grant_issuer`].
pub async fn handle_trust_o_auth2_jwt_grant_issuer<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "trustOAuth2JwtGrantIssuer",
        path: "/admin/trust/grants/jwt-bearer/issuers",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            TrustOAuth2JwtGrantIssuerRequest::read,
            |request| service.trust_o_auth2_jwt_grant_issuer(request),
        )
        .await
}

/// What a `GET /admin/trust/grants/jwt-bearer/issuers/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetTrustedOAuth2JwtGrantIssuerRequest {
    /// path parameter `id`.
    ///
    /// The id of the desired grant
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/trust/grants/jwt-bearer/issuers/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTrustedOAuth2JwtGrantIssuerResponse {
    /// Status `200`: trustedOAuth2JwtGrantIssuer
    Ok(crate::models::TrustedOAuth2JwtGrantIssuer),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for GetTrustedOAuth2JwtGrantIssuerResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetTrustedOAuth2JwtGrantIssuerRequest {
    /// Reads and checks a `GET /admin/trust/grants/jwt-bearer/issuers/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetTrustedOAuth2JwtGrantIssuerRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/trust/grants/jwt-bearer/issuers/{id}` request and hands it to [`OAuth2Api::get_trusted_o_auth2_jwt_grant_issuer`].
pub async fn handle_get_trusted_o_auth2_jwt_grant_issuer<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getTrustedOAuth2JwtGrantIssuer",
        path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetTrustedOAuth2JwtGrantIssuerRequest::read,
            |request| service.get_trusted_o_auth2_jwt_grant_issuer(request),
        )
        .await
}

/// What a `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrustedOAuth2JwtGrantIssuerRequest {
    /// path parameter `id`.
    ///
    /// The id of the desired grant
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTrustedOAuth2JwtGrantIssuerResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for DeleteTrustedOAuth2JwtGrantIssuerResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteTrustedOAuth2JwtGrantIssuerRequest {
    /// Reads and checks a `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteTrustedOAuth2JwtGrantIssuerRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` request and hands it to [`OAuth2Api::delete_trusted_o_auth2_jwt_grant_issuer`].
pub async fn handle_delete_trusted_o_auth2_jwt_grant_issuer<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteTrustedOAuth2JwtGrantIssuer",
        path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteTrustedOAuth2JwtGrantIssuerRequest::read,
            |request| service.delete_trusted_o_auth2_jwt_grant_issuer(request),
        )
        .await
}

/// What a `GET /oauth2/auth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OAuth2AuthorizeRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth2/auth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OAuth2AuthorizeResponse {
    /// Status `302`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    Found,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for OAuth2AuthorizeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found => runtime::empty(runtime::status(302)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl OAuth2AuthorizeRequest {
    /// Reads and checks a `GET /oauth2/auth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OAuth2AuthorizeRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth2/auth` request and hands it to [`OAuth2Api::o_auth2_authorize`].
pub async fn handle_o_auth2_authorize<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oAuth2Authorize",
        path: "/oauth2/auth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OAuth2AuthorizeRequest::read,
            |request| service.o_auth2_authorize(request),
        )
        .await
}

/// What a `POST /oauth2/revoke` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeOAuth2TokenRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: ::std::option::Option<crate::models::RevokeOAuth2TokenBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth2/revoke` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2TokenResponse {
    /// Status `200`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    Ok,
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for RevokeOAuth2TokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RevokeOAuth2TokenRequest {
    /// Reads and checks a `POST /oauth2/revoke` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RevokeOAuth2TokenRequest {
            body: runtime::validated(runtime::form_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth2/revoke` request and hands it to [`OAuth2Api::revoke_o_auth2_token`].
pub async fn handle_revoke_o_auth2_token<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "revokeOAuth2Token",
        path: "/oauth2/revoke",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RevokeOAuth2TokenRequest::read,
            |request| service.revoke_o_auth2_token(request),
        )
        .await
}

/// What a `POST /oauth2/token` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2TokenExchangeRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: ::std::option::Option<crate::models::Oauth2TokenExchangeBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth2/token` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Oauth2TokenExchangeResponse {
    /// Status `200`: oAuth2TokenExchange
    Ok(crate::models::OAuth2TokenExchange),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for Oauth2TokenExchangeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl Oauth2TokenExchangeRequest {
    /// Reads and checks a `POST /oauth2/token` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(Oauth2TokenExchangeRequest {
            body: runtime::validated(runtime::form_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth2/token` request and hands it to [`OAuth2Api::oauth2_token_exchange`].
pub async fn handle_oauth2_token_exchange<S: OAuth2Api>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauth2TokenExchange",
        path: "/oauth2/token",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            Oauth2TokenExchangeRequest::read,
            |request| service.oauth2_token_exchange(request),
        )
        .await
}
