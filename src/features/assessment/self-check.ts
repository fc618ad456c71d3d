/**
 * Use case: the public, anonymous self-check. Reads the submitted form, checks it, and scores it
 * with the 11-item scale in its three-answer form. Stores nothing. Pure: no web framework.
 */
import { type Answer, type Category, instruments } from './instruments.ts';
import { type AssessmentScore, scoreAssessment } from './score.ts';

/** The self-check uses the scale of the Gezondheidsmonitor: 11 items, three answers. */
export const selfCheckInstrument = instruments['djg-11'];
export const selfCheckAnswers = ['yes', 'more-or-less', 'no'] as const satisfies readonly Answer[];

/** The optional questions about recent life events and circumstances. */
export const lifeEvents = [
  'moved',
  'lost-partner',
  'retired',
  'carer',
  'illness',
  'alone',
] as const;
export type LifeEvent = (typeof lifeEvents)[number];

export interface SelfCheckForm {
  /** Given answers by item number; a bad value is left out and reported in `invalid`. */
  answers: Record<string, Answer>;
  events: LifeEvent[];
  /** Items whose value was not one of the answers. */
  invalid: number[];
}

export type SelfCheckOutcome =
  | { kind: 'incomplete'; form: SelfCheckForm; unanswered: number[] }
  | { kind: 'scored'; form: SelfCheckForm; score: AssessmentScore; category: Category };

/** Read the form fields `a1`…`a11` and `event` (repeated) from a parsed form body. */
export function readSelfCheckForm(body: unknown): SelfCheckForm {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const answers: Record<string, Answer> = {};
  const invalid: number[] = [];
  for (const item of selfCheckInstrument.items) {
    const value = fields[`a${item.number}`];
    if (value === undefined || value === '') continue;
    if (typeof value === 'string' && (selfCheckAnswers as readonly string[]).includes(value)) {
      answers[String(item.number)] = value as Answer;
    } else {
      invalid.push(item.number);
    }
  }
  const raw = fields.event;
  const given = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const events = lifeEvents.filter((e) => given.includes(e));
  return { answers, events, invalid };
}

/** Score the form, or say which statements still need an answer. */
export function checkSelf(form: SelfCheckForm): SelfCheckOutcome {
  const unanswered = selfCheckInstrument.items
    .map((i) => i.number)
    .filter((n) => form.answers[String(n)] === undefined);
  if (form.invalid.length > 0 || unanswered.length > selfCheckInstrument.maxMissing) {
    return { kind: 'incomplete', form, unanswered };
  }
  const score = scoreAssessment(selfCheckInstrument, form.answers, {
    riskFactors: form.events.length,
  });
  if (score.category === null) return { kind: 'incomplete', form, unanswered };
  return { kind: 'scored', form, score, category: score.category };
}
