/**
 * The single sign-on API: a municipality's identity provider, set and read by its admins. The
 * client secret goes in and never comes out. Thin: validation by the schemas, work in the use
 * case.
 */
import { z } from 'zod';
import type { ApiRegistry } from '../../../platform/http/api.ts';
import type { IdentityDeps } from '../routes.ts';
import { MunicipalityKey } from '../schema.ts';
import { configureIdentityProvider, getIdentityProvider } from './configure-identity-provider.ts';
import { IdentityProviderBody, IdentityProviderOut } from './schema.ts';

export interface OidcDeps extends IdentityDeps {
  /** NODE_ENV=production: issuers must be https. */
  production: boolean;
}

const tag = 'Accounts and access';
const MunicipalityParams = z.strictObject({ municipality: MunicipalityKey });

export function registerOidcApi(api: ApiRegistry, deps: OidcDeps): void {
  const { db } = deps;
  const settings = { baseUrl: deps.baseUrl, production: deps.production };

  api.add({
    method: 'GET',
    path: '/api/v1/municipalities/{municipality}/identity-provider',
    operationId: 'getIdentityProvider',
    summary:
      "The municipality's own identity provider for single sign-on (admin); never the secret",
    tag,
    auth: 'session',
    params: MunicipalityParams,
    response: IdentityProviderOut,
    errors: [404],
    handler: async ({ params, context }) =>
      getIdentityProvider(db, params.municipality, context, settings),
  });

  api.add({
    method: 'PUT',
    path: '/api/v1/municipalities/{municipality}/identity-provider',
    operationId: 'configureIdentityProvider',
    summary:
      "Set the municipality's own OpenID Connect provider (admin). The secret is write-only; leave it out to keep the stored one",
    tag,
    auth: 'session',
    params: MunicipalityParams,
    body: IdentityProviderBody,
    response: IdentityProviderOut,
    handler: async ({ params, body, context }) =>
      configureIdentityProvider(db, params.municipality, body, context, settings),
  });
}
