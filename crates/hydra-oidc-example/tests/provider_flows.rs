//! The example OpenID provider driven by the generated Hydra client, and what it refuses:
//! every flow a relying party uses, then wrong secrets, wrong methods, PKCE mismatches, unknown
//! redirect URIs, other clients' tokens, and the headers a refusal must carry.

use std::collections::BTreeMap;

use hydra_oidc_example::MemoryOidc;
use ory_hydra_client::apis::o_auth2::Oauth2TokenExchangeError;
use ory_hydra_client::apis::oidc::GetOidcUserInfoError;
use ory_hydra_client::{models, Client, ClientCredentials, Error, TokenEndpointAuth};

const CALLBACK: &str = "http://127.0.0.1:9/callback";
/// A PKCE verifier and its S256 challenge, base64url(SHA-256(verifier)), computed outside
/// Rust (Python's hashlib).
const VERIFIER: &str = "dBjftJeZ4CK-P5tq0N8YQHjALwiS1OJn0ghqZuzpKNdq";
const CHALLENGE: &str = "KW093nYnbUxy_uJTSPMEmR_sPH7k1ITfozRidnXCHgI";

async fn provider() -> String {
    let loopback = specmint_tests::Loopback::bind().await;
    let issuer = loopback.url.clone();
    let provider = MemoryOidc::new(&issuer).with_user(models_user());
    loopback.serve(provider.router());
    issuer
}

fn models_user() -> ory_hydra_server::models::OidcUserInfo {
    ory_hydra_server::models::OidcUserInfo {
        sub: Some("alice".into()),
        email: Some("alice@example.com".into()),
        name: Some("Alice".into()),
        ..Default::default()
    }
}

/// Registers a client; returns (id, secret, registration token).
async fn register(client: &Client, method: &str, grants: &[&str]) -> (String, String, String) {
    let registered = client
        .create_oidc_dynamic_client(&models::OAuth2Client {
            redirect_uris: Some(vec![CALLBACK.into()]),
            grant_types: Some(grants.iter().map(|g| g.to_string()).collect()),
            token_endpoint_auth_method: Some(method.into()),
            scope: Some("openid email profile offline_access".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(registered.headers()["cache-control"], "no-store");
    let registered = registered.into_inner();
    assert_eq!(registered.client_secret_expires_at, Some(0));
    (
        registered.client_id.unwrap(),
        registered.client_secret.unwrap(),
        registered.registration_access_token.unwrap(),
    )
}

/// The query of the `Location` an authorization request is answered with.
async fn authorize(client: &Client, id: &str, extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut call = client
        .with_query("response_type", "code")
        .with_query("client_id", id)
        .with_query("redirect_uri", CALLBACK)
        .with_query("scope", "openid email offline_access")
        .with_query("state", "s-1")
        .with_query("code_challenge", CHALLENGE);
    for (name, value) in extra {
        call = call.with_query(*name, *value);
    }
    let answer = call.o_auth2_authorize().await.unwrap();
    assert_eq!(answer.status(), 302);
    let location = url::Url::parse(answer.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(CALLBACK), "{location}");
    location.query_pairs().into_owned().collect()
}

/// A form POST to `url`, with Basic credentials when `basic` is given.
async fn post_form(
    http: &reqwest::Client,
    url: &str,
    basic: Option<(&str, &str)>,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = http.post(url).form(fields);
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    request.send().await.unwrap()
}

fn code_request(code: &str) -> models::Oauth2TokenExchangeBody {
    models::Oauth2TokenExchangeBody {
        grant_type: "authorization_code".into(),
        code: Some(code.into()),
        redirect_uri: Some(CALLBACK.into()),
        ..Default::default()
    }
}

fn oauth_error(
    outcome: Result<impl std::fmt::Debug, Error<Oauth2TokenExchangeError>>,
) -> (u16, String) {
    match outcome {
        Err(Error::Status(Oauth2TokenExchangeError::Default { status, body })) => {
            (status.as_u16(), body.error.unwrap_or_default())
        }
        other => panic!("expected an OAuth error, got {other:?}"),
    }
}

#[tokio::test]
async fn the_generated_client_runs_every_flow() {
    let issuer = provider().await;
    let client = Client::new(&issuer);
    let config = client
        .discover_oidc_configuration()
        .await
        .unwrap()
        .into_inner();
    let (id, secret, _) = register(
        &client,
        "client_secret_basic",
        &["authorization_code", "refresh_token", "client_credentials"],
    )
    .await;

    // Authorization code with PKCE, the user signing in headlessly.
    let query = authorize(
        &client,
        &id,
        &[
            ("code_challenge_method", "S256"),
            ("login_hint", "alice"),
            ("nonce", "n-1"),
        ],
    )
    .await;
    assert_eq!(
        (query["state"].as_str(), query["iss"].as_str()),
        ("s-1", issuer.as_str())
    );
    let as_client = client.with_basic_auth(&id, &secret);
    let tokens = as_client
        .with_form_field("code_verifier", VERIFIER)
        .oauth2_token_exchange()
        .body(&code_request(&query["code"]))
        .await
        .unwrap();
    assert_eq!(tokens.headers()["cache-control"], "no-store");
    let tokens = tokens.into_inner();
    assert_eq!(tokens.token_type.as_deref(), Some("Bearer"));

    // The ID token verifies with the published key.
    let jwks = client.discover_json_web_keys().await.unwrap().into_inner();
    let key = &jwks.keys.unwrap()[0];
    let decoding = jsonwebtoken::DecodingKey::from_ec_components(
        key.x.as_deref().unwrap(),
        key.y.as_deref().unwrap(),
    )
    .unwrap();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
    validation.set_audience(&[&id]);
    validation.set_issuer(&[&config.issuer]);
    let claims = jsonwebtoken::decode::<serde_json::Value>(
        tokens.id_token.as_deref().unwrap(),
        &decoding,
        &validation,
    )
    .unwrap()
    .claims;
    assert_eq!(
        (claims["sub"].as_str(), claims["nonce"].as_str()),
        (Some("alice"), Some("n-1"))
    );

    // Userinfo gives the claims of the granted scopes only (no `profile`: no name).
    let access = tokens.access_token.clone().unwrap();
    let info = client
        .with_bearer_token(&access)
        .get_oidc_user_info()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(info.email.as_deref(), Some("alice@example.com"));
    assert_eq!(info.name, None);

    // Refresh rotates: the old refresh token is then refused.
    let refresh = |token: &str| models::Oauth2TokenExchangeBody {
        grant_type: "refresh_token".into(),
        refresh_token: Some(token.into()),
        ..Default::default()
    };
    let old = tokens.refresh_token.clone().unwrap();
    let renewed = as_client
        .oauth2_token_exchange()
        .body(&refresh(&old))
        .await
        .unwrap()
        .into_inner();
    assert_ne!(renewed.access_token, tokens.access_token);
    assert_eq!(
        oauth_error(as_client.oauth2_token_exchange().body(&refresh(&old)).await),
        (400, "invalid_grant".into())
    );

    // Introspection and revocation. Hydra's spec gives introspection no security scheme (it
    // is an admin endpoint there), so the client's Basic credentials go in by hand.
    let basic = {
        use base64::Engine;
        let pair = format!("{id}:{secret}");
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(pair)
        )
    };
    let introspect = |token: &str| {
        let body = models::IntrospectOAuth2TokenBody {
            token: token.into(),
            scope: None,
        };
        let as_client = client.with_header("authorization", &basic);
        async move {
            as_client
                .introspect_o_auth2_token()
                .body(&body)
                .await
                .unwrap()
                .into_inner()
        }
    };
    let live = renewed.access_token.clone().unwrap();
    let seen = introspect(&live).await;
    assert!(seen.active);
    assert_eq!(
        (seen.sub.as_deref(), seen.client_id.as_deref()),
        (Some("alice"), Some(id.as_str()))
    );
    as_client
        .revoke_o_auth2_token()
        .body(&models::RevokeOAuth2TokenBody {
            token: renewed.refresh_token.clone().unwrap(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        !introspect(&live).await.active,
        "revoking the refresh token ends its access tokens"
    );

    // Client credentials through the client's own token flow, with client_secret_post; the
    // token reaches userinfo, which refuses it as not a user's.
    let (post_id, post_secret, _) =
        register(&client, "client_secret_post", &["client_credentials"]).await;
    let machine = Client::builder()
        .base_url(&issuer)
        .oauth2_client_credentials(
            ClientCredentials::new(post_id, post_secret)
                .auth(TokenEndpointAuth::Post)
                .token_url(format!("{issuer}/oauth2/token")),
        )
        .build()
        .unwrap();
    match machine.get_oidc_user_info().await {
        Err(Error::Status(GetOidcUserInfoError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert!(body.error_description.unwrap().contains("not a user's"));
        }
        other => panic!("expected a 401 for a client's token, got {other:?}"),
    }
}

#[tokio::test]
async fn refusals_are_oauth_errors_with_their_headers() {
    let issuer = provider().await;
    let client = Client::new(&issuer);
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let (id, secret, registration_token) = register(
        &client,
        "client_secret_basic",
        &["authorization_code", "refresh_token", "client_credentials"],
    )
    .await;
    let (other_id, other_secret, _) =
        register(&client, "client_secret_basic", &["client_credentials"]).await;
    for value in [&id, &secret, &registration_token, &other_id, &other_secret] {
        assert_eq!(value.len(), 43, "32 random bytes, base64url");
    }
    assert_ne!(id, other_id);
    let token_url = format!("{issuer}/oauth2/token");
    let cc = [("grant_type", "client_credentials")];

    // A wrong secret: 401 invalid_client with a Basic challenge, not stored by caches.
    let answer = post_form(&http, &token_url, Some((&id, "wrong")), &cc).await;
    assert_eq!(answer.status(), 401);
    assert!(answer.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Basic realm="));
    assert_eq!(answer.headers()["cache-control"], "no-store");
    let body: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");

    // The method the client did not register, and two methods at once.
    let posted = [
        ("grant_type", "client_credentials"),
        ("client_id", &id),
        ("client_secret", &secret),
    ];
    let answer = post_form(&http, &token_url, None, &posted).await;
    assert_eq!(answer.status(), 401);
    let answer = post_form(&http, &token_url, Some((&id, &secret)), &posted).await;
    assert_eq!(answer.status(), 400);

    // A client's id form-encoded inside Basic (RFC 6749 §2.3.1) is read decoded.
    let encoded: String = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
    let answer = post_form(&http, &token_url, Some((&encoded, &secret)), &cc).await;
    assert_eq!(answer.status(), 200);

    // PKCE: a wrong verifier is invalid_grant and uses up the code.
    let as_client = client.with_basic_auth(&id, &secret);
    let query = authorize(
        &client,
        &id,
        &[("code_challenge_method", "S256"), ("login_hint", "alice")],
    )
    .await;
    let wrong = as_client
        .with_form_field("code_verifier", "x".repeat(43))
        .oauth2_token_exchange()
        .body(&code_request(&query["code"]))
        .await;
    assert_eq!(oauth_error(wrong), (400, "invalid_grant".into()));
    let again = as_client
        .with_form_field("code_verifier", VERIFIER)
        .oauth2_token_exchange()
        .body(&code_request(&query["code"]))
        .await;
    assert_eq!(oauth_error(again), (400, "invalid_grant".into()));

    // Errors after the client is known go back to its redirect URI, with the state.
    let query = authorize(&client, &id, &[("code_challenge_method", "S256")]).await;
    assert_eq!(
        (query["error"].as_str(), query["state"].as_str()),
        ("login_required", "s-1")
    );
    let query = authorize(
        &client,
        &id,
        &[("code_challenge_method", "plain"), ("login_hint", "alice")],
    )
    .await;
    assert_eq!(query["error"], "invalid_request");
    // An unregistered redirect URI is never redirected to.
    let answer = http
        .get(format!("{issuer}/oauth2/auth"))
        .query(&[
            ("response_type", "code"),
            ("client_id", &id),
            ("redirect_uri", "https://evil.example/cb"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert!(answer.headers().get("location").is_none());

    // Another client can neither revoke nor introspect this client's token.
    let token: serde_json::Value = post_form(&http, &token_url, Some((&id, &secret)), &cc)
        .await
        .json()
        .await
        .unwrap();
    let token = token["access_token"].as_str().unwrap();
    let (revoke, introspect) = (
        format!("{issuer}/oauth2/revoke"),
        format!("{issuer}/admin/oauth2/introspect"),
    );
    let other = Some((other_id.as_str(), other_secret.as_str()));
    let answer = post_form(&http, &revoke, other, &[("token", token)]).await;
    assert_eq!(answer.status(), 400);
    let answer = post_form(&http, &introspect, other, &[("token", token)]).await;
    let seen: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(seen, serde_json::json!({"active": false}));
    let answer = post_form(&http, &introspect, None, &[("token", token)]).await;
    assert_eq!(
        answer.status(),
        401,
        "introspection needs client authentication"
    );

    // Userinfo: no token, an unknown token, each with its Bearer challenge (RFC 6750 §3).
    let answer = http.get(format!("{issuer}/userinfo")).send().await.unwrap();
    assert_eq!(answer.status(), 401);
    assert_eq!(
        answer.headers()["www-authenticate"],
        "Bearer realm=\"hydra-oidc-example\""
    );
    let answer = http
        .get(format!("{issuer}/userinfo"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert!(answer.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .contains("error=\"invalid_token\""));

    // One client's registration token does not open another's registration.
    let answer = http
        .get(format!("{issuer}/oauth2/register/{other_id}"))
        .bearer_auth(&registration_token)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 401);
    assert!(answer.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer"));
}

#[tokio::test]
async fn discovery_lists_only_what_is_served() {
    let issuer = provider().await;
    let http = reqwest::Client::new();
    let config: serde_json::Value = http
        .get(format!("{issuer}/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let endpoints = config
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, _)| name.ends_with("_endpoint") || *name == "jwks_uri")
        .map(|(name, url)| (name.clone(), url.as_str().unwrap().to_string()))
        .collect::<BTreeMap<_, _>>();
    assert_eq!(
        endpoints.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "authorization_endpoint",
            "jwks_uri",
            "registration_endpoint",
            "revocation_endpoint",
            "token_endpoint",
            "userinfo_endpoint",
        ]
    );
    for (name, url) in endpoints {
        let post = matches!(
            name.as_str(),
            "registration_endpoint" | "revocation_endpoint" | "token_endpoint"
        );
        let request = if post {
            http.post(&url)
        } else {
            http.get(&url)
        };
        let status = request.send().await.unwrap().status().as_u16();
        assert!(
            status != 404 && status != 405,
            "{name} ({url}) is not served: {status}"
        );
    }
}
