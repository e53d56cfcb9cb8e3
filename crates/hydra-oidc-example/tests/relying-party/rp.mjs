// openid-client (panva, pinned in package.json) as a relying party of the example provider.
// Usage: node rp.mjs ISSUER LOGIN_HINT
// Runs each flow in turn and prints one JSON object: flow name -> { ok, detail }.
import * as client from 'openid-client';

const [issuerArg, loginHint] = process.argv.slice(2);
const issuer = new URL(issuerArg);
const insecure = { execute: [client.allowInsecureRequests] };
const redirectUri = 'http://127.0.0.1:9/callback';
const results = {};

async function flow(name, run) {
  try {
    results[name] = { ok: true, detail: await run() };
  } catch (error) {
    results[name] = { ok: false, detail: `${error.name}: ${error.message}${error.cause ? ` (${JSON.stringify(error.cause)})` : ''}` };
  }
}

// Hydra advertises no introspection endpoint in discovery; it is served at Hydra's admin path.
function withIntrospection(config, auth) {
  const metadata = { ...config.serverMetadata(), introspection_endpoint: `${issuer.href.replace(/\/$/, '')}/admin/oauth2/introspect` };
  const copy = new client.Configuration(metadata, config.clientMetadata().client_id, config.clientMetadata(), auth);
  client.allowInsecureRequests(copy);
  return copy;
}

let basic; let post; let tokens; let refreshed;

await flow('discovery', async () => {
  const config = await client.discovery(issuer, 'unregistered', undefined, undefined, insecure);
  const metadata = config.serverMetadata();
  return { issuer: metadata.issuer, token_endpoint: metadata.token_endpoint, pkce: metadata.supportsPKCE() };
});

await flow('registration (client_secret_basic)', async () => {
  basic = await client.dynamicClientRegistration(issuer, {
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: 'openid email profile offline_access',
    client_name: 'openid-client basic',
  }, client.ClientSecretBasic(), insecure);
  const m = basic.clientMetadata();
  return { client_id_length: m.client_id.length, secret_expires_at: m.client_secret_expires_at };
});

await flow('registration (client_secret_post)', async () => {
  post = await client.dynamicClientRegistration(issuer, {
    grant_types: ['client_credentials'],
    token_endpoint_auth_method: 'client_secret_post',
    scope: 'email',
    client_name: 'openid-client post',
  }, client.ClientSecretPost(), insecure);
  return { client_id_length: post.clientMetadata().client_id.length };
});

await flow('client credentials (client_secret_basic)', async () => {
  const t = await client.clientCredentialsGrant(basic, { scope: 'email' });
  return { token_type: t.token_type, expires_in: t.expires_in, scope: t.scope };
});

await flow('client credentials (client_secret_post)', async () => {
  const t = await client.clientCredentialsGrant(post);
  return { token_type: t.token_type, expires_in: t.expires_in };
});

await flow('authorization code + PKCE', async () => {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(basic, {
    redirect_uri: redirectUri,
    scope: 'openid email profile offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    login_hint: loginHint,
  });
  // The login is headless: the provider redirects at once.
  const answer = await fetch(url, { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`authorize answered ${answer.status}`);
  tokens = await client.authorizationCodeGrant(basic, new URL(location), {
    pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
  });
  const claims = tokens.claims();
  return { sub: claims.sub, aud: claims.aud, has_refresh_token: Boolean(tokens.refresh_token), alg: JSON.parse(Buffer.from(tokens.id_token.split('.')[0], 'base64url')).alg };
});

await flow('userinfo', async () => {
  const info = await client.fetchUserInfo(basic, tokens.access_token, tokens.claims().sub);
  return { sub: info.sub, email: info.email };
});

await flow('refresh (rotated)', async () => {
  refreshed = await client.refreshTokenGrant(basic, tokens.refresh_token);
  let reuse = 'accepted';
  try {
    await client.refreshTokenGrant(basic, tokens.refresh_token);
  } catch (error) {
    reuse = error.error;
  }
  if (reuse !== 'invalid_grant') throw new Error(`a used refresh token was ${reuse}`);
  return { new_access_token: refreshed.access_token !== tokens.access_token, reuse };
});

await flow('introspection', async () => {
  const config = withIntrospection(basic, client.ClientSecretBasic(basic.clientMetadata().client_secret));
  const live = await client.tokenIntrospection(config, refreshed.access_token);
  const other = await client.tokenIntrospection(config, 'not-a-token');
  if (!live.active || other.active) throw new Error(`live ${live.active}, unknown ${other.active}`);
  return { active: live.active, sub: live.sub, token_use: live.token_use };
});

await flow('revocation', async () => {
  await client.tokenRevocation(basic, refreshed.refresh_token);
  const config = withIntrospection(basic, client.ClientSecretBasic(basic.clientMetadata().client_secret));
  const after = await client.tokenIntrospection(config, refreshed.access_token);
  if (after.active) throw new Error('the access token is still active after its refresh token was revoked');
  return { access_token_active_after: after.active };
});

console.log(JSON.stringify(results));
