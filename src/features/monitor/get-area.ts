/**
 * Use case: one area with all its indicators (every year and age group) and their attribution.
 */
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { attribution } from './areas.ts';
import { presentArea, presentIndicator } from './presenter.ts';
import { findArea, findIndicators } from './repo.ts';

export async function getArea(db: Db, code: string) {
  const area = await findArea(db, code);
  if (!area) throw new NotFoundError(`Gebied ${code}`);
  const rows = await findIndicators(db, code);
  return {
    ...presentArea(area),
    indicators: rows.map(presentIndicator),
    source: attribution(rows.map((r) => r.source)),
  };
}
