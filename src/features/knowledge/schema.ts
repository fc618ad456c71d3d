/**
 * The API contract of the Kennisbank: request and response schemas. The same schemas validate
 * requests and generate the OpenAPI document.
 */
import { z } from 'zod';
import { multi } from '../../platform/http/api.ts';
import {
  ActivityType,
  BuildingBlockId,
  ElementId,
  EvidenceLevel,
  GroupId,
  Intervention,
  LonelinessTypeId,
  ProfileId,
  TargetGroupId,
} from './content-schema.ts';

/** `lang` may accompany any request (the language switch). */
export const langParam = z.enum(['nl', 'en']).optional().describe('Language: nl (default) or en');

export const InterventionFilterShape = {
  type: multi(ActivityType).describe('Activity type; repeat or comma-separate for several'),
  evidence: multi(EvidenceLevel).describe('Evidence level'),
  group: multi(GroupId).describe('Wegwijs group'),
  lonelinessType: multi(LonelinessTypeId).describe('Type of loneliness'),
  targetGroup: multi(TargetGroupId).describe('Target group'),
  element: multi(ElementId).describe('Effective element'),
  buildingBlock: multi(BuildingBlockId).describe('Building block'),
  profile: multi(ProfileId).describe('Machielse profile'),
};

export const ListInterventionsQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Search words (Dutch, with stemming)'),
    ...InterventionFilterShape,
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    lang: langParam,
  })
  .strict();

export const InterventionSummary = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  type: ActivityType,
  evidence: EvidenceLevel,
  groups: z.array(GroupId),
  lonelinessTypes: z.array(LonelinessTypeId),
  targetGroups: z.array(TargetGroupId),
  elements: z.array(ElementId),
  buildingBlocks: z.array(BuildingBlockId),
  profiles: z.array(ProfileId),
  url: z.string(),
});

const Counts = z.record(z.string(), z.number().int());
export const ListInterventionsResponse = z.object({
  items: z.array(InterventionSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  facets: z
    .object({
      type: Counts,
      evidence: Counts,
      group: Counts,
      lonelinessType: Counts,
      targetGroup: Counts,
      element: Counts,
      buildingBlock: Counts,
      profile: Counts,
    })
    .describe('Matches per filter value, given the other filters'),
});

export const SlugParams = z.object({
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
});

export const IdParams = z.object({
  id: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
});

export const LangQuery = z.object({ lang: langParam }).strict();

export const InterventionDetail = Intervention.extend({
  similar: z.array(z.object({ slug: z.string(), name: z.string(), url: z.string() })),
});
