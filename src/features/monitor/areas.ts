/**
 * CBS area codes: NL01 (the country), GM + 4 digits (gemeente), WK + 6 digits (wijk: the
 * gemeente's digits + 2), BU + 8 digits (buurt: the wijk's digits + 2). The level, the parent and
 * the municipality follow from the code alone.
 */
import type { AreaLevel } from '../../platform/db/schema.ts';

export const AREA_CODE_PATTERN = /^(NL01|GM\d{4}|WK\d{6}|BU\d{8})$/;
export const AREA_CODE_DESCRIPTION = 'NL01, GM + 4 digits, WK + 6 digits or BU + 8 digits';

export const AGES = ['18+', '65+'] as const;
export type Age = (typeof AGES)[number];

export function isAreaCode(code: string): boolean {
  return AREA_CODE_PATTERN.test(code);
}

/** The level of a valid area code. */
export function levelOf(code: string): AreaLevel {
  if (code.startsWith('GM')) return 'municipality';
  if (code.startsWith('WK')) return 'district';
  if (code.startsWith('BU')) return 'neighbourhood';
  return 'country';
}

/** The area directly above: buurt → wijk → gemeente → NL01; none above the country. */
export function parentOf(code: string): string | null {
  if (code.startsWith('BU')) return `WK${code.slice(2, 8)}`;
  if (code.startsWith('WK')) return `GM${code.slice(2, 6)}`;
  if (code.startsWith('GM')) return 'NL01';
  return null;
}

/** The gemeente an area lies in (a gemeente is its own); none for the country. */
export function municipalityOf(code: string): string | null {
  if (code === 'NL01') return null;
  return `GM${code.slice(2, 6)}`;
}

/** The source attribution for the shown figures ("Bron: …"). */
export function attribution(sources: readonly string[]): string {
  const tables = [...new Set(sources)].sort();
  const list = tables.length > 0 ? tables.join(', ') : 'RIVM StatLine 50090NED';
  return `Bron: Gezondheidsmonitor Volwassenen en Ouderen, GGD'en, CBS en RIVM (${list})`;
}
