//! The OAuth 2.0 endpoints of Hydra's `oAuth2` API that the provider serves: authorize, token,
//! revoke (RFC 7009) and introspect (RFC 7662). Hydra's admin operations in the same API are
//! not mounted; their trait methods answer 501.

use std::sync::Arc;

use axum::http::StatusCode;
use ory_hydra_server::apis::o_auth2::{self, OAuth2Api};
use ory_hydra_server::{models, runtime, Reply};

use crate::error::{no_store, OAuthError};
use crate::secrets::{now, pkce_s256_matches, random_token};
use crate::store::{Client, Code, Grant, State, CODE_LIFETIME, ID_TOKEN_LIFETIME};
use crate::{Form, MemoryOidc};

/// Where the authorization endpoint sends the browser, or why it answers directly instead.
enum Authorization {
    /// A redirect to the client with these query parameters (a code or an error).
    Redirect(url::Url),
    /// A refusal answered to the browser, because the client or its redirect URI is unknown
    /// (RFC 6749 §4.1.2.1: never redirect to an unverified URI).
    Refuse(OAuthError),
}

impl MemoryOidc {
    fn authorize(&self, raw: &runtime::Raw) -> Authorization {
        let client = match raw
            .query("client_id")
            .and_then(|id| self.lock().clients.get(&id).cloned())
        {
            Some(client) => client,
            None => {
                return Authorization::Refuse(OAuthError::bad(
                    "invalid_request",
                    "client_id is missing or names no registered client",
                ))
            }
        };
        let registered = client
            .registration
            .redirect_uris
            .clone()
            .unwrap_or_default();
        let given = raw.query("redirect_uri");
        let redirect_uri = match (&given, registered.as_slice()) {
            (Some(uri), _) if registered.contains(uri) => uri.clone(),
            (None, [only]) => only.clone(),
            _ => {
                return Authorization::Refuse(OAuthError::bad(
                    "invalid_request",
                    "redirect_uri is missing or is not one the client registered",
                ))
            }
        };
        let Ok(mut location) = url::Url::parse(&redirect_uri) else {
            return Authorization::Refuse(OAuthError::bad(
                "invalid_request",
                "the registered redirect_uri is not a URL",
            ));
        };
        let answer = match self.issue_code(&client, raw, given) {
            Ok(code) => vec![("code", code)],
            Err(refused) => vec![
                ("error", refused.error.to_string()),
                ("error_description", refused.description),
            ],
        };
        {
            let mut query = location.query_pairs_mut();
            for (name, value) in &answer {
                query.append_pair(name, value);
            }
            if let Some(state) = raw.query("state") {
                query.append_pair("state", &state);
            }
            // RFC 9207: the issuer identifies who answered.
            query.append_pair("iss", &self.issuer);
        }
        Authorization::Redirect(location)
    }

    /// Checks an authorization request from a known client and issues a code for the user
    /// `login_hint` names.
    fn issue_code(
        &self,
        client: &Client,
        raw: &runtime::Raw,
        redirect_uri: Option<String>,
    ) -> Result<String, OAuthError> {
        if raw.query("response_type").as_deref() != Some("code") {
            return Err(OAuthError::bad(
                "unsupported_response_type",
                "only response_type=code is supported",
            ));
        }
        if !client.may_use_grant("authorization_code") {
            return Err(OAuthError::bad(
                "unauthorized_client",
                "the client is not registered for the authorization_code grant",
            ));
        }
        let code_challenge = raw.query("code_challenge").ok_or_else(|| {
            OAuthError::bad("invalid_request", "PKCE is required: send code_challenge")
        })?;
        if raw.query("code_challenge_method").as_deref() != Some("S256") {
            return Err(OAuthError::bad(
                "invalid_request",
                "code_challenge_method must be S256",
            ));
        }
        let scope = raw.query("scope").unwrap_or_default();
        if !client.allows_scope(&scope) {
            return Err(OAuthError::bad(
                "invalid_scope",
                "the scope asks for more than the client registered",
            ));
        }
        let mut state = self.lock();
        let subject = raw
            .query("login_hint")
            .filter(|hint| state.users.contains_key(hint))
            .ok_or_else(|| {
                OAuthError::bad(
                    "login_required",
                    "this provider signs users in headlessly: set login_hint to a known user",
                )
            })?;
        let code = random_token();
        let grant = Grant {
            id: state.next_grant(),
            client_id: client.registration.client_id.clone().unwrap_or_default(),
            subject: Some(subject),
            scope,
            auth_time: now(),
            nonce: raw.query("nonce"),
        };
        state.codes.insert(
            code.clone(),
            Code {
                grant,
                redirect_uri,
                code_challenge,
                expires_at: now() + CODE_LIFETIME,
            },
        );
        Ok(code)
    }

    fn token(
        &self,
        request: &o_auth2::Oauth2TokenExchangeRequest,
    ) -> Result<models::OAuth2TokenExchange, OAuthError> {
        let form = Form::of(&request.raw);
        // Made before the lock, so that other requests do not wait on the OS random source.
        let access_token = random_token();
        let mut state = self.lock();
        let client = MemoryOidc::authenticate(&state, &request.credentials, &form)?;
        let client_id = client.registration.client_id.clone().unwrap_or_default();
        let body = request
            .body
            .as_ref()
            .ok_or_else(|| OAuthError::bad("invalid_request", "the request has no form body"))?;
        let grant_type = body.grant_type.as_str();
        if !["authorization_code", "refresh_token", "client_credentials"].contains(&grant_type) {
            return Err(OAuthError::bad(
                "unsupported_grant_type",
                format!("grant_type `{grant_type}` is not supported"),
            ));
        }
        if !client.may_use_grant(grant_type) {
            return Err(OAuthError::bad(
                "unauthorized_client",
                format!("the client is not registered for the {grant_type} grant"),
            ));
        }
        let requested_scope = form.get("scope").map(str::to_string);
        let grant = match grant_type {
            "client_credentials" => {
                let scope = requested_scope.unwrap_or_default();
                let for_users = ["openid", "offline_access"];
                if scope.split_whitespace().any(|s| for_users.contains(&s))
                    || !client.allows_scope(&scope)
                {
                    return Err(OAuthError::bad(
                        "invalid_scope",
                        "the scope is not one the client registered, or needs a user",
                    ));
                }
                Grant {
                    id: state.next_grant(),
                    client_id,
                    subject: None,
                    scope,
                    auth_time: now(),
                    nonce: None,
                }
            }
            "authorization_code" => {
                let invalid = |why: &str| OAuthError::bad("invalid_grant", why);
                let code = body
                    .code
                    .as_ref()
                    .ok_or_else(|| OAuthError::bad("invalid_request", "code is missing"))?;
                // A code is used once: it is gone whatever the outcome.
                let code = state
                    .codes
                    .remove(code)
                    .filter(|c| c.expires_at > now() && c.grant.client_id == client_id)
                    .ok_or_else(|| {
                        invalid("the code is unknown, used, expired or another client's")
                    })?;
                if code.redirect_uri.is_some() && code.redirect_uri != body.redirect_uri {
                    return Err(invalid(
                        "redirect_uri differs from the authorization request's",
                    ));
                }
                let verifier = form.get("code_verifier").unwrap_or_default();
                if !pkce_s256_matches(&code.code_challenge, verifier) {
                    return Err(invalid("code_verifier does not match the code_challenge"));
                }
                code.grant
            }
            _ => {
                let token = body.refresh_token.as_ref().ok_or_else(|| {
                    OAuthError::bad("invalid_request", "refresh_token is missing")
                })?;
                let grant = state
                    .refresh_tokens
                    .get(token.as_str())
                    .filter(|g| g.client_id == client_id)
                    .cloned()
                    .ok_or_else(|| {
                        OAuthError::bad("invalid_grant", "the refresh token is unknown or revoked")
                    })?;
                // Rotation: a refresh token is used once.
                state.refresh_tokens.remove(token);
                match requested_scope {
                    // A refresh may narrow the scope, never widen it (RFC 6749 §6).
                    Some(scope) if scope.split_whitespace().all(|s| grant.has_scope(s)) => {
                        Grant { scope, ..grant }
                    }
                    Some(_) => {
                        return Err(OAuthError::bad(
                            "invalid_scope",
                            "a refresh cannot widen the scope",
                        ))
                    }
                    None => grant,
                }
            }
        };
        Ok(self.issue_tokens(&mut state, grant, access_token))
    }

    /// `access_token` issued for `grant`, a refresh token when it has `offline_access`, and an
    /// ID token when a user granted `openid`.
    fn issue_tokens(
        &self,
        state: &mut State,
        grant: Grant,
        access_token: String,
    ) -> models::OAuth2TokenExchange {
        let grant = Arc::new(grant);
        let (access_token, expires_in) = state.issue_access_token(grant.clone(), access_token);
        let refresh_token = grant.has_scope("offline_access").then(|| {
            let token = random_token();
            state
                .refresh_tokens
                .insert(token.clone(), Grant::clone(&grant));
            token
        });
        let id_token = grant
            .subject
            .as_ref()
            .filter(|_| grant.has_scope("openid"))
            .map(|subject| {
                let issued_at = now();
                let mut claims = serde_json::json!({
                    "iss": self.issuer,
                    "sub": subject,
                    "aud": grant.client_id,
                    "iat": issued_at,
                    "exp": issued_at + ID_TOKEN_LIFETIME,
                    "auth_time": grant.auth_time,
                });
                if let Some(nonce) = &grant.nonce {
                    claims["nonce"] = nonce.as_str().into();
                }
                self.key.sign(&claims)
            });
        models::OAuth2TokenExchange {
            access_token: Some(access_token),
            token_type: Some("Bearer".into()),
            expires_in: Some(expires_in),
            refresh_token,
            id_token,
            scope: Some(grant.scope.clone()).filter(|s| !s.is_empty()),
        }
    }

    fn revoke(&self, request: &o_auth2::RevokeOAuth2TokenRequest) -> Result<(), OAuthError> {
        let mut state = self.lock();
        let client =
            MemoryOidc::authenticate(&state, &request.credentials, &Form::of(&request.raw))?;
        let client_id = client.registration.client_id.clone().unwrap_or_default();
        let token = &request
            .body
            .as_ref()
            .ok_or_else(|| OAuthError::bad("invalid_request", "token is missing"))?
            .token;
        let owner = state
            .refresh_tokens
            .get(token)
            .map(|g| (g.client_id.clone(), Some(g.id)))
            .or_else(|| {
                state
                    .access_tokens
                    .get(token.as_str())
                    .map(|t| (t.grant.client_id.clone(), None))
            });
        match owner {
            // RFC 7009 §2.2: an unknown (or already revoked) token is not an error.
            None => Ok(()),
            Some((owner, _)) if owner != client_id => Err(OAuthError::bad(
                "unauthorized_client",
                "the token was issued to another client",
            )),
            // Revoking a refresh token ends its grant, access tokens included (§2.1).
            Some((_, Some(grant_id))) => {
                state.end_grant(grant_id);
                Ok(())
            }
            Some((_, None)) => {
                state.access_tokens.remove(token.as_str());
                Ok(())
            }
        }
    }

    fn introspect(
        &self,
        request: &o_auth2::IntrospectOAuth2TokenRequest,
    ) -> Result<models::IntrospectedOAuth2Token, OAuthError> {
        let state = self.lock();
        let client =
            MemoryOidc::authenticate(&state, &request.credentials, &Form::of(&request.raw))?;
        let client_id = client.registration.client_id.clone().unwrap_or_default();
        let token = &request
            .body
            .as_ref()
            .ok_or_else(|| OAuthError::bad("invalid_request", "token is missing"))?
            .token;
        let describe = |grant: &Grant, token_use: &str| models::IntrospectedOAuth2Token {
            active: true,
            client_id: Some(grant.client_id.clone()),
            aud: Some(vec![grant.client_id.clone()]),
            scope: Some(grant.scope.clone()),
            sub: grant.subject.clone(),
            iss: Some(self.issuer.clone()),
            token_type: Some("Bearer".into()),
            token_use: Some(token_use.into()),
            ..Default::default()
        };
        // A client learns about its own tokens only: anything else reads as inactive
        // (RFC 7662 §2.2 lets the answer depend on who asks).
        let answer = if let Some(access) = state
            .live_access_token(token)
            .filter(|t| t.grant.client_id == client_id)
        {
            models::IntrospectedOAuth2Token {
                iat: Some(access.issued_at),
                exp: Some(access.expires_at),
                ..describe(&access.grant, "access_token")
            }
        } else if let Some(grant) = state
            .refresh_tokens
            .get(token)
            .filter(|g| g.client_id == client_id)
        {
            describe(grant, "refresh_token")
        } else {
            models::IntrospectedOAuth2Token::default()
        };
        Ok(answer)
    }
}

/// The `oAuth2` operations this provider does not serve, each answering 501 with its
/// documented error model. They are not mounted by [`MemoryOidc::router`].
macro_rules! not_served {
    ($($method:ident($request:ident) -> $response:ident: $error:ident;)*) => {
        $(
            async fn $method(&self, _: o_auth2::$request) -> Reply<o_auth2::$response> {
                o_auth2::$response::Default {
                    status: StatusCode::NOT_IMPLEMENTED,
                    body: not_served!(@body $error),
                }
                .into()
            }
        )*
    };
    (@body ErrorOAuth2) => {
        OAuthError::bad("not_implemented", "this provider does not serve Hydra's admin API").body()
    };
    (@body GenericError) => {
        models::GenericError {
            code: Some(501),
            message: "this provider does not serve Hydra's admin API".into(),
            ..Default::default()
        }
    };
}

impl OAuth2Api for MemoryOidc {
    async fn o_auth2_authorize(
        &self,
        request: o_auth2::OAuth2AuthorizeRequest,
    ) -> Reply<o_auth2::OAuth2AuthorizeResponse> {
        match self.authorize(&request.raw) {
            Authorization::Redirect(location) => no_store(
                Reply::from(o_auth2::OAuth2AuthorizeResponse::Found)
                    .header("location", location.as_str()),
            ),
            Authorization::Refuse(refused) => refused
                .reply(|status, body| o_auth2::OAuth2AuthorizeResponse::Default { status, body }),
        }
    }

    async fn oauth2_token_exchange(
        &self,
        request: o_auth2::Oauth2TokenExchangeRequest,
    ) -> Reply<o_auth2::Oauth2TokenExchangeResponse> {
        no_store(match self.token(&request) {
            Ok(tokens) => o_auth2::Oauth2TokenExchangeResponse::Ok(tokens).into(),
            Err(refused) => {
                refused.reply(
                    |status, body| o_auth2::Oauth2TokenExchangeResponse::Default { status, body },
                )
            }
        })
    }

    async fn revoke_o_auth2_token(
        &self,
        request: o_auth2::RevokeOAuth2TokenRequest,
    ) -> Reply<o_auth2::RevokeOAuth2TokenResponse> {
        match self.revoke(&request) {
            Ok(()) => o_auth2::RevokeOAuth2TokenResponse::Ok.into(),
            Err(refused) => refused
                .reply(|status, body| o_auth2::RevokeOAuth2TokenResponse::Default { status, body }),
        }
    }

    async fn introspect_o_auth2_token(
        &self,
        request: o_auth2::IntrospectOAuth2TokenRequest,
    ) -> Reply<o_auth2::IntrospectOAuth2TokenResponse> {
        no_store(match self.introspect(&request) {
            Ok(answer) => o_auth2::IntrospectOAuth2TokenResponse::Ok(answer).into(),
            Err(refused) => {
                refused.reply(
                    |status, body| o_auth2::IntrospectOAuth2TokenResponse::Default { status, body },
                )
            }
        })
    }

    not_served! {
        list_o_auth2_clients(ListOAuth2ClientsRequest) -> ListOAuth2ClientsResponse: ErrorOAuth2;
        create_o_auth2_client(CreateOAuth2ClientRequest) -> CreateOAuth2ClientResponse: ErrorOAuth2;
        get_o_auth2_client(GetOAuth2ClientRequest) -> GetOAuth2ClientResponse: ErrorOAuth2;
        set_o_auth2_client(SetOAuth2ClientRequest) -> SetOAuth2ClientResponse: ErrorOAuth2;
        delete_o_auth2_client(DeleteOAuth2ClientRequest) -> DeleteOAuth2ClientResponse: GenericError;
        patch_o_auth2_client(PatchOAuth2ClientRequest) -> PatchOAuth2ClientResponse: ErrorOAuth2;
        set_o_auth2_client_lifespans(SetOAuth2ClientLifespansRequest) -> SetOAuth2ClientLifespansResponse: GenericError;
        get_o_auth2_consent_request(GetOAuth2ConsentRequestRequest) -> GetOAuth2ConsentRequestResponse: ErrorOAuth2;
        accept_o_auth2_consent_request(AcceptOAuth2ConsentRequestRequest) -> AcceptOAuth2ConsentRequestResponse: ErrorOAuth2;
        reject_o_auth2_consent_request(RejectOAuth2ConsentRequestRequest) -> RejectOAuth2ConsentRequestResponse: ErrorOAuth2;
        get_o_auth2_login_request(GetOAuth2LoginRequestRequest) -> GetOAuth2LoginRequestResponse: ErrorOAuth2;
        accept_o_auth2_login_request(AcceptOAuth2LoginRequestRequest) -> AcceptOAuth2LoginRequestResponse: ErrorOAuth2;
        reject_o_auth2_login_request(RejectOAuth2LoginRequestRequest) -> RejectOAuth2LoginRequestResponse: ErrorOAuth2;
        get_o_auth2_logout_request(GetOAuth2LogoutRequestRequest) -> GetOAuth2LogoutRequestResponse: ErrorOAuth2;
        accept_o_auth2_logout_request(AcceptOAuth2LogoutRequestRequest) -> AcceptOAuth2LogoutRequestResponse: ErrorOAuth2;
        reject_o_auth2_logout_request(RejectOAuth2LogoutRequestRequest) -> RejectOAuth2LogoutRequestResponse: ErrorOAuth2;
        list_o_auth2_consent_sessions(ListOAuth2ConsentSessionsRequest) -> ListOAuth2ConsentSessionsResponse: ErrorOAuth2;
        revoke_o_auth2_consent_sessions(RevokeOAuth2ConsentSessionsRequest) -> RevokeOAuth2ConsentSessionsResponse: ErrorOAuth2;
        revoke_o_auth2_login_sessions(RevokeOAuth2LoginSessionsRequest) -> RevokeOAuth2LoginSessionsResponse: ErrorOAuth2;
        delete_o_auth2_token(DeleteOAuth2TokenRequest) -> DeleteOAuth2TokenResponse: ErrorOAuth2;
        list_trusted_o_auth2_jwt_grant_issuers(ListTrustedOAuth2JwtGrantIssuersRequest) -> ListTrustedOAuth2JwtGrantIssuersResponse: GenericError;
        trust_o_auth2_jwt_grant_issuer(TrustOAuth2JwtGrantIssuerRequest) -> TrustOAuth2JwtGrantIssuerResponse: GenericError;
        get_trusted_o_auth2_jwt_grant_issuer(GetTrustedOAuth2JwtGrantIssuerRequest) -> GetTrustedOAuth2JwtGrantIssuerResponse: GenericError;
        delete_trusted_o_auth2_jwt_grant_issuer(DeleteTrustedOAuth2JwtGrantIssuerRequest) -> DeleteTrustedOAuth2JwtGrantIssuerResponse: GenericError;
    }
}
