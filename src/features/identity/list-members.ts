/** The people of a municipality with their roles (admins). Reading e-mail addresses is recorded. */
import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize } from './policy.ts';
import { listMembers } from './repo.ts';

export async function listMembersOf(db: Db, municipality: string, context: RequestContext) {
  const membership = authorize(context.actor, 'members.read', municipality);
  const members = await listMembers(db, membership.municipalityId);
  await db.transaction().execute((trx) =>
    recordAuditEvent(trx, {
      type: 'members.listed',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: 'municipality',
      entityId: membership.municipalityId,
      detail: { count: members.length },
      ip: context.ip,
      userAgent: context.userAgent,
    }),
  );
  return members;
}
