/** Queries of single sign-on. The secret is read only by `findProviderWithSecret`. */
import { unseal } from '../../../platform/crypto/secret-box.ts';
import type { Db } from '../../../platform/db/database.ts';

/** The provider of a municipality (by id), secret included (unsealed): for the login flow only. */
export async function findProviderWithSecret(db: Db, municipalityId: string) {
  const row = await db
    .selectFrom('identity_providers')
    .innerJoin('municipalities', 'municipalities.id', 'identity_providers.municipality_id')
    .select([
      'identity_providers.municipality_id',
      'identity_providers.issuer',
      'identity_providers.client_id',
      'identity_providers.client_secret',
      'identity_providers.display_name',
      'identity_providers.trust_idp_mfa',
      'identity_providers.enabled',
      'identity_providers.updated_at',
      'municipalities.code as municipality_code',
      'municipalities.slug as municipality_slug',
      'municipalities.name as municipality_name',
    ])
    .where('identity_providers.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row && { ...row, client_secret: unseal(row.client_secret) };
}

/** The provider of a municipality without its secret. */
export function findProvider(db: Db, municipalityId: string) {
  return db
    .selectFrom('identity_providers')
    .select(['issuer', 'client_id', 'display_name', 'trust_idp_mfa', 'enabled', 'updated_at'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export interface SsoLink {
  municipalitySlug: string;
  municipalityName: string;
  displayName: string;
  href: string;
}

/** The enabled providers, for the login page: "Inloggen met je account van …". */
export async function listSsoProviders(db: Db): Promise<SsoLink[]> {
  const rows = await db
    .selectFrom('identity_providers')
    .innerJoin('municipalities', 'municipalities.id', 'identity_providers.municipality_id')
    .select(['municipalities.slug', 'municipalities.name', 'identity_providers.display_name'])
    .where('identity_providers.enabled', '=', true)
    .orderBy('municipalities.name')
    .execute();
  return rows.map((r) => ({
    municipalitySlug: r.slug,
    municipalityName: r.name,
    displayName: r.display_name,
    href: `/inloggen/sso/${r.slug}`,
  }));
}
