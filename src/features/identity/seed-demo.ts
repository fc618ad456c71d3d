/**
 * Demo mode (default outside production): the municipality Groningen (GM0014) with one user per
 * role, `<role>@demo.omzien.nl`, password `omzien-demo`, and no second factor. Idempotent.
 * In production the app refuses to start while any demo account exists (`assertNoDemoAccounts`).
 */
import type { Db } from '../../platform/db/database.ts';
import type { Role } from '../../platform/db/schema.ts';
import { hashPassword } from './password.ts';
import { ROLES } from './permissions.ts';

export const DEMO_PASSWORD = 'omzien-demo';
export const DEMO_DOMAIN = 'demo.omzien.nl';
export const DEMO_MUNICIPALITY = { code: 'GM0014', name: 'Groningen', slug: 'groningen' } as const;
export const DEMO_PLATFORM_ADMIN = `platform@${DEMO_DOMAIN}`;

export const DEMO_NAMES: Record<Role, string> = {
  admin: 'Anna Beheer (demo)',
  coordinator: 'Cor Coördinator (demo)',
  worker: 'Wim Werker (demo)',
  volunteer: 'Vera Vrijwilliger (demo)',
  partner: 'Piet Partner (demo)',
  analyst: 'Bea Beleid (demo)',
};

export function demoEmail(role: Role): string {
  return `${role}@${DEMO_DOMAIN}`;
}

export async function seedDemo(db: Db): Promise<void> {
  const existing = await db
    .selectFrom('people')
    .select('email')
    .where('email', 'like', `%@${DEMO_DOMAIN}`)
    .execute();
  const have = new Set(existing.map((p) => p.email));
  const municipality =
    (await db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', DEMO_MUNICIPALITY.code)
      .executeTakeFirst()) ??
    (await db
      .insertInto('municipalities')
      .values({ ...DEMO_MUNICIPALITY, settings: '{}' })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()) ??
    (await db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', DEMO_MUNICIPALITY.code)
      .executeTakeFirstOrThrow());
  const missing = ROLES.filter((role) => !have.has(demoEmail(role)));
  const needPlatform = !have.has(DEMO_PLATFORM_ADMIN);
  if (missing.length === 0 && !needPlatform) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const role of missing) {
    const person = await db
      .insertInto('people')
      .values({
        email: demoEmail(role),
        name: DEMO_NAMES[role],
        status: 'active',
        password_hash: passwordHash,
        mfa_exempt: true,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (person) {
      await db
        .insertInto('memberships')
        .values({ person_id: person.id, municipality_id: municipality.id, role })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  if (needPlatform) {
    await db
      .insertInto('people')
      .values({
        email: DEMO_PLATFORM_ADMIN,
        name: 'Paula Platform (demo)',
        status: 'active',
        password_hash: passwordHash,
        mfa_exempt: true,
        platform_admin: true,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
  }
}

/** Production refuses demo accounts and any account without a second factor exemption check. */
export async function assertNoDemoAccounts(db: Db): Promise<void> {
  const demo = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('email', 'like', `%@${DEMO_DOMAIN}`), eb('mfa_exempt', '=', true)]))
    .executeTakeFirstOrThrow();
  if (Number(demo.n) > 0) {
    throw new Error(
      `NODE_ENV=production, but the database holds ${demo.n} demo account(s) (@${DEMO_DOMAIN} or without a second factor). ` +
        'Use a database without demo content for production.',
    );
  }
}
