/**
 * Use case: the areas directly below one area, each with its latest indicators per age group.
 */
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { attribution } from './areas.ts';
import { presentArea, presentIndicator } from './presenter.ts';
import { findArea, findChildren, findChildrenLatestIndicators, type IndicatorRow } from './repo.ts';

export async function listAreaChildren(db: Db, code: string) {
  const area = await findArea(db, code);
  if (!area) throw new NotFoundError(`Gebied ${code}`);
  const [children, rows] = await Promise.all([
    findChildren(db, code),
    findChildrenLatestIndicators(db, code),
  ]);
  const byArea = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const list = byArea.get(row.area_code) ?? [];
    list.push(row);
    byArea.set(row.area_code, list);
  }
  return {
    ...presentArea(area),
    items: children.map((child) => ({
      ...presentArea(child),
      indicators: (byArea.get(child.code) ?? []).map(presentIndicator),
    })),
    source: attribution(rows.map((r) => r.source)),
  };
}
