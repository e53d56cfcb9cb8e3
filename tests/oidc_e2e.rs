//! The generated Ory Hydra and Pipeshub clients against a real OpenID Connect provider
//! (`tests/peers/oidc-provider`, Node's `oidc-provider`) on a loopback port. Each test starts
//! its own provider and stops it when it ends.

use base64::Engine;
use ory_hydra_client::apis::o_auth2::{IntrospectOAuth2TokenError, Oauth2TokenExchangeError};
use ory_hydra_client::apis::oidc::{
    GetOidcDynamicClientError, GetOidcUserInfoError, RevokeOidcSessionError,
};
use ory_hydra_client::{models, AuthError, Client, ClientCredentials, Error};
use sha2::Digest;
use specmint_tests::peer::OidcPeer;

const CLIENT_ID: &str = "specmint-test";
const CLIENT_SECRET: &str = "specmint-secret";
const REDIRECT_URI: &str = "http://127.0.0.1/callback";

fn basic_header(user: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// A client holding the pre-registered client's credentials for every `basic` scheme.
fn confidential_client(peer: &OidcPeer) -> Client {
    Client::builder()
        .base_url(&peer.issuer)
        .basic_auth(CLIENT_ID, CLIENT_SECRET)
        .build()
        .unwrap()
}

/// Logs Alice in through the headless authorization endpoint; returns her access token.
async fn login_alice(client: &Client) -> String {
    let redirect = client
        .with_query("response_type", "code")
        .with_query("client_id", CLIENT_ID)
        .with_query("redirect_uri", REDIRECT_URI)
        .with_query("scope", "openid")
        .with_query("login_hint", "alice")
        .o_auth2_authorize()
        .await
        .unwrap();
    let code = redirect_query(&redirect).remove("code").expect("a code");
    let exchange = models::Oauth2TokenExchangeBody {
        grant_type: "authorization_code".into(),
        code: Some(code),
        redirect_uri: Some(REDIRECT_URI.into()),
        ..Default::default()
    };
    let tokens = client
        .oauth2_token_exchange()
        .body(&exchange)
        .await
        .unwrap()
        .into_inner();
    tokens.access_token.expect("an access token")
}

/// The query of a redirect's `Location`.
fn redirect_query(
    redirect: &ory_hydra_client::ResponseValue<()>,
) -> std::collections::BTreeMap<String, String> {
    let location = redirect.headers()["location"].to_str().unwrap();
    assert!(location.starts_with(REDIRECT_URI), "{location}");
    let url = ory_hydra_client::reqwest::Url::parse(location).unwrap();
    url.query_pairs().into_owned().collect()
}

#[tokio::test]
async fn discovery_and_jwks() {
    let peer = OidcPeer::start();
    let client = Client::new(&peer.issuer);

    let config = client
        .discover_oidc_configuration()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(config.issuer, peer.issuer);
    assert_eq!(
        config.token_endpoint,
        format!("{}/oauth2/token", peer.issuer)
    );
    assert_eq!(
        config.jwks_uri,
        format!("{}/.well-known/jwks.json", peer.issuer)
    );
    assert_eq!(
        config.authorization_endpoint,
        format!("{}/oauth2/auth", peer.issuer)
    );
    assert!(config
        .response_types_supported
        .contains(&"code".to_string()));
    assert!(config
        .code_challenge_methods_supported
        .unwrap_or_default()
        .contains(&"S256".to_string()));
    assert_eq!(
        config.credentials_endpoint_draft_00,
        Some(format!("{}/credentials", peer.issuer))
    );

    let jwks = client.discover_json_web_keys().await.unwrap().into_inner();
    let keys = jwks.keys.unwrap_or_default();
    assert_eq!(keys.len(), 1);
    let key = &keys[0];
    assert_eq!(
        (key.kty.as_str(), key.alg.as_str(), key.use_.as_str()),
        ("RSA", "RS256", "sig")
    );
    assert!(key.kid.starts_with("rs256-"), "{}", key.kid);
    assert_eq!(key.e.as_deref(), Some("AQAB"));
    assert!(key.d.is_none(), "the private part is not published");
}

#[tokio::test]
async fn dynamic_client_registration_lifecycle() {
    let peer = OidcPeer::start();
    let client = Client::new(&peer.issuer);

    let request = models::OAuth2Client {
        client_name: Some("specmint e2e".into()),
        redirect_uris: Some(vec![REDIRECT_URI.into()]),
        grant_types: Some(vec!["client_credentials".into()]),
        response_types: Some(vec![]),
        token_endpoint_auth_method: Some("client_secret_basic".into()),
        ..Default::default()
    };
    let created = client.create_oidc_dynamic_client(&request).await.unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    let id = created.client_id.clone().expect("client_id");
    let secret = created.client_secret.clone().expect("client_secret");
    let token = created
        .registration_access_token
        .clone()
        .expect("registration_access_token");
    assert_eq!(created.client_name.as_deref(), Some("specmint e2e"));
    assert_eq!(
        created.grant_types.as_deref(),
        Some(&["client_credentials".to_string()][..])
    );

    // Reading it back needs the registration access token as bearer.
    let fetched = client
        .with_bearer_token(&token)
        .get_oidc_dynamic_client(&id)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(fetched.client_id.as_deref(), Some(id.as_str()));
    assert_eq!(fetched.client_name.as_deref(), Some("specmint e2e"));
    assert_eq!(fetched.redirect_uris, request.redirect_uris);
    match client.get_oidc_dynamic_client(&id).await {
        Err(Error::Status(GetOidcDynamicClientError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert_eq!(body.error.as_deref(), Some("invalid_token"));
        }
        other => panic!("without the token: {other:?}"),
    }

    // A PUT replaces the registration and issues a new token.
    let update = models::OAuth2Client {
        client_id: Some(id.clone()),
        client_secret: Some(secret),
        client_name: Some("specmint e2e, renamed".into()),
        ..request.clone()
    };
    let updated = client
        .with_bearer_token(&token)
        .set_oidc_dynamic_client(&id, &update)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        updated.client_name.as_deref(),
        Some("specmint e2e, renamed")
    );
    let new_token = updated
        .registration_access_token
        .expect("a new registration_access_token");
    assert_ne!(new_token, token);
    assert!(
        client
            .with_bearer_token(&token)
            .get_oidc_dynamic_client(&id)
            .await
            .is_err(),
        "the old token stops working"
    );

    let deleted = client
        .with_bearer_token(&new_token)
        .delete_oidc_dynamic_client(&id)
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    assert!(matches!(
        client.with_bearer_token(&new_token).get_oidc_dynamic_client(&id).await,
        Err(Error::Status(GetOidcDynamicClientError::Default { status, .. })) if status == 401
    ));
}

#[tokio::test]
async fn client_credentials_introspection_and_revocation() {
    let peer = OidcPeer::start();
    let client = confidential_client(&peer);

    // The token endpoint with a form body and HTTP basic auth (the operation's first requirement).
    let body = models::Oauth2TokenExchangeBody {
        grant_type: "client_credentials".into(),
        ..Default::default()
    };
    let token = client
        .with_form_field("scope", "api:read")
        .oauth2_token_exchange()
        .body(&body)
        .await
        .unwrap()
        .into_inner();
    let access_token = token.access_token.expect("access_token");
    assert_eq!(token.token_type.as_deref(), Some("Bearer"));
    assert_eq!(token.expires_in, Some(3600));
    assert_eq!(token.scope.as_deref(), Some("api:read"));

    // Hydra's admin introspection has no security in the spec; the provider wants client auth.
    let admin = client.with_header("Authorization", basic_header(CLIENT_ID, CLIENT_SECRET));
    let introspect = models::IntrospectOAuth2TokenBody {
        token: access_token.clone(),
        scope: None,
    };
    let info = admin
        .introspect_o_auth2_token()
        .body(&introspect)
        .await
        .unwrap()
        .into_inner();
    assert!(info.active);
    assert_eq!(info.client_id.as_deref(), Some(CLIENT_ID));
    assert_eq!(info.scope.as_deref(), Some("api:read"));
    assert_eq!(info.iss.as_deref(), Some(peer.issuer.as_str()));
    assert!(info.exp.unwrap_or_default() > info.iat.unwrap_or_default());

    let revoke = models::RevokeOAuth2TokenBody {
        token: access_token.clone(),
        ..Default::default()
    };
    assert_eq!(
        client
            .revoke_o_auth2_token()
            .body(&revoke)
            .await
            .unwrap()
            .status(),
        200
    );
    let info = admin
        .introspect_o_auth2_token()
        .body(&introspect)
        .await
        .unwrap()
        .into_inner();
    assert!(!info.active, "revoked");

    // Wrong credentials: the documented error model, typed.
    let wrong = client.with_basic_auth(CLIENT_ID, "wrong");
    match wrong.oauth2_token_exchange().body(&body).await {
        Err(Error::Status(Oauth2TokenExchangeError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert_eq!(body.error.as_deref(), Some("invalid_client"));
        }
        other => panic!("unexpected {other:?}"),
    }
    // Introspection without client auth is refused, typed.
    let anonymous = Client::new(&peer.issuer);
    assert!(matches!(
        anonymous.introspect_o_auth2_token().body(&introspect).await,
        Err(Error::Status(IntrospectOAuth2TokenError::Default { status, .. })) if status.is_client_error()
    ));
}

#[test]
fn a_client_secret_never_goes_to_the_host_the_spec_names() {
    // Hydra's spec names Ory's demo server as its token URL. A user who points the client at
    // their own provider and forgets `.token_url(..)` gets an error at build time, not a
    // secret sent to the demo server.
    let error = Client::builder()
        .base_url("http://127.0.0.1:4444")
        .oauth2_client_credentials(ClientCredentials::new(CLIENT_ID, CLIENT_SECRET))
        .build()
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("https://hydra.demo.ory.sh/oauth2/token"),
        "{message}"
    );
    assert!(message.contains("http://127.0.0.1:4444"), "{message}");
    // A base URL on the token URL's own server is fine.
    assert!(Client::builder()
        .base_url("https://hydra.demo.ory.sh")
        .oauth2_client_credentials(ClientCredentials::new(CLIENT_ID, CLIENT_SECRET))
        .build()
        .is_ok());
}

#[tokio::test]
async fn the_runtime_fetches_client_credentials_tokens_from_the_provider() {
    let peer = OidcPeer::start();
    let credentials = ClientCredentials::new(CLIENT_ID, CLIENT_SECRET)
        .token_url(format!("{}/oauth2/token", peer.issuer))
        .scopes(["api:read"]);
    let client = Client::builder()
        .base_url(&peer.issuer)
        .oauth2_client_credentials(credentials)
        .build()
        .unwrap();
    // `userinfo` is secured by `oauth2`: the client fetched a real token and sent it; the provider
    // accepts it as a token but has no user for a client-credentials grant.
    match client.get_oidc_user_info().await {
        Err(Error::Status(GetOidcUserInfoError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert_eq!(body.error.as_deref(), Some("invalid_token"), "{body:?}");
        }
        other => panic!("unexpected {other:?}"),
    }
    // With a token the provider never issued, the same call is refused the same way, and with
    // credentials it refuses, the runtime reports an auth error before any call.
    let bad = ClientCredentials::new(CLIENT_ID, "wrong")
        .token_url(format!("{}/oauth2/token", peer.issuer));
    let client = Client::builder()
        .base_url(&peer.issuer)
        .oauth2_client_credentials(bad)
        .build()
        .unwrap();
    match client.get_oidc_user_info().await {
        Err(Error::Auth(AuthError::TokenRefused {
            scheme,
            status,
            error,
            ..
        })) => {
            assert_eq!((scheme, status.as_u16()), ("oauth2", 401));
            assert_eq!(error.as_deref(), Some("invalid_client"));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn authorization_code_flow_with_pkce_and_userinfo() {
    let peer = OidcPeer::start();
    let client = confidential_client(&peer);
    let verifier = "specmint-pkce-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(sha2::Sha256::digest(verifier.as_bytes()));

    // Hydra's spec lists no parameters for /oauth2/auth, so they go in as extra query pairs.
    let params = [
        ("response_type", "code"),
        ("client_id", CLIENT_ID),
        ("redirect_uri", REDIRECT_URI),
        ("scope", "openid profile email"),
        ("state", "state-123"),
        ("nonce", "nonce-456"),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
        ("login_hint", "alice"),
    ];
    let authorize = params
        .iter()
        .fold(client.clone(), |c, (k, v)| c.with_query(*k, *v));
    let redirect = authorize.o_auth2_authorize().await.unwrap();
    assert!(redirect.status().is_redirection(), "{}", redirect.status());
    let query = redirect_query(&redirect);
    assert_eq!(query.get("state").map(String::as_str), Some("state-123"));
    let code = query.get("code").expect("an authorization code").clone();

    // A wrong verifier is refused with the documented error model.
    let exchange = models::Oauth2TokenExchangeBody {
        grant_type: "authorization_code".into(),
        code: Some(code.clone()),
        redirect_uri: Some(REDIRECT_URI.into()),
        ..Default::default()
    };
    match client
        .with_form_field("code_verifier", "x".repeat(43))
        .oauth2_token_exchange()
        .body(&exchange)
        .await
    {
        Err(Error::Status(Oauth2TokenExchangeError::Default { status, body })) => {
            assert_eq!(status, 400);
            assert_eq!(body.error.as_deref(), Some("invalid_grant"));
        }
        other => panic!("unexpected {other:?}"),
    }

    // The code was consumed by the failed attempt; get a fresh one and exchange it properly.
    let redirect = authorize.o_auth2_authorize().await.unwrap();
    let code = redirect_query(&redirect)
        .remove("code")
        .expect("a fresh code");
    let exchange = models::Oauth2TokenExchangeBody {
        code: Some(code),
        ..exchange
    };
    let tokens = client
        .with_form_field("code_verifier", verifier)
        .oauth2_token_exchange()
        .body(&exchange)
        .await
        .unwrap();
    let tokens = tokens.into_inner();
    let access_token = tokens.access_token.expect("access_token");
    let id_token = tokens.id_token.expect("id_token");
    assert_eq!(id_token.split('.').count(), 3, "a signed JWT");
    assert_eq!(tokens.scope.as_deref(), Some("openid profile email"));

    let user = client
        .with_bearer_token(&access_token)
        .get_oidc_user_info()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(user.sub.as_deref(), Some("alice"));
    assert_eq!(user.email.as_deref(), Some("alice@example.com"));
    assert_eq!(user.email_verified, Some(true));
    assert_eq!(user.name.as_deref(), Some("Alice Example"));

    // RP-initiated logout. Hydra documents a 302; this provider first answers 200 with a
    // confirmation form, which the client reports as an undocumented status with its body.
    let logout = client
        .with_query("id_token_hint", &id_token)
        .with_query(
            "post_logout_redirect_uri",
            "http://127.0.0.1/logout-callback",
        )
        .with_query("state", "bye");
    match logout.revoke_oidc_session().await {
        Err(Error::Status(RevokeOidcSessionError::Unknown(page))) => {
            assert_eq!(page.status, 200);
            assert!(page.text().contains("name=\"xsrf\""), "{}", page.text());
            assert!(page.headers.contains_key("set-cookie"));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn pipeshub_reads_the_providers_openid_configuration() {
    let peer = OidcPeer::start();
    // Pipeshub's base is `/api/v1`; its OpenID operations declare the root (`/`) as their server,
    // resolved against the client's origin.
    let client = pipeshub_client::Client::new(format!("{}/api/v1", peer.issuer));
    let config = client.openid_configuration().await.unwrap().into_inner();
    assert_eq!(config.issuer.as_deref(), Some(peer.issuer.as_str()));
    assert_eq!(
        config.jwks_uri.as_deref(),
        Some(format!("{}/.well-known/jwks.json", peer.issuer).as_str())
    );

    // And through an explicit server-URL override, from a client configured for another host.
    let elsewhere = pipeshub_client::Client::new("http://pipeshub.invalid/api/v1")
        .with_server_url(&peer.issuer);
    let jwks = elsewhere.jwks().await.unwrap().into_inner();
    let keys = jwks.keys.unwrap_or_default();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].kty.as_deref(), Some("RSA"));
}

#[tokio::test]
async fn verifiable_credential_requests_get_typed_refusals() {
    use ory_hydra_client::apis::oidc::CreateVerifiableCredentialError;
    let peer = OidcPeer::start();
    let client = confidential_client(&peer);
    // The provider only checks the request (it issues no credentials), which exercises the
    // operation's documented 400 body and its `default` error model.
    let request = models::CreateVerifiableCredentialRequestBody {
        format: Some("jwt_vc_json".into()),
        proof: Some(models::VerifiableCredentialProof {
            proof_type: Some("jwt".into()),
            jwt: Some("e30.e30.sig".into()),
        }),
        types: Some(vec![
            "VerifiableCredential".into(),
            "UserInfoCredential".into(),
        ]),
    };
    match Client::new(&peer.issuer)
        .create_verifiable_credential()
        .body(&request)
        .await
    {
        Err(Error::Status(CreateVerifiableCredentialError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert_eq!(body.error.as_deref(), Some("invalid_token"));
        }
        other => panic!("without a token: {other:?}"),
    }

    // Hydra's spec gives this operation no security requirement, so Alice's token goes in as a
    // header.
    let token = login_alice(&client).await;
    let authorized =
        Client::new(&peer.issuer).with_header("Authorization", format!("Bearer {token}"));
    let no_proof = models::CreateVerifiableCredentialRequestBody {
        proof: None,
        ..request.clone()
    };
    match authorized
        .create_verifiable_credential()
        .body(&no_proof)
        .await
    {
        Err(Error::Status(CreateVerifiableCredentialError::BadRequest(priming))) => {
            assert_eq!(priming.error.as_deref(), Some("invalid_request"));
            assert_eq!(
                priming.error_description.as_deref(),
                Some("The request body must contain a proof.")
            );
        }
        other => panic!("without a proof: {other:?}"),
    }
    match authorized
        .create_verifiable_credential()
        .body(&request)
        .await
    {
        Err(Error::Status(CreateVerifiableCredentialError::BadRequest(priming))) => {
            assert!(priming
                .error_description
                .unwrap_or_default()
                .contains("not implemented"));
        }
        other => panic!("with a proof: {other:?}"),
    }
}
