"""Authlib (pinned in requirements.txt) as a relying party of the example OpenID provider.

Usage: python authlib_rp.py ISSUER LOGIN_HINT

Runs each flow in turn and prints one JSON object: flow name -> {"ok": bool, "detail": ...}.
ID tokens are verified with joserfc, the JOSE library Authlib depends on.
"""

import json
import sys
import urllib.parse

import requests
from authlib.integrations.requests_client import OAuth2Session
from authlib.common.security import generate_token
from joserfc import jwt
from joserfc.jwk import KeySet

issuer, login_hint = sys.argv[1].rstrip("/"), sys.argv[2]
redirect_uri = "http://127.0.0.1:9/callback"
introspection_endpoint = f"{issuer}/admin/oauth2/introspect"
results = {}
shared = {}


def flow(name):
    def run(body):
        try:
            results[name] = {"ok": True, "detail": body()}
        except Exception as error:  # noqa: BLE001 - every failure is reported, not raised
            results[name] = {"ok": False, "detail": f"{type(error).__name__}: {error}"}
    return run


def register(metadata):
    answer = requests.post(f"{issuer}/oauth2/register", json=metadata, timeout=10)
    answer.raise_for_status()
    registered = answer.json()
    assert "client_secret_expires_at" in registered, registered
    return registered


def session(client, **options):
    return OAuth2Session(
        client["client_id"],
        client["client_secret"],
        token_endpoint_auth_method=client["token_endpoint_auth_method"],
        **options,
    )


@flow("discovery")
def _():
    config = requests.get(f"{issuer}/.well-known/openid-configuration", timeout=10).json()
    assert config["issuer"] == issuer, config["issuer"]
    shared["config"] = config
    shared["jwks"] = KeySet.import_key_set(requests.get(config["jwks_uri"], timeout=10).json())
    return {"issuer": config["issuer"], "keys": len(shared["jwks"].keys)}


@flow("registration (client_secret_basic)")
def _():
    shared["basic"] = register({
        "client_name": "authlib basic",
        "redirect_uris": [redirect_uri],
        "grant_types": ["authorization_code", "refresh_token", "client_credentials"],
        "token_endpoint_auth_method": "client_secret_basic",
        "scope": "openid email offline_access",
    })
    return {"client_id_length": len(shared["basic"]["client_id"])}


@flow("registration (client_secret_post)")
def _():
    shared["post"] = register({
        "client_name": "authlib post",
        "grant_types": ["client_credentials"],
        "token_endpoint_auth_method": "client_secret_post",
    })
    return {"client_id_length": len(shared["post"]["client_id"])}


@flow("client credentials (client_secret_basic)")
def _():
    token = session(shared["basic"]).fetch_token(
        shared["config"]["token_endpoint"], grant_type="client_credentials", scope="email")
    return {"token_type": token["token_type"], "scope": token.get("scope")}


@flow("client credentials (client_secret_post)")
def _():
    token = session(shared["post"]).fetch_token(
        shared["config"]["token_endpoint"], grant_type="client_credentials")
    return {"token_type": token["token_type"], "expires_in": token["expires_in"]}


@flow("authorization code + PKCE")
def _():
    oauth = session(shared["basic"], scope="openid email offline_access",
                    redirect_uri=redirect_uri, code_challenge_method="S256")
    verifier = generate_token(64)
    nonce = generate_token(20)
    url, state = oauth.create_authorization_url(
        shared["config"]["authorization_endpoint"], code_verifier=verifier, nonce=nonce,
        login_hint=login_hint)
    # The login is headless: the provider redirects at once.
    answer = requests.get(url, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.status_code
    location = answer.headers["location"]
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
    assert query.get("state") == state and query.get("iss") == issuer, query
    token = oauth.fetch_token(shared["config"]["token_endpoint"],
                              authorization_response=location, code_verifier=verifier)
    id_token = jwt.decode(token["id_token"], shared["jwks"])
    jwt.JWTClaimsRegistry(
        iss={"essential": True, "value": issuer},
        aud={"essential": True, "value": shared["basic"]["client_id"]},
        sub={"essential": True},
        nonce={"essential": True, "value": nonce},
        exp={"essential": True},
        iat={"essential": True},
    ).validate(id_token.claims)
    shared["token"] = token
    return {"sub": id_token.claims["sub"], "alg": id_token.header["alg"],
            "has_refresh_token": "refresh_token" in token}


@flow("userinfo")
def _():
    oauth = session(shared["basic"], token=shared["token"])
    info = oauth.get(shared["config"]["userinfo_endpoint"], timeout=10)
    info.raise_for_status()
    return {"sub": info.json()["sub"], "email": info.json().get("email")}


@flow("refresh (rotated)")
def _():
    oauth = session(shared["basic"])
    old = shared["token"]["refresh_token"]
    shared["refreshed"] = oauth.refresh_token(shared["config"]["token_endpoint"], refresh_token=old)
    try:
        oauth.refresh_token(shared["config"]["token_endpoint"], refresh_token=old)
        reuse = "accepted"
    except Exception as error:  # noqa: BLE001
        reuse = getattr(error, "error", str(error))
    assert reuse == "invalid_grant", reuse
    return {"new_access_token": shared["refreshed"]["access_token"] != shared["token"]["access_token"],
            "reuse": reuse}


@flow("introspection")
def _():
    oauth = session(shared["basic"])
    live = oauth.introspect_token(introspection_endpoint,
                                  token=shared["refreshed"]["access_token"]).json()
    unknown = oauth.introspect_token(introspection_endpoint, token="not-a-token").json()
    assert live["active"] and not unknown["active"], (live, unknown)
    return {"active": live["active"], "sub": live.get("sub")}


@flow("revocation")
def _():
    oauth = session(shared["basic"])
    answer = oauth.revoke_token(shared["config"]["revocation_endpoint"],
                                token=shared["refreshed"]["refresh_token"],
                                token_type_hint="refresh_token")
    answer.raise_for_status()
    after = oauth.introspect_token(introspection_endpoint,
                                   token=shared["refreshed"]["access_token"]).json()
    assert not after["active"], after
    return {"access_token_active_after": after["active"]}


print(json.dumps(results))
