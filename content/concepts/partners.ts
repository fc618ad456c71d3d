import type { In, Topic } from '../../src/features/knowledge/content-schema.ts';

/**
 * The partners in a local approach to loneliness and what each can contribute. From the
 * Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017), hoofdstuk 2 ("Samenwerking door
 * wie?", "Voorbeelden van samenwerkingspartners", stap 2 and 3) and the practice examples of the
 * pilot municipalities in that chapter. Category `mensen` for people, `organisaties` for
 * organisations. What each can contribute is written in our own words.
 */
export const partners: In<typeof Topic>[] = [
  {
    id: 'ervaringsdeskundigen',
    name: 'Eenzame mensen en ervaringsdeskundigen',
    description:
      'Mensen die zelf eenzaam zijn of waren, weten het best wat helpt en wat afschrikt. Zij kunnen het initiatief nemen, meedenken in de werkgroep en laten zien dat eenzaamheid bij het leven hoort. De handreiking vraagt om hen vooral te betrekken.',
    points: [
      'Kennis uit eigen ervaring',
      'Meedenken over wat werkt en wat afschrikt',
      'Het taboe doorbreken door erover te vertellen',
      'Zelf het initiatief nemen',
    ],
    category: 'mensen',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, samenwerking door wie; stap 1 en 3',
    en: {
      name: 'Lonely people and people with lived experience',
      summary:
        'People who are or were lonely know best what helps; involve them in the working group and let them take initiative.',
    },
  },
  {
    id: 'inwoners',
    name: 'Betrokken inwoners en burgerinitiatieven',
    description:
      'Buren en betrokken inwoners zien vaak als eerste dat iemand zich terugtrekt. Met burgerinitiatieven organiseren zij zelf ontmoeting, zoals een lange eettafel in de straat. Zo komt de aanpak uit de mensen zelf.',
    points: [
      'Omzien naar buren en signalen opmerken',
      'Zelf ontmoeting organiseren in straat of buurt',
      'Meedoen in de werkgroep of coalitie',
    ],
    category: 'mensen',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, samenwerking door wie; koploperplaats Beesel',
    en: {
      name: 'Engaged residents and citizen initiatives',
      summary:
        'Residents notice signs early and organise meeting in their own street or neighbourhood.',
    },
  },
  {
    id: 'vrijwilligers',
    name: 'Vrijwilligers en vrijwilligersorganisaties',
    description:
      'Vrijwilligers gaan op bezoek, zijn maatje, begeleiden activiteiten en signaleren eenzaamheid. Met een training over signaleren en het gesprek aangaan kunnen zij nog meer betekenen.',
    points: [
      'Huisbezoeken en maatjescontact',
      'Activiteiten begeleiden',
      'Eenzaamheid signaleren na een training',
    ],
    category: 'mensen',
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2, samenwerking door wie; koploperplaatsen Alblasserdam, Den Helder, Dordrecht',
    en: {
      name: 'Volunteers and volunteer organisations',
      summary:
        'Volunteers visit people, act as buddies, run activities and, once trained, spot loneliness.',
    },
  },
  {
    id: 'gemeente',
    name: 'De gemeente',
    description:
      'De gemeente doet mee via het bestuur, het beleid en bijvoorbeeld het Wmo-loket. Zij kan eenzaamheid opnemen in beleid en budget, subsidie geven, cijfers delen en de samenwerking steunen. Zo krijgt eenzaamheid blijvend aandacht.',
    points: [
      'Bestuurlijke steun en een plek in beleid en budget',
      'Subsidie voor de samenwerking en voor activiteiten',
      'Cijfers en onderzoek over de eigen gemeente',
      'Het Wmo-loket als plek waar signalen binnenkomen',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; stap 2, 3 en 6',
    en: {
      name: 'The municipality',
      summary:
        'Through its board, policy and Wmo desk, the municipality can anchor loneliness in policy and budget, fund activities and share data.',
    },
  },
  {
    id: 'wijkteams',
    name: 'Wijkteams',
    description:
      'Sociale wijkteams en gebiedsteams komen bij veel mensen thuis. Zij kunnen eenzaamheid herkennen, erover in gesprek gaan en mensen doorverwijzen naar passende steun. Eenzaamheid kan een vast onderdeel van hun werk worden.',
    points: [
      'Eenzaamheid herkennen bij huisbezoek en gesprekken',
      'Doorverwijzen naar activiteiten en steun',
      'Eenzaamheid meenemen in de wijkaanpak',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2, voorbeelden van samenwerkingspartners; koploperplaatsen Medemblik, Opsterland',
    en: {
      name: 'Neighbourhood teams',
      summary:
        'Social neighbourhood teams visit many homes and can recognise loneliness, talk about it and refer people.',
    },
  },
  {
    id: 'welzijnsorganisaties',
    name: 'Welzijnsorganisaties',
    description:
      'Welzijnsorganisaties bieden ontmoeting, maatjes, bezoek en cursussen. Vaak zijn zij de kartrekker van de lokale samenwerking. Zij kennen het aanbod en kunnen vraag en aanbod bij elkaar brengen.',
    points: [
      'Activiteiten en ondersteuning aanbieden',
      'De samenwerking trekken en coördineren',
      'Vraag en aanbod bij elkaar brengen',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; bijlage 2',
    en: {
      name: 'Welfare organisations',
      summary:
        'Welfare organisations offer meeting, buddies, visits and courses, and often lead the local cooperation.',
    },
  },
  {
    id: 'wijkorganisaties',
    name: 'Wijkorganisaties',
    description:
      'Wijk- en buurtorganisaties, zoals buurthuizen en buurtverenigingen, zijn dichtbij. Zij bieden een plek om elkaar te ontmoeten en kunnen activiteiten in de buurt organiseren.',
    points: ['Een ontmoetingsplek in de buurt', 'Buurtactiviteiten organiseren'],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners',
    en: {
      name: 'Neighbourhood organisations',
      summary:
        'Neighbourhood organisations offer a nearby place to meet and organise local activities.',
    },
  },
  {
    id: 'zorgorganisaties',
    name: 'Zorgorganisaties, zoals de thuiszorg',
    description:
      'Medewerkers van de thuiszorg en andere zorgorganisaties komen vaak en geregeld bij mensen thuis. Zij kunnen signalen van eenzaamheid opmerken en mensen wijzen op activiteiten of steun.',
    points: ['Signalen opmerken bij zorg aan huis', 'Doorverwijzen naar welzijn'],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; stap 3',
    en: {
      name: 'Care organisations such as home care',
      summary:
        'Home-care staff visit people regularly and can notice signs of loneliness and refer them on.',
    },
  },
  {
    id: 'huisartsen-en-ggd',
    name: 'Huisartsen, wijkverpleging en GGD',
    description:
      'Huisartsen en wijkverpleegkundigen horen vaak klachten waar eenzaamheid achter zit. Zij kunnen doorverwijzen naar welzijn, bijvoorbeeld naar een welzijnscoach. De GGD heeft cijfers over eenzaamheid, zoals de Gezondheidsmonitor, en kan meedoen in de kerngroep.',
    points: [
      'Eenzaamheid achter klachten herkennen',
      'Doorverwijzen naar welzijn',
      'Cijfers uit de Gezondheidsmonitor van de GGD',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 2; koploperplaatsen Diemen, Leusden, Den Helder',
    en: {
      name: 'GPs, district nurses and the GGD',
      summary:
        'GPs and nurses can recognise loneliness behind complaints and refer to welfare; the GGD has the figures.',
    },
  },
  {
    id: 'ouderenadviseurs',
    name: 'Ouderenadviseurs',
    description:
      'Ouderenadviseurs praten met veel ouderen. Zij vragen vaak al naar eenzaamheid, maar doen soms nog te weinig met wat ze horen. Ook ouderen die niet reageren op hun uitnodiging verdienen aandacht: juist eenzaamheid of isolement kan daar de reden van zijn.',
    points: [
      'Vragen naar eenzaamheid en iets doen met de signalen',
      'Nagaan waarom ouderen niet reageren op een uitnodiging',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; herkennen en vinden',
    en: {
      name: 'Advisers for older people',
      summary:
        'Older-people advisers can do more with signs of loneliness and follow up on people who do not respond to invitations.',
    },
  },
  {
    id: 'sociaal-werkers',
    name: 'Buurtwerkers, maatschappelijk werkers en sociaal werkers',
    description:
      'Buurtwerkers en sociaal werkers kennen de buurt en de mensen. Zij kunnen eenzame mensen vinden, hen ondersteunen en verbinden met anderen. Door hun bestaande contacten leggen zij makkelijk verbindingen tussen zorg, gemeente en inwoners.',
    points: [
      'Eenzame mensen vinden en ondersteunen',
      'Mensen met elkaar verbinden',
      'Verbindingen leggen tussen zorg, gemeente en inwoners',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; koploperplaats Medemblik',
    en: {
      name: 'Community, social and neighbourhood workers',
      summary:
        'Social workers know the neighbourhood, find and support lonely people and connect care, municipality and residents.',
    },
  },
  {
    id: 'woningcorporaties',
    name: 'Woningcorporaties',
    description:
      'Woningcorporaties en hun huismeesters komen bij huurders thuis en zien hoe iemand woont. Zij kunnen signalen doorgeven, ontmoeting in complexen mogelijk maken en meedenken over een buurt waar mensen naar elkaar omzien.',
    points: [
      'Signalen opmerken bij huurders',
      'Ruimte voor ontmoeting in woongebouwen',
      'Meedenken over leefbare buurten',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners',
    en: {
      name: 'Housing corporations',
      summary:
        'Housing corporations see how tenants live, can pass on signals and make room for meeting.',
    },
  },
  {
    id: 'clubs-en-verenigingen',
    name: 'Clubs en verenigingen',
    description:
      'Sport-, cultuur-, natuur-, jongeren-, ouderen-, patiënten- en mantelzorgverenigingen brengen mensen samen. Ze kunnen extra letten op leden die wegblijven en nieuwe mensen welkom heten. Trainers en vrijwilligers kunnen leren eenzaamheid te herkennen.',
    points: [
      'Sport-, cultuur-, natuur-, jongeren-, ouderen-, patiënten-, mantelzorg- en andere clubs en verenigingen',
      'Nieuwe leden welkom heten',
      'Letten op leden die wegblijven',
      'Trainers en vrijwilligers leren signaleren',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; koploperplaats Winterswijk',
    en: {
      name: 'Clubs and associations',
      summary:
        'Sports, culture and other clubs bring people together and can watch out for members who drop away.',
    },
  },
  {
    id: 'bibliotheken',
    name: 'Bibliotheken',
    description:
      'De bibliotheek is een open en laagdrempelige plek in de buurt. Zij kan ontmoeting, cursussen en informatie bieden, ook voor mensen die moeite hebben met lezen of met digitale middelen.',
    points: [
      'Een open plek om te komen',
      'Cursussen en informatie',
      'Hulp bij taal en digitale vaardigheden',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners',
    en: {
      name: 'Libraries',
      summary:
        'Libraries are open, low-threshold places that can offer meeting, courses and information.',
    },
  },
  {
    id: 'kerken',
    name: 'Kerken en levensbeschouwelijke organisaties',
    description:
      'Kerkgenootschappen en andere levensbeschouwelijke organisaties hebben een eigen gemeenschap. Zij kunnen bezoek en ontmoeting bieden en aandacht geven aan vragen over zingeving.',
    points: [
      'Een gemeenschap waar mensen bij horen',
      'Bezoekwerk en ontmoeting',
      'Aandacht voor zingeving',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners',
    en: {
      name: 'Churches and faith-based organisations',
      summary:
        'Faith communities can offer belonging, visits, meeting and attention for questions of meaning.',
    },
  },
  {
    id: 'bedrijven',
    name: 'Bedrijven',
    description:
      'Bedrijven die bij mensen thuis komen, bijvoorbeeld voor onderhoud van de cv-ketel, het opnemen van meters of de internetaansluiting, kunnen signalen van eenzaamheid opmerken. Het bedrijfsleven kan ook initiatieven steunen met geld, spullen of menskracht.',
    points: [
      'Signalen opmerken bij mensen thuis, zoals bij cv-onderhoud, meteropname of internetaansluiting',
      'Initiatieven steunen met geld of in natura',
      'Maatschappelijk betrokken ondernemen',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, voorbeelden van samenwerkingspartners; stap 4; koploperplaats Winterswijk',
    en: {
      name: 'Businesses',
      summary:
        'Businesses that visit homes can spot signs of loneliness, and companies can support initiatives with money or in kind.',
    },
  },
  {
    id: 'onderwijs-en-jongerenwerk',
    name: 'Onderwijs, jongerenwerk en jeugdorganisaties',
    description:
      'Voor eenzaamheid onder jongeren zijn scholen, jongerenwerk, het Centrum voor Jeugd en Gezin en de ggz belangrijke partners. Zij zien jongeren dagelijks en kunnen samen een aanpak voor deze groep maken.',
    points: [
      'Jongeren dagelijks zien en signalen opmerken',
      'Samen een aanpak voor jongeren maken',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, koploperplaatsen Groningen, Breda, Leusden',
    en: {
      name: 'Education, youth work and youth organisations',
      summary:
        'Schools, youth work, the CJG and mental health care are key partners for tackling loneliness among young people.',
    },
  },
  {
    id: 'kunst-en-cultuur',
    name: 'Kunst- en cultuurorganisaties',
    description:
      'Kunstenaars en cultuurorganisaties bieden een andere blik. Met creatieve activiteiten kunnen zij mensen uit huis halen en met elkaar in contact brengen, en eenzaamheid zichtbaar maken.',
    points: ['Creatieve activiteiten', 'Eenzaamheid zichtbaar maken, bijvoorbeeld met portretten'],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, koploperplaatsen Middelburg, Breda',
    en: {
      name: 'Arts and culture organisations',
      summary:
        'Artists and cultural organisations bring people out of their homes through creative activities and make loneliness visible.',
    },
  },
  {
    id: 'fondsen',
    name: 'Fondsen en sponsors',
    description:
      'Lokale, regionale en landelijke fondsen kunnen activiteiten en de samenwerking mee betalen. Ook crowdfunding en sponsoring in geld of in natura zijn mogelijk.',
    points: [
      'Lokale, regionale of landelijke fondsen',
      'Crowdfunding',
      'Sponsoring in geld of in natura',
    ],
    category: 'organisaties',
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 4; koploperplaats Rotterdam',
    en: {
      name: 'Funds and sponsors',
      summary: 'Funds, crowdfunding and sponsors can help pay for activities and the cooperation.',
    },
  },
];
