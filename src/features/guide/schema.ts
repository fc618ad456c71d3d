/** The Wegwijzer's API contract. */
import { z } from 'zod';
import {
  ActivityType,
  EvidenceLevel,
  GroupId,
  LonelinessTypeId,
  ProfileId,
  TargetGroupId,
} from '../knowledge/content-schema.ts';
import { langParam } from '../knowledge/schema.ts';

export const GuideQuery = z
  .object({
    group: GroupId.describe('Wegwijs group: the degree of loneliness (required)'),
    targetGroup: TargetGroupId.optional(),
    lonelinessType: LonelinessTypeId.optional(),
    profile: ProfileId.optional(),
    lang: langParam,
  })
  .strict();

const Named = <T extends z.ZodType>(id: T) => z.object({ id, name: z.string() });

export const GuideResponse = z.object({
  choices: z.object({
    group: Named(GroupId),
    targetGroup: Named(TargetGroupId).optional(),
    lonelinessType: Named(LonelinessTypeId).optional(),
    profile: Named(ProfileId).optional(),
  }),
  group: z.object({
    id: GroupId,
    number: z.number().int(),
    name: z.string(),
    description: z.string(),
  }),
  activities: z.array(z.object({ name: z.string(), means: z.string() })),
  interventions: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      summary: z.string(),
      type: ActivityType,
      evidence: EvidenceLevel,
      why: z.array(z.string()),
      caution: z.string().optional(),
      url: z.string(),
    }),
  ),
  warnings: z.array(
    z.object({
      about: z.enum(['loneliness-type', 'group', 'profile', 'intervention', 'no-match']),
      text: z.string(),
    }),
  ),
});
