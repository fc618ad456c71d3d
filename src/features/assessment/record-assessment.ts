/**
 * Store one measurement in follow-up: score the answers (the same pure scoring as everywhere),
 * keep answers and scores as they were computed then, who took it and the consent, and record
 * it in the audit trail, in one transaction. Coordinators, social workers and home visitors may
 * record; the measurement belongs to a case or a home-visit series of that municipality.
 */
import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { authorize } from '../identity/policy.ts';
import type { Answer, InstrumentId } from './instruments.ts';
import { scoreAssessment } from './score.ts';

export interface RecordAssessmentInput {
  subjectType: 'case' | 'home-visit';
  subjectId: string;
  takenOn: string;
  consent: { given: true; kind: 'verbal' | 'written' };
  instrument: InstrumentId;
  answers: Record<string, unknown>;
}

export async function recordAssessment(
  db: Db,
  municipality: string,
  input: RecordAssessmentInput,
  context: RequestContext,
) {
  const membership = authorize(context.actor, 'assessments.record', municipality);
  const answers = input.answers as Record<string, Answer | null>;
  const score = scoreAssessment(input.instrument, answers);
  const stored = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v ?? null]));
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('assessments')
      .values({
        municipality_id: membership.municipalityId,
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        instrument: input.instrument,
        taken_on: input.takenOn,
        answers: JSON.stringify(stored),
        total: score.total,
        category: score.category,
        emotional: score.emotional,
        social: score.social,
        emotionally_lonely: score.emotionallyLonely,
        socially_lonely: score.sociallyLonely,
        missing: score.missing,
        definition: score.definition.id,
        consent: input.consent.kind,
        taken_by: context.actor!.personId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      type: 'assessment.recorded',
      actorId: context.actor!.personId,
      actorRole: membership.role,
      municipalityId: membership.municipalityId,
      entityType: input.subjectType,
      entityId: input.subjectId,
      fields: ['answers', 'scores', 'consent', 'takenOn'],
      detail: { assessment: row.id, instrument: input.instrument },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return row.id;
  });
}
