/**
 * Check the audit trail's hash chain from the first event: every event must link to the hash of
 * the one before and its own hash must match its content. Reports the first break.
 */
import type { Db } from '../../platform/db/database.ts';
import { eventHash, GENESIS_HASH, type HashedContent } from './hash.ts';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first event that does not fit, with why. */
  firstBreak?: { seq: string; id: string; reason: 'content-changed' | 'link-broken' };
}

const PAGE = 2000;

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBreak: { seq: String(row.seq), id: row.id, reason: 'link-broken' },
        };
      }
      const content: HashedContent = {
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        actorId: row.actor_id,
        actorRole: row.actor_role,
        municipalityId: row.municipality_id,
        type: row.type,
        entityType: row.entity_type,
        entityId: row.entity_id,
        fields: row.fields,
        detail: (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as Record<
          string,
          unknown
        >,
        ip: row.ip,
        userAgent: row.user_agent,
      };
      if (eventHash(row.prev_hash, content) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBreak: { seq: String(row.seq), id: row.id, reason: 'content-changed' },
        };
      }
      prevHash = row.hash;
      checked++;
    }
    if (rows.length < PAGE) break;
    after = String(rows[rows.length - 1]!.seq);
  }
  return { ok: true, checked };
}
