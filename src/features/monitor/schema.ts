/**
 * The API contract of the Monitor: request and response schemas.
 */
import { z } from 'zod';
import { AGES, AREA_CODE_DESCRIPTION, AREA_CODE_PATTERN } from './areas.ts';

export const AreaCodeParams = z.object({
  code: z
    .string()
    .regex(AREA_CODE_PATTERN, AREA_CODE_DESCRIPTION)
    .describe('A CBS area code: NL01, GM0014, WK001400, BU00140000'),
});

const percentage = z.number().nullable();

export const Indicator = z.object({
  year: z.number().int(),
  age: z.enum(AGES),
  lonely: percentage.describe('% eenzaam (De Jong Gierveld score 3 or more); null: not published'),
  severelyLonely: percentage.describe('% (zeer) ernstig eenzaam (score 9 or more)'),
  emotionallyLonely: percentage.describe('% emotioneel eenzaam'),
  sociallyLonely: percentage.describe('% sociaal eenzaam'),
});

export const AreaLevel = z.enum(['country', 'municipality', 'district', 'neighbourhood']);

export const AreaSummary = z.object({
  code: z.string(),
  name: z.string().describe('For a wijk or buurt without a known name: its code'),
  level: AreaLevel,
  parent: z.string().nullable(),
});

export const AreaDetail = AreaSummary.extend({
  indicators: z.array(Indicator).describe('Every year and age group, oldest first'),
  source: z.string().describe('The attribution to show with the figures'),
});

export const AreaChildren = AreaSummary.extend({
  items: z.array(
    AreaSummary.extend({
      indicators: z.array(Indicator).describe('Per age group: the latest year'),
    }),
  ),
  source: z.string().describe('The attribution to show with the figures'),
});
