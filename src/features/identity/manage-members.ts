/**
 * Admins manage the people of their municipality: take back a role, or make someone set up
 * their second factor again (a lost phone). Both end the person's sessions, so the change holds
 * at once. An admin cannot take back their own admin role (someone must stay able to manage).
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import { ConflictError } from '../../platform/auth/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Role } from '../../platform/db/schema.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize } from './policy.ts';

export async function revokeRole(
  db: Db,
  municipality: string,
  input: { personId: string; role: Role },
  context: RequestContext,
): Promise<{ remainingRoles: number }> {
  const membership = authorize(context.actor, 'members.manage', municipality);
  if (input.personId === context.actor?.personId && input.role === 'admin') {
    throw new ConflictError(
      'Je kunt je eigen rol als beheerder niet intrekken. Vraag een andere beheerder.',
    );
  }
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('memberships')
      .where('person_id', '=', input.personId)
      .where('municipality_id', '=', membership.municipalityId)
      .where('role', '=', input.role)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw new NotFoundError('Deze rol van deze persoon');
    await trx.deleteFrom('sessions').where('person_id', '=', input.personId).execute();
    const left = await trx
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', input.personId)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      type: 'person.role-revoked',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: 'person',
      entityId: input.personId,
      fields: ['role'],
      detail: { role: input.role },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { remainingRoles: Number(left.n) };
  });
}

export async function resetSecondFactor(
  db: Db,
  municipality: string,
  personId: string,
  context: RequestContext,
): Promise<void> {
  const membership = authorize(context.actor, 'members.manage', municipality);
  await db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom('memberships')
      .select('person_id')
      .where('person_id', '=', personId)
      .where('municipality_id', '=', membership.municipalityId)
      .executeTakeFirst();
    if (!member) throw new NotFoundError('Deze persoon');
    await trx
      .updateTable('people')
      .set({ totp_secret: null, totp_confirmed_at: null, totp_last_step: null })
      .where('id', '=', personId)
      .execute();
    await trx.deleteFrom('sessions').where('person_id', '=', personId).execute();
    await recordAuditEvent(trx, {
      type: 'person.totp-reset',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: 'person',
      entityId: personId,
      fields: ['totp'],
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
