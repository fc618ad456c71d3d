/**
 * The fields of areas and indicators that leave the server, with percentages as numbers.
 */
import type { z } from 'zod';
import type { AreaRow, IndicatorRow } from './repo.ts';
import type { AreaSummary, Indicator } from './schema.ts';

export function presentArea(area: AreaRow): z.input<typeof AreaSummary> {
  return { code: area.code, name: area.name, level: area.level, parent: area.parent_code };
}

export function presentIndicator(row: IndicatorRow): z.input<typeof Indicator> {
  return {
    year: row.year,
    age: row.age,
    lonely: toNumber(row.lonely),
    severelyLonely: toNumber(row.severely_lonely),
    emotionallyLonely: toNumber(row.emotionally_lonely),
    sociallyLonely: toNumber(row.socially_lonely),
  };
}

function toNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}
