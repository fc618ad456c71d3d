/**
 * Start single sign-on for a municipality: discover its provider, and build the authorization
 * request (code flow with PKCE S256, state and nonce). The caller sets the sealed state as a
 * cookie and sends the browser to `url`.
 */
import * as oidc from 'openid-client';
import type { Db } from '../../../platform/db/database.ts';
import { findMunicipality } from '../repo.ts';
import { clientFor } from './client.ts';
import { redirectUri, type SsoSettings } from './configure-identity-provider.ts';
import { LOGIN_STATE_MINUTES, sealLoginState } from './login-state.ts';
import { findProviderWithSecret } from './repo.ts';

export type StartResult =
  | { ok: true; url: string; cookie: string }
  | { ok: false; reason: 'not-configured' | 'provider-unreachable'; displayName?: string };

export async function startSsoLogin(
  db: Db,
  municipality: string,
  returnTo: string,
  settings: SsoSettings,
): Promise<StartResult> {
  const row = await findMunicipality(db, municipality);
  const provider = row ? await findProviderWithSecret(db, row.id) : undefined;
  if (!provider?.enabled) return { ok: false, reason: 'not-configured' };
  let config: oidc.Configuration;
  try {
    config = await clientFor(provider, !settings.production);
  } catch {
    return { ok: false, reason: 'provider-unreachable', displayName: provider.display_name };
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(settings.baseUrl),
    response_type: 'code',
    scope: 'openid email',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const cookie = sealLoginState(provider.client_secret, {
    municipalityId: provider.municipality_id,
    state,
    nonce,
    codeVerifier,
    returnTo,
    expiresAt: Date.now() + LOGIN_STATE_MINUTES * 60_000,
  });
  return { ok: true, url: url.href, cookie };
}
