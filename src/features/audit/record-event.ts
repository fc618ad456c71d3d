/**
 * Append one event to the audit trail, inside the caller's transaction, so the change and its
 * record commit together or not at all. A transaction-scoped advisory lock orders writers, so
 * each event links to the one committed just before it.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { AuditEventType } from './event-types.ts';
import { eventHash, GENESIS_HASH, type HashedContent } from './hash.ts';

/** The lock key of the trail (any fixed number; "omzien audit" in ASCII, shortened). */
const AUDIT_LOCK = 7_412_903_318;

export interface AuditInput {
  type: AuditEventType;
  /** The person acting; null for the system or an anonymous attempt. */
  actorId?: string | null;
  actorRole?: string | null;
  municipalityId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** Names of the changed fields, never their values where these are personal. */
  fields?: readonly string[];
  /** Non-personal facts about the event (counts, a setting's new value, a reason code). */
  detail?: Record<string, string | number | boolean | null>;
  ip?: string | null;
  userAgent?: string | null;
}

/** The audit fields of a request context. */
export function fromContext(
  context: RequestContext | undefined,
): Pick<AuditInput, 'actorId' | 'ip' | 'userAgent'> {
  return {
    actorId: context?.actor?.personId ?? null,
    ip: context?.ip ?? null,
    userAgent: context?.userAgent ? context.userAgent.slice(0, 300) : null,
  };
}

export async function recordAuditEvent(
  trx: Transaction<Database>,
  input: AuditInput,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: HashedContent = {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    actorId: input.actorId ?? null,
    actorRole: input.actorRole ?? null,
    municipalityId: input.municipalityId ?? null,
    type: input.type,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    fields: [...(input.fields ?? [])],
    detail: input.detail ?? {},
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
  };
  await trx
    .insertInto('audit_events')
    .values({
      id: content.id,
      occurred_at: new Date(content.occurredAt),
      actor_id: content.actorId,
      actor_role: content.actorRole,
      municipality_id: content.municipalityId,
      type: content.type,
      entity_type: content.entityType,
      entity_id: content.entityId,
      fields: [...content.fields],
      detail: JSON.stringify(content.detail),
      ip: content.ip,
      user_agent: content.userAgent,
      prev_hash: prevHash,
      hash: eventHash(prevHash, content),
    })
    .execute();
}
