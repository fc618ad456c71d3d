import type { In, Intervention } from '../../src/features/knowledge/content-schema.ts';

/**
 * The promising activities (kansrijke activiteiten) against loneliness: activities that plausibly
 * work but have not been researched for it. From the Handreiking lokale aanpak eenzaamheid
 * (Coalitie Erbij, 2017), hoofdstuk 3, "Voorbeelden van kansrijke activiteiten", in the source's
 * order: per type (ontmoeting en activiteiten, één-op-één, cursussen) alphabetical. Names and links
 * as the source gives them; summaries in our own words; the classification is Omzien's own.
 */
export const promisingInterventions: In<typeof Intervention>[] = [
  // Ontmoeting en activiteiten
  {
    slug: 'beweegtuin',
    name: 'Beweegtuin',
    summary:
      'Een openbare plek buiten waar ouderen gratis en op eigen houtje kunnen bewegen, met toestellen en oefeningen. Wie er komt, ziet er ook anderen. Zo helpt de plek om eenzaamheid te voorkomen en brengt hij jong en oud en buurtgenoten met elkaar in contact.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: [
      'https://www.loketgezondleven.nl/gezonde-gemeente/sport-en-bewegen/een-integrale-aanpak/pijler-fysieke-en-sociale-omgeving/volwassenen',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['occupation', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'compensators'],
      rationale:
        'Onze inschatting: een open plek zonder begeleiding, waar je vanzelf anderen tegenkomt. Dat past bij preventie en bij mensen die nog zelf op pad gaan. Voor wie al eenzaam is, is het alleen te licht.',
    },
    en: {
      name: 'Exercise garden',
      summary:
        'A free public outdoor exercise space for older people that also brings neighbours and generations together.',
    },
  },
  {
    slug: 'danspaleis',
    name: 'Danspaleis',
    summary:
      'Een soort disco voor ouderen. Muziek en dansen brengen mensen samen en in beweging. Er zijn edities in woonzorgcentra en edities in de buurt voor ouderen die nog thuis wonen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.hetdanspaleis.com'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['occupation', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: een vrolijke groepsactiviteit met plezier en ontmoeting. Dat helpt vooral bij een te kleine kring. Omdat het ook in het woonzorgcentrum zelf komt, bereikt het ook ouderen die minder makkelijk de deur uit gaan.',
    },
    en: {
      summary:
        'A disco for older people, in care homes and in the neighbourhood, that uses music and dance to bring people together.',
    },
  },
  {
    slug: 'digitale-buurtplatforms',
    name: 'Digitale buurtplatforms',
    summary:
      'Websites en apps waarmee buurtgenoten elkaar vinden: voor een kleine klus of hulp, informatie, een praatje of een afspraak. De bron noemt als voorbeelden burennetwerk.nl, buurthulp.nl, buuv.nu, hulpinjebuurt.nl, jijmaaktdebuurt.nl, mijnbuurtje.nl, Nextdoor, nlvoorelkaar.nl, wehelpen.nl en wijkconnect.com. Volgens eigen onderzoek van Nextdoor in de 35 grootste aangesloten buurten leerde 38% via de app drie of meer nieuwe buren kennen. En 30% had zo contact met mensen die ze anders nooit zouden spreken.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: [
      'http://www.burennetwerk.nl',
      'http://www.buurthulp.nl',
      'http://www.buuv.nu',
      'http://www.hulpinjebuurt.nl',
      'http://www.jijmaaktdebuurt.nl',
      'http://www.mijnbuurtje.nl',
      'https://nextdoor.nl/',
      'http://www.nlvoorelkaar.nl',
      'http://www.wehelpen.nl',
      'http://www.wijkconnect.com',
      'http://blog.nextdoor.nl/wp-content/uploads/2017/03/Buurtapp-Nextdoor-onderzoeksrapport-Portret-Nederlandse-buurten-2.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone'],
      elements: ['meeting', 'practical-support'],
      buildingBlocks: ['findability', 'supporting'],
      profiles: ['actives', 'compensators'],
      rationale:
        'Onze inschatting: de platforms maken hulp en contact in de buurt vindbaar en bouwen aan een bredere kring. Je hebt er wel digitale vaardigheden en eigen initiatief voor nodig. Daarom passen ze vooral bij preventie en bij mensen die nog zelf actief zijn.',
    },
    en: {
      name: 'Digital neighbourhood platforms',
      summary:
        'Websites and apps (such as Nextdoor, buurthulp.nl or wehelpen.nl) where neighbours find each other for help, information and low-threshold contact.',
    },
  },
  {
    slug: 'eet-met-je-hart',
    name: 'EET met je hart',
    summary:
      'Restaurants die meedoen, vragen zes keer per jaar aandacht voor eenzame ouderen in hun gemeente. Met het geld dat ze zo ophalen, worden ontmoetingen voor kwetsbare ouderen georganiseerd, zoals een stamtafel, een workshop of een bezoek aan een voetbalwedstrijd.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.eetmetjehart.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meeting', 'occupation'],
      buildingBlocks: ['awareness', 'supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: het initiatief maakt het publiek bewust van eenzaamheid en betaalt uitjes in een groep voor kwetsbare ouderen. Die uitjes helpen vooral bij een te kleine kring.',
    },
    en: {
      summary:
        'Participating restaurants raise awareness of loneliness among older people six times a year and fund meetings and outings for vulnerable older people.',
    },
  },
  {
    slug: 'huiskamer-van-de-buurt',
    name: 'Huiskamer van de buurt',
    summary:
      'Een plek in de wijk waar bewoners binnenlopen voor koffie, een praatje of iets actiefs of creatiefs. Ze kunnen er ook terecht met vragen over gezondheid en welzijn. Zo vinden mensen contact en hulp dicht bij huis.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.deposten.nl/huiskamer-van-de-buurt'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone'],
      elements: ['meeting', 'occupation', 'practical-support'],
      buildingBlocks: ['supporting', 'findability'],
      profiles: ['actives', 'sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: een vrije inloop in de buurt helpt bij een te kleine kring en is laagdrempelig. Omdat er ook antwoord is op vragen over gezondheid en welzijn, is het ook een plek waar informatie en hulp te vinden zijn.',
    },
    en: {
      name: 'Neighbourhood living room',
      summary:
        'A drop-in place in the neighbourhood for coffee, a chat, activities and answers to questions about health and wellbeing.',
    },
  },
  {
    slug: 'food-for-good',
    name: 'Food for Good',
    summary:
      'Vrijwilligers en buurtbewoners werken samen in een voedseltuin, met begeleiding van vakmensen. Ze telen en verkopen groente en organiseren activiteiten. Ook ouderen doen mee, met en zonder geheugenproblemen. Samen werken aan iets nuttigs geeft contact en een rol.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.foodforgood.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['everyone', 'older-people'],
      elements: ['occupation', 'meeting', 'meaningful-role'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: samen in de tuin werken geeft bezigheden, ontmoeting en het gevoel dat je iets nuttigs doet. Dat helpt bij een te kleine kring en bij een gebrek aan zinvolle rol.',
    },
    en: {
      summary:
        'Volunteers and local residents, including older people with and without memory problems, grow and sell vegetables together in a food garden.',
    },
  },
  {
    slug: 'gluren-bij-de-buren',
    name: 'Gluren bij de buren',
    summary:
      'Een verpleeghuis en een basisschool doen elke week samen een activiteit. De kinderen geven de bewoners aandacht, en dat maakt de bewoners actiever. Zo komen ouderen uit hun isolement.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: [
      'http://www.zorgtegeneenzaamheid.nl/contact-wordt-makkelijk-gelegd-als-er-kinderen-komen/',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['meeting', 'occupation', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: de activiteit komt naar de bewoners toe, in hun eigen vertrouwde omgeving. Dat past bij mensen die zelf niet makkelijk contact zoeken. Het vergroot vooral de kring van contacten.',
    },
    en: {
      summary:
        'A nursing home and a primary school do an activity together every week; the attention of the children activates residents and breaks their isolation.',
    },
  },
  {
    slug: 'inloophuizen-voor-mensen-met-kanker',
    name: 'Inloophuizen voor mensen met kanker',
    summary:
      'Een huiselijke plek waar mensen met kanker binnenlopen voor koffie, hun verhaal, contact met lotgenoten en iets ontspannends of creatiefs. Gastvrouwen en gastheren weten vaak uit eigen ervaring wat kanker met je leven doet. Zo staan mensen er minder alleen voor.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://www.ipso.nl/psycho-oncologische-zorg/inloophuizen'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['chronic-illness', 'life-event'],
      elements: ['meeting', 'meaningful-contact', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: kanker is een ingrijpende gebeurtenis die het risico op eenzaamheid verhoogt. Lotgenotencontact geeft steun en begrip, ook bij vragen over de zin van het leven. Het helpt bij een te kleine kring, maar vervangt geen hechte band.',
    },
    en: {
      name: 'Drop-in centres for people with cancer',
      summary:
        'Homely drop-in centres where people with cancer find coffee, a listening ear, peer contact and relaxing activities, hosted by people who often know cancer from experience.',
    },
  },
  {
    slug: 'join-us',
    name: 'Join us',
    summary:
      'Voor jongeren en jongvolwassenen die moeilijk contact maken met leeftijdsgenoten. Ze komen om de week bij elkaar in een jongerencentrum, met begeleiding van pedagogen. Het programma bepalen ze zelf.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://jolizorg.nl/joinus/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['young-people'],
      elements: ['meeting', 'social-skills', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'sheltered'],
      rationale:
        'Onze inschatting: een vaste, begeleide groep geeft jongeren een veilige plek om te oefenen met contact. Omdat ze zelf het programma kiezen, zijn ze betrokken. Dat helpt vooral bij een te kleine kring.',
    },
    en: {
      summary:
        'Young people and young adults who find it hard to connect with peers meet every two weeks in a youth centre, guided by educators, with a programme they choose themselves.',
    },
  },
  {
    slug: 'laakse-lente',
    name: 'Laakse Lente',
    summary:
      'Een echtpaar zet elke ochtend de deur van hun huiskamer open voor ouderen uit de buurt. Wie behoefte heeft aan een praatje of zich eenzaam voelt, kan zomaar binnenlopen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: [
      'https://www.denieuwepraktijk.nl/praktijk/laakse-lente-iedereen-welkom-koffie-en-knuffel/',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meeting', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: een kleine, huiselijke inloop is laagdrempelig en voelt veilig. Dat past bij ouderen die liever een klein en vertrouwd groepje hebben. Het helpt vooral bij een te kleine kring.',
    },
    en: {
      summary:
        'A couple opens their living room every morning to older people from the neighbourhood who want a chat or feel lonely.',
    },
  },
  {
    slug: 'max-50plusnet',
    name: 'MAX 50plusnet',
    summary:
      'Een online platform waar 50-plussers leeftijdgenoten leren kennen. Eerst mailen of chatten ze. Daarna kunnen ze samen of in clubverband iets gaan doen. Zo groeit hun netwerk.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://www.50plusnet.nl'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meeting'],
      buildingBlocks: ['supporting', 'findability'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: het platform helpt mensen die zelf contact willen, hun kring uit te breiden. Je hebt er digitale vaardigheden en eigen initiatief voor nodig. Daarom past het vooral bij preventie en een verhoogd risico.',
    },
    en: {
      summary:
        'An online platform where people over 50 meet peers by mail and chat and may go on to do activities together.',
    },
  },
  {
    slug: 'omas-pop-up',
    name: 'Oma’s pop-up',
    summary:
      'Ouderen die meer contact zoeken, koken samen met een echte chef-kok voor gasten in een restaurant. Daarna eten ze gezellig mee aan tafel. Ze doen iets waar ze goed in zijn en ontmoeten nieuwe mensen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://omaspopup.nl/ons-doel/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['older-people'],
      elements: ['occupation', 'meeting', 'meaningful-role'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: koken voor gasten geeft een taak en waardering, en het samen eten geeft ontmoeting. Dat helpt bij een te kleine kring en bij het gevoel er niet meer toe te doen.',
    },
    en: {
      name: 'Grandma’s pop-up',
      summary:
        'Older people who want more social contact cook for guests in a real restaurant under a professional chef and then join them at the table.',
    },
  },
  {
    slug: 'ontmoetingsplek-de-spil',
    name: 'Ontmoetingsplek De Spil',
    summary:
      'Een drukke ontmoetingsplek in een flat voor senioren. Elke dag komen er bijna honderd ouderen, vooral uit de buurt. Ze doen spelletjes, tai chi of een creatieve workshop, of eten samen. Vrijwilligers heten iedereen hartelijk welkom.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.zorgtegeneenzaamheid.nl/despil/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meeting', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: een vaste plek met elke dag activiteiten en een warm welkom helpt ouderen om hun kring te vergroten. Voor wie vooral één hechte band mist, is zo’n drukke plek minder geschikt.',
    },
    en: {
      name: 'De Spil meeting place',
      summary:
        'A lively meeting place in a senior flat where about a hundred older people come daily for games, tai chi, workshops or a shared meal.',
    },
  },
  {
    slug: 'openjehart',
    name: 'OpenJeHart',
    summary:
      'Mensen wandelen elke week samen. Ze bewegen, praten met elkaar en eten daarna samen. Zo ontstaan nieuwe contacten en netwerken.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://www.openjehart.nu/introductie-openjehart/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone'],
      elements: ['meeting', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: een vaste wekelijkse wandeling met een maaltijd is een makkelijke manier om mensen te leren kennen. Het helpt vooral bij een te kleine kring.',
    },
    en: {
      summary:
        'Weekly group walks followed by a shared meal, through which new social networks grow.',
    },
  },
  {
    slug: 'roze-ouderen-salon',
    name: 'Roze Ouderen Salon',
    summary:
      'Elke maand een bijeenkomst voor homoseksuele, lesbische, biseksuele en transgender ouderen vanaf 55 jaar, in een woonzorgcentrum. Buurtbewoners zijn ook welkom. Het is een veilige plek waar deelnemers zichzelf kunnen zijn. Dat helpt om eenzaamheid te voorkomen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://dwhdelft.nl/roze-ouderen-salon/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['lgbtiq', 'older-people'],
      elements: ['meeting', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: LHBTIQ+-ouderen lopen meer risico op eenzaamheid. Een veilige groep waar je jezelf kunt zijn, helpt hen bij een te kleine kring en bij het voorkomen van eenzaamheid.',
    },
    en: {
      name: 'Pink seniors salon',
      summary:
        'A monthly gathering in a care home where lesbian, gay, bisexual and transgender people over 55 can be themselves in a safe setting.',
    },
  },
  {
    slug: 'samen-in-de-stad',
    name: 'Samen in de stad',
    summary:
      'Een netwerk van organisaties die samen vraag en aanbod bij elkaar brengen. Ze brengen wijkbewoners van alle leeftijden met elkaar in contact, trainen vrijwilligers en bieden activiteiten en ruimtes daarvoor aan.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://www.u-centraal.nl/sociale-contacten/samen-in-de-stad'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone'],
      elements: ['meeting'],
      buildingBlocks: ['supporting', 'cooperation', 'expertise'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: dit is vooral een samenwerking tussen organisaties in de wijk, met trainingen voor vrijwilligers. Het vergroot de kans op ontmoeting voor iedereen en past daarom bij preventie en een verhoogd risico.',
    },
    en: {
      name: 'Together in the city',
      summary:
        'A network of organisations that matches supply and demand, connects residents young and old, trains volunteers and offers activities and rooms.',
    },
  },
  {
    slug: 'vitale-moestuin',
    name: 'Vitale moestuin',
    summary:
      'Een moestuin bij of voor een zorginstelling, met hulp en activiteiten rond een thema. De tuin is makkelijk toegankelijk. Samen tuinieren maakt ouderen actiever, fitter en brengt ze in contact met anderen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://prezi.com/rdgfxhcygo_l/de-vitale-moestuin/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['occupation', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: tuinieren geeft een prettige bezigheid en samen werken geeft ontmoeting, dicht bij de eigen zorginstelling. Dat helpt vooral bij een te kleine kring.',
    },
    en: {
      name: 'Vital vegetable garden',
      summary:
        'A low-threshold vegetable garden with themed activities at a care institution, to activate older people and bring them into contact with others.',
    },
  },
  {
    slug: 'vriendschapskringen',
    name: 'Vriendschapskringen',
    summary:
      'Voor mensen met een verstandelijke beperking. Om de twee weken gaan ze samen op uitstapje of doen ze iets gezelligs, onder leiding van een vrijwilliger.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['https://www.humanitas.nl/afdeling/oldambt/activiteiten/vriendschapskring/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['chronic-illness'],
      elements: ['meeting', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: mensen met een beperking lopen meer risico op eenzaamheid. Een vaste, begeleide groep met uitjes geeft hen een veilige kring en plezier.',
    },
    en: {
      name: 'Friendship circles',
      summary:
        'Every two weeks a volunteer leads an outing or pleasant activity for people with an intellectual disability.',
    },
  },
  {
    slug: 'weekendtref',
    name: 'Weekendtref',
    summary:
      'Elk weekend, op zaterdag en zondag, zijn er activiteiten in een wijkhuis, voor en door mensen die (vroeger) zorg kregen in de ggz. Het is een laagdrempelige plek om anderen te ontmoeten en eventueel vrijwilligerswerk te doen. Zo wil het eenzaamheid voorkomen.',
    type: 'meeting',
    evidence: { level: 'promising' },
    links: ['http://www.weekendtref.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['chronic-illness'],
      elements: ['meeting', 'occupation', 'meaningful-role'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'outsiders', 'hopefuls'],
      rationale:
        'Onze inschatting: mensen met langdurige psychische problemen lopen meer risico op eenzaamheid, zeker in het weekend. Ontmoeting met mensen die hen begrijpen en de kans om vrijwilliger te zijn, helpen bij een te kleine kring en geven een rol.',
    },
    en: {
      summary:
        'Weekend activities in a community centre, for and by (former) mental health clients, to meet others and perhaps do volunteer work.',
    },
  },

  // Eén-op-één-activiteiten
  {
    slug: 'beauty-voor-de-senior',
    name: 'Beauty voor de senior',
    summary:
      'Middagen waarop ouderen verwend worden met een schoonheidsbehandeling. Het gaat om gezelligheid, persoonlijke aandacht en contact. Ouderen staan een middag in het middelpunt. Ze voelen zich gezien, gehoord en gewaardeerd.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['https://www.beautyvoordesenior.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meaningful-contact', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: persoonlijke aandacht in een ontspannen sfeer maakt het makkelijk om contact te maken. Het is een prettig en laagdrempelig begin, maar geen vaste band.',
    },
    en: {
      name: 'Beauty for seniors',
      summary:
        'Pampering afternoons with personal attention and social contact, so that older people feel seen, heard and valued.',
    },
  },
  {
    slug: 'buddy-in-de-thuiszorg',
    name: 'Buddy in de thuiszorg',
    summary:
      'Naast de thuiszorg krijgt een cliënt een buddy. De buddy doet wat de cliënt graag wil: samen koffie drinken, praten, wandelen in het bos of een spelletje doen. Dat geeft aandacht en gaat eenzaamheid tegen.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.zorgtegeneenzaamheid.nl/thuiszorgbuddies/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['meaningful-contact', 'occupation'],
      buildingBlocks: ['supporting', 'recognising'],
      profiles: ['left-behind', 'dependants', 'hopefuls'],
      rationale:
        'Onze inschatting: de thuiszorg ziet wie eenzaam is en kan een buddy koppelen. Vast één-op-één-contact helpt ook mensen die niet meer makkelijk de deur uit gaan en een vertrouwd persoon missen.',
    },
    en: {
      name: 'Buddy in home care',
      summary:
        'Alongside home care, a buddy spends time with the client as the client wishes, for coffee, a chat, a walk or a game.',
    },
  },
  {
    slug: 'buddyzorg',
    name: 'Buddyzorg',
    summary:
      'Een buddy is een goed opgeleide vrijwilliger. Een jaar lang ziet de buddy zijn maatje minstens vier uur per twee weken. Dat geeft een vast, fijn moment en steun bij gevoelens van eenzaamheid.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://buddynetwerk.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['emotional', 'social'],
      targetGroups: ['everyone'],
      elements: ['meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'dependants', 'hopefuls'],
      rationale:
        'Onze inschatting: een vaste buddy voor een heel jaar geeft een band van vertrouwen en emotionele steun. Dat past bij wie een vertrouwd persoon mist. De bron noemt geen aparte doelgroep.',
    },
    en: {
      name: 'Buddy care',
      summary:
        'A professionally trained volunteer buddy meets the person for at least four hours every two weeks for a year, giving social and emotional support.',
    },
  },
  {
    slug: 'careclowns',
    name: 'CareClowns',
    summary:
      'Goed opgeleide spelers bezoeken mensen met dementie in zorginstellingen. Vanuit hun rol maken ze contact, en dat verzacht isolement en eenzaamheid. Onderzoek van het Louis Bolk Instituut (2013) laat zien dat bewoners door de CareClowns meer contact lijken te maken.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: [
      'http://www.careclowns.nl/',
      'http://123userdocs.s3-website-eu-west-1.amazonaws.com/d/b5/a9/283726783635630517/5ee21dde-1fe5-43df-a83d-6fa26af7cfe4/dementie_blog_met_een%20lach_rapport%20effect%20van%20CareClowns%202013.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['dependants', 'survivors'],
      rationale:
        'Onze inschatting: bij dementie is gewoon contact vaak moeilijk. Spelers die contact maken op een andere manier, bereiken ook mensen die zelf geen contact meer zoeken.',
    },
    en: {
      summary:
        'Professionally trained performers visit people with dementia in care institutions and make contact through their role, easing isolation and loneliness.',
    },
  },
  {
    slug: 'buur-en-co',
    name: 'Buur & Co',
    summary:
      'Een netwerk van buren die elkaar helpen mee te doen in de samenleving, met begeleiding. Ze doen bijvoorbeeld klusjes, onderhouden een tuin of helpen met de computer. Zo ontmoeten ze elkaar ook. Volgens een evaluatie van de Wmo-werkplaats Noord werkt het preventief: mensen voelen zich verbonden en nuttig, en helpen elkaar over en weer.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: [
      'http://timpaanwelzijn.nl/diensten/buur-co',
      'https://www.timpaanwelzijn.nl/wp-content/uploads/2017/03/eindrapport-Buurco-evalu-2015-Wmowerkplaats-Noord.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['everyone'],
      elements: ['practical-support', 'meeting', 'meaningful-role'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: burenhulp geeft praktische steun en een rol, omdat iedereen ook iets voor een ander doet. Dat helpt bij een te kleine kring en bij het gevoel van nut.',
    },
    en: {
      name: 'Neighbour & Co',
      summary:
        'A guided network of neighbours who help each other with chores, gardening and computer help, creating contact, reciprocity and a sense of being useful.',
    },
  },
  {
    slug: 'dockwerk',
    name: 'Dockwerk',
    summary:
      'Helpt eenzame wijkbewoners aan een nieuw sociaal netwerk. Mensen met weinig of geen contacten worden aan elkaar gekoppeld. Daarbij wordt een beroep gedaan op wat ze goed kunnen.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: [
      'http://www.samentegeneenzaamheid.nl/blog/strijders-tegen-eenzaamheid/eenzame-gaat-weer-glimmen-van-vraag-iets-voor-ander-te-doen',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['everyone'],
      elements: ['meaningful-role', 'meaningful-contact', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind', 'compensators'],
      rationale:
        'Onze inschatting: mensen koppelen en hun talenten aanspreken vergroot de kring en geeft iemand weer een rol. Het richt zich op mensen die al eenzaam zijn.',
    },
    en: {
      summary:
        'Links lonely residents with few or no contacts to each other and appeals to their talents, building a new social network.',
    },
  },
  {
    slug: 'grijs-genoegen-ouderenbegeleiding',
    name: 'Grijs Genoegen(en) ouderenbegeleiding',
    summary:
      'Een medewerker komt elke week thuis bij 55-plussers die erg teruggetrokken leven. Vaak spelen psychische problemen of verslaving mee. De begeleiding haalt ouderen uit hun isolement en leert hen weer mee te doen in de wijk.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.legerdesheils.nl/grijs-genoegen'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['severe'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['meaningful-contact', 'practical-support', 'social-skills'],
      buildingBlocks: ['supporting', 'recognising'],
      profiles: ['outsiders', 'survivors'],
      rationale:
        'Onze inschatting: dit is deskundige hulp bij huis voor mensen met meerdere problemen tegelijk. Vast wekelijks contact helpt om weer vertrouwen te krijgen. Dat is wat ernstig eenzame mensen nodig hebben.',
    },
    en: {
      name: 'Grijs Genoegen(en) support for older people',
      summary:
        'A worker visits very withdrawn people over 55, often with psychiatric or addiction problems, every week to bring them out of isolation and back into the neighbourhood.',
    },
  },
  {
    slug: 'humanitas-tandem',
    name: 'Humanitas Tandem',
    summary:
      'Een maatjesproject voor mensen in een sociaal isolement. De deelnemer bepaalt de richting en de vrijwilliger helpt mee, zoals op een tandem. Ze zien elkaar elke week of om de week om te praten of iets te doen.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['https://www.humanitas.nl/programmas/tandem/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['everyone'],
      elements: ['meaningful-contact', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind', 'sheltered'],
      rationale:
        'Onze inschatting: een vast maatje geeft een band van vertrouwen. Omdat de deelnemer zelf stuurt, past het bij mensen die contact willen maar het zelf niet lukt.',
    },
    en: {
      summary:
        'A befriending project for socially isolated people in which the client leads and a volunteer supports, meeting weekly or every two weeks.',
    },
  },
  {
    slug: 'jong-oud-goud',
    name: 'Jong+Oud=Goud',
    summary:
      'Studenten worden als vrijwilliger gekoppeld aan een oudere. Een jaar lang komen ze minstens 6 uur per maand op bezoek. Ze helpen praktisch en doen samen leuke dingen. Tijdens uitjes leren de ouderen ook elkaar kennen, zodat hun netwerk groeit.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://stichtingseniorenstudent.nl/projecten/jong-oud-goud/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meaningful-contact', 'practical-support', 'occupation', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind', 'actives'],
      rationale:
        'Onze inschatting: het combineert vaste bezoeken, praktische hulp en uitjes met andere ouderen. Die combinatie werkt beter dan één element alleen en helpt vooral bij een te kleine kring.',
    },
    en: {
      name: 'Young+Old=Gold',
      summary:
        'Student volunteers visit an older person for at least six hours a month for a year, giving practical help and doing activities, with outings where the older people meet each other.',
    },
  },
  {
    slug: 'maatjesprojecten',
    name: 'Maatjesprojecten',
    summary:
      'Vrijwilligers helpen ouderen thuis of bij activiteiten, als die in een sociaal isolement zitten of dreigen te raken. Een maatje geeft voor korte tijd praktische en sociale steun. Meestal gaat het om gewone, ontspannen dingen samen doen.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.stichtinghumanitas.nl/home/dienstverlening/maatjesprojecten/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['meaningful-contact', 'practical-support', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind', 'sheltered'],
      rationale:
        'Onze inschatting: een maatje geeft betekenisvol contact en praktische hulp. Omdat de steun kort duurt, past het vooral bij dreigend isolement en lichte tot matige eenzaamheid.',
    },
    en: {
      name: 'Buddy projects',
      summary:
        'Volunteers give older people at (risk of) social isolation short-term practical and social support at home or through organised activities.',
    },
  },
  {
    slug: 'sensoor',
    name: 'Sensoor',
    summary:
      'Een hulplijn met een luisterend oor. Dag en nacht, het hele jaar, kunnen mensen bellen voor een vertrouwelijk gesprek. Eenzaamheid is het onderwerp waar het vaakst over wordt gepraat. Movisie beoordeelde Sensoor in 2014 in de Databank effectieve sociale activiteiten als ‘Goed Beschreven’. Volgens Movisie waarderen bellers vooral het gelijkwaardige contact en dat de lijn 24 uur open is.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['https://www.sensoor.nl/', 'https://www.movisie.nl/esi/sensoor'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['emotional', 'existential'],
      targetGroups: ['everyone'],
      elements: ['meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'dependants', 'outsiders', 'survivors'],
      rationale:
        'Onze inschatting: een anoniem gesprek op elk moment is een vangnet, ook voor wie (nog) geen contact met anderen wil. Het biedt steun en een luisterend oor, maar vervangt geen vaste contacten.',
    },
    en: {
      summary:
        'A helpline, open day and night all year, that offers a listening ear and a confidential conversation; loneliness is the most common topic.',
    },
  },
  {
    slug: 'solink',
    name: 'SOlink',
    summary:
      'Een serieuze student huurt tijdens zijn studie een kamer bij een 50-plusser die alleen woont. Jong en oud wonen samen en hebben daar allebei iets aan.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://solink.nl/welkom/inleiding/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['singles', 'older-people'],
      elements: ['meaningful-contact', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'left-behind', 'hopefuls'],
      rationale:
        'Onze inschatting: iemand in huis zorgt voor dagelijks contact en doorbreekt de stilte. Het past bij alleenstaanden met een verhoogd risico, die nog open staan voor een huisgenoot.',
    },
    en: {
      summary:
        'A serious student rents a room from a single person over 50 for the duration of their studies, so that young and old add value to each other’s living.',
    },
  },
  {
    slug: 'vriendendiensten',
    name: 'Vriendendiensten',
    summary:
      'Voor volwassenen (18+) die met de psychiatrie te maken hebben (gehad). Er zijn maatjes, ondersteuning voor cliënten en een centrum om binnen te lopen en activiteiten te doen. Zo komen mensen weer onder de mensen en krijgen ze de aandacht en steun die ze nodig hebben.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.vriendendienstendeventer.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['chronic-illness'],
      elements: ['meaningful-contact', 'meeting', 'practical-support'],
      buildingBlocks: ['supporting'],
      profiles: ['outsiders', 'hopefuls', 'survivors'],
      rationale:
        'Onze inschatting: mensen met psychische problemen hebben vaak meer nodig dan één activiteit. Maatjes, steun en een inloop samen sluiten aan bij problemen die met elkaar verweven zijn.',
    },
    en: {
      name: 'Friend services',
      summary:
        'Buddies, client support and a drop-in and activity centre for adults who have been in contact with psychiatric care, bringing them back among people.',
    },
  },
  {
    slug: 'vriendstap-nl',
    name: 'Vriendstap.nl',
    summary:
      'Een veilige plek op internet waar mensen met psychische problemen elkaar ontmoeten. Ze mailen, chatten en praten op een forum, in principe anoniem. Vaak groeit dat contact uit tot een echte vriendschap.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.vriendstap.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['chronic-illness'],
      elements: ['meaningful-contact', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['outsiders', 'sheltered', 'hopefuls'],
      rationale:
        'Onze inschatting: anoniem online contact is een kleine, veilige eerste stap voor wie het moeilijk vindt om mensen te ontmoeten. Omdat er soms een echte vriendschap uit groeit, kan het ook helpen bij het missen van een hechte band.',
    },
    en: {
      summary:
        'A safe online meeting place where people with mental health problems mail, chat and use a forum anonymously, which often grows into real friendship.',
    },
  },
  {
    slug: 'welzijn-op-recept',
    name: 'Welzijn op recept',
    summary:
      'Een zorgverlener bij de huisarts verwijst een patiënt naar een welzijnsarrangement van de welzijnsorganisatie. Dat zijn activiteiten waar mensen zich beter door voelen, zoals creatief bezig zijn, vrijwilligerswerk en sport en bewegen. Eenzaamheid is een van de meest voorkomende redenen voor een verwijzing. Movisie beoordeelde de aanpak in 2015 in de Databank Effectieve sociale activiteiten als ‘Goed Beschreven’. Sterk punt volgens Movisie: de aanpak verbindt psychosociale klachten met welbevinden.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['https://www.movisie.nl/esi/welzijn-recept'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['everyone'],
      elements: ['occupation', 'meaningful-role', 'meeting'],
      buildingBlocks: ['supporting', 'recognising', 'cooperation'],
      profiles: ['actives', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: de huisarts ziet eenzaamheid vaak als eerste. Een warme verwijzing naar zinvolle bezigheden verbindt zorg en welzijn en helpt bij een te kleine kring en bij gebrek aan een rol.',
    },
    en: {
      name: 'Social prescribing',
      summary:
        'A care provider in the GP practice refers patients to welfare activities such as creative work, volunteering and sport; loneliness is one of the most common reasons.',
    },
  },
  {
    slug: 'welzijnscoach',
    name: 'Welzijnscoach',
    summary:
      'Helpt mensen met psychosociale problemen om zich gezonder en beter te voelen. De coach geeft net dat duwtje dat iemand nodig heeft om weer in actie te komen. Ook helpt de coach om het sociale netwerk groter of sterker te maken.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.welzijndiemen.nl/index.php/welzijnscoach'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['everyone'],
      elements: ['practical-support', 'meaningful-contact', 'social-skills'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind', 'survivors'],
      rationale:
        'Onze inschatting: persoonlijke begeleiding door een professional helpt mensen die zelf niet meer in beweging komen. De coach werkt aan het netwerk, dus vooral aan een te kleine kring.',
    },
    en: {
      name: 'Wellbeing coach',
      summary:
        'A coach helps people with psychosocial problems get back into action and guides them in building or strengthening their social network.',
    },
  },
  {
    slug: 'zilverlijn-belservice',
    name: 'Zilverlijn belservice',
    summary:
      'Vrijwilligers bellen regelmatig met ouderen die weinig aanspraak hebben. Het is gratis, vertrouwelijk en zonder verplichtingen. Ze luisteren, maken een gezellig praatje of voeren een goed gesprek. Zo wordt de stilte doorbroken.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['https://www.ouderenfonds.nl/deelnemen/zilverlijn/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people'],
      elements: ['meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'left-behind', 'dependants', 'survivors'],
      rationale:
        'Onze inschatting: regelmatig contact aan de telefoon is een kleine stap, ook voor wie niet meer de deur uit gaat. Vast contact helpt om weer vertrouwen te krijgen, wat vooral bij ernstige eenzaamheid nodig is.',
    },
    en: {
      name: 'Zilverlijn call service',
      summary:
        'Volunteers regularly phone older people who have few people to talk to, free of charge and confidentially, to break the silence.',
    },
  },
  {
    slug: 'zorgdier',
    name: 'Zorgdier',
    summary:
      'Een aanpak waarmee zorg- en welzijnsorganisaties huisdieren betrekken bij de zorg en het welzijn van cliënten. Dat kan via activiteiten, behandeling of een huisbezoek. De dieren helpen om sociale contacten te krijgen en te houden.',
    type: 'one-to-one',
    evidence: { level: 'promising' },
    links: ['http://www.zorgdier.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['occupation', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'dependants', 'outsiders', 'survivors'],
      rationale:
        'Onze inschatting: een dier geeft aandacht zonder oordeel en is een makkelijke aanleiding voor contact. Dat kan ook mensen bereiken die weinig open staan voor contact met anderen.',
    },
    en: {
      name: 'Care animal',
      summary:
        'An approach for care and welfare organisations to involve pets in activities, treatment or home visits, which helps clients gain and keep social contacts.',
    },
  },

  // Cursussen, gespreksgroepen en therapievormen
  {
    slug: 'assertiviteitscursus',
    name: 'Assertiviteitscursus',
    summary:
      'Deelnemers leren onder meer contact maken en beter hun grenzen aangeven. Ze krijgen inzicht in hun eigen gedrag en wat dat met anderen doet. Dat is nodig om een waardevolle relatie op te bouwen en helpt problemen in relaties te voorkomen.',
    type: 'course',
    evidence: { level: 'promising' },
    links: ['http://www.zorgtegeneenzaamheid.nl/assertiviteitscursus/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['everyone'],
      elements: ['social-skills'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'left-behind', 'hopefuls'],
      rationale:
        'Onze inschatting: sociale vaardigheden versterken staat bij de eerste drie Wegwijs-groepen als activiteit genoemd. Betere vaardigheden helpen bij nieuwe contacten en bij een hechte band. Het vraagt wel motivatie om mee te doen.',
    },
    en: {
      name: 'Assertiveness course',
      summary:
        'A course in which participants learn to make contact, set boundaries and understand how their behaviour affects others, which helps them build meaningful relationships.',
    },
  },
  {
    slug: 'cultuursensitieve-aanpak',
    name: 'Cultuursensitieve aanpak',
    summary:
      'Een aanpak voor migranten binnen een assertiviteitscursus. Deelnemers leren eerst de verschillen kennen en begrijpen tussen hun geboorteland en Nederland. Daarna lukt het beter om hier voor zichzelf op te komen. Dat helpt om eenzaamheid te voorkomen of te verminderen.',
    type: 'course',
    evidence: { level: 'promising' },
    links: ['http://www.zorgtegeneenzaamheid.nl/migranten-cultuur/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['migrants'],
      elements: ['social-skills', 'realistic-expectations'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: migranten lopen meer risico op eenzaamheid. Begrip van culturele verschillen geeft realistische verwachtingen van contact in Nederland, en de cursus versterkt sociale vaardigheden.',
    },
    en: {
      name: 'Culture-sensitive approach',
      summary:
        'Part of an assertiveness course for migrants, who first learn the differences between their country of birth and the Netherlands so they can be more assertive here.',
    },
  },
  {
    slug: 'cursus-creatief-leven',
    name: 'Cursus Creatief leven',
    summary:
      'Een programma van acht weken, speciaal gemaakt tegen eenzaamheid. Deelnemers werken in de cursus aan een nieuwe toekomst voor zichzelf.',
    type: 'course',
    evidence: { level: 'promising' },
    links: ['http://jeannetterijks.nl/cursus-creatief-leven/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['existential', 'social'],
      targetGroups: ['everyone'],
      elements: ['realistic-expectations', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['compensators', 'left-behind', 'hopefuls'],
      rationale:
        'Onze inschatting: werken aan een eigen toekomst helpt om weer zin en richting te vinden en verwachtingen bij te stellen. Dat past bij eenzaamheid door gebrek aan zin of rol.',
    },
    en: {
      name: 'Creative living course',
      summary:
        'An eight-week programme made to tackle loneliness, in which participants work on a new future of their own.',
    },
  },
  {
    slug: 'cursus-het-begint-met-taal',
    name: 'Cursus Het Begint met Taal',
    summary:
      'Vrijwilligers coachen anderstaligen in de Nederlandse taal. Dat geeft taalkennis, zelfvertrouwen en contacten. Zo kunnen anderstaligen meer zelf en doen ze makkelijker mee.',
    type: 'course',
    evidence: { level: 'promising' },
    links: ['http://www.hetbegintmettaal.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['migrants'],
      elements: ['social-skills', 'meaningful-contact', 'practical-support'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Onze inschatting: wie de taal niet spreekt, heeft minder kans op contact. Taalcoaching maakt het makkelijker om mee te doen en geeft een vast contact met de vrijwilliger. Dat werkt vooral preventief.',
    },
    en: {
      name: 'It Starts with Language course',
      summary:
        'Volunteer language coaches help speakers of other languages gain language skills, confidence and contacts.',
    },
  },
  {
    slug: 'vriendschapscursus-voor-vrouwen',
    name: 'Vriendschapscursus voor vrouwen',
    summary:
      'Een cursus voor vrouwen van 55 jaar en ouder. Ze denken na over hun eigen vriendschappen. Met praktische oefeningen gaan ze aan de slag om vriendschappen te onderhouden.',
    type: 'course',
    evidence: { level: 'promising' },
    links: ['http://cursusaanbod.wvozorg.nl/cursussen/vriendschapscursus-voor-vrouwen'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people'],
      elements: ['social-skills', 'realistic-expectations'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'compensators', 'hopefuls'],
      rationale:
        'Onze inschatting: nadenken over vriendschap en oefenen met het onderhouden ervan versterkt vaardigheden en stelt verwachtingen bij. Dat kan helpen bij een te kleine kring en bij het missen van een goede vriendin.',
    },
    en: {
      name: 'Friendship course for women',
      summary:
        'A course for women aged 55 and over to reflect on their friendships and practise maintaining them.',
    },
  },
];
