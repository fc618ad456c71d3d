import type { In, Topic } from '../../src/features/knowledge/content-schema.ts';

/**
 * The content and organisational choices a local coalition makes when it plans its approach.
 * From the Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017), hoofdstuk 2,
 * "Inhoudelijke en organisatorische keuzes". Written in our own words.
 */
export const choices: In<typeof Topic>[] = [
  {
    id: 'bouwstenen',
    name: 'Op welk deel van de aanpak richt u zich?',
    description:
      'De aanpak van eenzaamheid bestaat uit zes delen die bij elkaar horen. Meestal kunt u ze niet alle zes tegelijk oppakken. Kies dus waar u (eerst) mee begint.',
    points: [
      'Bewustwording en agenderen',
      'Herkennen en vinden',
      'Ondersteunen en activeren',
      'Kwaliteit en deskundigheid',
      'Afstemmen en samenwerken',
      'Vindbaarheid van informatie',
    ],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, inhoudelijke en organisatorische keuzes',
    en: {
      name: 'Which part of the approach do you focus on?',
      summary:
        'The approach has six connected building blocks; you usually cannot do all six at once, so choose where to start.',
    },
  },
  {
    id: 'doelgroepen',
    name: 'Kiest u voor bepaalde doelgroepen?',
    description:
      'U kunt uw aanpak richten op een bepaalde groep mensen die eenzaam zijn of een grotere kans daarop hebben. Die keuze bepaalt welke partners u betrekt en welke activiteiten passen.',
    points: [
      'Jongeren',
      'Ouderen',
      'Mantelzorgers',
      'Mensen met een migratieachtergrond',
      'Mensen die in armoede leven',
      'Laaggeletterden',
      'Zorgvragers',
      'Zorgmijders',
    ],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, keuze voor doelgroepen',
    en: {
      name: 'Do you choose specific target groups?',
      summary:
        'You can focus on specific groups of (possibly) lonely people, which shapes your partners and activities.',
    },
  },
  {
    id: 'wie-u-bereikt',
    name: 'Op wie richt u zich: eenzame mensen of hun omgeving?',
    description:
      'Naast een keuze voor een groep eenzame mensen kunt u ook kiezen wie u met de aanpak wilt bereiken. Dat kunnen eenzame mensen zelf zijn, maar ook de mensen en organisaties om hen heen. Ook deze keuze bepaalt uw aanpak, partners en activiteiten.',
    points: [
      'Eenzame mensen zelf',
      'Hun netwerk',
      'Vrijwilligers',
      'Professionals',
      'Inwoners en burgerinitiatieven',
    ],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, keuze voor doelgroepen',
    en: {
      name: 'Whom do you reach: lonely people or those around them?',
      summary:
        'Besides a group of lonely people, you can aim at their network, volunteers, professionals or residents and citizen initiatives.',
    },
  },
  {
    id: 'werkgebied',
    name: 'Hele gemeente of bepaalde wijken?',
    description:
      'U kunt zich richten op de hele gemeente. U kunt ook (eerst) kiezen voor bepaalde wijken of gebieden, bijvoorbeeld waar een bepaalde doelgroep woont, waar bepaalde organisaties actief zijn of waar waarschijnlijk meer eenzame mensen wonen. Het gebied bepaalt mee welke partners en activiteiten u nodig hebt.',
    points: [
      'De hele gemeente',
      'Eerst bepaalde wijken of gebieden',
      'Gebieden met een specifieke doelgroep',
      'Gebieden waar bepaalde organisaties actief zijn',
      'Gebieden waar meer eenzame mensen wonen',
    ],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, geografisch gebied',
    en: {
      name: 'Whole municipality or certain neighbourhoods?',
      summary:
        'Choose whether to work across the whole municipality or to start in certain neighbourhoods or areas.',
    },
  },
  {
    id: 'perioden',
    name: 'Richt u zich op bepaalde perioden?',
    description:
      'Op sommige momenten in het jaar komt eenzaamheid vaker voor. U kunt ervoor kiezen daar extra aandacht aan te geven.',
    points: ['Eenzaamheid in de zomer', 'Eenzaamheid rond de feestdagen'],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, overige vragen',
    en: {
      name: 'Do you focus on certain periods?',
      summary:
        'Loneliness is more common at certain times, such as summer and the holidays, which may call for extra attention.',
    },
  },
  {
    id: 'digitale-oplossingen',
    name: 'Hebt u oog voor digitale oplossingen?',
    description:
      'Er zijn nieuwe, digitale oplossingen die kunnen helpen om eenzaamheid te voorkomen of te verminderen. Ga na of u daar genoeg aandacht voor hebt.',
    points: [],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, overige vragen',
    en: {
      name: 'Do you consider digital solutions?',
      summary:
        'Check whether you pay enough attention to new digital solutions that can help prevent or reduce loneliness.',
    },
  },
  {
    id: 'preventie-of-vermindering',
    name: 'Voorkomen en/of verminderen?',
    description:
      'Kies of u eenzaamheid vooral wilt voorkomen, vooral wilt verminderen bij mensen die al eenzaam zijn, of allebei.',
    points: ['Preventie: eenzaamheid voorkomen', 'Vermindering: eenzaamheid verminderen'],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, overige vragen',
    en: {
      name: 'Prevention and/or reduction?',
      summary: 'Choose whether you aim to prevent loneliness, to reduce it, or both.',
    },
  },
  {
    id: 'eenzaamheid-of-isolement',
    name: 'Eenzaamheid en/of sociaal isolement?',
    description:
      'Kies of u zich richt op eenzaamheid, waar de handreiking vooral over gaat, of ook op het voorkomen en verminderen van sociaal isolement. Bij sociaal isolement gaat het vooral om de grootte van het netwerk. Bij eenzaamheid gaat het ook om hoe goed de contacten voelen.',
    points: [
      'Eenzaamheid: gaat om het aantal én de kwaliteit van contacten',
      'Sociaal isolement: gaat vooral om de grootte van het netwerk',
    ],
    category: 'inhoud',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, overige vragen',
    en: {
      name: 'Loneliness and/or social isolation?',
      summary:
        'Choose between tackling loneliness, which is also about the quality of contacts, and social isolation, which is mainly about network size, or both.',
    },
  },
  {
    id: 'organisatievorm',
    name: 'Hoe organiseert u de samenwerking?',
    description:
      'Naast keuzes over de inhoud maakt u ook keuzes over de organisatie. Bepaal in welke vorm u samenwerkt en welke afspraken daarbij horen. Een vaste vorm kan helpen om eenzaamheid blijvend aandacht te geven.',
    points: [
      'Een eigen stichting of vereniging, bijvoorbeeld een lokale Coalitie Erbij',
      'Informeel samenwerken',
      'Onderbrengen bij een bestaande organisatie',
      'Afspraken over werkwijze, communicatie, besluitvorming en wie mag meedoen',
    ],
    category: 'organisatie',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 4 en stap 6',
    en: {
      name: 'How do you organise the cooperation?',
      summary:
        'Decide whether to set up a foundation or association, work informally or join an existing organisation, and agree on ways of working.',
    },
  },
];
