/** End this session, or every session of the person ("log out everywhere"). */
import type { Actor, RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';

export async function logOut(db: Db, actor: Actor, context: RequestContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('token_hash', '=', actor.sessionTokenHash).execute();
    await recordAuditEvent(trx, {
      type: 'session.logout',
      actorId: actor.personId,
      entityType: 'person',
      entityId: actor.personId,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}

export async function logOutEverywhere(
  db: Db,
  actor: Actor,
  context: RequestContext,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('sessions')
      .where('person_id', '=', actor.personId)
      .executeTakeFirst();
    const ended = Number(result.numDeletedRows);
    await recordAuditEvent(trx, {
      type: 'session.logout-everywhere',
      actorId: actor.personId,
      entityType: 'person',
      entityId: actor.personId,
      detail: { sessions: ended },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return ended;
  });
}
