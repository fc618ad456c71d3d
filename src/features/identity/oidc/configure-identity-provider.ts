/**
 * A municipality's own identity provider (OpenID Connect): set by its admins, read without the
 * secret. Each change is in the audit trail as a settings change (field `identityProvider`).
 */
import type { RequestContext } from '../../../platform/auth/actor.ts';
import { seal } from '../../../platform/crypto/secret-box.ts';
import type { Db } from '../../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../../platform/http/problem.ts';
import { recordAuditEvent } from '../../audit/record-event.ts';
import { authorize } from '../policy.ts';
import { findProvider } from './repo.ts';
import type { IdentityProviderInput, IdentityProviderView } from './schema.ts';

export interface SsoSettings {
  /** The public address of Omzien (for the redirect URI). */
  baseUrl: string;
  /** In production the issuer must be https. */
  production: boolean;
}

export const CALLBACK_PATH = '/inloggen/sso/callback';

export function redirectUri(baseUrl: string): string {
  return `${baseUrl}${CALLBACK_PATH}`;
}

function present(
  row: NonNullable<Awaited<ReturnType<typeof findProvider>>>,
  slug: string,
  settings: SsoSettings,
): IdentityProviderView {
  return {
    issuer: row.issuer,
    clientId: row.client_id,
    displayName: row.display_name,
    trustIdpMfa: row.trust_idp_mfa,
    enabled: row.enabled,
    redirectUri: redirectUri(settings.baseUrl),
    loginUrl: `${settings.baseUrl}/inloggen/sso/${slug}`,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function getIdentityProvider(
  db: Db,
  municipality: string,
  context: RequestContext,
  settings: SsoSettings,
): Promise<IdentityProviderView> {
  const membership = authorize(context.actor, 'settings.read', municipality);
  const row = await findProvider(db, membership.municipalityId);
  if (!row) throw new NotFoundError('De inlogdienst van deze gemeente');
  return present(row, membership.municipalitySlug, settings);
}

export async function configureIdentityProvider(
  db: Db,
  municipality: string,
  input: IdentityProviderInput,
  context: RequestContext,
  settings: SsoSettings,
): Promise<IdentityProviderView> {
  const membership = authorize(context.actor, 'settings.update', municipality);
  const issuer = new URL(input.issuer);
  if (settings.production && issuer.protocol !== 'https:') {
    throw new ValidationError([
      { name: 'body.issuer', reason: 'Het adres van de inlogdienst moet met https:// beginnen.' },
    ]);
  }
  if (issuer.search || issuer.hash) {
    throw new ValidationError([
      { name: 'body.issuer', reason: 'Het adres van de inlogdienst heeft geen ? of # erin.' },
    ]);
  }
  const existing = await findProvider(db, membership.municipalityId);
  if (!existing && !input.clientSecret) {
    throw new ValidationError([{ name: 'body.clientSecret', reason: 'Vul het client-geheim in.' }]);
  }
  const values = {
    // Exactly as given: discovery compares it with the provider's own `issuer`.
    issuer: input.issuer,
    client_id: input.clientId,
    display_name: input.displayName,
    trust_idp_mfa: input.trustIdpMfa,
    enabled: input.enabled,
    updated_at: new Date(),
    ...(input.clientSecret ? { client_secret: seal(input.clientSecret) } : {}),
  };
  await db.transaction().execute(async (trx) => {
    if (existing) {
      await trx
        .updateTable('identity_providers')
        .set(values)
        .where('municipality_id', '=', membership.municipalityId)
        .execute();
    } else {
      await trx
        .insertInto('identity_providers')
        .values({
          ...values,
          municipality_id: membership.municipalityId,
          client_secret: seal(input.clientSecret!),
        })
        .execute();
    }
    await recordAuditEvent(trx, {
      type: 'municipality.settings-updated',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: 'municipality',
      entityId: membership.municipalityId,
      fields: ['identityProvider'],
      detail: {
        enabled: input.enabled,
        trustIdpMfa: input.trustIdpMfa,
        secretChanged: Boolean(input.clientSecret),
      },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  const row = await findProvider(db, membership.municipalityId);
  if (!row) throw new NotFoundError('De inlogdienst van deze gemeente');
  return present(row, membership.municipalitySlug, settings);
}
