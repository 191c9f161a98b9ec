// Logging in to edit, with the service's identity provider (Keycloak in CI): OpenID Connect's authorization code
// with PKCE (S256), done here with the browser's WebCrypto, so that the reader loads nothing from another origin. The
// provider's own page takes the password; the reader only ever holds the tokens.
//
// The service names the provider and the client in ../login.json (org.majlis.http.ReaderLogin); with none, the reader
// offers no login, and reading never needs one. The tokens live in this tab's sessionStorage, which dies with the
// tab, and never in a URL, a log or localStorage: the code and state the provider sends back in the URL are taken
// out of it with history.replaceState as soon as they are exchanged.
//
// An access token lives minutes (Keycloak's five, in the project's realm); the refresh token the code's exchange
// gives too, kept beside it, gets a new one from the token endpoint when a write needs it (asUser), so that an
// analyst is not sent to log in again mid-draft. The session ends when the provider refuses to refresh it: the
// provider's session has ended (idle or too long, or logged out elsewhere).

const CONFIG = new URL('../login.json', import.meta.url);
/** What a login in progress must remember across the trip to the provider: its verifier, state, nonce and route. */
const PENDING = 'majlis.login.pending';
const SESSION = 'majlis.login.session';
/** How long before its expiry an access token is refreshed rather than sent: a write takes time to arrive. */
const MARGIN_MS = 30_000;

let provider = null;

/**
 * The identity provider, { clientId, authorization, token, endSession }, from the service's configuration and the
 * provider's discovery document; null when the service has none.
 */
export function identityProvider() {
  provider ??= (async () => {
    const config = await json(CONFIG);
    if (!config.issuer) {
      return null;
    }
    const discovery = await json(new URL(`${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`));
    return { clientId: config.clientId, authorization: discovery.authorization_endpoint,
      token: discovery.token_endpoint, endSession: discovery.end_session_endpoint ?? null };
  })();
  provider.catch(() => { provider = null; }); // tried again on the next call
  return provider;
}

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${url.pathname} answered ${response.status}`);
  }
  return response.json();
}

/** Where the provider sends the browser back: the reader itself, without any route, query or fragment. */
function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

/** Sends the browser to the provider's login page; it comes back to the route it left (completeLogin). */
export async function logIn() {
  const idp = await identityProvider();
  const verifier = randomText(32);
  const pending = { verifier, state: randomText(16), nonce: randomText(16), route: location.hash };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const url = new URL(idp.authorization);
  url.search = new URLSearchParams({ client_id: idp.clientId, response_type: 'code', scope: 'openid',
    redirect_uri: redirectUri(), state: pending.state, nonce: pending.nonce,
    code_challenge: challenge, code_challenge_method: 'S256' }).toString();
  location.assign(url);
}

/**
 * Finishes a login when the provider has just sent the browser back (?code=...&state=...): exchanges the code for
 * tokens, then takes the code out of the URL and returns to the route the login began on. Throws with the
 * provider's error when it refused. Does nothing on any other load.
 */
export async function completeLogin() {
  const answer = new URLSearchParams(location.search);
  if (!answer.has('state')) {
    return;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', redirectUri() + (pending?.route ?? ''));
  if (!pending || answer.get('state') !== pending.state) {
    throw new Error('the login answer does not belong to a login of this tab');
  }
  if (answer.has('error')) {
    throw new Error(`the identity provider refused: ${answer.get('error_description') ?? answer.get('error')}`);
  }
  const idp = await identityProvider();
  const response = await fetch(idp.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: idp.clientId, code: answer.get('code'),
      redirect_uri: redirectUri(), code_verifier: pending.verifier }),
  });
  const tokens = await response.json();
  if (!response.ok) {
    throw new Error(`the identity provider refused the code: ${tokens.error_description ?? tokens.error}`);
  }
  const identity = claims(tokens.id_token);
  if (identity.nonce !== pending.nonce) {
    throw new Error('the identity token was not issued for this login');
  }
  remember(tokens, identity.preferred_username ?? identity.name ?? identity.sub);
}

/**
 * Keeps the tokens of an exchange or a refresh as the session: the user's roles are read from the access token,
 * so that a refresh brings a change of roles too. Without refresh_expires_in, or with 0, the provider does not
 * say when the refresh token lapses: it is tried until refused.
 */
function remember(tokens, name) {
  const now = Date.now();
  const session = {
    accessToken: tokens.access_token,
    expiresAt: now + tokens.expires_in * 1000,
    refreshToken: tokens.refresh_token ?? null,
    refreshExpiresAt: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : null,
    name,
    roles: claims(tokens.access_token).realm_access?.roles ?? [],
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
  return session;
}

/**
 * The user logged in, { accessToken, name, roles }, or null: none, or it has lapsed (its access token has expired
 * and it has no refresh token, or that too has expired). Its accessToken may have expired while it can be
 * refreshed: a write takes one from asUser.
 */
export function session() {
  const current = JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
  const lapses = current?.refreshToken ? (current.refreshExpiresAt ?? Infinity) : current?.expiresAt;
  if (current && lapses <= Date.now()) {
    ended();
    return null;
  }
  return current;
}

/**
 * Sends a write as the user logged in: send(token) with an access token that has time left, refreshed first when
 * it has not; and once more with a refreshed one when the API refuses it all the same (UNAUTHENTICATED: the
 * provider's clock runs ahead of the browser's). A refused token wrote nothing, so sending again is safe. Resolves
 * to null, having written nothing, when there is no session or it could not be refreshed: the user must log in
 * again.
 */
export async function asUser(send) {
  let current = session();
  if (current && current.expiresAt - MARGIN_MS <= Date.now()) {
    current = await refresh(current);
  }
  if (!current) {
    return null;
  }
  try {
    return await send(current.accessToken);
  } catch (error) {
    if (error.code !== 'UNAUTHENTICATED' || !current.refreshToken) {
      throw error;
    }
    const renewed = await refresh(current);
    return renewed ? send(renewed.accessToken) : null;
  }
}

let refreshing = null;

/** The name of the event sent to the window when a session ends without the user logging out: the header shows it. */
export const SESSION_ENDED = 'majlis:session-ended';

function ended() {
  sessionStorage.removeItem(SESSION);
  window.dispatchEvent(new Event(SESSION_ENDED));
}

/**
 * A new access token for the session, from the provider's token endpoint (grant_type refresh_token; the reader is
 * a public client, with no secret to send), or null, the session dropped, when it has no refresh token or the
 * provider refuses it or cannot be reached. Writes that need one at the same time share one request.
 */
function refresh(current) {
  refreshing ??= (async () => {
    try {
      const idp = await identityProvider();
      const response = current.refreshToken && await fetch(idp.token, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: idp.clientId, refresh_token: current.refreshToken }),
      });
      if (response?.ok) {
        // A provider that rotates refresh tokens sends a new one; one that does not keeps the first valid.
        const tokens = await response.json();
        return remember({ refresh_token: current.refreshToken, ...tokens }, current.name);
      }
    } catch {
      // The provider could not be reached, or answered no JSON: the session is dropped as when it refuses.
    }
    ended();
    return null;
  })().finally(() => { refreshing = null; });
  return refreshing;
}

/** Whether the user may write: an analyst (a curator is one too). The API checks it again on every write. */
export function mayEdit() {
  return session()?.roles.includes('analyst') ?? false;
}

/**
 * Forgets the tokens, then ends the provider's session too, so that the next login asks for the password again.
 * The provider asks the user to confirm: the reader sends it no token to prove who asks, since a token in a URL
 * is what it must never put there.
 */
export async function logOut() {
  sessionStorage.removeItem(SESSION);
  const idp = await identityProvider();
  if (!idp?.endSession) {
    location.reload();
    return;
  }
  const url = new URL(idp.endSession);
  url.search = new URLSearchParams({ client_id: idp.clientId, post_logout_redirect_uri: redirectUri() }).toString();
  location.assign(url);
}

/** The claims of a JWT, read without checking its signature: it came straight from the provider's token endpoint. */
function claims(jwt) {
  const payload = jwt.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
