//! An in-memory, Hydra-like OpenID Connect service: discovery, JWKS, dynamic client
//! registration (create, read, update, delete with the registration access token) and
//! userinfo, implemented over the server traits generated from Ory Hydra's spec. It shows what
//! implementing a specmint server looks like; state is lost when it stops.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use ory_hydra_server::apis::oidc::{self, OidcApi};
use ory_hydra_server::apis::wellknown::{self, WellknownApi};
use ory_hydra_server::{models, Credentials, Reply};

/// The claims of a user, by access token.
pub type Users = BTreeMap<String, models::OidcUserInfo>;

#[derive(Debug, Default)]
struct State {
    /// client id → (registration, registration access token)
    clients: BTreeMap<String, (models::OAuth2Client, String)>,
    users: Users,
    issued: u64,
}

/// The service. Clones share one state.
#[derive(Debug, Clone)]
pub struct MemoryOidc {
    issuer: String,
    state: Arc<Mutex<State>>,
}

impl MemoryOidc {
    /// A service answering as `issuer` (its public base URL).
    pub fn new(issuer: impl Into<String>) -> Self {
        MemoryOidc {
            issuer: issuer.into().trim_end_matches('/').to_string(),
            state: Arc::default(),
        }
    }

    /// Adds a user, reachable through `access_token` at the userinfo endpoint.
    pub fn with_user(self, access_token: &str, claims: models::OidcUserInfo) -> Self {
        self.lock().users.insert(access_token.to_string(), claims);
        self
    }

    /// The router serving the OIDC and well-known APIs.
    pub fn router(self) -> axum::Router {
        ory_hydra_server::serve(oidc::routes().merge(wellknown::routes()), self)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A poisoned lock only means another request panicked; the maps are still consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn next(&self, prefix: &str) -> String {
        let mut state = self.lock();
        state.issued += 1;
        format!("{prefix}-{}", state.issued)
    }
}

fn oauth_error(error: &str, description: &str) -> models::ErrorOAuth2 {
    models::ErrorOAuth2 {
        error: Some(error.to_string()),
        error_description: Some(description.to_string()),
        ..Default::default()
    }
}

fn unauthorized() -> models::ErrorOAuth2 {
    oauth_error(
        "invalid_token",
        "the registration access token is missing or does not match",
    )
}

/// The client's registration when `credentials` carry its registration access token.
fn authorized(state: &State, id: &str, credentials: &Credentials) -> Option<models::OAuth2Client> {
    let (client, token) = state.clients.get(id)?;
    let given = credentials.bearer.as_deref()?;
    // Compared in constant time, so the time taken does not tell how much of a guess was right.
    ory_hydra_server::runtime::same_secret(token, given).then(|| client.clone())
}

impl OidcApi for MemoryOidc {
    async fn discover_oidc_configuration(
        &self,
        _: oidc::DiscoverOidcConfigurationRequest,
    ) -> Reply<oidc::DiscoverOidcConfigurationResponse> {
        let at = |path: &str| format!("{}{path}", self.issuer);
        oidc::DiscoverOidcConfigurationResponse::Ok(models::OidcConfiguration {
            issuer: self.issuer.clone(),
            authorization_endpoint: at("/oauth2/auth"),
            token_endpoint: at("/oauth2/token"),
            jwks_uri: at("/.well-known/jwks.json"),
            userinfo_endpoint: Some(at("/userinfo")),
            registration_endpoint: Some(at("/oauth2/register")),
            end_session_endpoint: Some(at("/oauth2/sessions/logout")),
            subject_types_supported: vec!["public".into()],
            response_types_supported: vec!["code".into()],
            id_token_signing_alg_values_supported: vec!["RS256".into()],
            id_token_signed_response_alg: vec!["RS256".into()],
            userinfo_signed_response_alg: vec!["none".into()],
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
            .as_ref()
            .is_some_and(|t| self.lock().users.contains_key(t));
        if !known {
            return oidc::CreateVerifiableCredentialResponse::Default {
                status: axum::http::StatusCode::UNAUTHORIZED,
                body: oauth_error("invalid_token", "a user's access token is required"),
            }
            .into();
        }
        oidc::CreateVerifiableCredentialResponse::BadRequest(
            models::VerifiableCredentialPrimingResponse {
                error: Some("invalid_request".into()),
                error_description: Some("this example issues no verifiable credentials".into()),
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
            return oidc::CreateOidcDynamicClientResponse::BadRequest(oauth_error(
                "invalid_client_metadata",
                "client_id and client_secret are chosen by the server",
            ))
            .into();
        }
        let id = self.next("client");
        let token = self.next("registration-token");
        client.client_id = Some(id.clone());
        client.client_secret = Some(self.next("secret"));
        client.registration_client_uri = Some(format!("{}/oauth2/register/{id}", self.issuer));
        self.lock()
            .clients
            .insert(id, (client.clone(), token.clone()));
        client.registration_access_token = Some(token);
        oidc::CreateOidcDynamicClientResponse::Created(client).into()
    }

    async fn get_oidc_dynamic_client(
        &self,
        request: oidc::GetOidcDynamicClientRequest,
    ) -> Reply<oidc::GetOidcDynamicClientResponse> {
        match authorized(&self.lock(), &request.id, &request.credentials) {
            Some(client) => oidc::GetOidcDynamicClientResponse::Ok(client).into(),
            None => oidc::GetOidcDynamicClientResponse::Default {
                status: axum::http::StatusCode::UNAUTHORIZED,
                body: unauthorized(),
            }
            .into(),
        }
    }

    async fn set_oidc_dynamic_client(
        &self,
        request: oidc::SetOidcDynamicClientRequest,
    ) -> Reply<oidc::SetOidcDynamicClientResponse> {
        let Some(existing) = authorized(&self.lock(), &request.id, &request.credentials) else {
            return oidc::SetOidcDynamicClientResponse::Default {
                status: axum::http::StatusCode::UNAUTHORIZED,
                body: unauthorized(),
            }
            .into();
        };
        let token = self.next("registration-token");
        let client = models::OAuth2Client {
            client_id: existing.client_id.clone(),
            client_secret: existing.client_secret.clone(),
            registration_client_uri: existing.registration_client_uri.clone(),
            ..request.body
        };
        self.lock()
            .clients
            .insert(request.id, (client.clone(), token.clone()));
        oidc::SetOidcDynamicClientResponse::Ok(models::OAuth2Client {
            registration_access_token: Some(token),
            ..client
        })
        .into()
    }

    async fn delete_oidc_dynamic_client(
        &self,
        request: oidc::DeleteOidcDynamicClientRequest,
    ) -> Reply<oidc::DeleteOidcDynamicClientResponse> {
        let mut state = self.lock();
        if authorized(&state, &request.id, &request.credentials).is_none() {
            // Hydra documents its generic error model for this operation.
            let body = models::GenericError {
                code: Some(401),
                message: "the registration access token is missing or does not match".into(),
                ..Default::default()
            };
            return oidc::DeleteOidcDynamicClientResponse::Default {
                status: axum::http::StatusCode::UNAUTHORIZED,
                body,
            }
            .into();
        }
        state.clients.remove(&request.id);
        oidc::DeleteOidcDynamicClientResponse::NoContent.into()
    }

    async fn revoke_oidc_session(
        &self,
        _: oidc::RevokeOidcSessionRequest,
    ) -> Reply<oidc::RevokeOidcSessionResponse> {
        Reply::from(oidc::RevokeOidcSessionResponse::Found).header(
            "location",
            &format!("{}/oauth2/sessions/logout/success", self.issuer),
        )
    }

    async fn get_oidc_user_info(
        &self,
        request: oidc::GetOidcUserInfoRequest,
    ) -> Reply<oidc::GetOidcUserInfoResponse> {
        let user = request
            .credentials
            .bearer
            .and_then(|t| self.lock().users.get(&t).cloned());
        match user {
            Some(claims) => oidc::GetOidcUserInfoResponse::Ok(claims).into(),
            None => oidc::GetOidcUserInfoResponse::Default {
                status: axum::http::StatusCode::UNAUTHORIZED,
                body: oauth_error("invalid_token", "unknown access token"),
            }
            .into(),
        }
    }
}

impl WellknownApi for MemoryOidc {
    async fn discover_json_web_keys(
        &self,
        _: wellknown::DiscoverJsonWebKeysRequest,
    ) -> Reply<wellknown::DiscoverJsonWebKeysResponse> {
        // A fixed public key: the example signs nothing, it only publishes the set.
        let key = models::JsonWebKey {
            kty: "RSA".into(),
            alg: "RS256".into(),
            use_: "sig".into(),
            kid: "example-rs256".into(),
            e: Some("AQAB".into()),
            n: Some("sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw".into()),
            ..Default::default()
        };
        wellknown::DiscoverJsonWebKeysResponse::Ok(models::JsonWebKeySet {
            keys: Some(vec![key]),
        })
        .into()
    }
}
