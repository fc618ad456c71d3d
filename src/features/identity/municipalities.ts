/**
 * Municipalities (tenants): created by a platform administrator; their settings read and changed
 * by the municipality's admins. Each change is in the audit trail.
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import { ConflictError } from '../../platform/auth/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize, requirePlatformAdmin } from './policy.ts';
import { findMunicipality } from './repo.ts';
import { MunicipalitySettings, type MunicipalitySettingsT } from './schema.ts';

export interface NewMunicipality {
  code: string;
  name: string;
  slug: string;
}

/** Create a municipality. `context` null means the command line (an operator on the server). */
export async function createMunicipality(
  db: Db,
  input: NewMunicipality,
  context: RequestContext | null,
) {
  if (context) requirePlatformAdmin(context.actor);
  const clash = await db
    .selectFrom('municipalities')
    .select('code')
    .where((eb) => eb.or([eb('code', '=', input.code), eb('slug', '=', input.slug)]))
    .executeTakeFirst();
  if (clash) throw new ConflictError('Er is al een gemeente met deze code of dit korte adres.');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('municipalities')
      .values({
        code: input.code,
        name: input.name.trim(),
        slug: input.slug,
        settings: JSON.stringify(MunicipalitySettings.parse({})),
      })
      .returning(['id', 'code', 'name', 'slug'])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      type: 'municipality.created',
      actorId: context?.actor?.personId ?? null,
      municipalityId: row.id,
      entityType: 'municipality',
      entityId: row.id,
      fields: ['code', 'name', 'slug'],
      detail: { code: row.code, via: context ? 'web' : 'cli' },
      ip: context?.ip ?? null,
      userAgent: context?.userAgent ?? null,
    });
    return row;
  });
}

export function parseSettings(raw: unknown): MunicipalitySettingsT {
  const value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const parsed = MunicipalitySettings.safeParse(value ?? {});
  return parsed.success ? parsed.data : MunicipalitySettings.parse({});
}

export async function getSettings(db: Db, municipality: string, context: RequestContext) {
  authorize(context.actor, 'settings.read', municipality);
  const row = await findMunicipality(db, municipality);
  if (!row) throw new NotFoundError('Deze gemeente');
  return parseSettings(row.settings);
}

export async function updateSettings(
  db: Db,
  municipality: string,
  settings: MunicipalitySettingsT,
  context: RequestContext,
) {
  const membership = authorize(context.actor, 'settings.update', municipality);
  const row = await findMunicipality(db, membership.municipalityCode);
  if (!row) throw new NotFoundError('Deze gemeente');
  const before = parseSettings(row.settings);
  const changed = (Object.keys(settings) as (keyof MunicipalitySettingsT)[]).filter(
    (k) => JSON.stringify(settings[k]) !== JSON.stringify(before[k]),
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('municipalities')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', row.id)
      .execute();
    await recordAuditEvent(trx, {
      type: 'municipality.settings-updated',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: row.id,
      entityType: 'municipality',
      entityId: row.id,
      fields: changed,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  return settings;
}

export type PublicContact = MunicipalitySettingsT['contact'];

/**
 * What residents may see of a municipality (name, slug, and the settings meant for them), by
 * its slug; no permission needed. Other settings stay inside.
 */
export async function findPublicMunicipality(db: Db, slug: string) {
  const row = await db
    .selectFrom('municipalities')
    .select(['name', 'slug', 'settings'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const settings = parseSettings(row.settings);
  return {
    name: row.name,
    slug: row.slug,
    settings: { publicSelfCheck: settings.publicSelfCheck, contact: settings.contact },
  };
}
