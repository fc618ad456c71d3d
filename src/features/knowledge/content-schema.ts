/**
 * The contract for Omzien's knowledge content (Kennisbank).
 *
 * Content lives in `content/` as typed TypeScript modules. Every module is parsed with these
 * schemas in the content tests and again when the content is loaded into the database, so a
 * broken item never reaches a user. Descriptions are written in our own words (Dutch, B1);
 * names, figures and links are facts taken from the sources as they are.
 */
import { z } from 'zod';

/** Ids of the source documents (see `content/sources.ts`). */
export const sourceIds = [
  'groningen-actielijn-2023', // seed 000: Gemeente Groningen, Sociale basis: actielijn eenzaamheid 2023-2026
  'handreiking-2017', // seed 001: Coalitie Erbij, Handreiking lokale aanpak eenzaamheid (2017)
  'movisie-preventie-2018', // seed 002: Movisie / Trendbureau Drenthe, Preventie van eenzaamheid: wat werkt? (2018)
  'wegwijs-movisie', // seed 003: Movisie, Wegwijsaanpakeenzaamheid.nl
  'een-tegen-eenzaamheid-2022', // seed 004: VWS, Eén tegen eenzaamheid, actieprogramma 2022-2025
] as const;
export const SourceId = z.enum(sourceIds);
export type SourceId = z.infer<typeof SourceId>;

/** Wegwijs groups, by degree of loneliness (seed 003). */
export const groupIds = ['not-lonely', 'at-risk', 'mild-moderate', 'severe'] as const;
export const GroupId = z.enum(groupIds);
export type GroupId = z.infer<typeof GroupId>;

/** Types of loneliness (seeds 000, 004). */
export const lonelinessTypeIds = ['social', 'emotional', 'existential'] as const;
export const LonelinessTypeId = z.enum(lonelinessTypeIds);
export type LonelinessTypeId = z.infer<typeof LonelinessTypeId>;

/** Target groups. Every risk group is a target group; `everyone` is not a risk group. */
export const targetGroupIds = [
  'everyone', // alle inwoners
  'older-people', // ouderen (65+, 75+)
  'young-people', // jongeren en jongvolwassenen
  'low-ses', // lage sociaaleconomische status (opleiding, inkomen, werkloosheid)
  'chronic-illness', // chronisch zieken, mensen met een beperking of langdurige psychische problemen
  'carers', // mantelzorgers
  'singles', // alleenstaanden
  'widowed-divorced', // weduwen, weduwnaars en gescheiden mensen
  'migrants', // mensen met een (niet-westerse) migratieachtergrond
  'lgbtiq', // LHBTIQ+
  'low-literacy', // laaggeletterden
  'life-event', // mensen die een ingrijpende gebeurtenis meemaakten
  'homeless', // dak- en thuislozen
] as const;
export const TargetGroupId = z.enum(targetGroupIds);
export type TargetGroupId = z.infer<typeof TargetGroupId>;

/** The seven effective elements, werkzame elementen (seed 000). */
export const elementIds = [
  'occupation', // bezigheden
  'meeting', // ontmoeten
  'practical-support', // praktisch ondersteunen
  'meaningful-contact', // betekenisvol contact
  'meaningful-role', // betekenisvolle rol
  'social-skills', // sociale vaardigheden
  'realistic-expectations', // realistische verwachtingen
] as const;
export const ElementId = z.enum(elementIds);
export type ElementId = z.infer<typeof ElementId>;

/** The six building blocks, bouwstenen (seeds 000, 001). */
export const buildingBlockIds = [
  'awareness', // bewustwording en agenderen
  'recognising', // herkennen en vinden
  'supporting', // ondersteunen en activeren
  'expertise', // kwaliteit en deskundigheid
  'cooperation', // afstemmen en samenwerken
  'findability', // vindbaarheid van informatie
] as const;
export const BuildingBlockId = z.enum(buildingBlockIds);
export type BuildingBlockId = z.infer<typeof BuildingBlockId>;

/** The eight intervention profiles of Machielse (2011), seed 001. */
export const profileIds = [
  'actives', // Actieven
  'sheltered', // Geborgenen
  'left-behind', // Achterblijvers
  'dependants', // Afhankelijken
  'compensators', // Compenseerders
  'outsiders', // Buitenstaanders
  'hopefuls', // Hoopvollen
  'survivors', // Overlevers
] as const;
export const ProfileId = z.enum(profileIds);
export type ProfileId = z.infer<typeof ProfileId>;

/** The six steps of local cooperation (seed 001). */
export const stepIds = [
  'take-initiative', // initiatief nemen
  'gather-facts', // feiten en cijfers verzamelen
  'start-organising', // beginnen met organiseren
  'make-plan', // plan maken
  'carry-out-plan', // plan uitvoeren
  'keep-attention', // zorgen voor permanente aandacht
] as const;
export const StepId = z.enum(stepIds);
export type StepId = z.infer<typeof StepId>;

/** The five pillars of the national programme (seed 004). */
export const pillarIds = [
  'commitment', // bestuurlijk commitment
  'network', // sterk netwerk
  'involve-people', // betrek mensen met gevoelens van eenzaamheid zelf
  'sustainable-approach', // duurzame aanpak
  'monitoring', // monitoring en evaluatie
] as const;
export const PillarId = z.enum(pillarIds);
export type PillarId = z.infer<typeof PillarId>;

export const activityTypeIds = ['meeting', 'one-to-one', 'course'] as const;
export const ActivityType = z.enum(activityTypeIds);
export type ActivityType = z.infer<typeof ActivityType>;

export const evidenceIds = ['substantiated', 'promising'] as const;
export const EvidenceLevel = z.enum(evidenceIds);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: lowercase words joined by hyphens');
const text = z.string().trim().min(1);
/** A paragraph in our own words. */
const prose = z.string().trim().min(20);
const url = z.url({ protocol: /^https?$/ });

/** Optional English version of the short texts of an item (English is the second language). */
const en = z.object({ name: text.optional(), summary: text.optional() }).strict().optional();

/** Where an item comes from: the source document and, where it gives one, a link. */
const sourced = {
  source: SourceId,
  /** Location in the source, for instance "hoofdstuk 3" or "p. 12". */
  where: text.optional(),
};

export const Evidence = z.discriminatedUnion('level', [
  z
    .object({
      level: z.literal('substantiated'),
      /** What the research found, in our own words. */
      finding: prose,
      /** Who did the research, as the source names it (e.g. "Vrije Universiteit", "NIVEL"). */
      foundBy: text,
      /** Year of the research as the source gives it; absent where the source gives none. */
      year: z.number().int().min(1990).max(2030).optional(),
    })
    .strict(),
  z.object({ level: z.literal('promising') }).strict(),
]);
export type Evidence = z.infer<typeof Evidence>;

/** Omzien's own classification of an intervention. Not from the source: ours, explained. */
export const Classification = z
  .object({
    groups: z.array(GroupId).min(1),
    lonelinessTypes: z.array(LonelinessTypeId).min(1),
    targetGroups: z.array(TargetGroupId).min(1),
    elements: z.array(ElementId).min(1),
    buildingBlocks: z.array(BuildingBlockId).min(1),
    profiles: z.array(ProfileId),
    /** Why we classified it so, in Dutch (B1): one to three sentences. */
    rationale: prose,
  })
  .strict();

export const Intervention = z
  .object({
    slug,
    /** The name as the source gives it. */
    name: text,
    /** What it means for loneliness, in our own words (Dutch, B1). */
    summary: prose,
    type: ActivityType,
    evidence: Evidence,
    /** Links as the source gives them (deduplicated). May be empty if the source gives none. */
    links: z.array(url),
    ...sourced,
    classification: Classification,
    en,
  })
  .strict();
export type Intervention = z.infer<typeof Intervention>;

export const Source = z
  .object({
    id: SourceId,
    title: text,
    publisher: text,
    /** Year of publication, where the source gives one. */
    year: z.number().int().optional(),
    url: url.optional(),
    /** What Omzien takes from it, in our words. */
    description: prose,
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Figure = z
  .object({
    /** Area the figure is about, e.g. "Nederland", "Groningen". */
    area: text,
    /** What is measured, in Dutch, e.g. "eenzaam", "ernstig eenzaam". */
    measure: text,
    /** The value as the source gives it; `unit` says what it is. */
    value: z.number(),
    unit: z.enum(['percent', 'count', 'euro']),
    year: z.number().int().optional(),
    /** Age group, e.g. "18+", "65+", "75+". */
    age: text.optional(),
    ...sourced,
  })
  .strict();
export type Figure = z.infer<typeof Figure>;

export const WegwijsGroup = z
  .object({
    id: GroupId,
    number: z.number().int().min(1).max(4),
    name: text,
    description: prose,
    /** Every kind of activity the Wegwijs tool names for this group, with its means. */
    activities: z.array(z.object({ name: text, means: text }).strict()).min(1),
    /** Kinds of activity that can backfire for this group, if any. */
    cautions: z.array(prose).default([]),
    ...sourced,
    en,
  })
  .strict();
export type WegwijsGroup = z.infer<typeof WegwijsGroup>;

export const LonelinessType = z
  .object({
    id: LonelinessTypeId,
    name: text,
    description: prose,
    /** What tends to help for this type. */
    helps: z.array(text).min(1),
    /** What can backfire for this type (e.g. group meetings for emotional loneliness). */
    backfires: z.array(text),
    ...sourced,
    en,
  })
  .strict();

export const TargetGroup = z
  .object({
    id: TargetGroupId,
    name: text,
    description: prose,
    /** Whether the sources name it as a risk group. */
    riskGroup: z.boolean(),
    /** Why the risk is higher, in our words. */
    why: prose.optional(),
    figures: z.array(Figure),
    ...sourced,
    en,
  })
  .strict();

export const Element = z
  .object({
    id: ElementId,
    name: text,
    /** The short gloss the source gives, e.g. "afleiding, voldoening, plezier". */
    gloss: text,
    description: prose,
    ...sourced,
    en,
  })
  .strict();

export const BuildingBlock = z
  .object({
    id: BuildingBlockId,
    name: text,
    description: prose,
    /** Examples at network level (municipality-wide), from seed 000 and 001. */
    networkExamples: z.array(text).min(1),
    /** Examples at neighbourhood level. */
    neighbourhoodExamples: z.array(text).min(1),
    ...sourced,
    en,
  })
  .strict();

export const Profile = z
  .object({
    id: ProfileId,
    name: text,
    duration: z.enum(['situational', 'structural']),
    motivation: z.enum(['participation', 'no-participation']),
    coping: z.enum(['active', 'passive']),
    description: prose,
    /** What kind of support suits this profile. */
    approach: prose,
    ...sourced,
    en,
  })
  .strict();

export const Step = z
  .object({
    id: StepId,
    number: z.number().int().min(1).max(6),
    name: text,
    description: prose,
    /** What the step asks of the coalition, one action per item. */
    asks: z.array(text).min(2),
    ...sourced,
    en,
  })
  .strict();

export const Pillar = z
  .object({
    id: PillarId,
    number: z.number().int().min(1).max(5),
    name: text,
    description: prose,
    advice: z.array(text).min(1),
    ...sourced,
    en,
  })
  .strict();

/**
 * A simple titled item with a description and optional points, used for the concepts that are
 * lists in the sources: causes, consequences, the spiral, definitions, prevention levels,
 * choices, tips, partners, signs.
 */
export const Topic = z
  .object({
    id: slug,
    name: text,
    description: prose,
    points: z.array(text).default([]),
    /** Optional grouping key inside a list, e.g. cause category `individual`. */
    category: text.optional(),
    ...sourced,
    en,
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const Pilot = z
  .object({
    municipality: text,
    leadOrganisation: text,
    /** Their practice example, in our words. */
    example: prose,
    links: z.array(url).default([]),
    ...sourced,
  })
  .strict();

/** A page for everyone: sections with a heading, a paragraph and points. */
export const PublicPage = z
  .object({
    id: slug,
    title: text,
    intro: prose,
    sections: z
      .array(
        z
          .object({
            heading: text,
            body: prose,
            points: z.array(text).default([]),
            /** Effective elements this section is about, where it is organised along them. */
            elements: z.array(ElementId).default([]),
          })
          .strict(),
      )
      .min(2),
    ...sourced,
    en: z.object({ title: text }).strict().optional(),
  })
  .strict();
export type PublicPage = z.infer<typeof PublicPage>;

export type WegwijsGroupT = z.infer<typeof WegwijsGroup>;
export type LonelinessTypeT = z.infer<typeof LonelinessType>;
export type TargetGroupT = z.infer<typeof TargetGroup>;
export type ElementT = z.infer<typeof Element>;
export type BuildingBlockT = z.infer<typeof BuildingBlock>;
export type ProfileT = z.infer<typeof Profile>;
export type StepT = z.infer<typeof Step>;
export type PillarT = z.infer<typeof Pillar>;
export type PilotT = z.infer<typeof Pilot>;

/** The input type for content files (defaults may be left out). */
export type In<T extends z.ZodType> = z.input<T>;
