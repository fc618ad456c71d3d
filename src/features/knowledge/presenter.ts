/**
 * What may leave the server. Knowledge content is public, but the API still lists its fields
 * explicitly so that a new database column never leaks by accident.
 */
import type { z } from 'zod';
import type { InterventionWithSimilar } from './get-intervention.ts';
import type { InterventionRow } from './repo.ts';
import type { InterventionDetail, InterventionSummary } from './schema.ts';

export function presentInterventionSummary(
  row: InterventionRow,
): z.input<typeof InterventionSummary> {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    type: row.type as z.input<typeof InterventionSummary>['type'],
    evidence: row.evidence_level as z.input<typeof InterventionSummary>['evidence'],
    groups: row.groups as z.input<typeof InterventionSummary>['groups'],
    lonelinessTypes: row.loneliness_types as z.input<typeof InterventionSummary>['lonelinessTypes'],
    targetGroups: row.target_groups as z.input<typeof InterventionSummary>['targetGroups'],
    elements: row.elements as z.input<typeof InterventionSummary>['elements'],
    buildingBlocks: row.building_blocks as z.input<typeof InterventionSummary>['buildingBlocks'],
    profiles: row.profiles as z.input<typeof InterventionSummary>['profiles'],
    url: `/api/v1/interventions/${row.slug}`,
  };
}

export function presentInterventionDetail(
  found: InterventionWithSimilar,
): z.input<typeof InterventionDetail> {
  const i = found.intervention;
  return {
    slug: i.slug,
    name: i.name,
    summary: i.summary,
    type: i.type,
    evidence: i.evidence,
    links: i.links,
    source: i.source,
    ...(i.where ? { where: i.where } : {}),
    classification: i.classification,
    ...(i.en ? { en: i.en } : {}),
    similar: found.similar.map((r) => ({
      slug: r.slug,
      name: r.name,
      url: `/api/v1/interventions/${r.slug}`,
    })),
  };
}
