// The signed-in person, through keycloak-js: authorization code flow with PKCE (S256), tokens in
// memory only, a silent check in a hidden frame to find an existing Keycloak session.
import Keycloak from '../vendor/keycloak-js/lib/keycloak.js';
import { currentLanguage } from './i18n.js';

const TOKEN_MIN_VALIDITY_SECONDS = 30;
const KEYCLOAK_ANSWER_TIMEOUT_MS = 4000;
// keycloak-js waits for ever when the silent check's frame never answers (e.g. Keycloak shows an
// error page in it): past this, the page goes on without a session.
const SESSION_CHECK_TIMEOUT_MS = 8000;

let keycloak;

/** Raised when the caller must sign in (again). */
export class SignInRequired extends Error {}

/**
 * Starts keycloak-js. Resolves to { signedIn, name, roles } or, when Keycloak cannot be reached,
 * { signedIn: false, unavailable: true }; never rejects. The roles only choose what the page
 * offers: the API checks them on every call.
 */
export async function startSession() {
  try {
    const config = await readConfiguration();
    keycloak = new Keycloak(config.keycloak);
    const signedIn = await withinTime(SESSION_CHECK_TIMEOUT_MS, keycloak.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: pageUrl('silent-check-sso.html'),
      messageReceiveTimeout: KEYCLOAK_ANSWER_TIMEOUT_MS,
    }));
    return { signedIn, name: signedIn ? displayName() : undefined, roles: signedIn ? roles() : [] };
  } catch {
    return { signedIn: false, unavailable: true };
  }
}

/** Leaves for Keycloak's sign-in page; comes back to returnPage (a page of the portal). */
export function signIn(returnPage) {
  return keycloak?.login({ redirectUri: pageUrl(returnPage), locale: currentLanguage() });
}

/** Leaves for Keycloak's registration page; comes back to returnPage. */
export function register(returnPage) {
  return keycloak?.register({ redirectUri: pageUrl(returnPage), locale: currentLanguage() });
}

/** Ends the Keycloak session and comes back to the portal's landing page. */
export function signOut() {
  return keycloak?.logout({ redirectUri: pageUrl('./') });
}

/** A valid access token, refreshed when about to expire. */
export async function accessToken() {
  if (!keycloak?.authenticated) {
    throw new SignInRequired();
  }
  try {
    await keycloak.updateToken(TOKEN_MIN_VALIDITY_SECONDS);
    return keycloak.token;
  } catch {
    throw new SignInRequired();
  }
}

async function readConfiguration() {
  const response = await fetch(pageUrl('config.json'), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`config.json: HTTP ${response.status}`);
  }
  return response.json();
}

function withinTime(milliseconds, promise) {
  const late = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('No answer from Keycloak in time')), milliseconds);
  });
  return Promise.race([promise, late]);
}

function displayName() {
  const claims = keycloak.idTokenParsed ?? keycloak.tokenParsed ?? {};
  return claims.name || claims.preferred_username || '';
}

/** The roles the access token grants (its groups claim), to choose the links a page shows. */
function roles() {
  const groups = keycloak.tokenParsed?.groups;
  return Array.isArray(groups) ? groups.map(String) : [];
}

function pageUrl(page) {
  return new URL(page, document.baseURI).href;
}
