/**
 * Use case: the Wegwijzer. From a Wegwijs group, and optionally a target group, a type of
 * loneliness and a Machielse profile, to (a) the kinds of activity for that group, (b) the
 * interventions that fit, strongest evidence first, each with why it fits, and (c) warnings
 * where a choice can backfire. Pure over the database reads; no web framework.
 */
import type { Db } from '../../platform/db/database.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import type {
  GroupId,
  Intervention,
  LonelinessTypeId,
  LonelinessTypeT,
  ProfileId,
  ProfileT,
  TargetGroupId,
  WegwijsGroupT,
} from '../knowledge/content-schema.ts';
import { getConcept } from '../knowledge/get-concepts.ts';
import { getLabels } from '../knowledge/labels.ts';
import {
  findInterventions,
  findInterventionsBySlug,
  type InterventionRow,
} from '../knowledge/repo.ts';

export interface GuideInput {
  group: GroupId;
  targetGroup?: TargetGroupId | undefined;
  lonelinessType?: LonelinessTypeId | undefined;
  profile?: ProfileId | undefined;
}

export interface GuideWarning {
  /** What the warning is about. */
  about: 'loneliness-type' | 'group' | 'profile' | 'intervention' | 'no-match';
  text: string;
}

export interface GuideIntervention {
  slug: string;
  name: string;
  summary: string;
  type: Intervention['type'];
  evidence: Intervention['evidence']['level'];
  why: string[];
  caution?: string;
}

export interface Guide {
  choices: {
    group: { id: GroupId; name: string };
    targetGroup?: { id: TargetGroupId; name: string };
    lonelinessType?: { id: LonelinessTypeId; name: string };
    profile?: { id: ProfileId; name: string };
  };
  group: { id: GroupId; number: number; name: string; description: string };
  activities: { name: string; means: string }[];
  interventions: GuideIntervention[];
  warnings: GuideWarning[];
}

/** Whether an intervention fits all the choices; `everyone` counts for any target group. */
export function fits(row: InterventionRow, input: GuideInput): boolean {
  if (!row.groups.includes(input.group)) return false;
  if (input.lonelinessType && !row.loneliness_types.includes(input.lonelinessType)) return false;
  if (input.profile && !row.profiles.includes(input.profile)) return false;
  if (
    input.targetGroup &&
    !row.target_groups.includes(input.targetGroup) &&
    !row.target_groups.includes('everyone')
  ) {
    return false;
  }
  return true;
}

/** Order: substantiated first, then aimed at the chosen target group itself, then more elements. */
export function compareFit(input: GuideInput) {
  return (a: InterventionRow, b: InterventionRow): number => {
    const ev = (r: InterventionRow) => (r.evidence_level === 'substantiated' ? 0 : 1);
    const aimed = (r: InterventionRow) =>
      input.targetGroup && r.target_groups.includes(input.targetGroup) ? 0 : 1;
    return (
      ev(a) - ev(b) ||
      aimed(a) - aimed(b) ||
      b.elements.length - a.elements.length ||
      a.name.localeCompare(b.name, 'nl')
    );
  };
}

export async function buildGuide(db: Db, input: GuideInput, locale: Locale): Promise<Guide> {
  const t = translator(locale);
  const [group, labels, rows] = await Promise.all([
    getConcept<WegwijsGroupT>(db, 'group', input.group),
    getLabels(db, locale),
    findInterventions(db, []),
  ]);
  const type = input.lonelinessType
    ? await getConcept<LonelinessTypeT>(db, 'loneliness-type', input.lonelinessType)
    : undefined;
  const profile = input.profile
    ? await getConcept<ProfileT & { caution: string }>(db, 'profile', input.profile)
    : undefined;

  const matching = rows.filter((r) => fits(r, input)).sort(compareFit(input));
  const details = (await findInterventionsBySlug(
    db,
    matching.map((r) => r.slug),
  )) as Intervention[];
  const bySlug = new Map(details.map((d) => [d.slug, d]));

  const interventions: GuideIntervention[] = matching.map((row) => {
    const full = bySlug.get(row.slug);
    const why: string[] = [
      t('guide.why.group', { name: labels.group[input.group] ?? input.group }),
    ];
    if (input.targetGroup) {
      const name = labels.targetGroup[input.targetGroup] ?? input.targetGroup;
      why.push(
        row.target_groups.includes(input.targetGroup)
          ? t('guide.why.targetGroup', { name })
          : t('guide.why.everyone', { name: name.toLowerCase() }),
      );
    }
    if (input.lonelinessType) {
      why.push(
        t('guide.why.type', {
          name: (labels.lonelinessType[input.lonelinessType] ?? '').toLowerCase(),
        }),
      );
    }
    if (input.profile) {
      why.push(t('guide.why.profile', { name: labels.profile[input.profile] ?? input.profile }));
    }
    if (full?.evidence.level === 'substantiated') {
      why.push(
        t('guide.why.substantiated', {
          foundBy: full.evidence.foundBy,
          year: full.evidence.year ? ` (${full.evidence.year})` : '',
        }),
      );
    } else {
      why.push(t('guide.why.promising'));
    }
    why.push(
      t('guide.why.elements', {
        names: row.elements.map((e) => (labels.element[e] ?? e).toLowerCase()).join(', '),
      }),
    );
    const backfireRisk =
      row.type === 'meeting' &&
      (input.lonelinessType === 'emotional' || input.lonelinessType === 'existential');
    return {
      slug: row.slug,
      name: row.name,
      summary: row.summary,
      type: row.type as Intervention['type'],
      evidence: row.evidence_level as Intervention['evidence']['level'],
      why,
      ...(backfireRisk ? { caution: t('guide.caution.meeting') } : {}),
    };
  });

  const warnings: GuideWarning[] = [];
  if (type) {
    for (const text of type.backfires) warnings.push({ about: 'loneliness-type', text });
  }
  for (const text of group.cautions) warnings.push({ about: 'group', text });
  if (profile) warnings.push({ about: 'profile', text: profile.caution });
  if (interventions.length === 0) warnings.push({ about: 'no-match', text: t('guide.noMatch') });

  const choices: Guide['choices'] = {
    group: { id: input.group, name: labels.group[input.group] ?? group.name },
  };
  if (input.targetGroup)
    choices.targetGroup = {
      id: input.targetGroup,
      name: labels.targetGroup[input.targetGroup] ?? input.targetGroup,
    };
  if (input.lonelinessType)
    choices.lonelinessType = {
      id: input.lonelinessType,
      name: labels.lonelinessType[input.lonelinessType] ?? input.lonelinessType,
    };
  if (input.profile)
    choices.profile = { id: input.profile, name: labels.profile[input.profile] ?? input.profile };

  return {
    choices,
    group: { id: group.id, number: group.number, name: group.name, description: group.description },
    activities: group.activities,
    interventions,
    warnings,
  };
}
