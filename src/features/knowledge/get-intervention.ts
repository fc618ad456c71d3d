/**
 * Use case: one intervention with the interventions most like it. Likeness counts shared
 * effective elements, groups, loneliness types and target groups, and the same activity type.
 */
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import type { Intervention } from './content-schema.ts';
import { findIntervention, findInterventions, type InterventionRow } from './repo.ts';

export interface InterventionWithSimilar {
  intervention: Intervention;
  similar: InterventionRow[];
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/** How alike two interventions are; 0 means nothing in common. */
export function likeness(a: InterventionRow, b: InterventionRow): number {
  return (
    2 * shared(a.elements, b.elements) +
    shared(a.groups, b.groups) +
    2 * shared(a.loneliness_types, b.loneliness_types) +
    shared(
      a.target_groups.filter((t) => t !== 'everyone'),
      b.target_groups.filter((t) => t !== 'everyone'),
    ) +
    (a.type === b.type ? 1 : 0)
  );
}

export async function getIntervention(
  db: Db,
  slug: string,
  similarCount = 5,
): Promise<InterventionWithSimilar> {
  const data = await findIntervention(db, slug);
  if (!data) throw new NotFoundError(`Interventie "${slug}"`);
  const all = await findInterventions(db, []);
  const self = all.find((r) => r.slug === slug);
  const similar = self
    ? all
        .filter((r) => r.slug !== slug)
        .map((r) => ({ r, score: likeness(self, r) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || x.r.name.localeCompare(y.r.name, 'nl'))
        .slice(0, similarCount)
        .map((x) => x.r)
    : [];
  return { intervention: data as Intervention, similar };
}
