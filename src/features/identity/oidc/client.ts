/**
 * The OpenID Connect client of one municipality's provider, from discovery (openid-client).
 * Discovery results are kept per process for a few minutes, keyed by the provider's
 * `updated_at`, so a changed setting takes effect at once and a provider's new keys within
 * minutes.
 */
import * as oidc from 'openid-client';

const KEEP_MS = 10 * 60_000;
const cache = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

export interface ProviderRow {
  municipality_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  updated_at: Date;
}

/**
 * The client configuration. Plain http issuers work only when `allowHttp` (outside production);
 * client authentication is `client_secret_basic`, the method every provider must support.
 */
export function clientFor(provider: ProviderRow, allowHttp: boolean): Promise<oidc.Configuration> {
  const key = `${provider.municipality_id}|${provider.updated_at.getTime()}|${allowHttp}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < KEEP_MS) return hit.config;
  for (const [k, v] of cache) {
    if (k.startsWith(`${provider.municipality_id}|`) || now - v.at >= KEEP_MS) cache.delete(k);
  }
  const issuer = new URL(provider.issuer);
  if (issuer.protocol !== 'https:' && !allowHttp) {
    return Promise.reject(new Error('identity provider issuer must be https'));
  }
  const config = oidc.discovery(
    issuer,
    provider.client_id,
    undefined,
    oidc.ClientSecretBasic(provider.client_secret),
    {
      timeout: 10,
      ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
    },
  );
  cache.set(key, { at: now, config });
  config.catch(() => cache.delete(key));
  return config;
}
