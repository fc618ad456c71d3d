import type { Element, In } from '../../src/features/knowledge/content-schema.ts';

/**
 * The seven effective elements, werkzame elementen ("Wat werkt?"), of the Groningen
 * infographic (seed 000, after Movisie 2020). The gloss is the source's; descriptions are ours.
 * The source notes that combining elements makes an approach more effective.
 */
export const elements: In<typeof Element>[] = [
  {
    id: 'occupation',
    name: 'Bezigheden',
    gloss: 'afleiding, voldoening en plezier',
    description:
      'Iets doen wat iemand graag doet, geeft afleiding, voldoening en plezier. Denk aan een hobby, sport, muziek of tuinieren. Het gevoel van eenzaamheid krijgt dan minder ruimte. Het werkt nog beter in combinatie met andere elementen, bijvoorbeeld samen met anderen bezig zijn.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Occupation',
      summary:
        'Doing things you enjoy gives distraction, satisfaction and fun; combined with other elements it works better.',
    },
  },
  {
    id: 'meeting',
    name: 'Ontmoeten',
    gloss: 'gevoel erbij te horen',
    description:
      'Andere mensen ontmoeten geeft het gevoel erbij te horen. Denk aan een inloop, een buurtmaaltijd of een club. Ontmoeten helpt vooral bij sociale eenzaamheid. Wie één hechte band mist, heeft er vaak minder aan. Ontmoeting werkt beter als het samengaat met andere elementen, zoals een rol of een vast contact.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Meeting people',
      summary:
        'Meeting others gives a sense of belonging; it helps social loneliness most and works better combined with other elements.',
    },
  },
  {
    id: 'practical-support',
    name: 'Praktisch ondersteunen',
    gloss: 'er niet alleen voor staan',
    description:
      'Praktische hulp geeft het gevoel er niet alleen voor te staan. Denk aan hulp bij geldzaken of papieren, vervoer naar familie of het ziekenhuis, of warm doorverwijzen. Praktische hulp is vaak een goede eerste stap. Daarna kunnen andere elementen volgen; die combinatie werkt het best.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Practical support',
      summary:
        'Help with money, paperwork, transport or a warm referral means not standing alone, and is often a good first step.',
    },
  },
  {
    id: 'meaningful-contact',
    name: 'Betekenisvol contact',
    gloss: 'vertrouwensband met een ander',
    description:
      'Een band van vertrouwen met één ander mens: iemand om het eigen verhaal aan te vertellen. Denk aan een maatje, een vaste bezoeker of contact met lotgenoten. Dit helpt vooral bij emotionele eenzaamheid. Samen met andere elementen is het effect groter.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Meaningful contact',
      summary:
        'A bond of trust with another person, such as a buddy or regular visitor; it helps emotional loneliness most.',
    },
  },
  {
    id: 'meaningful-role',
    name: 'Betekenisvolle rol',
    gloss: 'ertoe doen, waardering, zelfvertrouwen',
    description:
      'Een rol waarin iemand ertoe doet en gewaardeerd wordt. Dat geeft zelfvertrouwen. Denk aan vrijwilligerswerk, werk of iets betekenen voor de buren. Wie van betekenis is voor anderen, voelt zich minder eenzaam. Dit helpt ook bij existentiële eenzaamheid. Het werkt het best samen met andere elementen.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Meaningful role',
      summary:
        'A role in which you matter and are valued, such as volunteering, builds self-confidence and reduces loneliness.',
    },
  },
  {
    id: 'social-skills',
    name: 'Sociale vaardigheden',
    gloss: 'aan (kunnen) gaan van contacten',
    description:
      'De vaardigheid om contact te leggen en vast te houden. Niet iedereen vindt dat makkelijk, bijvoorbeeld door verlegenheid of onzekerheid. Een training of cursus kan helpen, ook op school voor jongeren. Combineer dit met kansen om het geleerde te oefenen, zoals ontmoeting: dat werkt beter.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Social skills',
      summary:
        'Being able to make and keep contacts; training helps, especially combined with chances to practise.',
    },
  },
  {
    id: 'realistic-expectations',
    name: 'Realistische verwachtingen',
    gloss: 'teleurstelling voorkomen',
    description:
      'Wie te veel verwacht van contact met anderen, raakt snel teleurgesteld. Dat kan eenzaamheid groter maken. Praten over wat iemand mag verwachten van vrienden, buren of een activiteit helpt teleurstelling te voorkomen. Dit element maakt andere elementen ook sterker.',
    source: 'groningen-actielijn-2023',
    where: 'infographic, Wat werkt?',
    en: {
      name: 'Realistic expectations',
      summary:
        'Realistic expectations of relationships prevent disappointment and make other elements stronger.',
    },
  },
];
