import type { In, Topic } from '../../src/features/knowledge/content-schema.ts';

/**
 * The tips of the Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017): the tips for good
 * cooperation that close hoofdstuk 2 (category `samenwerking`) and the advice on choosing
 * activities at the start of hoofdstuk 3 (category `activiteiten`). Written in our own words.
 */
export const tips: In<typeof Topic>[] = [
  {
    id: 'wie-aan-tafel',
    name: 'Kijk goed wie er aan tafel zit',
    description:
      'Ga na wie er aan tafel komt en in welke rol: directie, beleid of uitvoering. Vraag u af wat die persoon namens de eigen organisatie mag beslissen.',
    points: [
      'Welke rol heeft iemand: directie, beleid of uitvoering?',
      'Welk mandaat heeft degene die aanschuift?',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over de mensen',
    en: {
      name: 'Know who is at the table',
      summary:
        'Check who joins the table, in what role (management, policy, practice) and with what mandate.',
    },
  },
  {
    id: 'ken-elkaars-aanbod',
    name: 'Ken elkaars activiteiten en positie',
    description:
      'Zorg dat de organisaties die meedoen goed weten wat de anderen doen en welke plek zij hebben. Dan kunt u beter naar elkaar verwijzen en op elkaar aansluiten.',
    points: [],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over informatie',
    en: {
      name: "Know each other's activities and position",
      summary:
        'Make sure the partner organisations know well what the others do and where they stand.',
    },
  },
  {
    id: 'benader-vanuit-kracht',
    name: 'Benader mensen vanuit hun kracht',
    description:
      'Kijk bij mensen die eenzaam zijn naar wat ze wel kunnen en willen. Gebruik in het contact met hen liever niet het woord eenzaamheid, want dat kan afschrikken.',
    points: [
      'Kijk naar wat iemand kan en wil',
      'Vermijd het woord eenzaamheid in het contact met eenzame mensen',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over de benadering',
    en: {
      name: 'Approach people from their strengths',
      summary:
        "Approach lonely people from their strengths and avoid using the word 'loneliness' towards them.",
    },
  },
  {
    id: 'bespreek-verschillen',
    name: 'Benoem verschillen en ga ermee om',
    description:
      'Samenwerken tussen vrijwilligers en professionals is niet altijd makkelijk. Dat geldt ook voor zorgaanbieders die elkaar als concurrent zien. Maak zulke verschillen bespreekbaar en zoek samen een manier om ermee om te gaan.',
    points: [
      'Samenwerking tussen vrijwilligers en professionals',
      'Samenwerking tussen zorgaanbieders die concurrenten zijn',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: te bespreken',
    en: {
      name: 'Name and handle differences',
      summary:
        'Cooperation between volunteers and professionals, or between competing care providers, can be hard; name these differences and deal with them.',
    },
  },
  {
    id: 'maak-het-persoonlijk',
    name: 'Maak het persoonlijk',
    description:
      'Vraag iedereen wat eenzaamheid persoonlijk voor hem of haar betekent en hoe het onderwerp hen raakt. Bespreek ook wat samenwerken voor ieder betekent.',
    points: [],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over persoonlijke betrokkenheid',
    en: {
      name: 'Make it personal',
      summary:
        'Discuss how each person is personally touched by loneliness and what cooperation means to each of them.',
    },
  },
  {
    id: 'werk-planmatig',
    name: 'Werk planmatig en zoek balans in overleg',
    description:
      'Werk volgens een plan. Zoek in het overleg een goede mix van formeel vergaderen met een agenda en informeel bijpraten. Zorg voor een goede voorzitter en maak afspraken over hoe u werkt.',
    points: [
      'Werk volgens een plan',
      'Balans tussen formeel overleg en informele uitwisseling',
      'Een goede voorzitter',
      'Duidelijke werkafspraken',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over de werkwijze',
    en: {
      name: 'Work to a plan and balance your meetings',
      summary:
        'Work to a plan, balance formal agenda-driven meetings with informal exchange, have a good chair and agree on ways of working.',
    },
  },
  {
    id: 'netwerk-verandert',
    name: 'Accepteer dat het netwerk verandert',
    description:
      'Het netwerk blijft wisselen, en dat is goed zo. Zeg open welke belangen u hebt. Stop geen energie in mensen of organisaties die niet mee willen doen: dat hoeft niet. Zorg dat u dezelfde taal spreekt.',
    points: [
      'Het netwerk blijft wisselen en veranderen',
      'Spreek belangen uit',
      'Wie niet wil, hoeft niet mee te doen',
      'Spreek dezelfde taal',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over samenwerking',
    en: {
      name: 'Accept that the network changes',
      summary:
        "Accept a changing network, state your interests, don't push those who don't want to take part, and speak the same language.",
    },
  },
  {
    id: 'leer-van-elkaar',
    name: 'Leer van elkaar',
    description:
      'Vraag elkaar om advies aan de hand van echte situaties. Zorg dat er veel geleerd en gedeeld wordt. Deel verschillende soorten informatie over eenzaamheid, zodat ieders kennis groeit, en leer van elkaars vakgebied.',
    points: [
      'Vraag elkaar advies aan de hand van casussen',
      'Zorg voor veel leren en kennis delen',
      'Deel verschillende soorten informatie over eenzaamheid',
      'Leer van elkaars specialismen',
    ],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over leren en kennis',
    en: {
      name: 'Learn from each other',
      summary:
        "Ask each other for advice using cases, share knowledge widely and learn from each other's specialisms.",
    },
  },
  {
    id: 'neem-de-tijd',
    name: 'Neem de tijd voor een goede analyse',
    description:
      'Ga niet te snel over tot actie. Neem eerst de tijd om goed te onderzoeken wat er aan de hand is en wat nodig is.',
    points: [],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, tips: over tempo',
    en: {
      name: 'Take time for a good analysis',
      summary: 'Beware of acting too fast; take the time for a good analysis first.',
    },
  },
  {
    id: 'kies-per-persoon',
    name: 'Kies een activiteit per persoon, na goed luisteren',
    description:
      'Van veel activiteiten tegen eenzaamheid is niet bewezen dat ze werken. Soms werken ze niet omdat ze te snel en zonder goede analyse worden ingezet. Luister daarom eerst goed naar iemand en kijk naar de oorzaken van de eenzaamheid. Kies pas daarna een activiteit.',
    points: [],
    category: 'activiteiten',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3, activiteiten per persoon kiezen',
    en: {
      name: 'Choose an activity per person, after listening well',
      summary:
        'Listen well and look at the causes of someone’s loneliness before choosing an activity, since activities used too quickly often fail.',
    },
  },
  {
    id: 'kwaliteit-van-contact',
    name: 'Het gaat niet altijd om meer contact',
    description:
      'Veel hulpverleners kiezen voor activiteiten die mensen in contact brengen met anderen. Maar het gaat niet alleen om meer contact. Vaak gaat het om hoe goed de contacten voelen. Mensen hebben soms ook baat bij een activiteit op een ander punt dan het doel ervan. En de band tussen hulpverlener en de persoon is op zich al waardevol.',
    points: [
      'Let op de kwaliteit van contacten, niet alleen op het aantal',
      'Een activiteit kan op andere punten helpen dan het doel ervan',
      'De relatie tussen hulpverlener en cliënt heeft zelf waarde',
    ],
    category: 'activiteiten',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3, activiteiten per persoon kiezen',
    en: {
      name: "It's not always about more contact",
      summary:
        'The experienced quality of contacts matters as much as their number, and the helper relationship has value in itself.',
    },
  },
  {
    id: 'werk-met-profielen',
    name: 'Gebruik profielen als hulpmiddel, niet als etiket',
    description:
      'Profielen van mensen kunnen helpen om een activiteit te kiezen die goed past. Ga in elke situatie na welk type iemand is: dan is de kans groter dat uw keuze effect heeft. Laat de profielen wel geen eigen leven leiden en kijk altijd naar de persoon die voor u staat.',
    points: [],
    category: 'activiteiten',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3, hulpmiddel voor maatwerk; bijlage 1',
    en: {
      name: 'Use profiles as a tool, not a label',
      summary:
        'Intervention profiles help you pick a fitting activity, but always look at the actual person in front of you.',
    },
  },
  {
    id: 'alle-links-op-een-pagina',
    name: 'Gebruik de webpagina met alle documenten en links',
    description:
      'Alle documenten en links die de handreiking noemt, staan bij elkaar op één webpagina: www.samentegeneenzaamheid.nl/handreiking. Handig om snel iets terug te vinden of door te sturen naar partners.',
    points: ['http://www.samentegeneenzaamheid.nl/handreiking'],
    category: 'samenwerking',
    source: 'handreiking-2017',
    where: 'samenvatting; hoofdstuk 2',
    en: {
      name: 'Use the web page with all documents and links',
      summary: 'All documents and links named in the handreiking are collected on one web page.',
    },
  },
];
