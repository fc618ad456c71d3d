/**
 * Forgotten password: ask for a link by e-mail (the answer is the same whether or not the address
 * is known), then choose a new password through the link (valid 1 hour, once). A reset ends all
 * sessions of the person and lifts a lock.
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { checkLinkAndPassword, useToken } from './accept-invitation.ts';
import { normaliseEmail } from './repo.ts';
import { hashToken, newToken } from './secrets.ts';

export const RESET_MINUTES = 60;

export async function requestPasswordReset(
  deps: { db: Db; mailer: Mailer; baseUrl: string },
  email: string,
  context: RequestContext,
): Promise<void> {
  const { db } = deps;
  const person = await db
    .selectFrom('people')
    .select(['id', 'name', 'email', 'status'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  if (person?.status !== 'active') return;
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('one_time_tokens')
      .values({
        token_hash: hashToken(token),
        purpose: 'password-reset',
        person_id: person.id,
        expires_at: new Date(Date.now() + RESET_MINUTES * 60_000),
      })
      .execute();
    await recordAuditEvent(trx, {
      type: 'person.password-reset-requested',
      actorId: null,
      entityType: 'person',
      entityId: person.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  await deps.mailer.send({
    to: person.email,
    subject: 'Nieuw wachtwoord voor Omzien',
    text: [
      `Hallo ${person.name},`,
      '',
      'Je vroeg om een nieuw wachtwoord voor Omzien. Kies het via deze link (1 uur geldig, één keer te gebruiken):',
      `${deps.baseUrl}/wachtwoord-herstellen/${token}`,
      '',
      'Vroeg je dit niet aan? Dan hoef je niets te doen; je wachtwoord blijft hetzelfde.',
    ].join('\n'),
  });
}

export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  context: RequestContext,
  fieldPrefix = 'body',
): Promise<void> {
  const { open, passwordHash } = await checkLinkAndPassword(
    db,
    input,
    'password-reset',
    fieldPrefix,
  );
  await db.transaction().execute(async (trx) => {
    await useToken(trx, open.token_hash);
    await trx
      .updateTable('people')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', open.person_id)
      .execute();
    await trx.deleteFrom('sessions').where('person_id', '=', open.person_id).execute();
    await recordAuditEvent(trx, {
      type: 'person.password-reset',
      actorId: open.person_id,
      entityType: 'person',
      entityId: open.person_id,
      fields: ['password'],
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
