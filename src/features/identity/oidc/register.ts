/** Single sign-on through the municipality's own identity provider: API routes and pages. */
import type { FastifyInstance } from 'fastify';
import type { ApiRegistry } from '../../../platform/http/api.ts';
import { registerOidcPages } from './pages.tsx';
import { type OidcDeps, registerOidcApi } from './routes.ts';

export type { OidcDeps } from './routes.ts';

/** Call before `api.mount(http)`. */
export function registerOidc(http: FastifyInstance, api: ApiRegistry, deps: OidcDeps): void {
  registerOidcApi(api, deps);
  registerOidcPages(http, deps);
}
