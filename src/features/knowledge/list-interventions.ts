/**
 * Use case: list interventions with Dutch full-text search and filters that combine, with the
 * number of matches per filter value. Within one filter the values are alternatives (OR);
 * different filters must all hold (AND). The count for a value is what the list would hold if
 * that value were chosen too (the usual faceted-search rule).
 */
import type { Db } from '../../platform/db/database.ts';
import { type FilterKey, filterKeys } from './labels.ts';
import { findInterventions, type InterventionRow } from './repo.ts';
import { searchWords } from './search.ts';

export type Filters = Partial<Record<FilterKey, string[]>>;

export interface ListInterventionsInput {
  q?: string | undefined;
  filters: Filters;
  limit: number;
  offset: number;
}

export interface ListInterventionsResult {
  items: InterventionRow[];
  total: number;
  facets: Record<FilterKey, Record<string, number>>;
}

const valuesOf: Record<FilterKey, (row: InterventionRow) => string[]> = {
  type: (r) => [r.type],
  evidence: (r) => [r.evidence_level],
  group: (r) => r.groups,
  lonelinessType: (r) => r.loneliness_types,
  targetGroup: (r) => r.target_groups,
  element: (r) => r.elements,
  buildingBlock: (r) => r.building_blocks,
  profile: (r) => r.profiles,
};

function matches(row: InterventionRow, filters: Filters, except?: FilterKey): boolean {
  for (const key of filterKeys) {
    if (key === except) continue;
    const wanted = filters[key];
    if (!wanted || wanted.length === 0) continue;
    const have = valuesOf[key](row);
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

export async function listInterventions(
  db: Db,
  input: ListInterventionsInput,
): Promise<ListInterventionsResult> {
  const candidates = await findInterventions(db, searchWords(input.q));
  const matching = candidates.filter((row) => matches(row, input.filters));
  const facets = Object.fromEntries(filterKeys.map((k) => [k, {}])) as Record<
    FilterKey,
    Record<string, number>
  >;
  for (const key of filterKeys) {
    for (const row of candidates) {
      if (!matches(row, input.filters, key)) continue;
      for (const value of valuesOf[key](row)) {
        facets[key][value] = (facets[key][value] ?? 0) + 1;
      }
    }
  }
  return {
    items: matching.slice(input.offset, input.offset + input.limit),
    total: matching.length,
    facets,
  };
}
