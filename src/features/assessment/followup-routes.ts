/** The API of stored measurements in follow-up (coordinators, social workers, home visitors). */

import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import {
  AssessmentHistory,
  AssessmentParams,
  RecordAssessmentBody,
  SubjectQuery,
} from './followup-schema.ts';
import { listAssessments } from './list-assessments.ts';
import { type RecordAssessmentInput, recordAssessment } from './record-assessment.ts';

export function registerFollowupApi(api: ApiRegistry, db: Db): void {
  api.add({
    method: 'POST',
    path: '/api/v1/municipalities/{municipality}/assessments',
    operationId: 'recordAssessment',
    summary:
      'Store a measurement (De Jong Gierveld 11 or 6 items) of a case or home-visit series, with the person’s consent; answers the new id',
    tag: 'Eenzaamheidsmeter',
    auth: 'session',
    params: AssessmentParams,
    body: RecordAssessmentBody,
    status: 201,
    response: z.object({ id: z.string() }),
    handler: async ({ params, body, context }) => ({
      id: await recordAssessment(db, params.municipality, body as RecordAssessmentInput, context),
    }),
  });

  api.add({
    method: 'GET',
    path: '/api/v1/municipalities/{municipality}/assessments',
    operationId: 'listAssessments',
    summary:
      'The measurements of one case or home-visit series, oldest first, with the change from first to latest; the read is recorded',
    tag: 'Eenzaamheidsmeter',
    auth: 'session',
    params: AssessmentParams,
    query: SubjectQuery,
    response: AssessmentHistory,
    handler: async ({ params, query, context }) =>
      listAssessments(db, params.municipality, query, context),
  });
}
