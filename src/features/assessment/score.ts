/**
 * Scoring of a loneliness scale: pure, framework-free, driven by the instrument's data
 * (`instruments.ts`). The rules are in docs/adr/0006-loneliness-scale.md.
 */
import {
  type Answer,
  answerValues,
  type Category,
  categoryGroup,
  DEFAULT_SUBSCALE_THRESHOLD,
  type Instrument,
  type InstrumentId,
  instruments,
  type Subscale,
  type SubscaleDefinition,
  type SubscaleThreshold,
  subscaleDefinitions,
} from './instruments.ts';

/** Answers by 11-item number (`"3"` or `3`); `null` or an absent key is a missing answer. */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

export interface ScoreOptions {
  /** Unfavourable items from which a subscale counts as lonely; default 2 (RIVM). */
  subscaleThreshold?: SubscaleThreshold;
  /**
   * How many recent life events or circumstances the self-check's extra questions found. With
   * one or more, a not-lonely result points to the Wegwijs group `at-risk`.
   */
  riskFactors?: number;
}

export type AssessmentGroup = 'not-lonely' | 'at-risk' | 'mild-moderate' | 'severe';

export interface AssessmentScore {
  instrument: InstrumentId;
  /** Lonely answers over the answered items; null when too many are missing. */
  total: number | null;
  category: Category | null;
  /** Null when any item of the subscale is missing. */
  emotional: number | null;
  social: number | null;
  emotionallyLonely: boolean | null;
  sociallyLonely: boolean | null;
  /** How many of the instrument's items were not answered. */
  missing: number;
  /** The Wegwijs group the result points to; null without a total. */
  group: AssessmentGroup | null;
  definition: Pick<SubscaleDefinition, 'id' | 'subscaleThreshold' | 'source'>;
  /** Why the total is absent. */
  reason?: string;
}

const answerSet: ReadonlySet<string> = new Set(answerValues);

/**
 * Score one set of answers on an instrument. Throws a RangeError for an item or an answer the
 * instrument does not have (the API schema refuses those before they get here).
 */
export function scoreAssessment(
  instrument: Instrument | InstrumentId,
  answers: Answers,
  options: ScoreOptions = {},
): AssessmentScore {
  const def = typeof instrument === 'string' ? instruments[instrument] : instrument;
  const threshold = options.subscaleThreshold ?? DEFAULT_SUBSCALE_THRESHOLD;
  const definition = subscaleDefinitions[threshold];
  if (!definition) throw new RangeError(`Unknown subscale threshold ${String(threshold)}`);

  const numbers = new Set(def.items.map((item) => String(item.number)));
  for (const [key, value] of Object.entries(answers)) {
    if (!numbers.has(key)) {
      throw new RangeError(`${def.id} has no item ${key}`);
    }
    if (value != null && !answerSet.has(value)) {
      throw new RangeError(`Item ${key}: unknown answer ${String(value)}`);
    }
  }

  const sums: Record<Subscale, number> = { emotional: 0, social: 0 };
  const gaps: Record<Subscale, number> = { emotional: 0, social: 0 };
  for (const item of def.items) {
    const answer = answers[String(item.number)];
    if (answer == null) gaps[item.subscale] += 1;
    else if (def.lonelyAnswers[item.polarity].includes(answer)) sums[item.subscale] += 1;
  }

  const missing = gaps.emotional + gaps.social;
  const emotional = gaps.emotional === 0 ? sums.emotional : null;
  const social = gaps.social === 0 ? sums.social : null;
  const tooMany = missing > def.maxMissing;
  const total = tooMany ? null : sums.emotional + sums.social;
  const category =
    total === null
      ? null
      : (def.cutOffs.find((c) => total >= c.from && total <= c.to)?.category ?? null);

  let group: AssessmentGroup | null = category === null ? null : categoryGroup[category];
  if (group === 'not-lonely' && (options.riskFactors ?? 0) >= 1) group = 'at-risk';

  return {
    instrument: def.id,
    total,
    category,
    emotional,
    social,
    emotionallyLonely: emotional === null ? null : emotional >= threshold,
    sociallyLonely: social === null ? null : social >= threshold,
    missing,
    group,
    definition: {
      id: definition.id,
      subscaleThreshold: definition.subscaleThreshold,
      source: definition.source,
    },
    ...(tooMany
      ? {
          reason: `${missing} of ${def.items.length} items are missing; ${def.id} has a total only when at most ${def.maxMissing} ${def.maxMissing === 1 ? 'is' : 'are'} missing.`,
        }
      : {}),
  };
}
