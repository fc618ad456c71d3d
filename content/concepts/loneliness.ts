import type {
  Figure,
  In,
  LonelinessType,
  Topic,
} from '../../src/features/knowledge/content-schema.ts';

type FigureIn = In<typeof Figure>;

/**
 * Every loneliness figure the five sources give, keyed so that other content files (target
 * groups) can reuse the very same items. Values, years, ages and measures as the sources give
 * them. Figures about the programme itself (number of municipalities, budgets) are not here:
 * they are in the action lines and toolkit (pillars.ts).
 */
export const figureSet = {
  // Seed 000: Groningen vs Nederland, table "% eenzamen", bron RIVM (2020) Buurtatlas.
  groningenLonely: {
    area: 'Groningen',
    measure: 'eenzaam',
    value: 48.6,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  groningenSevere: {
    area: 'Groningen',
    measure: 'ernstig/zeer ernstig eenzaam',
    value: 12.4,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  groningenEmotional: {
    area: 'Groningen',
    measure: 'emotioneel eenzaam',
    value: 32,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  groningenSocial: {
    area: 'Groningen',
    measure: 'sociaal eenzaam',
    value: 30.3,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  nlLonelyRivm2020: {
    area: 'Nederland',
    measure: 'eenzaam',
    value: 47,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  nlSevereRivm2020: {
    area: 'Nederland',
    measure: 'ernstig/zeer ernstig eenzaam',
    value: 11.2,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  nlEmotionalRivm2020: {
    area: 'Nederland',
    measure: 'emotioneel eenzaam',
    value: 28.9,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },
  nlSocialRivm2020: {
    area: 'Nederland',
    measure: 'sociaal eenzaam',
    value: 30,
    unit: 'percent',
    year: 2020,
    source: 'groningen-actielijn-2023',
    where: 'tabel % eenzamen (bron: RIVM Buurtatlas 2020)',
  },

  // Seed 001: Handreiking, hoofdstuk 1 (GGD'en, CBS en RIVM, 2012).
  nlStronglyLonelyMillion: {
    area: 'Nederland',
    measure: 'sterk eenzaam: meer dan',
    value: 1000000,
    unit: 'count',
    age: 'volwassenen',
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
  },
  nlStronglyLonelyMen: {
    area: 'Nederland',
    measure: 'sterk eenzaam, mannen (ongeveer)',
    value: 8,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonelyWomen: {
    area: 'Nederland',
    measure: 'sterk eenzaam, vrouwen (ongeveer)',
    value: 8,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonely75: {
    area: 'Nederland',
    measure: 'sterk eenzaam: meer dan',
    value: 10,
    unit: 'percent',
    year: 2012,
    age: '75+',
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonelyWidowed: {
    area: 'Nederland',
    measure: 'sterk eenzaam, weduwen en weduwnaars',
    value: 16,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonelyDivorced: {
    area: 'Nederland',
    measure: 'sterk eenzaam, gescheiden mensen',
    value: 20,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonelyLowEducation2012: {
    area: 'Nederland',
    measure: 'sterk eenzaam, laagopgeleiden',
    value: 17,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },
  nlStronglyLonelyNonWestern2012: {
    area: 'Nederland',
    measure: 'sterk eenzaam, niet-westerse allochtonen',
    value: 20,
    unit: 'percent',
    year: 2012,
    source: 'handreiking-2017',
    where: "hoofdstuk 1 (GGD'en, CBS en RIVM, 2012)",
  },

  // Seed 002: Movisie / Trendbureau Drenthe (2018).
  drentheLonely: {
    area: 'Drenthe',
    measure: 'in meer of mindere mate eenzaam (rond)',
    value: 40,
    unit: 'percent',
    source: 'movisie-preventie-2018',
    where: 'Eenzaamheid in Drenthe, de cijfers',
  },
  drentheLonely19to65: {
    area: 'Drenthe',
    measure: 'in meer of mindere mate eenzaam',
    value: 39,
    unit: 'percent',
    age: '19-65',
    source: 'movisie-preventie-2018',
    where: 'Eenzaamheid in Drenthe, de cijfers',
  },
  drentheLonely65: {
    area: 'Drenthe',
    measure: 'in meer of mindere mate eenzaam',
    value: 45,
    unit: 'percent',
    age: '65+',
    source: 'movisie-preventie-2018',
    where: 'Eenzaamheid in Drenthe, de cijfers',
  },
  drentheSevere: {
    area: 'Drenthe',
    measure: '(zeer) ernstig eenzaam, in elke leeftijdsgroep (rond)',
    value: 10,
    unit: 'percent',
    source: 'movisie-preventie-2018',
    where: 'Eenzaamheid in Drenthe, de cijfers',
  },
  drentheSocialOlder: {
    area: 'Drenthe',
    measure: 'sociaal eenzaam (een op de drie ouderen)',
    value: 33.3,
    unit: 'percent',
    age: 'ouderen',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  drentheEmotionalOlder: {
    area: 'Drenthe',
    measure: 'emotioneel eenzaam',
    value: 14,
    unit: 'percent',
    age: 'ouderen',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  nlLonely75Movisie: {
    area: 'Nederland',
    measure: 'gevoelens van eenzaamheid',
    value: 54,
    unit: 'percent',
    age: '75+',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  nlStronglyLonely75Movisie: {
    area: 'Nederland',
    measure: 'sterk eenzaam',
    value: 11,
    unit: 'percent',
    age: '75+',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  nlLonelyOlderCount2018: {
    area: 'Nederland',
    measure: 'eenzame ouderen (ruim)',
    value: 700000,
    unit: 'count',
    year: 2018,
    age: 'ouderen',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  nlLonelyOlderCount2030: {
    area: 'Nederland',
    measure: 'eenzame ouderen (verwachting: kunnen er zijn)',
    value: 1100000,
    unit: 'count',
    year: 2030,
    age: 'ouderen',
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
  },
  nlLonelyLowEducationMovisie: {
    area: 'Nederland',
    measure: 'eenzaam, laagopgeleiden',
    value: 63,
    unit: 'percent',
    age: '19+',
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
  },
  nlLonelyHighEducationMovisie: {
    area: 'Nederland',
    measure: 'eenzaam, hoogopgeleiden',
    value: 36,
    unit: 'percent',
    age: '19+',
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
  },
  drentheLonelyLowEducation: {
    area: 'Drenthe',
    measure: 'sociaal en emotioneel eenzaam, laag opleidingsniveau',
    value: 49,
    unit: 'percent',
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
  },
  drentheLonelyHigherEducation: {
    area: 'Drenthe',
    measure: 'sociaal en emotioneel eenzaam, hoger opleidingsniveau',
    value: 32,
    unit: 'percent',
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
  },
  nlLonelyHardToMakeEndsMeet: {
    area: 'Nederland',
    measure: 'eenzaam, mensen die moeite hebben om rond te komen',
    value: 55,
    unit: 'percent',
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
  },

  // Seed 004: Eén tegen eenzaamheid 2022-2025 (Gezondheidsmonitor 2020 and others).
  nlLonely2016: {
    area: 'Nederland',
    measure: 'eenzaam',
    value: 43,
    unit: 'percent',
    year: 2016,
    age: '18+',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De aantallen',
  },
  nlLonely2020: {
    area: 'Nederland',
    measure: '(soms/matig) eenzaam',
    value: 47,
    unit: 'percent',
    year: 2020,
    age: '18+',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De aantallen (Gezondheidsmonitor 2020)',
  },
  nlStronglyLonely2016: {
    area: 'Nederland',
    measure: 'sterk eenzaam',
    value: 9,
    unit: 'percent',
    year: 2016,
    age: '18+',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De aantallen',
  },
  nlStronglyLonely2020: {
    area: 'Nederland',
    measure: 'sterk eenzaam',
    value: 11,
    unit: 'percent',
    year: 2020,
    age: '18+',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De aantallen (Gezondheidsmonitor 2020)',
  },
  nlSeverelyLonelyCount: {
    area: 'Nederland',
    measure: 'ernstig eenzaam',
    value: 1800000,
    unit: 'count',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 2',
  },
  nlLonely75: {
    area: 'Nederland',
    measure: 'eenzaam',
    value: 56,
    unit: 'percent',
    age: '75+',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De aantallen',
  },
  nlLonelyYoungAdults2016: {
    area: 'Nederland',
    measure: 'eenzaam, jongvolwassenen',
    value: 39,
    unit: 'percent',
    year: 2016,
    age: '18-35',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
  },
  nlLonelyYoungAdults2020: {
    area: 'Nederland',
    measure: 'eenzaam, jongvolwassenen',
    value: 46,
    unit: 'percent',
    year: 2020,
    age: '18-35',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlLonelyLowEducation2020: {
    area: 'Nederland',
    measure: 'eenzaam, laag opleidingsniveau',
    value: 65,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlStronglyLonelyLowEducation2020: {
    area: 'Nederland',
    measure: 'sterk eenzaam, laag opleidingsniveau',
    value: 19,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlLonelyHighEducation2020: {
    area: 'Nederland',
    measure: 'eenzaam, hoog opleidingsniveau',
    value: 42,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlStronglyLonelyHighEducation2020: {
    area: 'Nederland',
    measure: 'sterk eenzaam, hoog opleidingsniveau',
    value: 9,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlLonelyDisability: {
    area: 'Nederland',
    measure: 'eenzaam, mensen met een beperking',
    value: 62,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlLonelyLongTermMental: {
    area: 'Nederland',
    measure: 'eenzaam, mensen met langdurige psychische problemen',
    value: 81,
    unit: 'percent',
    year: 2020,
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Gezondheidsmonitor 2020)',
  },
  nlLonelyFeelingUnhealthy: {
    area: 'Nederland',
    measure: 'eenzaam, mensen die zich niet gezond voelen',
    value: 60,
    unit: 'percent',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
  },
  nlStronglyLonelyCarers: {
    area: 'Nederland',
    measure: 'sterk eenzaam, mantelzorgers',
    value: 43,
    unit: 'percent',
    source: 'een-tegen-eenzaamheid-2022',
    where: "hoofdstuk 2, risicogroepen (Movisie 2020, 'Wat werkt bij eenzaamheid')",
  },
  nlStronglyLonelyTrans: {
    area: 'Nederland',
    measure: 'sterk eenzaam, transpersonen',
    value: 25,
    unit: 'percent',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Keuzenkamp 2012)',
  },
  nlLonelyNonWesternMigration: {
    area: 'Nederland',
    measure: 'eenzaam, niet-westerse migratieachtergrond',
    value: 64,
    unit: 'percent',
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen (Van Tilburg & Fokkema 2018)',
  },
} satisfies Record<string, FigureIn>;

/** All loneliness figures from the sources (Nederland, Groningen, Drenthe). */
export const figures: FigureIn[] = Object.values(figureSet);

/**
 * The three types of loneliness (seeds 000, 001, 004), with what tends to help and what can
 * backfire. The warning that meeting new people can backfire for emotional and existential
 * loneliness comes from seed 004, pillar 4.
 */
export const lonelinessTypes: In<typeof LonelinessType>[] = [
  {
    id: 'social',
    name: 'Sociale eenzaamheid',
    description:
      'Iemand mist mensen om zich heen met wie hij iets deelt, zoals vrienden, kennissen, collega’s of buren. Dit is de vorm die het meest voorkomt. Het gaat niet zozeer om het aantal mensen. Het gaat erom of het contact gelijkwaardig is en of mensen dezelfde interesse of hobby hebben.',
    helps: [
      'Ontmoeting en nieuwe contacten opdoen',
      'Activiteiten rond een gedeelde interesse of hobby',
      'Gelijkwaardig contact, bijvoorbeeld in een club of vereniging of met buren',
      'Een breed en divers netwerk, met ook lossere contacten',
      'Sociale vaardigheden versterken om contact te kunnen leggen',
    ],
    backfires: [
      'Alleen méér mensen om iemand heen brengen, zonder dat het contact gelijkwaardig is of iets gedeelds heeft',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Verschijningsvormen; hoofdstuk 4, pijler 4',
    en: {
      name: 'Social loneliness',
      summary:
        'Missing a circle of people you share something with, such as friends, acquaintances, colleagues or neighbours; meeting people and shared activities help.',
    },
  },
  {
    id: 'emotional',
    name: 'Emotionele eenzaamheid',
    description:
      'Iemand mist één hechte, intieme band. Dat is iemand om gevoelens mee te delen en echte gesprekken mee te voeren, vaak een partner of een beste vriend of vriendin. Dit speelt bijvoorbeeld na het overlijden van een partner. Meer mensen ontmoeten vult dit gemis meestal niet.',
    helps: [
      'Stabiele, vaste contacten',
      'Eén-op-één contact, bijvoorbeeld met een maatje',
      'Betekenisvol contact: een band van vertrouwen met een ander',
      'Soms formele zorg of hulp',
    ],
    backfires: [
      'Groepsactiviteiten waar iemand gezellig moet zijn: die kunnen leegte, schaamte en gemis juist groter maken',
      'Vooral inzetten op ontmoeting en nieuwe contacten opdoen',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Verschijningsvormen; hoofdstuk 4, pijler 4',
    en: {
      name: 'Emotional loneliness',
      summary:
        'Missing one close, intimate bond, such as a partner or best friend; stable one-to-one contact helps, while cheerful group activities can make it worse.',
    },
  },
  {
    id: 'existential',
    name: 'Existentiële eenzaamheid',
    description:
      'Iemand mist zin en betekenis in het leven. Hij voelt geen eigen plek of rol en voelt zich niet thuis in de samenleving. Het leven voelt zinloos. Wie van betekenis kan zijn voor anderen, voelt zich minder eenzaam en hoort er meer bij.',
    helps: [
      'Van betekenis zijn voor anderen, bijvoorbeeld via vrijwilligerswerk',
      'Een betekenisvolle rol: ertoe doen en gewaardeerd worden',
      'Eén-op-één contact, bijvoorbeeld met een maatje',
    ],
    backfires: [
      'Vooral inzetten op ontmoeting en nieuwe contacten opdoen: dat kan averechts werken',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Verschijningsvormen; hoofdstuk 4, pijler 4',
    en: {
      name: 'Existential loneliness',
      summary:
        'Missing meaning and a place or role in life; being of value to others helps, while simply meeting new people can backfire.',
    },
  },
];

/**
 * Definitions: loneliness (Van Tilburg & De Jong Gierveld) against social isolation, and when
 * loneliness is severe or a problem (seeds 000, 001, 004).
 */
export const definitions: In<typeof Topic>[] = [
  {
    id: 'eenzaamheid',
    name: 'Eenzaamheid',
    description:
      'Eenzaamheid is een gevoel. Iemand ervaart zelf een onprettig of onaanvaardbaar gemis aan bepaalde sociale relaties. Het kan gaan om te weinig contacten, om contacten die niet goed genoeg zijn, of om allebei. Zo omschrijven Van Tilburg en De Jong Gierveld (2007) het. Het is dus subjectief: twee mensen met evenveel contacten kunnen zich heel anders voelen.',
    points: [
      'Het gaat om het aantal en om de kwaliteit van relaties',
      'Er zijn twee hoofdvormen: sociale en emotionele eenzaamheid; daarnaast noemen bronnen existentiële eenzaamheid',
      'Eenzaamheid is een gevoel van niet verbonden zijn: er niet bij horen of er niet toe doen',
      'Goede relaties zijn een basis voor ieder mens: ze geven identiteit, zelfrespect, erbij horen en steun (Machielse, 2006, 2015)',
      'Eenzaamheid is vaak verborgen en er rust een taboe op; het is lastig te signaleren',
      'Eenzaamheid is nooit helemaal weg te nemen, maar erover praten helpt al veel',
      'Eenzaamheid gaat niet alleen over ouderen: het komt op elke leeftijd voor',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'Loneliness',
      summary:
        'The subjective, unpleasant or unacceptable lack of (quality of) certain social relationships (Van Tilburg & De Jong Gierveld, 2007).',
    },
  },
  {
    id: 'sociaal-isolement',
    name: 'Sociaal isolement',
    description:
      'Sociaal isolement is geen gevoel. Het betekent dat iemand (bijna) geen sociale relaties heeft. Dat is van buitenaf te zien en te tellen. Bij sociaal isolement gaat het vooral om de grootte van het netwerk. Bij eenzaamheid gaat het ook om de kwaliteit ervan. Iemand kan eenzaam zijn met veel mensen om zich heen, en iemand met weinig contacten hoeft zich niet eenzaam te voelen.',
    points: [
      'Objectief: het (vrijwel) ontbreken van sociale relaties',
      'Gaat vooral over de omvang van het netwerk',
      'Bij de aanpak kiest u of u zich richt op eenzaamheid, op sociaal isolement of op allebei',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1; hoofdstuk 2, keuzes',
    en: {
      name: 'Social isolation',
      summary:
        'The objective (near) absence of social relationships, about the size of the network rather than a feeling.',
    },
  },
  {
    id: 'ernstige-eenzaamheid',
    name: 'Ernstige (sterke) eenzaamheid',
    description:
      'Iedereen voelt zich wel eens eenzaam. Meestal gaat dat weer over. Eenzaamheid wordt een probleem als het gevoel lang blijft, heel sterk is, of als iemand er zelf niet meer uit komt. Dan spreken bronnen van sterke, ernstige of langdurige eenzaamheid. Juist deze vorm heeft grote gevolgen voor gezondheid en meedoen.',
    points: [
      'Het gevoel houdt lang aan',
      'Het gevoel is ernstig of sterk',
      'Iemand kan de vereenzaming niet zelf doorbreken',
      'Een eenzame periode kan overgaan in langdurige eenzaamheid als de drempel om contact te zoeken steeds hoger wordt',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Gevolgen',
    en: {
      name: 'Severe (strong) loneliness',
      summary:
        'Loneliness becomes a problem when it lasts long, is severe, or when people cannot break out of it themselves.',
    },
  },
];

/**
 * Causes of loneliness in the three categories of the Groningen infographic (seed 000):
 * individual, social and societal, with every cause that seeds 000, 001, 002 and 004 list.
 */
export const causes: In<typeof Topic>[] = [
  {
    id: 'oorzaken-individueel',
    name: 'Individuele oorzaken',
    category: 'individual',
    description:
      'Sommige oorzaken liggen bij de persoon zelf: bij wat iemand kan, hoe iemand is en wat iemand verwacht. Ook gezondheid en het lichaam spelen mee. Deze oorzaken maken het lastiger om contact te leggen en vast te houden.',
    points: [
      'Persoonlijke capaciteiten en eigenschappen',
      'Een laag gevoel van eigenwaarde',
      'Verlegenheid',
      'Angst voor afwijzing of voor intimiteit',
      'Onzekerheid over het uiterlijk',
      'Onrealistisch hoge verwachtingen van sociale relaties',
      'Weinig zelfvertrouwen, sociale vaardigheden, veerkracht of een negatief zelfbeeld',
      'Een verandering in uiterlijk of psyche, bijvoorbeeld door ouderdom of een beperking',
      'Een chronische aandoening of een levenslange lichamelijke of geestelijke beperking',
      'De seksuele geaardheid of genderidentiteit verborgen houden',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1; indeling uit de Groningse infographic (seed 000)',
    en: {
      name: 'Individual causes',
      summary:
        'Causes in the person: traits and abilities such as low self-esteem, shyness, fear of rejection, unrealistic expectations, health and disability.',
    },
  },
  {
    id: 'oorzaken-sociaal',
    name: 'Sociale oorzaken',
    category: 'social',
    description:
      'Andere oorzaken zitten in het netwerk van iemand. Een ingrijpende gebeurtenis kan contacten laten wegvallen. Eenzaamheid ontstaat vaak langzaam, door een stapeling van zulke gebeurtenissen en omstandigheden.',
    points: [
      'Veranderingen in het sociale netwerk',
      'Overlijden van de partner, een dierbare of een goede vriend',
      'Ziekte van de partner of een goede vriend',
      'Eigen ziekte',
      'Echtscheiding',
      'Verhuizen, of gaan studeren in een nieuwe stad',
      'Een nieuwe baan beginnen',
      'Verlies van werk en inkomen',
      'Met pensioen gaan',
      'Schulden',
      'Gepest worden',
      'Verlies van gehoor of zicht, soms ook niet meer kunnen autorijden of fietsen',
      'Zware mantelzorg, waardoor weinig tijd overblijft voor vrienden, sport en clubs',
      'Weinig geld om mee te doen aan activiteiten',
      'Wonen op een andere plek dan waar iemand zich thuis voelt, zoals buiten het geboorteland',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, De oorzaak; indeling uit de Groningse infographic (seed 000)',
    en: {
      name: 'Social causes',
      summary:
        'Changes in the network and life events such as death of a partner, divorce, moving, illness, job loss, retirement, debts, bullying and hearing or sight loss.',
    },
  },
  {
    id: 'oorzaken-maatschappelijk',
    name: 'Maatschappelijke oorzaken',
    category: 'societal',
    description:
      'Ook de samenleving en de omgeving spelen een rol. Als buurten veranderen, plekken om elkaar te zien verdwijnen of mensen meer op zichzelf leven, wordt contact moeilijker. Het taboe op eenzaamheid maakt dat mensen er niet over praten, en dat maakt het erger.',
    points: [
      'Negatieve beeldvorming over bepaalde groepen',
      'Individualisering',
      'Kerk- en buurtgemeenschappen en andere traditionele verbanden spelen een kleinere rol',
      'Veranderingen in de woonomgeving: huizen worden vervangen, buren verhuizen, de winkel sluit, een bankje of ontmoetingsplek verdwijnt',
      'Minder sociale samenhang in de buurt',
      'Een andere inrichting van de openbare ruimte',
      'Voorzieningen die verdwijnen',
      'Het taboe op eenzaamheid',
      'De coronacrisis en de lockdowns',
      'Inflatie en hoge energierekeningen: geldzorgen en armoede',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'voorwoord; hoofdstuk 2, De oorzaak; indeling uit de Groningse infographic (seed 000)',
    en: {
      name: 'Societal causes',
      summary:
        'Causes in society: negative images of groups, individualisation, weaker traditional ties, changing neighbourhoods, taboo, the pandemic and money worries.',
    },
  },
];

/** Consequences of loneliness for the person and for society (seeds 000, 001, 002, 004). */
export const consequences: In<typeof Topic>[] = [
  {
    id: 'gevolgen-gezondheid',
    name: 'Gezondheid',
    description:
      'Langdurige of ernstige eenzaamheid is slecht voor de gezondheid, voor lichaam en geest. Mensen die zich eenzaam voelen, hebben vaker allerlei klachten. Soms is niet duidelijk wat oorzaak is en wat gevolg.',
    points: [
      'Hartproblemen',
      'Depressie',
      'Dementie',
      'Suïcide',
      'Verslaving en ongezond gedrag, zoals het gebruik van verslavende middelen',
      'Slaapproblemen',
      'Stress',
      'Zelfverwaarlozing',
      'Andere chronische aandoeningen',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Gevolgen',
    en: {
      name: 'Health',
      summary:
        'Lasting loneliness goes with more heart problems, depression, dementia, suicide, addiction, sleep problems, stress and self-neglect.',
    },
  },
  {
    id: 'gevolgen-welbevinden',
    name: 'Welbevinden',
    description:
      'Eenzaamheid gaat ten koste van hoe mensen zich voelen, emotioneel en lichamelijk. Mensen die zich erg eenzaam voelen, zijn minder gelukkig. Ze kijken vaker negatief naar zichzelf en naar anderen. Op termijn tast dit ook de gezondheid aan.',
    points: [
      'Minder emotioneel en lichamelijk welbevinden',
      'Minder gelukkig',
      'Vaker een negatief zelfbeeld en mensbeeld',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'Well-being',
      summary:
        'Very lonely people are less happy, feel worse emotionally and physically, and more often have a negative view of themselves and others.',
    },
  },
  {
    id: 'gevolgen-vroegtijdig-overlijden',
    name: 'Eerder overlijden',
    description:
      'Eenzaamheid vergroot de kans om vroegtijdig te overlijden. De Handreiking, Movisie en het actieprogramma noemen dit alle drie.',
    points: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'Earlier death',
      summary: 'Loneliness raises the risk of dying early.',
    },
  },
  {
    id: 'gevolgen-meedoen',
    name: 'Minder meedoen',
    description:
      'Wie eenzaam is, doet minder mee in de samenleving. De drempel om naar buiten te gaan, contact te zoeken of mee te doen voelt steeds hoger. Zo raken mensen verder geïsoleerd.',
    points: ['Minder meedoen in de samenleving', 'De drempel om de deur uit te gaan wordt hoger'],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 1; hoofdstuk 2',
    en: {
      name: 'Less participation',
      summary: 'Lonely people take part less in society, and the threshold to go out keeps rising.',
    },
  },
  {
    id: 'gevolgen-samenleving',
    name: 'Gevolgen voor de samenleving',
    description:
      'Eenzaamheid raakt niet alleen de persoon zelf. De samenleving betaalt ook een prijs: mensen doen minder mee, de volksgezondheid wordt slechter en er is vaker zwaardere zorg nodig. Eenzaamheid op tijd verminderen, of liever voorkomen, bespaart problemen en kosten.',
    points: [
      'Minder maatschappelijke participatie',
      'Een slechtere volksgezondheid',
      'Vaker zwaardere vormen van zorg nodig',
      'Kosten voor de samenleving; ook financiële gevolgen voor de persoon',
      'Preventie voorkomt klachten én kosten',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Gevolgen; zie ook Movisie/Trendbureau Drenthe 2018',
    en: {
      name: 'Consequences for society',
      summary:
        'Loneliness lowers participation and public health, leads to heavier care and costs society money; prevention saves both.',
    },
  },
  {
    id: 'gevolgen-stapeling',
    name: 'Stapeling van problemen',
    description:
      'De gevolgen van eenzaamheid kunnen zich opstapelen. Gezondheid, geld en contacten gaan tegelijk achteruit. Dan is vaak niet meer te zien wat oorzaak is en wat gevolg. Op tijd ingrijpen voorkomt dat de problemen zich opstapelen.',
    points: [],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, Gevolgen',
    en: {
      name: 'Piling up of problems',
      summary:
        'Consequences of loneliness pile up until cause and effect can no longer be told apart; acting early prevents this.',
    },
  },
];

/** The spiral of withdrawal, proces van vereenzaming, from the Groningen infographic (seed 000). */
export const spiral: In<typeof Topic> = {
  id: 'proces-van-vereenzaming',
  name: 'Proces van vereenzaming',
  description:
    'Eenzaamheid kan zichzelf versterken. Wie zich eenzaam voelt, gaat gedrag en woorden van anderen negatiever uitleggen. Daardoor komen er meer negatieve gedachten. Iemand trekt zich terug en wordt nog eenzamer. Zo wordt de cirkel steeds lastiger te doorbreken. Eerder ingrijpen is daarom makkelijker dan later.',
  points: [
    'Iemand voelt zich eenzaam',
    'Interpreteert sociale informatie op een negatieve manier',
    'Ontwikkelt meer negatieve gedachten',
    'Trekt zich terug',
    'Trekt zich verder terug',
  ],
  source: 'groningen-actielijn-2023',
  where: 'infographic, Proces van vereenzaming',
  en: {
    name: 'Spiral of withdrawal',
    summary:
      'Feeling lonely leads to reading social cues negatively, more negative thoughts and withdrawing further and further.',
  },
};
