/**
 * The state of one single sign-on attempt (state, nonce, PKCE verifier, where to return),
 * kept in the browser in a short-lived cookie, encrypted and authenticated with AES-256-GCM.
 *
 * The key is derived (HKDF-SHA256) from the municipality's client secret, which every Omzien
 * instance reads from the database: the attempt survives a restart or a different instance
 * answering the callback, and no extra secret has to be configured. The municipality id is in
 * clear in front (to find the key) and bound to the ciphertext as associated data. Changing the
 * secret ends attempts in progress, which is harmless (they last 10 minutes).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const LOGIN_STATE_COOKIE = 'omzien_sso';
export const LOGIN_STATE_MINUTES = 10;

export interface LoginState {
  /** The municipality whose provider is used. */
  municipalityId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A local path to go to after login. */
  returnTo: string;
  /** Milliseconds since the epoch after which the state is refused. */
  expiresAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function keyFor(clientSecret: string, municipalityId: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', clientSecret, municipalityId, 'omzien sso login state v1', 32),
  );
}

export function sealLoginState(clientSecret: string, state: LoginState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(clientSecret, state.municipalityId), iv);
  cipher.setAAD(Buffer.from(state.municipalityId));
  const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  return `${state.municipalityId}.${sealed}`;
}

/** The municipality a cookie names, before it is opened (null when malformed). */
export function municipalityOf(cookie: string | undefined): string | null {
  const id = cookie?.split('.')[0];
  return id && UUID.test(id) ? id : null;
}

/** The state in a cookie, or null when it was changed, belongs elsewhere or has expired. */
export function openLoginState(clientSecret: string, cookie: string): LoginState | null {
  const [id, sealed] = cookie.split('.');
  if (!id || !sealed || !UUID.test(id)) return null;
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 12 + 16 + 2) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(clientSecret, id), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(id));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const text = Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]).toString('utf8');
    const state = JSON.parse(text) as LoginState;
    if (state.municipalityId !== id || state.expiresAt <= Date.now()) return null;
    return state;
  } catch {
    return null;
  }
}
