/**
 * An admin invites someone into a role in their municipality. A new person gets an account in
 * state "invited" and an e-mail with a one-time link (valid 7 days) to choose a password; a person
 * who already has an account gets the role at once and an e-mail saying so.
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import { ConflictError } from '../../platform/auth/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Role } from '../../platform/db/schema.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize } from './policy.ts';
import { findMunicipality, normaliseEmail } from './repo.ts';
import { hashToken, newToken } from './secrets.ts';

export const INVITATION_DAYS = 7;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'beheerder',
  coordinator: 'coördinator signaalpunt',
  worker: 'sociaal werker',
  volunteer: 'huisbezoeker',
  partner: 'signaalpartner',
  analyst: 'beleidsmedewerker',
};

export interface InviteInput {
  municipality: string;
  email: string;
  name: string;
  role: Role;
}

export interface InviteResult {
  personId: string;
  status: 'invited' | 'role-added';
}

export async function invitePerson(
  deps: { db: Db; mailer: Mailer; baseUrl: string },
  input: InviteInput,
  context: RequestContext,
): Promise<InviteResult> {
  const { db } = deps;
  const membership = authorize(context.actor, 'members.invite', input.municipality);
  const municipality = await findMunicipality(db, membership.municipalityCode);
  if (!municipality) throw new NotFoundError('Deze gemeente');
  const email = normaliseEmail(input.email);
  const token = newToken();

  const result = await db.transaction().execute(async (trx) => {
    let person = await trx
      .selectFrom('people')
      .select(['id', 'status'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!person) {
      person = await trx
        .insertInto('people')
        .values({ email, name: input.name.trim(), status: 'invited' })
        .returning(['id', 'status'])
        .executeTakeFirstOrThrow();
    }
    const existing = await trx
      .selectFrom('memberships')
      .select('role')
      .where('person_id', '=', person.id)
      .where('municipality_id', '=', municipality.id)
      .where('role', '=', input.role)
      .executeTakeFirst();
    if (existing && person.status !== 'invited') {
      throw new ConflictError('Deze persoon heeft deze rol al in deze gemeente.');
    }
    if (!existing) {
      await trx
        .insertInto('memberships')
        .values({ person_id: person.id, municipality_id: municipality.id, role: input.role })
        .execute();
    }
    const status: InviteResult['status'] = person.status === 'invited' ? 'invited' : 'role-added';
    if (status === 'invited') {
      await trx
        .insertInto('one_time_tokens')
        .values({
          token_hash: hashToken(token),
          purpose: 'invitation',
          person_id: person.id,
          municipality_id: municipality.id,
          role: input.role,
          created_by: context.actor?.personId ?? null,
          expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        })
        .execute();
    }
    await recordAuditEvent(trx, {
      type: 'person.invited',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: municipality.id,
      entityType: 'person',
      entityId: person.id,
      fields: existing ? [] : ['email', 'name', 'role'],
      detail: { role: input.role, status },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { personId: person.id, status };
  });

  const roleLabel = ROLE_LABELS[input.role];
  if (result.status === 'invited') {
    await deps.mailer.send({
      to: email,
      subject: `Uitnodiging voor Omzien ${municipality.name}`,
      text: [
        `Hallo ${input.name.trim()},`,
        '',
        `${context.actor?.name ?? 'De beheerder'} nodigt je uit voor Omzien ${municipality.name}, als ${roleLabel}.`,
        '',
        'Kies je wachtwoord via deze link (7 dagen geldig, één keer te gebruiken):',
        `${deps.baseUrl}/uitnodiging/${token}`,
        '',
        'Daarna stel je een tweede stap in met een inlogcode-app op je telefoon.',
        'Verwachtte je deze uitnodiging niet? Dan kun je dit bericht negeren.',
      ].join('\n'),
    });
  } else {
    await deps.mailer.send({
      to: email,
      subject: `Nieuwe rol in Omzien ${municipality.name}`,
      text: [
        `Hallo,`,
        '',
        `Je hebt nu ook de rol ${roleLabel} in Omzien ${municipality.name}.`,
        `Log in op ${deps.baseUrl}/inloggen om verder te gaan.`,
      ].join('\n'),
    });
  }
  return result;
}
