/**
 * The second factor: start (a new secret, shown once as a QR code and as text) and confirm (the
 * first code from the app). Until it is confirmed, a person whose roles need it can reach only
 * this step. A confirmed factor is not replaced here (that needs an admin reset: not built yet).
 */
import type { Actor, RequestContext } from '../../platform/auth/actor.ts';
import { UnauthorizedError } from '../../platform/auth/actor.ts';
import { ConflictError } from '../../platform/auth/errors.ts';
import { seal, unseal } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/http/problem.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { newTotpSecret, otpauthUri, verifyTotp } from './totp.ts';

export const TOTP_ISSUER = 'Omzien';

export async function startTotp(
  db: Db,
  actor: Actor | null,
): Promise<{ secret: string; otpauthUri: string }> {
  if (!actor) throw new UnauthorizedError();
  const person = await db
    .selectFrom('people')
    .select(['totp_confirmed_at', 'totp_secret'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (person.totp_confirmed_at) throw new ConflictError('Je tweede stap is al ingesteld.');
  // Reuse an unconfirmed secret, so reloading the page does not break a half-done scan.
  const secret = person.totp_secret ? unseal(person.totp_secret) : newTotpSecret();
  if (!person.totp_secret) {
    await db
      .updateTable('people')
      .set({ totp_secret: seal(secret) })
      .where('id', '=', actor.personId)
      .execute();
  }
  return { secret, otpauthUri: otpauthUri(secret, actor.email, TOTP_ISSUER) };
}

export async function confirmTotp(
  db: Db,
  actor: Actor | null,
  code: string,
  context: RequestContext,
  fieldName = 'body.code',
): Promise<void> {
  if (!actor) throw new UnauthorizedError();
  const person = await db
    .selectFrom('people')
    .select(['totp_confirmed_at', 'totp_secret'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (person.totp_confirmed_at) throw new ConflictError('Je tweede stap is al ingesteld.');
  if (!person.totp_secret)
    throw new ConflictError('Begin eerst met het instellen van je tweede stap.');
  const step = verifyTotp(unseal(person.totp_secret), code.trim(), Date.now(), null);
  if (step === null) {
    throw new ValidationError([
      { name: fieldName, reason: 'Deze code klopt niet. Vul de code in die je app nu laat zien.' },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ totp_confirmed_at: new Date(), totp_last_step: step })
      .where('id', '=', actor.personId)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ mfa_passed: true })
      .where('token_hash', '=', actor.sessionTokenHash)
      .execute();
    await recordAuditEvent(trx, {
      type: 'person.totp-enabled',
      actorId: actor.personId,
      entityType: 'person',
      entityId: actor.personId,
      fields: ['totp'],
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
