/**
 * The kinds of concept in the Kennisbank, with the Dutch URL segment of their pages and their
 * titles. The single place that maps code names to page addresses.
 */
export const conceptKinds = {
  group: { path: 'groepen', nl: 'Vier groepen (Wegwijs)', en: 'Four groups (Wegwijs)' },
  'loneliness-type': {
    path: 'soorten-eenzaamheid',
    nl: 'Soorten eenzaamheid',
    en: 'Types of loneliness',
  },
  definition: { path: 'definities', nl: 'Wat is eenzaamheid?', en: 'What is loneliness?' },
  cause: { path: 'oorzaken', nl: 'Oorzaken', en: 'Causes' },
  consequence: { path: 'gevolgen', nl: 'Gevolgen', en: 'Consequences' },
  spiral: { path: 'spiraal', nl: 'De spiraal van eenzaamheid', en: 'The spiral of loneliness' },
  figure: { path: 'cijfers', nl: 'Cijfers', en: 'Figures' },
  'target-group': {
    path: 'doelgroepen',
    nl: 'Doelgroepen en risicogroepen',
    en: 'Target groups and risk groups',
  },
  element: {
    path: 'werkzame-elementen',
    nl: 'Zeven werkzame elementen',
    en: 'Seven effective elements',
  },
  'building-block': { path: 'bouwstenen', nl: 'Zes bouwstenen', en: 'Six building blocks' },
  'prevention-level': {
    path: 'preventieniveaus',
    nl: 'Drie niveaus van preventie',
    en: 'Three levels of prevention',
  },
  profile: {
    path: 'profielen',
    nl: 'Acht interventieprofielen',
    en: 'Eight intervention profiles',
  },
  step: { path: 'stappen', nl: 'Zes stappen van samenwerking', en: 'Six steps of cooperation' },
  choice: { path: 'keuzes', nl: 'Keuzes maken', en: 'Making choices' },
  tip: { path: 'tips', nl: 'Tips', en: 'Tips' },
  partner: { path: 'partners', nl: 'Samenwerkingspartners', en: 'Partners' },
  pilot: {
    path: 'pilotgemeenten',
    nl: 'Twintig pilotgemeenten',
    en: 'Twenty pilot municipalities',
  },
  pillar: { path: 'pijlers', nl: 'Vijf pijlers', en: 'Five pillars' },
  toolkit: { path: 'toolkit', nl: 'Landelijke toolkit', en: 'National toolkit' },
  'action-line': { path: 'actielijnen', nl: 'Drie actielijnen', en: 'Three action lines' },
  page: { path: 'paginas', nl: "Pagina's voor iedereen", en: 'Pages for everyone' },
  source: { path: 'bronnen', nl: 'Bronnen', en: 'Sources' },
} as const;

export type ConceptKind = keyof typeof conceptKinds;
export const conceptKindIds = Object.keys(conceptKinds) as ConceptKind[];

/** The kind whose pages live under this URL segment, if any. */
export function kindByPath(segment: string): ConceptKind | undefined {
  return conceptKindIds.find((k) => conceptKinds[k].path === segment);
}
