/**
 * The hash chain of the audit trail: each event's hash covers its own content and the hash of
 * the event before it, so changing or removing a stored row breaks the chain from there on.
 * Pure functions; no database.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedContent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  municipalityId: string | null;
  type: string;
  entityType: string | null;
  entityId: string | null;
  fields: readonly string[];
  detail: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(prevHash: string, content: HashedContent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}
