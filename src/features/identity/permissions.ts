/**
 * Permissions as data: which role may do which action, per municipality. `syncPermissions`
 * writes this table into `role_permissions` at start so it can be read and audited in the
 * database; checks use this module (the same data) without a query.
 *
 * To change who may do what, change this table (and the role × route matrix test follows).
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { Role } from '../../platform/db/schema.ts';

export const ROLES = ['admin', 'coordinator', 'worker', 'volunteer', 'partner', 'analyst'] as const;

export const ACTIONS = [
  'members.read',
  'members.invite',
  'members.manage',
  'settings.read',
  'settings.update',
  'audit.read',
  'audit.export',
  'figures.read',
  'plans.manage',
  'signals.create',
  'signals.read-own',
  'cases.read-all',
  'cases.read-team',
  'cases.assign',
  'visits.read-own',
  'listings.manage-own',
  /** Eenzaamheidsmeter measurements in follow-up: record, and read those of any case/visit. */
  'assessments.record',
  'assessments.read-all',
  /** Read only the measurements you took yourself (home visitors). */
  'assessments.read-own',
] as const;
export type Action = (typeof ACTIONS)[number];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  admin: [
    'members.read',
    'members.invite',
    'members.manage',
    'settings.read',
    'settings.update',
    'audit.read',
    'audit.export',
    'figures.read',
    'plans.manage',
  ],
  coordinator: [
    'figures.read',
    'signals.create',
    'cases.read-all',
    'cases.read-team',
    'cases.assign',
    'assessments.record',
    'assessments.read-all',
  ],
  worker: [
    'figures.read',
    'signals.create',
    'cases.read-team',
    'assessments.record',
    'assessments.read-all',
  ],
  volunteer: ['visits.read-own', 'assessments.record', 'assessments.read-own'],
  partner: ['signals.create', 'signals.read-own', 'listings.manage-own'],
  analyst: ['figures.read', 'plans.manage'],
};

/** Roles that see personal data need a second factor (TOTP). The analyst sees figures only. */
export const MFA_REQUIRED: Record<Role, boolean> = {
  admin: true,
  coordinator: true,
  worker: true,
  volunteer: true,
  partner: true,
  analyst: false,
};

export function roleAllows(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** Write the table into `role_permissions` (replace), so the database holds the same data. */
export async function syncPermissions(db: Db): Promise<void> {
  const rows = ROLES.flatMap((role) => PERMISSIONS[role].map((action) => ({ role, action })));
  await db.transaction().execute(async (trx) => {
    await sql`delete from role_permissions`.execute(trx);
    await trx.insertInto('role_permissions').values(rows).execute();
  });
}
