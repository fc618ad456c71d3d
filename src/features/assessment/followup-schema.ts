/** The contract of stored measurements in follow-up (zod): request, stored assessment, history. */
import { z } from 'zod';
import { MunicipalityKey } from '../identity/schema.ts';
import { ScoreRequest } from './schema.ts';

export const SubjectType = z
  .enum(['case', 'home-visit'])
  .describe('What the measurement belongs to');

/** A date yyyy-mm-dd that exists and is not in the future. */
export const PastDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Een datum als jjjj-mm-dd.')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Deze datum bestaat niet.',
  )
  .refine((s) => s <= new Date().toISOString().slice(0, 10), 'De datum ligt in de toekomst.')
  .refine((s) => s >= '2000-01-01', 'De datum ligt voor 2000.');

export const Consent = z.strictObject({
  given: z.literal(true, {
    error: 'Een meting wordt alleen vastgelegd met toestemming van de persoon.',
  }),
  kind: z.enum(['verbal', 'written']).describe('How the person gave consent'),
});

export const RecordAssessmentBody = z
  .strictObject({
    subjectType: SubjectType,
    subjectId: z.uuid(),
    takenOn: PastDate,
    consent: Consent,
    instrument: z.enum(['djg-11', 'djg-6']),
    answers: z.record(z.string(), z.unknown()),
  })
  .superRefine((value, ctx) => {
    // The answers follow the scoring API's contract for the instrument.
    const parsed = ScoreRequest.safeParse({ instrument: value.instrument, answers: value.answers });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }
  });

export const AssessmentParams = z.strictObject({ municipality: MunicipalityKey });
export const SubjectQuery = z.strictObject({ subjectType: SubjectType, subjectId: z.uuid() });

const CategoryOut = z.enum(['not-lonely', 'moderate', 'severe', 'very-severe']);

export const StoredAssessment = z.object({
  id: z.string(),
  subjectType: SubjectType,
  subjectId: z.string(),
  instrument: z.enum(['djg-11', 'djg-6']),
  takenOn: z.string(),
  answers: z.record(z.string(), z.string().nullable()),
  total: z.number().int().nullable(),
  category: CategoryOut.nullable(),
  emotional: z.number().int().nullable(),
  social: z.number().int().nullable(),
  emotionallyLonely: z.boolean().nullable(),
  sociallyLonely: z.boolean().nullable(),
  missing: z.number().int(),
  definition: z.string(),
  consent: z.enum(['verbal', 'written']),
  takenBy: z.object({ id: z.string(), name: z.string() }),
});

const Point = z.object({ takenOn: z.string(), total: z.number().int(), category: CategoryOut });
export const AssessmentHistory = z.object({
  items: z.array(StoredAssessment),
  change: z
    .object({
      instrument: z.enum(['djg-11', 'djg-6']),
      from: Point,
      to: Point,
      totalChange: z.number().int(),
      direction: z.enum(['less-lonely', 'same', 'more-lonely']),
      measurements: z.number().int(),
    })
    .nullable()
    .describe('First to latest on the same instrument; null with fewer than two'),
});
