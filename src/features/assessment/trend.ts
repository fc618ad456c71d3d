/**
 * A person's measurements over time: the points of the trend, and the change between the first
 * and the latest measurement on the same instrument (the outcome reports use this). Pure.
 */
import type { Category, InstrumentId } from './instruments.ts';

export interface MeasurementPoint {
  id: string;
  takenOn: string;
  instrument: InstrumentId;
  total: number | null;
  category: Category | null;
}

export interface Change {
  instrument: InstrumentId;
  from: { takenOn: string; total: number; category: Category };
  to: { takenOn: string; total: number; category: Category };
  /** Latest total minus first total: negative is less lonely. */
  totalChange: number;
  direction: 'less-lonely' | 'same' | 'more-lonely';
  /** How many measurements lie between first and latest (inclusive) on this instrument. */
  measurements: number;
}

/** In date order (then as stored). */
export function sortPoints<T extends MeasurementPoint>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0));
}

/**
 * The change from the first to the latest measurement with a total, on the instrument of the
 * latest one (the 11- and 6-item totals are on different scales and are never mixed). Null with
 * fewer than two such measurements.
 */
export function changeOf(points: readonly MeasurementPoint[]): Change | null {
  const scored = sortPoints(points).filter(
    (p): p is MeasurementPoint & { total: number; category: Category } =>
      p.total !== null && p.category !== null,
  );
  const latest = scored.at(-1);
  if (!latest) return null;
  const same = scored.filter((p) => p.instrument === latest.instrument);
  const first = same[0]!;
  if (same.length < 2) return null;
  const totalChange = latest.total - first.total;
  return {
    instrument: latest.instrument,
    from: { takenOn: first.takenOn, total: first.total, category: first.category },
    to: { takenOn: latest.takenOn, total: latest.total, category: latest.category },
    totalChange,
    direction: totalChange < 0 ? 'less-lonely' : totalChange > 0 ? 'more-lonely' : 'same',
    measurements: same.length,
  };
}
