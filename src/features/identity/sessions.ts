/**
 * Sessions in the database. The cookie holds a random token; the table holds its hash, the
 * person, whether the second factor was given, and two clocks: idle (since the last request) and
 * absolute (since login). Either running out ends the session.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { MFA_REQUIRED } from './permissions.ts';
import { membershipsOf } from './repo.ts';
import { hashToken, newToken, TOKEN_PATTERN } from './secrets.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Update `last_seen_at` at most this often, so reads do not turn into writes on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Db,
  input: {
    personId: string;
    mfaPassed: boolean;
    method: 'password' | 'oidc';
    /** Limit the session to one municipality (single sign-on through its provider). */
    municipalityId?: string | undefined;
    ip: string | null;
    userAgent: string | null;
    policy: SessionPolicy;
  },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      person_id: input.personId,
      expires_at: new Date(Date.now() + input.policy.absoluteHours * 3_600_000),
      mfa_passed: input.mfaPassed,
      method: input.method,
      municipality_id: input.municipalityId ?? null,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/** Whether a person's roles (or platform role) need a second factor. */
export function needsMfa(
  platformAdmin: boolean,
  roles: readonly { role: keyof typeof MFA_REQUIRED }[],
): boolean {
  return platformAdmin || roles.some((m) => MFA_REQUIRED[m.role]);
}

/** The actor behind a session token, or null when the token is unknown, expired or idle. */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  policy: SessionPolicy,
): Promise<Actor | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select([
      'sessions.person_id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.mfa_passed',
      'sessions.municipality_id',
      'people.email',
      'people.name',
      'people.status',
      'people.platform_admin',
      'people.mfa_exempt',
      'people.totp_confirmed_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (row.status !== 'active' || row.expires_at.getTime() <= now || idleLimit <= now) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  // A single sign-on session reaches only the municipality whose provider let the person in.
  const scoped = row.municipality_id;
  const all = await membershipsOf(db, row.person_id);
  const memberships = scoped ? all.filter((m) => m.municipalityId === scoped) : all;
  const platformAdmin = row.platform_admin && !scoped;
  const required = needsMfa(platformAdmin, memberships);
  const mfaPassed = row.mfa_passed || row.mfa_exempt || !required;
  return {
    personId: row.person_id,
    email: row.email,
    name: row.name,
    platformAdmin,
    memberships,
    mfaPassed,
    mfaSetupRequired: required && !row.mfa_exempt && row.totp_confirmed_at === null,
    sessionTokenHash: tokenHash,
  };
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/**
 * Remove expired sessions and one-time links that were used or ran out more than a day ago
 * (called now and then; resolving a session also removes the one it meets).
 */
export async function purgeExpired(db: Db, policy: SessionPolicy): Promise<number> {
  const now = Date.now();
  await db
    .deleteFrom('one_time_tokens')
    .where((eb) =>
      eb.or([
        eb('used_at', '<=', new Date(now - 86_400_000)),
        eb('expires_at', '<=', new Date(now - 86_400_000)),
      ]),
    )
    .execute();
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', new Date(now)),
        eb('last_seen_at', '<=', new Date(now - policy.idleMinutes * 60_000)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
