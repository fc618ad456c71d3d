/**
 * Log in with e-mail, password and (where set up) the code from the authenticator app. Every
 * attempt is in the audit trail. After `maxAttempts` failures in a row the account is locked for
 * `lockMinutes`; the answer for an unknown e-mail and a wrong password is the same.
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import { unseal } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { checkPassword } from './password.ts';
import { membershipsOf, normaliseEmail } from './repo.ts';
import { createSession, needsMfa, type SessionPolicy } from './sessions.ts';
import { verifyTotp } from './totp.ts';

export interface LoginInput {
  email: string;
  password: string;
  totp?: string | undefined;
}

export interface LoginPolicy extends SessionPolicy {
  maxAttempts: number;
  lockMinutes: number;
  /** Attempts per minute per client address (the HTTP layer applies it). */
  ratePerMinute: number;
}

export type LoginResult =
  | { ok: true; token: string; personId: string; mfaSetupRequired: boolean }
  | { ok: false; reason: 'invalid' | 'totp-required' | 'totp-invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export async function logIn(
  db: Db,
  input: LoginInput,
  context: RequestContext,
  policy: LoginPolicy,
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const person = await db
    .selectFrom('people')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  const audit = { ip: context.ip, userAgent: context.userAgent };

  if (person?.locked_until && person.locked_until.getTime() > Date.now()) {
    await db.transaction().execute((trx) =>
      recordAuditEvent(trx, {
        type: 'session.login-failed',
        actorId: person.id,
        entityType: 'person',
        entityId: person.id,
        detail: { reason: 'locked' },
        ...audit,
      }),
    );
    return {
      ok: false,
      reason: 'locked',
      retryAfterSeconds: Math.ceil((person.locked_until.getTime() - Date.now()) / 1000),
    };
  }

  const passwordOk = await checkPassword(person?.password_hash ?? null, input.password);
  if (person?.status !== 'active' || !passwordOk) {
    return failed(db, person?.id ?? null, 'invalid', policy, audit);
  }

  if (person.totp_confirmed_at && person.totp_secret) {
    if (!input.totp) return { ok: false, reason: 'totp-required' };
    const lastStep = person.totp_last_step === null ? null : Number(person.totp_last_step);
    const step = verifyTotp(unseal(person.totp_secret), input.totp.trim(), Date.now(), lastStep);
    if (step === null) return failed(db, person.id, 'totp-invalid', policy, audit);
    await db
      .updateTable('people')
      .set({ totp_last_step: step })
      .where('id', '=', person.id)
      .execute();
  }

  const memberships = await membershipsOf(db, person.id);
  const required = needsMfa(person.platform_admin, memberships);
  const mfaPassed = person.totp_confirmed_at !== null || person.mfa_exempt || !required;
  const token = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', person.id)
      .execute();
    await recordAuditEvent(trx, {
      type: 'session.login',
      actorId: person.id,
      entityType: 'person',
      entityId: person.id,
      detail: { method: 'password', secondFactor: person.totp_confirmed_at !== null },
      ...audit,
    });
    return createSession(trx, {
      personId: person.id,
      mfaPassed,
      method: 'password',
      ip: context.ip,
      userAgent: context.userAgent,
      policy,
    });
  });
  return {
    ok: true,
    token,
    personId: person.id,
    mfaSetupRequired: required && !person.mfa_exempt && person.totp_confirmed_at === null,
  };
}

async function failed(
  db: Db,
  personId: string | null,
  reason: 'invalid' | 'totp-invalid',
  policy: LoginPolicy,
  audit: { ip: string; userAgent: string },
): Promise<LoginResult> {
  await db.transaction().execute(async (trx) => {
    let locked = false;
    if (personId) {
      const row = await trx
        .updateTable('people')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', personId)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      if (row.failed_logins >= policy.maxAttempts) {
        locked = true;
        await trx
          .updateTable('people')
          .set({
            failed_logins: 0,
            locked_until: new Date(Date.now() + policy.lockMinutes * 60_000),
          })
          .where('id', '=', personId)
          .execute();
      }
    }
    await recordAuditEvent(trx, {
      type: 'session.login-failed',
      actorId: personId,
      entityType: personId ? 'person' : null,
      entityId: personId,
      detail: { reason },
      ...audit,
    });
    if (locked) {
      await recordAuditEvent(trx, {
        type: 'session.locked',
        actorId: personId,
        entityType: 'person',
        entityId: personId,
        detail: { minutes: policy.lockMinutes },
        ...audit,
      });
    }
  });
  return { ok: false, reason };
}
