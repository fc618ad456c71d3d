/** The audit trail API: `GET /api/v1/audit-events` (admins of a municipality). */
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import { AUDIT_EVENT_TYPES } from './event-types.ts';
import { listAuditEvents } from './list-events.ts';

export const AuditQuery = z.strictObject({
  municipality: z
    .string()
    .regex(/^(GM\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/, 'A CBS code (GM0014) or slug')
    .optional()
    .describe('The municipality (needed when you are admin of more than one)'),
  type: z.enum(AUDIT_EVENT_TYPES).optional(),
  actor: z.uuid().optional().describe('Only events by this person (id)'),
  from: z.iso.datetime({ offset: true }).optional().describe('From this moment (inclusive)'),
  to: z.iso.datetime({ offset: true }).optional().describe('Until this moment (exclusive)'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional()
    .describe('Only events before this sequence number (next page)'),
});

export const AuditEventOut = z.object({
  seq: z.string(),
  id: z.string(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  actorRole: z.string().nullable(),
  type: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export function registerAuditApi(api: ApiRegistry, db: Db): void {
  api.add({
    method: 'GET',
    path: '/api/v1/audit-events',
    operationId: 'listAuditEvents',
    summary: "The municipality's audit trail, newest first (admin); reading it is recorded too",
    tag: 'Audit trail',
    auth: 'session',
    query: AuditQuery,
    response: z.object({ municipality: z.string(), events: z.array(AuditEventOut) }),
    handler: async ({ query, context }) =>
      listAuditEvents(
        db,
        {
          ...query,
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
        },
        context,
      ),
  });
}
