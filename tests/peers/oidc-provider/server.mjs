// Test OpenID Connect provider that serves Ory Hydra-style public paths.
// Usage: node server.mjs --port N   (N = 0 picks a free port; binds 127.0.0.1 only)
// stdout carries exactly one JSON line once ready: {"issuer":"http://127.0.0.1:PORT","port":PORT}
// All diagnostics go to stderr.

import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';

// oidc-provider prints notices with console.info (stdout); keep stdout for the readiness line only.
console.info = (...args) => console.error(...args);
console.log = (...args) => console.error(...args);

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
  },
  strict: true,
});

const HOST = '127.0.0.1';
const requestedPort = Number.parseInt(args.port, 10);
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  console.error(`invalid --port ${args.port}`);
  process.exit(2);
}

const INTERNAL_HEADER = 'x-oidc-peer-internal';

// Fixed test users. login_hint selects one of these.
const USERS = {
  alice: {
    sub: 'alice',
    email: 'alice@example.com',
    email_verified: true,
    name: 'Alice Example',
  },
};

// Bind first so the issuer can carry the real port.
const server = createServer();
try {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, HOST, resolve);
  });
} catch (err) {
  console.error(`cannot listen on ${HOST}:${requestedPort}: ${err.code || err.message}`);
  process.exit(1);
}
const { port } = server.address();
const issuer = `http://${HOST}:${port}`;

// RS256 signing key, generated at start.
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingJwk = {
  ...(await exportJWK(privateKey)),
  kid: `rs256-${randomBytes(6).toString('hex')}`,
  alg: 'RS256',
  use: 'sig',
};

const SCOPES = ['openid', 'profile', 'email', 'offline_access', 'api:read', 'api:write'];

const baseClient = {
  client_secret: 'specmint-secret',
  grant_types: ['client_credentials', 'authorization_code', 'refresh_token'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/callback'],
  post_logout_redirect_uris: ['http://127.0.0.1/callback', 'http://127.0.0.1/logout-callback'],
  id_token_signed_response_alg: 'RS256',
};

const configuration = {
  clients: [
    { ...baseClient, client_id: 'specmint-test', token_endpoint_auth_method: 'client_secret_basic' },
    { ...baseClient, client_id: 'specmint-test-post', token_endpoint_auth_method: 'client_secret_post' },
  ],
  jwks: { keys: [signingJwk] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  scopes: SCOPES,
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email', 'email_verified'],
  },
  routes: {
    authorization: '/oauth2/auth',
    token: '/oauth2/token',
    userinfo: '/userinfo',
    jwks: '/.well-known/jwks.json',
    end_session: '/oauth2/sessions/logout',
    revocation: '/oauth2/revoke',
    introspection: '/oauth2/introspect',
    registration: '/oauth2/register',
  },
  discovery: {
    // Hydra advertises its (draft) verifiable credentials endpoint; served here as a partial stand-in.
    credentials_endpoint_draft_00: `${issuer}/credentials`,
    // Hydra's discovery document carries these two, and Hydra's spec marks them required.
    id_token_signed_response_alg: ['RS256'],
    userinfo_signed_response_alg: ['none'],
  },
  features: {
    devInteractions: { enabled: false },
    registration: { enabled: true, initialAccessToken: false },
    registrationManagement: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    clientCredentials: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    pushedAuthorizationRequests: { enabled: false },
  },
  pkce: {
    required: () => false,
  },
  interactions: {
    url: (ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  async findAccount(ctx, sub) {
    const user = USERS[sub];
    if (!user) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { ...user };
      },
    };
  },
  async renderError(ctx, out) {
    ctx.type = 'json';
    ctx.body = out;
  },
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    ClientCredentials: 3600,
    IdToken: 3600,
    Interaction: 600,
    RefreshToken: 86400,
    Session: 86400,
    Grant: 86400,
  },
};

const provider = new Provider(issuer, configuration);

function sendJson(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

async function readJsonBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 1024 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  return JSON.parse(text);
}

// Auto-complete the login (and consent) interaction for a known login_hint.
async function handleInteraction(ctx) {
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  const { prompt, params, session } = details;
  const hint = typeof params.login_hint === 'string' ? params.login_hint : undefined;

  let accountId = session?.accountId;
  const result = {};
  if (prompt.name === 'login' || !accountId) {
    if (!hint || !USERS[hint]) {
      await provider.interactionFinished(ctx.req, ctx.res, {
        error: 'login_required',
        error_description: `unknown or missing login_hint; known users: ${Object.keys(USERS).join(', ')}`,
      }, { mergeWithLastSubmission: false });
      ctx.respond = false;
      return;
    }
    accountId = hint;
    result.login = { accountId, remember: true };
  }

  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing || new provider.Grant({ accountId, clientId: params.client_id });
  const requested = String(params.scope || '').split(' ').filter(Boolean);
  grant.addOIDCScope(requested.join(' '));
  const missingClaims = prompt.details?.missingOIDCClaims;
  if (Array.isArray(missingClaims) && missingClaims.length) grant.addOIDCClaims(missingClaims);
  const missingResourceScopes = prompt.details?.missingResourceScopes;
  if (missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  result.consent = { grantId: await grant.save() };

  await provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: true });
  ctx.respond = false;
}

// One-hop headless login: GET /oauth2/auth?... runs the
// authorization -> interaction -> resume sequence server-side and answers with
// the final redirect (to redirect_uri with ?code=...), so no cookie jar is needed.
async function headlessAuthorize(ctx) {
  const jar = new Map();
  // Start from the caller's cookies so an existing session (e.g. for prompt=none) carries over.
  for (const part of String(ctx.get('cookie') || '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const forwardCookies = [];
  let url = new URL(ctx.originalUrl, issuer);
  for (let hop = 0; hop < 6; hop += 1) {
    const headers = { [INTERNAL_HEADER]: '1', accept: 'text/html,application/json' };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers });
    for (const sc of res.headers.getSetCookie()) {
      const [pair] = sc.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(sc) || value === '') jar.delete(name);
      else jar.set(name, value);
      if (name.startsWith('_session')) forwardCookies.push(sc);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      const internal = next.origin === issuer
        && (next.pathname.startsWith('/interaction/') || next.pathname.startsWith('/oauth2/auth/'));
      if (internal) {
        await res.arrayBuffer();
        url = next;
        continue;
      }
      await res.arrayBuffer();
      ctx.body = '';
      ctx.status = res.status;
      ctx.set('Location', next.href);
      ctx.set('Cache-Control', 'no-store');
      if (forwardCookies.length) ctx.set('Set-Cookie', forwardCookies);
      return;
    }
    // Not a redirect: pass the response through (e.g. an error page for an invalid redirect_uri).
    ctx.status = res.status;
    const type = res.headers.get('content-type');
    if (type) ctx.type = type;
    ctx.body = Buffer.from(await res.arrayBuffer());
    return;
  }
  sendJson(ctx, 500, { error: 'server_error', error_description: 'too many internal redirects' });
}

// Partial stand-in for Hydra's POST /credentials (verifiable credentials).
// Validates the Bearer access token and the presence of a proof; never issues a credential.
async function handleCredentials(ctx) {
  const auth = ctx.get('authorization');
  const match = /^Bearer\s+(.+)$/i.exec(auth || '');
  if (!match) {
    ctx.set('WWW-Authenticate', 'Bearer realm="credentials"');
    sendJson(ctx, 401, { error: 'invalid_token', error_description: 'missing Bearer access token' });
    return;
  }
  const token = await provider.AccessToken.find(match[1].trim());
  if (!token || token.isExpired) {
    ctx.set('WWW-Authenticate', 'Bearer realm="credentials", error="invalid_token"');
    sendJson(ctx, 401, { error: 'invalid_token', error_description: 'access token is invalid or expired' });
    return;
  }
  let body;
  try {
    body = await readJsonBody(ctx.req);
  } catch {
    sendJson(ctx, 400, { error: 'invalid_request', error_description: 'request body must be a JSON object' });
    return;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    sendJson(ctx, 400, { error: 'invalid_request', error_description: 'request body must be a JSON object' });
    return;
  }
  if (!body.proof || typeof body.proof !== 'object') {
    sendJson(ctx, 400, { error: 'invalid_request', error_description: 'The request body must contain a proof.' });
    return;
  }
  if (body.proof.proof_type !== 'jwt') {
    sendJson(ctx, 400, { error: 'invalid_request', error_description: "The proof type must be 'jwt'." });
    return;
  }
  sendJson(ctx, 400, {
    error: 'invalid_request',
    error_description: 'credential issuance is not implemented by this test provider',
  });
}

provider.use(async (ctx, next) => {
  const { path, method } = ctx;
  if (path.startsWith('/interaction/') && method === 'GET') {
    await handleInteraction(ctx);
    return;
  }
  if (path === '/oauth2/auth' && method === 'GET' && !ctx.get(INTERNAL_HEADER)) {
    await headlessAuthorize(ctx);
    return;
  }
  if (path === '/credentials') {
    if (method !== 'POST') {
      ctx.set('Allow', 'POST');
      sendJson(ctx, 405, { error: 'invalid_request', error_description: 'use POST' });
      return;
    }
    await handleCredentials(ctx);
    return;
  }
  await next();
});

provider.on('server_error', (ctx, err) => {
  console.error('server_error', err);
});

// Hydra serves token introspection on its admin API; answer that path too, so a client generated
// from Hydra's spec can introspect here unchanged.
const ALIASES = { '/admin/oauth2/introspect': '/oauth2/introspect' };
const handle = provider.callback();
server.on('request', (req, res) => {
  const [path, query] = req.url.split('?', 2);
  if (ALIASES[path]) req.url = ALIASES[path] + (query === undefined ? '' : `?${query}`);
  handle(req, res);
});

let closing = false;
function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.error(`received ${signal}, shutting down`);
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
