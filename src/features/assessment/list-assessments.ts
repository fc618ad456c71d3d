/**
 * The measurements of one case or home-visit series, oldest first, with the change from the
 * first to the latest. Coordinators and social workers see all of them in their municipality;
 * a home visitor sees only the ones they took. Every read is in the audit trail.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/auth/actor.ts';
import { ForbiddenError } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize } from '../identity/policy.ts';
import type { AssessmentHistory } from './followup-schema.ts';
import { changeOf, sortPoints } from './trend.ts';

export async function listAssessments(
  db: Db,
  municipality: string,
  subject: { subjectType: 'case' | 'home-visit'; subjectId: string },
  context: RequestContext,
): Promise<z.input<typeof AssessmentHistory>> {
  let membership: ReturnType<typeof authorize>;
  let ownOnly = false;
  try {
    membership = authorize(context.actor, 'assessments.read-all', municipality);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    membership = authorize(context.actor, 'assessments.read-own', municipality);
    ownOnly = true;
  }
  let query = db
    .selectFrom('assessments')
    .innerJoin('people', 'people.id', 'assessments.taken_by')
    .selectAll('assessments')
    .select('people.name as taken_by_name')
    .where('assessments.municipality_id', '=', membership.municipalityId)
    .where('assessments.subject_type', '=', subject.subjectType)
    .where('assessments.subject_id', '=', subject.subjectId);
  if (ownOnly) query = query.where('assessments.taken_by', '=', context.actor!.personId);
  const rows = await query
    .orderBy('assessments.taken_on')
    .orderBy('assessments.created_at')
    .execute();
  await db.transaction().execute((trx) =>
    recordAuditEvent(trx, {
      type: 'assessment.read',
      actorId: context.actor!.personId,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: subject.subjectType,
      entityId: subject.subjectId,
      detail: { count: rows.length },
      ip: context.ip,
      userAgent: context.userAgent,
    }),
  );
  const items = rows.map((r) => ({
    id: r.id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    instrument: r.instrument,
    takenOn: dateText(r.taken_on),
    answers: (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as Record<
      string,
      string | null
    >,
    total: r.total,
    category: r.category,
    emotional: r.emotional,
    social: r.social,
    emotionallyLonely: r.emotionally_lonely,
    sociallyLonely: r.socially_lonely,
    missing: r.missing,
    definition: r.definition,
    consent: r.consent,
    takenBy: { id: r.taken_by, name: r.taken_by_name },
  }));
  return { items: sortPoints(items), change: changeOf(items) };
}

/** A `date` column as yyyy-mm-dd, whether the driver gives a string or a Date. */
function dateText(value: unknown): string {
  if (value instanceof Date) {
    const y = value.getFullYear();
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  return String(value).slice(0, 10);
}
