/**
 * The audit trail of one municipality, for its admins: newest first, filtered by type, person
 * and period. Reading the trail is itself recorded. Nobody can change or remove events here or
 * anywhere else in the application.
 */
import { ForbiddenError, type RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/http/problem.ts';
import { authorize, municipalitiesAllowing, requireActor } from '../identity/policy.ts';
import type { AuditEventType } from './event-types.ts';
import { recordAuditEvent } from './record-event.ts';

export interface AuditFilter {
  municipality?: string | undefined;
  type?: AuditEventType | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  /** Only events with a lower sequence number (the next page). */
  before?: string | undefined;
}

export interface AuditEventView {
  seq: string;
  id: string;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  actorRole: string | null;
  type: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  detail: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

/** Which municipality the caller means: the one named, or their only one. */
export function chooseMunicipality(
  context: RequestContext,
  named: string | undefined,
  field: string,
) {
  if (named) return authorize(context.actor, 'audit.read', named);
  const actor = requireActor(context.actor);
  const allowed = municipalitiesAllowing(actor, 'audit.read');
  if (allowed.length === 1) return allowed[0]!;
  if (allowed.length === 0) throw new ForbiddenError();
  throw new ValidationError([
    { name: field, reason: 'Kies de gemeente (CBS-code), je bent beheerder van meer gemeenten.' },
  ]);
}

export async function listAuditEvents(
  db: Db,
  filter: AuditFilter,
  context: RequestContext,
  purpose: 'read' | 'export' = 'read',
): Promise<{ municipality: string; events: AuditEventView[] }> {
  const membership = chooseMunicipality(context, filter.municipality, 'query.municipality');
  if (purpose === 'export') authorize(context.actor, 'audit.export', membership.municipalityCode);
  let query = db
    .selectFrom('audit_events')
    .leftJoin('people', 'people.id', 'audit_events.actor_id')
    .select([
      'audit_events.seq',
      'audit_events.id',
      'audit_events.occurred_at',
      'audit_events.actor_id',
      'people.name as actor_name',
      'audit_events.actor_role',
      'audit_events.type',
      'audit_events.entity_type',
      'audit_events.entity_id',
      'audit_events.fields',
      'audit_events.detail',
      'audit_events.ip',
      'audit_events.user_agent',
    ])
    .where('audit_events.municipality_id', '=', membership.municipalityId);
  if (filter.type) query = query.where('audit_events.type', '=', filter.type);
  if (filter.actor) query = query.where('audit_events.actor_id', '=', filter.actor);
  if (filter.from) query = query.where('audit_events.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('audit_events.occurred_at', '<', filter.to);
  if (filter.before) query = query.where('audit_events.seq', '<', filter.before);
  const rows = await query.orderBy('audit_events.seq', 'desc').limit(filter.limit).execute();
  await db.transaction().execute((trx) =>
    recordAuditEvent(trx, {
      type: purpose === 'export' ? 'audit.exported' : 'audit.read',
      actorId: context.actor?.personId ?? null,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: 'audit-trail',
      entityId: membership.municipalityCode,
      detail: { count: rows.length },
      ip: context.ip,
      userAgent: context.userAgent,
    }),
  );
  return {
    municipality: membership.municipalityCode,
    events: rows.map((r) => ({
      seq: String(r.seq),
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      actorRole: r.actor_role,
      type: r.type,
      entityType: r.entity_type,
      entityId: r.entity_id,
      fields: r.fields,
      detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<
        string,
        unknown
      >,
      ip: r.ip,
      userAgent: r.user_agent,
    })),
  };
}
