/** Queries of the identity feature. Writes go through the use cases (with their audit event). */
import type { Membership } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findPersonByEmail(db: Db, email: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export function findPersonById(db: Db, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function membershipsOf(db: Db, personId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('municipalities', 'municipalities.id', 'memberships.municipality_id')
    .select([
      'memberships.role',
      'municipalities.id as municipalityId',
      'municipalities.code as municipalityCode',
      'municipalities.slug as municipalitySlug',
      'municipalities.name as municipalityName',
    ])
    .where('memberships.person_id', '=', personId)
    .orderBy('municipalities.name')
    .orderBy('memberships.role')
    .execute();
  return rows.map((r) => ({
    municipalityId: r.municipalityId,
    municipalityCode: r.municipalityCode,
    municipalitySlug: r.municipalitySlug,
    municipalityName: r.municipalityName,
    role: r.role,
  }));
}

export function findMunicipality(db: Db, codeOrSlug: string) {
  const key = codeOrSlug.trim();
  return db
    .selectFrom('municipalities')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', key.toUpperCase()), eb('slug', '=', key.toLowerCase())]))
    .executeTakeFirst();
}

export function listMunicipalities(db: Db) {
  return db
    .selectFrom('municipalities')
    .select(['id', 'code', 'name', 'slug'])
    .orderBy('name')
    .execute();
}

/** The people with a role in a municipality, with their roles there. */
export async function listMembers(db: Db, municipalityId: string) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select([
      'people.id',
      'people.name',
      'people.email',
      'people.status',
      'memberships.role',
      'people.totp_confirmed_at',
    ])
    .where('memberships.municipality_id', '=', municipalityId)
    .orderBy('people.name')
    .execute();
  const byPerson = new Map<
    string,
    { id: string; name: string; email: string; status: string; roles: string[]; mfa: boolean }
  >();
  for (const r of rows) {
    const entry = byPerson.get(r.id) ?? {
      id: r.id,
      name: r.name,
      email: r.email,
      status: r.status,
      roles: [],
      mfa: r.totp_confirmed_at !== null,
    };
    entry.roles.push(r.role);
    byPerson.set(r.id, entry);
  }
  return [...byPerson.values()];
}
