/**
 * Names of the classification values in the user's language: activity types and evidence levels
 * from the interface texts, the rest from the concepts in the database.
 */
import type { Db } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { ConceptKind } from './kinds.ts';
import { findConceptNames } from './repo.ts';

export const filterKeys = [
  'type',
  'evidence',
  'group',
  'lonelinessType',
  'targetGroup',
  'element',
  'buildingBlock',
  'profile',
] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Labels = Record<FilterKey, Record<string, string>>;

const staticLabels = {
  nl: {
    type: {
      meeting: 'Ontmoeting en activiteiten',
      'one-to-one': 'Eén-op-één',
      course: 'Cursussen, gespreksgroepen en therapie',
    },
    evidence: { substantiated: 'Onderbouwd', promising: 'Kansrijk' },
  },
  en: {
    type: {
      meeting: 'Meeting and activities',
      'one-to-one': 'One-to-one',
      course: 'Courses, discussion groups and therapy',
    },
    evidence: { substantiated: 'Substantiated', promising: 'Promising' },
  },
} as const;

const kindOf: Record<Exclude<FilterKey, 'type' | 'evidence'>, ConceptKind> = {
  group: 'group',
  lonelinessType: 'loneliness-type',
  targetGroup: 'target-group',
  element: 'element',
  buildingBlock: 'building-block',
  profile: 'profile',
};

/** The URL segment of the concept pages behind a filter, if it has them. */
export function conceptKindOf(key: FilterKey): ConceptKind | undefined {
  return key === 'type' || key === 'evidence' ? undefined : kindOf[key];
}

export async function getLabels(db: Db, locale: Locale): Promise<Labels> {
  const names = await findConceptNames(db, Object.values(kindOf));
  const labels: Labels = {
    type: { ...staticLabels[locale].type },
    evidence: { ...staticLabels[locale].evidence },
    group: {},
    lonelinessType: {},
    targetGroup: {},
    element: {},
    buildingBlock: {},
    profile: {},
  };
  for (const [key, kind] of Object.entries(kindOf) as [keyof typeof kindOf, ConceptKind][]) {
    for (const n of names) {
      if (n.kind === kind) labels[key][n.id] = locale === 'en' && n.en_name ? n.en_name : n.name;
    }
  }
  return labels;
}
