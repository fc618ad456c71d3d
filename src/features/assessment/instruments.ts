/**
 * The instruments of the Eenzaamheidsmeter, as data: items and their wording, subscales,
 * answer options, cut-offs, missing-value limits, the subscale definitions and the terms of use.
 * Scoring (`score.ts`) reads everything from here, so another instrument can sit beside these
 * two without new scoring code, as long as it scores "lonely answers" per item.
 *
 * The De Jong Gierveld loneliness scale: J. de Jong Gierveld & T. van Tilburg, Manual of the
 * Loneliness Scale (VU Amsterdam, 1999, updated). See docs/adr/0006-loneliness-scale.md.
 */

/** The answers, from the five-point form; the three-point form uses `yes`, `more-or-less`, `no`. */
export const answerValues = ['yes!', 'yes', 'more-or-less', 'no', 'no!'] as const;
export type Answer = (typeof answerValues)[number];

export type Subscale = 'emotional' | 'social';
/** Positive items are worded as having support; negative items as missing something. */
export type Polarity = 'positive' | 'negative';
export type Category = 'not-lonely' | 'moderate' | 'severe' | 'very-severe';
export type InstrumentId = 'djg-11' | 'djg-6';
export type SubscaleThreshold = 2 | 3;

export interface Text {
  nl: string;
  en: string;
}

export interface Item {
  /** The number in the 11-item scale; the short scale keeps these numbers. */
  number: number;
  text: Text;
  subscale: Subscale;
  polarity: Polarity;
}

export interface AnswerOption {
  value: Answer;
  label: Text;
}

export interface AnswerForm {
  id: 'three-point' | 'five-point';
  name: Text;
  options: AnswerOption[];
}

export interface CutOff {
  /** Lowest total of the category, inclusive. */
  from: number;
  /** Highest total of the category, inclusive. */
  to: number;
  category: Category;
  label: Text;
}

export interface SubscaleDefinition {
  /** A name a figure can cite: "emotioneel eenzaam (definitie rivm-2)". */
  id: 'rivm-2' | 'at-least-3';
  subscaleThreshold: SubscaleThreshold;
  /** Who uses this definition. */
  source: string;
  url: string;
  /** The rule in the source's words (Dutch) or a summary. */
  rule: string;
}

export interface Provenance {
  authors: string;
  citation: string;
  url: string;
  /** What the scale measures well, and what it is not. */
  caution: Text;
  /** The terms under which the manual makes the scale available. */
  terms: Text;
  /** Where the short scale comes from, if this is one. */
  shortScaleCitation?: string;
}

export interface Instrument {
  id: InstrumentId;
  name: Text;
  /** The question before the statements (Gezondheidsmonitor). */
  intro: Text;
  /** The items of this instrument, in the order they are asked. */
  items: Item[];
  /** Which answers score 1 ("lonely") for an item of each polarity. */
  lonelyAnswers: Record<Polarity, Answer[]>;
  answerForms: AnswerForm[];
  /** Categories by total, covering 0 up to the number of items without gaps. */
  cutOffs: CutOff[];
  /** The total is computed over the answered items when at most this many are missing. */
  maxMissing: number;
  provenance: Provenance;
}

/** The eleven statements of the De Jong Gierveld scale; English from the manual's version. */
export const djgItems: readonly Item[] = [
  {
    number: 1,
    text: {
      nl: 'Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan',
      en: 'There is always someone I can talk to about my day-to-day problems',
    },
    subscale: 'social',
    polarity: 'positive',
  },
  {
    number: 2,
    text: {
      nl: 'Ik mis een echt goede vriend of vriendin',
      en: 'I miss having a really close friend',
    },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 3,
    text: {
      nl: 'Ik ervaar een leegte om me heen',
      en: 'I experience a general sense of emptiness',
    },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 4,
    text: {
      nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen',
      en: 'There are plenty of people I can lean on when I have problems',
    },
    subscale: 'social',
    polarity: 'positive',
  },
  {
    number: 5,
    text: {
      nl: 'Ik mis gezelligheid om me heen',
      en: 'I miss the pleasure of the company of others',
    },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 6,
    text: {
      nl: 'Ik vind mijn kring van kennissen te beperkt',
      en: 'I find my circle of friends and acquaintances too limited',
    },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 7,
    text: {
      nl: 'Ik heb veel mensen op wie ik volledig kan vertrouwen',
      en: 'There are many people I can trust completely',
    },
    subscale: 'social',
    polarity: 'positive',
  },
  {
    number: 8,
    text: {
      nl: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel',
      en: 'There are enough people I feel close to',
    },
    subscale: 'social',
    polarity: 'positive',
  },
  {
    number: 9,
    text: { nl: 'Ik mis mensen om me heen', en: 'I miss having people around' },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 10,
    text: { nl: 'Vaak voel ik me in de steek gelaten', en: 'I often feel rejected' },
    subscale: 'emotional',
    polarity: 'negative',
  },
  {
    number: 11,
    text: {
      nl: 'Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht',
      en: 'I can call on my friends whenever I need them',
    },
    subscale: 'social',
    polarity: 'positive',
  },
];

/** Items of the De Jong Gierveld scale by their 11-item numbers. */
function djgPick(numbers: number[]): Item[] {
  return numbers.map((n) => {
    const item = djgItems.find((i) => i.number === n);
    if (!item) throw new RangeError(`No item ${n} in the De Jong Gierveld scale`);
    return item;
  });
}

const option = (value: Answer, nl: string, en: string): AnswerOption => ({
  value,
  label: { nl, en },
});

/** The answer forms of the manual: five answers on paper, three in an interview. */
export const djgAnswerForms: AnswerForm[] = [
  {
    id: 'three-point',
    name: { nl: 'Drie antwoorden', en: 'Three answers' },
    options: [
      option('yes', 'ja', 'yes'),
      option('more-or-less', 'min of meer', 'more or less'),
      option('no', 'nee', 'no'),
    ],
  },
  {
    id: 'five-point',
    name: { nl: 'Vijf antwoorden', en: 'Five answers' },
    options: [
      option('yes!', 'ja!', 'yes!'),
      option('yes', 'ja', 'yes'),
      option('more-or-less', 'min of meer', 'more or less'),
      option('no', 'nee', 'no'),
      option('no!', 'nee!', 'no!'),
    ],
  },
];

/** "Min of meer" always counts as lonely (De Jong Gierveld & Van Tilburg). */
export const djgLonelyAnswers: Record<Polarity, Answer[]> = {
  negative: ['yes!', 'yes', 'more-or-less'],
  positive: ['more-or-less', 'no', 'no!'],
};

const categoryLabels: Record<Category, Text> = {
  'not-lonely': { nl: 'niet eenzaam', en: 'not lonely' },
  moderate: { nl: 'matig eenzaam', en: 'moderately lonely' },
  severe: { nl: 'ernstig eenzaam', en: 'severely lonely' },
  'very-severe': { nl: 'zeer ernstig eenzaam', en: 'very severely lonely' },
};

const cutOff = (from: number, to: number, category: Category): CutOff => ({
  from,
  to,
  category,
  label: categoryLabels[category],
});

const djgIntro: Text = {
  nl: 'Wilt u van elk van de volgende uitspraken aangeven in hoeverre die op u, zoals u de laatste tijd bent, van toepassing is?',
  en: 'Please indicate for each of the following statements to what extent it applies to you, as you have been lately.',
};

const djgProvenance: Provenance = {
  authors: 'J. de Jong Gierveld & T. van Tilburg',
  citation:
    'J. de Jong Gierveld & T. van Tilburg, Manual of the Loneliness Scale, VU Amsterdam, 1999 (updated)',
  url: 'https://home.fsw.vu.nl/tg.van.tilburg/manual_loneliness_scale_1999.html',
  caution: {
    nl: 'De schaal meet eenzaamheid in groepen goed (zoals in de Gezondheidsmonitor). Voor één persoon is de uitkomst een aanleiding voor een gesprek, geen diagnose.',
    en: 'The scale measures loneliness in groups well (as in the Gezondheidsmonitor). For one person the result is a reason for a conversation, not a diagnosis.',
  },
  terms: {
    nl: 'De handleiding stelt de schaal beschikbaar voor wetenschappelijk survey-onderzoek, op voorwaarde dat de bron wordt genoemd. Gebruik buiten onderzoek (zoals een openbare zelftest) valt daar niet vanzelf onder; een gemeente kan de zelftest daarom uitzetten.',
    en: 'The manual makes the scale available for scientific survey research, provided the source is named. Use outside research (such as a public self-check) is not covered as a matter of course; a municipality can therefore switch the self-check off.',
  },
};

/** The 11-item scale and the 6-item short scale. */
export const instruments: Record<InstrumentId, Instrument> = {
  'djg-11': {
    id: 'djg-11',
    name: {
      nl: 'Eenzaamheidsschaal van De Jong Gierveld (11 uitspraken)',
      en: 'De Jong Gierveld loneliness scale (11 items)',
    },
    intro: djgIntro,
    items: djgPick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    lonelyAnswers: djgLonelyAnswers,
    answerForms: djgAnswerForms,
    cutOffs: [
      cutOff(0, 2, 'not-lonely'),
      cutOff(3, 8, 'moderate'),
      cutOff(9, 10, 'severe'),
      cutOff(11, 11, 'very-severe'),
    ],
    maxMissing: 2,
    provenance: {
      ...djgProvenance,
      citation: `${djgProvenance.citation}; the 11 items: J. de Jong Gierveld & F. Kamphuis (1985); the cut-offs: T. van Tilburg & J. de Jong Gierveld (1999)`,
    },
  },
  'djg-6': {
    id: 'djg-6',
    name: {
      nl: 'Verkorte eenzaamheidsschaal van De Jong Gierveld (6 uitspraken)',
      en: 'De Jong Gierveld short loneliness scale (6 items)',
    },
    intro: djgIntro,
    items: djgPick([3, 4, 7, 8, 9, 10]),
    lonelyAnswers: djgLonelyAnswers,
    answerForms: djgAnswerForms,
    cutOffs: [cutOff(0, 1, 'not-lonely'), cutOff(2, 4, 'moderate'), cutOff(5, 6, 'severe')],
    maxMissing: 1,
    provenance: {
      ...djgProvenance,
      shortScaleCitation:
        'J. de Jong Gierveld & T. van Tilburg (2006), A 6-item scale for overall, emotional, and social loneliness, Research on Aging 28(5)',
    },
  },
};

export const instrumentIds = Object.keys(instruments) as InstrumentId[];

/**
 * When a subscale counts as "emotioneel / sociaal eenzaam": sources differ. Each definition has
 * an id so a figure can say which one it uses.
 */
export const subscaleDefinitions: Record<SubscaleThreshold, SubscaleDefinition> = {
  2: {
    id: 'rivm-2',
    subscaleThreshold: 2,
    source: 'RIVM, Verantwoording eenzaamheid (Gezondheidsmonitor)',
    url: 'https://www.rivm.nl/media/eenzaamheid/verantwoording.html',
    rule: 'Iemand is sociaal of emotioneel eenzaam als diegene op minstens twee van de bijbehorende items ongunstig scoort.',
  },
  3: {
    id: 'at-least-3',
    subscaleThreshold: 3,
    source: "allecijfers.nl, explanation of the GGD's loneliness figures",
    url: 'https://allecijfers.nl/toelichting/eenzaamheid/',
    rule: 'Sociaal of emotioneel eenzaam bij minstens drie ongunstige scores op de bijbehorende items.',
  },
};

/** The current RIVM definition. */
export const DEFAULT_SUBSCALE_THRESHOLD: SubscaleThreshold = 2;

/** The Wegwijs group a category points to (before the life-event questions). */
export const categoryGroup: Record<Category, 'not-lonely' | 'mild-moderate' | 'severe'> = {
  'not-lonely': 'not-lonely',
  moderate: 'mild-moderate',
  severe: 'severe',
  'very-severe': 'severe',
};
