//! Discovery, JWKS, dynamic client registration (RFC 7591 / 7592) and userinfo: the `oidc` and
//! `wellknown` APIs of Hydra's spec.

use std::sync::Arc;

use axum::http::StatusCode;
use ory_hydra_server::apis::oidc::{self, OidcApi};
use ory_hydra_server::apis::wellknown::{self, WellknownApi};
use ory_hydra_server::{models, runtime, Credentials, Reply};

use crate::error::{no_store, OAuthError};
use crate::secrets::random_token;
use crate::store::{Client, State};
use crate::{MemoryOidc, SCOPES};

const GRANT_TYPES: [&str; 3] = ["authorization_code", "refresh_token", "client_credentials"];
const AUTH_METHODS: [&str; 2] = ["client_secret_basic", "client_secret_post"];

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// Checks a client's metadata and fills in the defaults RFC 7591 §2 gives (grant type
/// `authorization_code`, response type `code`, `client_secret_basic`) and every known scope.
fn check_metadata(client: &mut models::OAuth2Client) -> Result<(), OAuthError> {
    let invalid = |what: String| OAuthError::bad("invalid_client_metadata", what);
    let grant_types = client
        .grant_types
        .get_or_insert_with(|| strings(&["authorization_code"]));
    if let Some(unknown) = grant_types
        .iter()
        .find(|g| !GRANT_TYPES.contains(&g.as_str()))
    {
        return Err(invalid(format!("grant type `{unknown}` is not supported")));
    }
    let wants_code = grant_types.iter().any(|g| g == "authorization_code");
    let response_types = client.response_types.get_or_insert_with(|| {
        if wants_code {
            strings(&["code"])
        } else {
            Vec::new()
        }
    });
    if let Some(unknown) = response_types.iter().find(|r| *r != "code") {
        return Err(invalid(format!(
            "response type `{unknown}` is not supported"
        )));
    }
    let method = client
        .token_endpoint_auth_method
        .get_or_insert_with(|| "client_secret_basic".into());
    if !AUTH_METHODS.contains(&method.as_str()) {
        return Err(invalid(format!(
            "token_endpoint_auth_method `{method}` is not supported"
        )));
    }
    let scope = client.scope.get_or_insert_with(|| SCOPES.join(" "));
    if let Some(unknown) = scope.split_whitespace().find(|s| !SCOPES.contains(s)) {
        return Err(invalid(format!("scope `{unknown}` is not supported")));
    }
    let redirect_uris = client.redirect_uris.as_deref().unwrap_or_default();
    for uri in redirect_uris {
        match url::Url::parse(uri) {
            Ok(parsed) if parsed.fragment().is_none() => {}
            _ => {
                return Err(OAuthError::bad(
                    "invalid_redirect_uri",
                    format!("`{uri}` is not an absolute URI without a fragment"),
                ))
            }
        }
    }
    if wants_code && redirect_uris.is_empty() {
        return Err(OAuthError::bad(
            "invalid_redirect_uri",
            "the authorization_code grant needs at least one redirect URI",
        ));
    }
    Ok(())
}

/// The client's registration when `credentials` carry its registration access token
/// (compared in constant time). An unknown client and a wrong token are not told apart.
fn registered(
    state: &State,
    id: &str,
    credentials: &Credentials,
) -> Result<Arc<Client>, OAuthError> {
    let refused = || {
        OAuthError::bearer(
            Some("invalid_token"),
            "the registration access token is missing or does not match",
        )
    };
    let client = state.clients.get(id).ok_or_else(refused)?;
    let given = credentials.bearer.as_deref().ok_or_else(refused)?;
    runtime::same_secret(&client.registration_token, given)
        .then(|| client.clone())
        .ok_or_else(refused)
}

impl MemoryOidc {
    /// Stores `registration` under `id` with a new registration token, and answers with the
    /// metadata, the secret and that token (RFC 7591 §3.2.1).
    fn store_client(
        &self,
        id: &str,
        mut registration: models::OAuth2Client,
    ) -> models::OAuth2Client {
        let token = random_token();
        registration.client_id = Some(id.to_string());
        registration.registration_client_uri = Some(self.url(&format!("/oauth2/register/{id}")));
        let secret = registration.client_secret.clone().unwrap_or_default();
        let client = Client {
            registration: registration.clone(),
            secret,
            registration_token: token.clone(),
        };
        self.lock().clients.insert(id.to_string(), Arc::new(client));
        registration.registration_access_token = Some(token);
        registration
    }
}

impl OidcApi for MemoryOidc {
    async fn discover_oidc_configuration(
        &self,
        _: oidc::DiscoverOidcConfigurationRequest,
    ) -> Reply<oidc::DiscoverOidcConfigurationResponse> {
        // Hydra's discovery model has no `introspection_endpoint`; introspection is served at
        // Hydra's admin path, `/admin/oauth2/introspect`, as in Hydra itself.
        oidc::DiscoverOidcConfigurationResponse::Ok(models::OidcConfiguration {
            issuer: self.issuer.clone(),
            authorization_endpoint: self.url("/oauth2/auth"),
            token_endpoint: self.url("/oauth2/token"),
            jwks_uri: self.url("/.well-known/jwks.json"),
            userinfo_endpoint: Some(self.url("/userinfo")),
            registration_endpoint: Some(self.url("/oauth2/register")),
            revocation_endpoint: Some(self.url("/oauth2/revoke")),
            scopes_supported: Some(strings(&SCOPES)),
            claims_supported: Some(strings(&[
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "auth_time",
                "nonce",
                "name",
                "email",
                "email_verified",
                "phone_number",
            ])),
            response_types_supported: strings(&["code"]),
            response_modes_supported: Some(strings(&["query"])),
            grant_types_supported: Some(strings(&GRANT_TYPES)),
            code_challenge_methods_supported: Some(strings(&["S256"])),
            token_endpoint_auth_methods_supported: Some(strings(&AUTH_METHODS)),
            subject_types_supported: strings(&["public"]),
            id_token_signing_alg_values_supported: strings(&[crate::keys::ALGORITHM]),
            id_token_signed_response_alg: strings(&[crate::keys::ALGORITHM]),
            userinfo_signed_response_alg: strings(&["none"]),
            request_parameter_supported: Some(false),
            request_uri_parameter_supported: Some(false),
            claims_parameter_supported: Some(false),
            ..Default::default()
        })
        .into()
    }

    async fn create_verifiable_credential(
        &self,
        request: oidc::CreateVerifiableCredentialRequest,
    ) -> Reply<oidc::CreateVerifiableCredentialResponse> {
        let known = request
            .credentials
            .bearer
            .as_deref()
            .is_some_and(|t| self.lock().live_access_token(t).is_some());
        if !known {
            return OAuthError::bearer(None, "a user's access token is required").reply(
                |status, body| oidc::CreateVerifiableCredentialResponse::Default { status, body },
            );
        }
        oidc::CreateVerifiableCredentialResponse::BadRequest(
            models::VerifiableCredentialPrimingResponse {
                error: Some("invalid_request".into()),
                error_description: Some("this provider issues no verifiable credentials".into()),
                ..Default::default()
            },
        )
        .into()
    }

    async fn create_oidc_dynamic_client(
        &self,
        request: oidc::CreateOidcDynamicClientRequest,
    ) -> Reply<oidc::CreateOidcDynamicClientResponse> {
        let mut client = request.body;
        if client.client_id.is_some() || client.client_secret.is_some() {
            return oidc::CreateOidcDynamicClientResponse::BadRequest(
                OAuthError::bad(
                    "invalid_client_metadata",
                    "client_id and client_secret are chosen by the server",
                )
                .body(),
            )
            .into();
        }
        if let Err(refused) = check_metadata(&mut client) {
            return oidc::CreateOidcDynamicClientResponse::BadRequest(refused.body()).into();
        }
        client.client_secret = Some(random_token());
        // 0: the secret does not expire (RFC 7591 §3.2.1 requires the member with a secret).
        client.client_secret_expires_at = Some(0);
        let registered = self.store_client(&random_token(), client);
        no_store(oidc::CreateOidcDynamicClientResponse::Created(registered).into())
    }

    async fn get_oidc_dynamic_client(
        &self,
        request: oidc::GetOidcDynamicClientRequest,
    ) -> Reply<oidc::GetOidcDynamicClientResponse> {
        match registered(&self.lock(), &request.id, &request.credentials) {
            Ok(client) => {
                no_store(oidc::GetOidcDynamicClientResponse::Ok(client.registration.clone()).into())
            }
            Err(refused) => refused
                .reply(|status, body| oidc::GetOidcDynamicClientResponse::Default { status, body }),
        }
    }

    async fn set_oidc_dynamic_client(
        &self,
        request: oidc::SetOidcDynamicClientRequest,
    ) -> Reply<oidc::SetOidcDynamicClientResponse> {
        let refuse = |refused: OAuthError| {
            refused
                .reply(|status, body| oidc::SetOidcDynamicClientResponse::Default { status, body })
        };
        let existing = match registered(&self.lock(), &request.id, &request.credentials) {
            Ok(existing) => existing,
            Err(refused) => return refuse(refused),
        };
        // RFC 7592 §2.2: the body names the client; a secret, if sent, must be the current one.
        let mut client = request.body;
        if client
            .client_id
            .as_ref()
            .is_some_and(|id| *id != request.id)
            || client
                .client_secret
                .as_ref()
                .is_some_and(|s| !runtime::same_secret(&existing.secret, s))
        {
            return refuse(OAuthError::bad(
                "invalid_client_metadata",
                "client_id and client_secret cannot be changed",
            ));
        }
        if let Err(refused) = check_metadata(&mut client) {
            return refuse(refused);
        }
        client.client_secret = Some(existing.secret.clone());
        client.client_secret_expires_at = Some(0);
        // The registration token is replaced on every update, as Hydra does.
        let updated = self.store_client(&request.id, client);
        no_store(oidc::SetOidcDynamicClientResponse::Ok(updated).into())
    }

    async fn delete_oidc_dynamic_client(
        &self,
        request: oidc::DeleteOidcDynamicClientRequest,
    ) -> Reply<oidc::DeleteOidcDynamicClientResponse> {
        let mut state = self.lock();
        if let Err(refused) = registered(&state, &request.id, &request.credentials) {
            // Hydra documents its generic error model for this operation.
            let challenge = refused.challenge.clone().unwrap_or_default();
            let body = models::GenericError {
                code: Some(401),
                reason: Some(refused.error.into()),
                message: refused.description,
                ..Default::default()
            };
            return Reply::from(oidc::DeleteOidcDynamicClientResponse::Default {
                status: StatusCode::UNAUTHORIZED,
                body,
            })
            .header("www-authenticate", &challenge);
        }
        state.remove_client(&request.id);
        oidc::DeleteOidcDynamicClientResponse::NoContent.into()
    }

    async fn revoke_oidc_session(
        &self,
        _: oidc::RevokeOidcSessionRequest,
    ) -> Reply<oidc::RevokeOidcSessionResponse> {
        // The login is headless, so no browser session exists to end: the logout endpoint is
        // not advertised, and this only sends the browser back to the issuer.
        Reply::from(oidc::RevokeOidcSessionResponse::Found).header("location", &self.url("/"))
    }

    async fn get_oidc_user_info(
        &self,
        request: oidc::GetOidcUserInfoRequest,
    ) -> Reply<oidc::GetOidcUserInfoResponse> {
        match self.user_info(request.credentials.bearer.as_deref()) {
            Ok(claims) => oidc::GetOidcUserInfoResponse::Ok(claims).into(),
            Err(refused) => refused
                .reply(|status, body| oidc::GetOidcUserInfoResponse::Default { status, body }),
        }
    }
}

impl MemoryOidc {
    /// The claims a user's access token may read: `sub` always, then those of the `profile`,
    /// `email` and `phone` scopes it was granted (OpenID Connect Core §5.4).
    fn user_info(&self, token: Option<&str>) -> Result<models::OidcUserInfo, OAuthError> {
        let token = token.ok_or_else(|| OAuthError::bearer(None, "an access token is required"))?;
        let state = self.lock();
        let access = state.live_access_token(token).ok_or_else(|| {
            OAuthError::bearer(
                Some("invalid_token"),
                "the access token is unknown or expired",
            )
        })?;
        let grant = &access.grant;
        let user = grant
            .subject
            .as_ref()
            .and_then(|s| state.users.get(s))
            .ok_or_else(|| {
                OAuthError::bearer(Some("invalid_token"), "the access token is not a user's")
            })?;
        if !grant.has_scope("openid") {
            return Err(OAuthError::bearer(
                Some("insufficient_scope"),
                "userinfo needs the openid scope",
            ));
        }
        let mut claims = models::OidcUserInfo {
            sub: user.sub.clone(),
            ..Default::default()
        };
        if grant.has_scope("email") {
            claims.email = user.email.clone();
            claims.email_verified = user.email_verified;
        }
        if grant.has_scope("phone") {
            claims.phone_number = user.phone_number.clone();
            claims.phone_number_verified = user.phone_number_verified;
        }
        if grant.has_scope("profile") {
            let sub = claims.sub.take();
            claims = models::OidcUserInfo {
                sub,
                email: claims.email,
                email_verified: claims.email_verified,
                phone_number: claims.phone_number,
                phone_number_verified: claims.phone_number_verified,
                ..user.clone()
            };
        }
        Ok(claims)
    }
}

impl WellknownApi for MemoryOidc {
    async fn discover_json_web_keys(
        &self,
        _: wellknown::DiscoverJsonWebKeysRequest,
    ) -> Reply<wellknown::DiscoverJsonWebKeysResponse> {
        wellknown::DiscoverJsonWebKeysResponse::Ok(models::JsonWebKeySet {
            keys: Some(vec![self.key.public().clone()]),
        })
        .into()
    }
}
