/**
 * Parse the repository's content with the zod contract and check that every reference resolves.
 * Pure: no database, no web framework.
 */
import { z } from 'zod';
import * as raw from '../../../content/index.ts';
import {
  BuildingBlock,
  buildingBlockIds,
  Element,
  elementIds,
  Figure,
  GroupId,
  groupIds,
  Intervention,
  LonelinessType,
  lonelinessTypeIds,
  Pillar,
  Pilot,
  Profile,
  PublicPage,
  pillarIds,
  profileIds,
  Source,
  Step,
  stepIds,
  TargetGroup,
  Topic,
  targetGroupIds,
  WegwijsGroup,
} from './content-schema.ts';

export const Knowledge = z.object({
  sources: z.array(Source),
  interventions: z.array(Intervention),
  groups: z.array(WegwijsGroup),
  lonelinessTypes: z.array(LonelinessType),
  definitions: z.array(Topic),
  causes: z.array(Topic),
  consequences: z.array(Topic),
  spiral: Topic,
  figures: z.array(Figure),
  targetGroups: z.array(TargetGroup),
  elements: z.array(Element),
  buildingBlocks: z.array(BuildingBlock),
  preventionLevels: z.array(Topic),
  steps: z.array(Step),
  choices: z.array(Topic),
  tips: z.array(Topic),
  partners: z.array(Topic),
  profiles: z.array(Profile),
  profileCaution: z.string().min(20),
  pilots: z.array(Pilot),
  pillars: z.array(Pillar),
  toolkit: z.array(Topic),
  actionLines: z.array(Topic),
  pages: z.array(PublicPage),
});
export type Knowledge = z.infer<typeof Knowledge>;

/** The raw content modules, gathered into one object before parsing. */
export function rawKnowledge(): z.input<typeof Knowledge> {
  return {
    sources: raw.sources,
    interventions: [...raw.substantiatedInterventions, ...raw.promisingInterventions],
    groups: raw.wegwijsGroups,
    lonelinessTypes: raw.lonelinessTypes,
    definitions: raw.definitions,
    causes: raw.causes,
    consequences: raw.consequences,
    spiral: raw.spiral,
    figures: raw.figures,
    targetGroups: raw.targetGroups,
    elements: raw.elements,
    buildingBlocks: raw.buildingBlocks,
    preventionLevels: raw.preventionLevels,
    steps: raw.steps,
    choices: raw.choices,
    tips: raw.tips,
    partners: raw.partners,
    profiles: raw.profiles,
    profileCaution: raw.profileCaution,
    pilots: raw.pilots,
    pillars: raw.pillars,
    toolkit: raw.toolkit,
    actionLines: raw.actionLines,
    pages: [raw.whatYouCanDoPage, raw.recognisePage],
  };
}

/** Every problem with the references between content items; empty when all is well. */
export function checkReferences(k: Knowledge): string[] {
  const problems: string[] = [];
  const exactlyOnce = (what: string, expected: readonly string[], actual: string[]) => {
    for (const id of expected) {
      const n = actual.filter((a) => a === id).length;
      if (n !== 1) problems.push(`${what} "${id}" appears ${n} times (expected once)`);
    }
    for (const id of actual) {
      if (!expected.includes(id)) problems.push(`${what} "${id}" is unknown`);
    }
  };
  exactlyOnce(
    'group',
    groupIds,
    k.groups.map((g) => g.id),
  );
  exactlyOnce(
    'loneliness type',
    lonelinessTypeIds,
    k.lonelinessTypes.map((t) => t.id),
  );
  exactlyOnce(
    'target group',
    targetGroupIds,
    k.targetGroups.map((t) => t.id),
  );
  exactlyOnce(
    'element',
    elementIds,
    k.elements.map((e) => e.id),
  );
  exactlyOnce(
    'building block',
    buildingBlockIds,
    k.buildingBlocks.map((b) => b.id),
  );
  exactlyOnce(
    'profile',
    profileIds,
    k.profiles.map((p) => p.id),
  );
  exactlyOnce(
    'step',
    stepIds,
    k.steps.map((s) => s.id),
  );
  exactlyOnce(
    'pillar',
    pillarIds,
    k.pillars.map((p) => p.id),
  );

  const sourceIds = new Set(k.sources.map((s) => s.id));
  const checkSource = (where: string, source: string) => {
    if (!sourceIds.has(source as never)) problems.push(`${where}: source "${source}" is unknown`);
  };
  const slugs = new Set<string>();
  for (const i of k.interventions) {
    if (slugs.has(i.slug)) problems.push(`intervention slug "${i.slug}" is used twice`);
    slugs.add(i.slug);
    checkSource(`intervention ${i.slug}`, i.source);
  }
  const names = new Set<string>();
  for (const i of k.interventions) {
    const key = i.name.toLowerCase();
    if (names.has(key)) problems.push(`intervention name "${i.name}" is used twice`);
    names.add(key);
  }
  for (const list of [
    k.groups,
    k.lonelinessTypes,
    k.definitions,
    k.causes,
    k.consequences,
    [k.spiral],
    k.figures,
    k.targetGroups,
    k.elements,
    k.buildingBlocks,
    k.preventionLevels,
    k.steps,
    k.choices,
    k.tips,
    k.partners,
    k.profiles,
    k.pilots,
    k.pillars,
    k.toolkit,
    k.actionLines,
    k.pages,
  ] as { source: string; id?: string; name?: string; municipality?: string }[][]) {
    for (const item of list) {
      checkSource(`item ${item.id ?? item.name ?? item.municipality ?? '?'}`, item.source);
    }
  }
  for (const [kind, list] of Object.entries({
    definition: k.definitions,
    cause: k.causes,
    consequence: k.consequences,
    'prevention level': k.preventionLevels,
    choice: k.choices,
    tip: k.tips,
    partner: k.partners,
    toolkit: k.toolkit,
    'action line': k.actionLines,
  })) {
    const seen = new Set<string>();
    for (const t of list) {
      if (seen.has(t.id)) problems.push(`${kind} id "${t.id}" is used twice`);
      seen.add(t.id);
    }
  }
  const municipalities = new Set<string>();
  for (const p of k.pilots) {
    if (municipalities.has(p.municipality)) problems.push(`pilot "${p.municipality}" twice`);
    municipalities.add(p.municipality);
  }
  for (const g of GroupId.options) {
    if (!k.interventions.some((i) => i.classification.groups.includes(g))) {
      problems.push(`no intervention suits group "${g}"`);
    }
  }
  return problems;
}

/** Parse all content; throws with every problem named when something is wrong. */
export function loadKnowledge(input: z.input<typeof Knowledge> = rawKnowledge()): Knowledge {
  const parsed = Knowledge.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 20)
      .map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Knowledge content is invalid:\n${lines.join('\n')}`);
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) {
    throw new Error(`Knowledge content has broken references:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}
