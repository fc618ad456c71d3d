/**
 * Someone follows the link from their invitation and chooses a password. The link works once and
 * for 7 days. The account becomes active; the second factor is set up right after logging in.
 */

import type { Transaction } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.ts';
import { InvalidLinkError } from '../../platform/auth/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Database } from '../../platform/db/schema.ts';
import { ValidationError } from '../../platform/http/problem.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { hashToken, TOKEN_PATTERN } from './secrets.ts';

/** The open token of a purpose, with its person; null when unknown, used or expired. */
export async function findOpenToken(
  db: Db,
  token: string,
  purpose: 'invitation' | 'password-reset',
) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db
    .selectFrom('one_time_tokens')
    .innerJoin('people', 'people.id', 'one_time_tokens.person_id')
    .select([
      'one_time_tokens.token_hash',
      'one_time_tokens.person_id',
      'one_time_tokens.municipality_id',
      'one_time_tokens.role',
      'one_time_tokens.expires_at',
      'one_time_tokens.used_at',
      'people.email',
      'people.name',
      'people.status',
    ])
    .where('one_time_tokens.token_hash', '=', hashToken(token))
    .where('one_time_tokens.purpose', '=', purpose)
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at.getTime() <= Date.now() || row.status === 'disabled')
    return null;
  return row;
}

/**
 * The open link and the hash of an acceptable new password, or an error: an invalid link, or a
 * password that is not good enough (named `<fieldPrefix>.password`).
 */
export async function checkLinkAndPassword(
  db: Db,
  input: { token: string; password: string },
  purpose: 'invitation' | 'password-reset',
  fieldPrefix: string,
) {
  const open = await findOpenToken(db, input.token, purpose);
  if (!open) throw new InvalidLinkError();
  const problem = passwordProblem(input.password, open.email);
  if (problem) throw new ValidationError([{ name: `${fieldPrefix}.password`, reason: problem }]);
  return { open, passwordHash: await hashPassword(input.password) };
}

/** Mark a link used, inside the transaction of what it allows; a link used meanwhile fails. */
export async function useToken(trx: Transaction<Database>, tokenHash: string): Promise<void> {
  const used = await trx
    .updateTable('one_time_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw new InvalidLinkError();
}

export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string },
  context: RequestContext,
  fieldPrefix = 'body',
): Promise<{ personId: string; email: string }> {
  const { open, passwordHash } = await checkLinkAndPassword(db, input, 'invitation', fieldPrefix);
  await db.transaction().execute(async (trx) => {
    await useToken(trx, open.token_hash);
    await trx
      .updateTable('people')
      .set({ password_hash: passwordHash, status: 'active', failed_logins: 0, locked_until: null })
      .where('id', '=', open.person_id)
      .execute();
    await recordAuditEvent(trx, {
      type: 'person.invitation-accepted',
      actorId: open.person_id,
      actorRole: open.role,
      municipalityId: open.municipality_id,
      entityType: 'person',
      entityId: open.person_id,
      fields: ['password'],
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  return { personId: open.person_id, email: open.email };
}
