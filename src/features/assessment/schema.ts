/**
 * The Eenzaamheidsmeter's API contract. The request schemas are built from the instrument data,
 * so each instrument accepts exactly its own items.
 */
import { z } from 'zod';
import { GroupId } from '../knowledge/content-schema.ts';
import { langParam } from '../knowledge/schema.ts';
import { answerValues, type Instrument, instruments } from './instruments.ts';

export const AnswerValue = z
  .enum(answerValues)
  .describe('yes!, yes, more-or-less, no, no! (three-point form: yes, more-or-less, no)');

const SubscaleThreshold = z
  .literal([2, 3])
  .describe('Unfavourable items from which a subscale counts as lonely: 2 (RIVM, default) or 3');

/** A key that is not an item of the instrument; documented as "no other keys". */
const notAnItemOf = (instrument: Instrument) => {
  const numbers = instrument.items.map((i) => i.number).join(', ');
  return z
    .custom<never>(() => false, { error: `Not an item of ${instrument.id} (items ${numbers})` })
    .meta({ not: {} });
};

function scoreRequestFor(instrument: Instrument) {
  const answers = z
    .object(
      Object.fromEntries(
        instrument.items.map((item) => [
          String(item.number),
          AnswerValue.nullable().optional().describe(item.text.nl),
        ]),
      ),
    )
    .catchall(notAnItemOf(instrument))
    .describe(
      `Answers by 11-item number (${instrument.items.map((i) => i.number).join(', ')}); null or an absent key is a missing answer`,
    );
  return z.strictObject({
    instrument: z.literal(instrument.id),
    answers,
    subscaleThreshold: SubscaleThreshold.optional(),
  });
}

export const ScoreRequest = z.discriminatedUnion(
  'instrument',
  [scoreRequestFor(instruments['djg-11']), scoreRequestFor(instruments['djg-6'])],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'Unknown instrument: djg-11 or djg-6' : undefined,
  },
);

export const LangQuery = z.object({ lang: langParam }).strict();

const Category = z.enum(['not-lonely', 'moderate', 'severe', 'very-severe']);
const InstrumentIdSchema = z.enum(['djg-11', 'djg-6']);

export const ScoreResponse = z.object({
  instrument: InstrumentIdSchema,
  total: z.number().int().nullable().describe('Lonely answers; null when too many are missing'),
  category: Category.nullable(),
  emotional: z.number().int().nullable().describe('Null when an emotional item is missing'),
  social: z.number().int().nullable().describe('Null when a social item is missing'),
  emotionallyLonely: z.boolean().nullable(),
  sociallyLonely: z.boolean().nullable(),
  missing: z.number().int().describe('How many items were not answered'),
  group: GroupId.nullable().describe('The Wegwijs group the result points to'),
  definition: z
    .object({ id: z.string(), subscaleThreshold: z.number().int(), source: z.string() })
    .describe('Which definition of emotional and social loneliness the booleans use'),
  reason: z.string().optional().describe('Why the total is absent'),
});

const Text = z.object({ nl: z.string(), en: z.string() });

const InstrumentView = z.object({
  id: InstrumentIdSchema,
  name: Text,
  intro: Text,
  items: z.array(
    z.object({
      number: z.number().int(),
      text: Text,
      subscale: z.enum(['emotional', 'social']),
      polarity: z.enum(['positive', 'negative']),
    }),
  ),
  answerForms: z.array(
    z.object({
      id: z.enum(['three-point', 'five-point']),
      name: Text,
      options: z.array(z.object({ value: AnswerValue, label: Text })),
    }),
  ),
  scoring: z.object({
    lonelyAnswers: z.object({
      positive: z.array(AnswerValue),
      negative: z.array(AnswerValue),
    }),
    cutOffs: z.array(
      z.object({ from: z.number().int(), to: z.number().int(), category: Category, label: Text }),
    ),
    maxMissing: z.number().int().describe('The total needs at most this many missing answers'),
  }),
  provenance: z.object({
    authors: z.string(),
    citation: z.string(),
    url: z.string(),
    caution: Text,
    terms: Text,
    shortScaleCitation: z.string().optional(),
  }),
});

const DefinitionView = z.object({
  id: z.string(),
  subscaleThreshold: z.number().int(),
  source: z.string(),
  url: z.string(),
  rule: z.string(),
});

export const InstrumentsResponse = z.object({
  items: z.array(InstrumentView),
  definitions: z.array(DefinitionView),
  defaultDefinition: z.string().describe('The id of the definition used when none is asked'),
});
