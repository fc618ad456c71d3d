/**
 * The second step after single sign-on, when the municipality does not trust its provider's own
 * second factor: the code from the person's authenticator app, checked like at password login
 * (a code works once: `totp_last_step`). Then the session counts as complete. Wrong codes count
 * towards the same lock-out as password logins; at the lock the session ends.
 */
import type { Actor, RequestContext } from '../../../platform/auth/actor.ts';
import { unseal } from '../../../platform/crypto/secret-box.ts';
import type { Db } from '../../../platform/db/database.ts';
import { recordAuditEvent } from '../../audit/record-event.ts';
import type { LoginPolicy } from '../log-in.ts';
import { verifyTotp } from '../totp.ts';

export type SecondFactorResult =
  | { ok: true }
  | { ok: false; reason: 'not-needed' | 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export async function passSecondFactor(
  db: Db,
  actor: Actor,
  code: string,
  context: RequestContext,
  policy: LoginPolicy,
): Promise<SecondFactorResult> {
  const audit = { ip: context.ip, userAgent: context.userAgent };
  const person = await db
    .selectFrom('people')
    .select(['id', 'totp_secret', 'totp_confirmed_at', 'totp_last_step', 'locked_until'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (actor.mfaPassed || !person.totp_confirmed_at || !person.totp_secret) {
    return { ok: false, reason: 'not-needed' };
  }
  if (person.locked_until && person.locked_until.getTime() > Date.now()) {
    await db.deleteFrom('sessions').where('token_hash', '=', actor.sessionTokenHash).execute();
    return {
      ok: false,
      reason: 'locked',
      retryAfterSeconds: Math.ceil((person.locked_until.getTime() - Date.now()) / 1000),
    };
  }
  const lastStep = person.totp_last_step === null ? null : Number(person.totp_last_step);
  const step = verifyTotp(unseal(person.totp_secret), code.trim(), Date.now(), lastStep);
  if (step === null) {
    const locked = await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('people')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', person.id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      await recordAuditEvent(trx, {
        type: 'session.login-failed',
        actorId: person.id,
        entityType: 'person',
        entityId: person.id,
        detail: { method: 'oidc', reason: 'totp-invalid' },
        ...audit,
      });
      if (row.failed_logins < policy.maxAttempts) return false;
      await trx
        .updateTable('people')
        .set({
          failed_logins: 0,
          locked_until: new Date(Date.now() + policy.lockMinutes * 60_000),
        })
        .where('id', '=', person.id)
        .execute();
      await trx.deleteFrom('sessions').where('token_hash', '=', actor.sessionTokenHash).execute();
      await recordAuditEvent(trx, {
        type: 'session.locked',
        actorId: person.id,
        entityType: 'person',
        entityId: person.id,
        detail: { minutes: policy.lockMinutes },
        ...audit,
      });
      return true;
    });
    return locked
      ? { ok: false, reason: 'locked', retryAfterSeconds: policy.lockMinutes * 60 }
      : { ok: false, reason: 'invalid' };
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ totp_last_step: step, failed_logins: 0 })
      .where('id', '=', person.id)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ mfa_passed: true })
      .where('token_hash', '=', actor.sessionTokenHash)
      .execute();
    await recordAuditEvent(trx, {
      type: 'session.second-factor-passed',
      actorId: person.id,
      entityType: 'person',
      entityId: person.id,
      detail: { method: 'oidc' },
      ...audit,
    });
  });
  return { ok: true };
}
