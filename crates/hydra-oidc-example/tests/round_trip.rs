//! The generated Hydra client against the generated Hydra server (with the in-memory example
//! implementation) on a loopback port: every operation of the `oidc` and `wellknown` APIs, and
//! bad requests answered with JSON problems.

use hydra_oidc_example::MemoryOidc;
use ory_hydra_client::apis::oidc::{
    CreateOidcDynamicClientError, CreateVerifiableCredentialError, GetOidcDynamicClientError,
};
use ory_hydra_client::{models, Client, Error};

/// Serves the example on a free loopback port (it stops with the test's runtime): its issuer,
/// and an access token of the user `alice` with the `openid email` scopes.
async fn start() -> (String, String) {
    let loopback = specmint_tests::Loopback::bind().await;
    let issuer = loopback.url.clone();
    let alice = ory_hydra_server::models::OidcUserInfo {
        sub: Some("alice".into()),
        email: Some("alice@example.com".into()),
        name: Some("Alice Example".into()),
        ..Default::default()
    };
    let provider = MemoryOidc::new(&issuer).with_user(alice);
    let token = provider.issue_user_token("alice", "openid email").unwrap();
    loopback.serve(provider.router());
    (issuer, token)
}

#[tokio::test]
async fn every_oidc_and_wellknown_operation_round_trips() {
    let (issuer, user_token) = start().await;
    let client = Client::new(&issuer);

    let config = client
        .discover_oidc_configuration()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(config.issuer, issuer);
    assert_eq!(
        config.registration_endpoint,
        Some(format!("{issuer}/oauth2/register"))
    );

    let jwks = client.discover_json_web_keys().await.unwrap().into_inner();
    let keys = jwks.keys.unwrap();
    assert_eq!(
        (
            keys[0].kty.as_str(),
            keys[0].alg.as_str(),
            keys[0].use_.as_str()
        ),
        ("EC", "ES256", "sig")
    );

    // Dynamic client registration: create, read, update, delete.
    let request = models::OAuth2Client {
        client_name: Some("round trip".into()),
        redirect_uris: Some(vec!["http://127.0.0.1/cb".into()]),
        ..Default::default()
    };
    let created = client.create_oidc_dynamic_client(&request).await.unwrap();
    assert_eq!(created.status(), 201);
    let created = created.into_inner();
    let id = created.client_id.clone().unwrap();
    let token = created.registration_access_token.clone().unwrap();
    assert!(created.client_secret.is_some());

    let fetched = client
        .with_bearer_token(&token)
        .get_oidc_dynamic_client(&id)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(fetched.client_name.as_deref(), Some("round trip"));
    assert_eq!(fetched.redirect_uris, request.redirect_uris);
    match client
        .with_bearer_token("wrong")
        .get_oidc_dynamic_client(&id)
        .await
    {
        Err(Error::Status(GetOidcDynamicClientError::Default { status, body })) => {
            assert_eq!(status, 401);
            assert_eq!(body.error.as_deref(), Some("invalid_token"));
        }
        other => panic!("unexpected {other:?}"),
    }

    let renamed = models::OAuth2Client {
        client_name: Some("renamed".into()),
        ..request.clone()
    };
    let updated = client
        .with_bearer_token(&token)
        .set_oidc_dynamic_client(&id, &renamed)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.client_name.as_deref(), Some("renamed"));
    assert_eq!(updated.client_id.as_deref(), Some(id.as_str()));
    let new_token = updated.registration_access_token.unwrap();
    assert_ne!(new_token, token);

    assert_eq!(
        client
            .with_bearer_token(&new_token)
            .delete_oidc_dynamic_client(&id)
            .await
            .unwrap()
            .status(),
        204
    );
    assert!(client
        .with_bearer_token(&new_token)
        .get_oidc_dynamic_client(&id)
        .await
        .is_err());

    // Choosing one's own secret is refused with the documented 400.
    let chosen = models::OAuth2Client {
        client_secret: Some("mine".into()),
        ..request
    };
    assert!(matches!(
        client.create_oidc_dynamic_client(&chosen).await,
        Err(Error::Status(CreateOidcDynamicClientError::BadRequest(e))) if e.error.as_deref() == Some("invalid_client_metadata")
    ));

    // Userinfo with a user's token.
    let user = client
        .with_bearer_token(&user_token)
        .get_oidc_user_info()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (user.sub.as_deref(), user.email.as_deref()),
        (Some("alice"), Some("alice@example.com"))
    );
    assert!(client
        .with_bearer_token("nobody")
        .get_oidc_user_info()
        .await
        .is_err());

    // Logout answers the documented 302 with a Location header set by the implementation.
    let logout = client.revoke_oidc_session().await.unwrap();
    assert_eq!(logout.status(), 302);
    assert_eq!(logout.headers()["location"], format!("{issuer}/").as_str());

    // Verifiable credentials: the documented 400 body, and the default error without a token.
    let vc = models::CreateVerifiableCredentialRequestBody::default();
    assert!(matches!(
        client.with_header("Authorization", format!("Bearer {user_token}")).create_verifiable_credential().body(&vc).await,
        Err(Error::Status(CreateVerifiableCredentialError::BadRequest(p))) if p.error.as_deref() == Some("invalid_request")
    ));
    assert!(matches!(
        client.create_verifiable_credential().body(&vc).await,
        Err(Error::Status(CreateVerifiableCredentialError::Default { status, .. })) if status == 401
    ));
}

#[tokio::test]
async fn bad_requests_get_json_problems() {
    let (issuer, _) = start().await;
    let http = reqwest::Client::new();
    let problem = |response: reqwest::Response| async move {
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await.unwrap();
        (status, body)
    };
    let register = format!("{issuer}/oauth2/register");
    let json = |body: &'static str| {
        http.post(&register)
            .header("content-type", "application/json")
            .body(body)
    };

    let (status, body) = problem(json("{not json").send().await.unwrap()).await;
    assert_eq!((status, body["location"].as_str()), (400, Some("body")));

    let (status, body) = problem(json(r#"{"client_name": 5}"#).send().await.unwrap()).await;
    assert_eq!(status, 422);
    assert_eq!(body["pointer"], "/client_name");
    assert!(
        body["error"].as_str().unwrap().contains("invalid type"),
        "{body}"
    );

    let (status, body) = problem(
        http.post(&register)
            .header("content-type", "text/plain")
            .body("{}")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body["location"].as_str()), (415, Some("header")));

    let (status, _) = problem(http.post(&register).send().await.unwrap()).await;
    assert_eq!(status, 400, "the body is required");

    let (status, body) = problem(
        http.get(format!("{issuer}/no/such/path"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body["location"].as_str()), (404, Some("route")));

    let (status, body) = problem(
        http.patch(format!("{issuer}/userinfo"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body["location"].as_str()), (405, Some("route")));

    let huge = vec![b' '; ory_hydra_server::BODY_LIMIT + 1];
    let response = http
        .post(&register)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);

    // The server still answers a good request afterwards.
    let config = Client::new(&issuer)
        .discover_oidc_configuration()
        .await
        .unwrap();
    assert_eq!(config.status(), 200);
}
