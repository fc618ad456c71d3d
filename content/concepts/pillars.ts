import type { In, Pillar, Topic } from '../../src/features/knowledge/content-schema.ts';

/**
 * The five pillars for an effective local approach of the national programme Eén tegen
 * eenzaamheid (seed 004, hoofdstuk 4, actielijn 3), with the advice the programme gives per
 * pillar: first the advice in the list of pillars, then what follows from the support it offers.
 */
export const pillars: In<typeof Pillar>[] = [
  {
    id: 'commitment',
    number: 1,
    name: 'Bestuurlijk commitment',
    description:
      'De aanpak van eenzaamheid staat of valt met steun uit de politiek en het bestuur. Als wethouders en het college achter de aanpak staan, sluiten organisaties en bedrijven zich makkelijker aan. En binnen de gemeente blijft er aandacht voor het thema, ook na verkiezingen.',
    advice: [
      'Zorg dat het college van burgemeester en wethouders betrokken is',
      'Betrek ook beleidsmakers van verschillende beleidsterreinen',
      'Houd ook binnen de eigen gemeentelijke organisatie aandacht voor eenzaamheid',
      'Houd de bestuurlijke wil vast na de verkiezingen en noem eenzaamheid in het collegeakkoord (in 2022 deed 63 procent van de gemeenten dat)',
      'Verbind eenzaamheid met welzijn, ontmoeting, maatschappelijke organisaties, positieve gezondheid en domeinen als wonen en armoede',
      'Zet het thema als wethouder op de agenda, leer van andere wethouders op bijeenkomsten en deel goede voorbeelden',
      'Geef uw behoefte aan ondersteuning door aan het actieprogramma',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3, pijler 1',
    en: {
      name: 'Political and administrative commitment',
      summary:
        'The approach depends on the backing of the mayor and aldermen and of policy makers across policy areas.',
    },
  },
  {
    id: 'network',
    number: 2,
    name: 'Creëer een sterk netwerk',
    description:
      'Eenzaamheid kunt u alleen samen met anderen aanpakken. Organisaties, bedrijven en instellingen die in het dagelijks leven van mensen een rol spelen, vormen samen een lokale coalitie tegen eenzaamheid. Een kartrekker die partijen verbindt, is de belangrijkste succesfactor.',
    advice: [
      'Kijk welke partijen er al zijn',
      'Maak ook nieuwe en slimme verbindingen om samen verder te komen',
      'Betrek zeker het bedrijfsleven en de lokale ondernemers',
      'Maak iemand kartrekker: die creëert draagvlak en brengt partijen met elkaar in contact',
      'Verbind partijen in een lokale coalitie tegen eenzaamheid',
      'Zorg dat initiatieven van de Nationale Coalitie tegen Eenzaamheid hun weg vinden naar uw lokale coalitie',
      'Vraag de adviseurs van het programma om procesbegeleiding bij het smeden van de coalitie en bij publiek-private samenwerking',
      'Gebruik de instrumenten van het programma: praktische handreikingen, cijfers op wijkniveau, masterclasses, onderzoekpublicaties, draaiboeken en goede voorbeelden',
      'Gebruik de specifieke uitkering om capaciteit voor een kartrekker te creëren',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3, pijler 2',
    en: {
      name: 'Create a strong network',
      summary:
        'Tackling loneliness only works in a network: build a local coalition with businesses and local entrepreneurs, led by a coordinator (kartrekker).',
    },
  },
  {
    id: 'involve-people',
    number: 3,
    name: 'Betrek mensen met gevoelens van eenzaamheid zelf',
    description:
      'Ieder mens ervaart eenzaamheid op een eigen manier. Wie wil weten welke hulp werkt, moet de mensen zelf betrekken, en ook hun familie en buren. Dat betekent mensen opzoeken, thuis, en hen helpen de eerste stap te zetten. Huisbezoeken en een signaalpunt helpen om mensen in beeld te krijgen.',
    advice: [
      'Betrek mensen die zich eenzaam voelen bij de aanpak',
      'Betrek ook hun omgeving, zoals familie en buurtbewoners',
      'Bereik mensen door achter de voordeur te komen',
      'Help mensen vervolgens over de drempel heen',
      'Investeer in contact met de doelgroep via (jaarlijkse) huisbezoeken',
      'Kijk naar de persoonlijke situatie en breng de behoeften in kaart; kijk dan welk aanbod er is of nodig is',
      'Wijs hulpverleners op praktische ondersteuning in de buurt, zoals vervoer naar familie of het ziekenhuis en hulp bij financiën en administratie',
      'Zet een signaleringsnetwerk op met een signaalpunt tegen eenzaamheid waar welzijnswerk aan gekoppeld is',
      'Zorg dat signalen worden opgevolgd: leg meldingen en de opvolging vast in een lokaal signaleringssysteem',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3, pijler 3',
    en: {
      name: 'Involve people who feel lonely',
      summary:
        'Involve lonely people and those around them, reach them behind the front door, and help them take the first step.',
    },
  },
  {
    id: 'sustainable-approach',
    number: 4,
    name: 'Werk aan een duurzame aanpak',
    description:
      'Kies voor wat echt werkt en houd het lang vol. Verschillende soorten eenzaamheid vragen om verschillende hulp. Ontmoeting helpt bij sociale eenzaamheid, maar kan bij emotionele of existentiële eenzaamheid averechts werken. Een duurzame aanpak is structureel, gebaseerd op feiten en met duidelijke afspraken.',
    advice: [
      'Kijk naar wat echt werkt om eenzaamheid te doorbreken',
      'Zet in op activiteiten gericht op zinvol bezig zijn, ontmoeting, praktische ondersteuning, betekenisvol contact, het verbeteren van sociale vaardigheden of het toedichten van een betekenisvolle rol',
      'Kies voor een duurzame aanpak',
      'Maak onderscheid tussen verschillende soorten eenzaamheid: ontmoeting bij sociale eenzaamheid; één-op-één contact met een maatje of van betekenis zijn voor anderen bij emotionele of existentiële eenzaamheid',
      'Baseer de aanpak op feiten',
      'Maak afspraken over wie waarvoor verantwoordelijk is',
      'Maak de aanpak structureel: eenzaamheid aanpakken vraagt een lange adem',
      'Gebruik de specifieke uitkering voor meerjarige financiering',
      'Gebruik de lessen uit onderzoek, zoals het ZonMw-programma Versterking aanpak eenzaamheid, en wissel kennis uit met andere gemeenten',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3, pijler 4',
    en: {
      name: 'Work on a sustainable approach',
      summary:
        'Use what works, distinguish types of loneliness, base the approach on facts, agree on responsibilities and make it structural.',
    },
  },
  {
    id: 'monitoring',
    number: 5,
    name: 'Monitoring en evaluatie',
    description:
      'Eenzaamheid aanpakken is blijven leren in de praktijk. Door te meten en te evalueren leert de coalitie wat werkt en kan zij de aanpak verbeteren. Doe dat op een manier die te vergelijken is met andere gemeenten, zodat gegevens samengevoegd kunnen worden.',
    advice: [
      'Blijf samen leren en breng de aanpak verder met monitoring en evaluatie',
      'Monitor en evalueer op een vergelijkbare manier, zodat gegevens gebundeld kunnen worden',
      'Doe mee aan de jaarlijkse benchmark van Eén tegen eenzaamheid: zie hoe de aanpak ervoor staat en vergelijk met andere gemeenten',
      'Vraag de adviseurs van het programma om hulp bij het opzetten van monitoring en evaluatie',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3, pijler 5; hoofdstuk 7',
    en: {
      name: 'Monitoring and evaluation',
      summary:
        'Keep learning by monitoring and evaluating in a comparable way, for example through the yearly benchmark.',
    },
  },
];

/**
 * The national toolkit with which the ministry of VWS supports municipalities (seed 004,
 * "Voortgang december 2021"), category `toolkit`, plus the other support instruments the
 * programme offers local approaches, category `ondersteuning`.
 */
export const toolkit: In<typeof Topic>[] = [
  {
    id: 'signaalpunt-tegen-eenzaamheid',
    name: 'Signaalpunt tegen Eenzaamheid',
    category: 'toolkit',
    description:
      'Een vast punt waar iedereen die even contact heeft met mensen, een zorg over eenzaamheid kan doorgeven. Denk aan pakketbezorgers, kappers, apothekers en sportcoaches. Welzijnswerk is aan het signaalpunt gekoppeld en pakt de signalen op.',
    points: [
      'Voor iedereen die even contact heeft: pakketbezorgers, sportcoaches, kappers, apothekers',
      'Welzijnswerk is aan het signaalpunt gekoppeld',
      'PostNL startte in 2020 een pilot met pakketbezorgers; die wordt een duurzaam project voor heel Nederland',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, actielijn 2 en pijler 3',
    en: {
      name: 'Signal point against loneliness',
      summary:
        'A point where anyone with brief contacts, such as parcel deliverers or hairdressers, can pass on a worry, followed up by welfare work.',
    },
  },
  {
    id: 'risicogebieden-per-wijk',
    name: 'Risicogebieden per wijk in kaart',
    category: 'toolkit',
    description:
      'Cijfers op wijkniveau laten zien waar in de gemeente het risico op eenzaamheid het grootst is. Zo kan de coalitie gericht kiezen in welke wijken zij begint en welke groepen zij zoekt.',
    points: [
      'Cijfers over eenzaamheid op wijkniveau',
      'Helpt bij de keuze voor wijken en doelgroepen',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, pijler 2',
    en: {
      name: 'Risk areas per neighbourhood',
      summary:
        'Neighbourhood figures show where in the municipality the risk of loneliness is highest.',
    },
  },
  {
    id: 'handreiking-huisbezoeken-75-plus',
    name: 'Handreiking Huisbezoeken 75+',
    category: 'toolkit',
    description:
      'Een handreiking voor gemeenten en welzijnsorganisaties om (jaarlijkse) huisbezoeken aan ouderen op te zetten. Getrainde vrijwilligers gaan op bezoek voor een gesprek en kijken welke behoeften er zijn. Het programma onderzoekt of huisbezoeken ook voor andere risicogroepen kunnen.',
    points: [
      'Adviseurs helpen gemeenten bij het invoeren en verder ontwikkelen van huisbezoeken',
      'Voorbeeld Zeist: welzijnsorganisatie MeanderOmnium coördineert en traint de vrijwilligers',
      'In Zeist werden in 2020 750 eenzame ouderen en mantelzorgers thuis bezocht, met een gesprek en taart',
      'Vanaf maart 2021 volgden in Zeist nog eens 1038 huisbezoeken aan ouderen',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, pijler 3',
    en: {
      name: 'Guide to home visits 75+',
      summary:
        'A guide for municipalities and welfare organisations to set up (yearly) home visits to older people by trained volunteers.',
    },
  },
  {
    id: 'handreiking-ondernemers',
    name: 'Handreiking Ondernemers',
    category: 'toolkit',
    description:
      'Een handreiking om lokale ondernemers bij de aanpak te betrekken. Winkels, banken en andere bedrijven staan dicht bij het dagelijks leven van mensen. Zij kunnen ontmoeting mogelijk maken en eenzaamheid signaleren.',
    points: [
      "Jumbo opende in 2021 in 200 filialen een 'klets-kassa'",
      'Adviseurs van RegioBank denken mee met de lokale aanpak; zij spreken mensen rond grote levensgebeurtenissen',
      'Pijler 2 vraagt om het bedrijfsleven en lokale ondernemers zeker te betrekken',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, actielijn 2',
    en: {
      name: 'Guide for entrepreneurs',
      summary:
        'A guide to involve local businesses, which are close to daily life and can create meeting moments and notice loneliness.',
    },
  },
  {
    id: 'veelbelovende-aanpakken-delen',
    name: 'Veelbelovende aanpakken delen',
    category: 'toolkit',
    description:
      'Het programma verzamelt en deelt aanpakken die goed lijken te werken. Zo hoeft niet elke gemeente het wiel opnieuw uit te vinden. Adviseurs brengen de geleerde lessen naar gemeenten en het programma organiseert kennisuitwisseling.',
    points: [
      '125 initiatieven en interventies kregen steun via een ZonMw-subsidieregeling van € 5,2 miljoen',
      'Het ZonMw-programma Versterking aanpak eenzaamheid loopt door tot en met 2024',
      'Kennisuitwisseling tussen gemeenten over thema’s met veel effect op eenzaamheid',
      'Effectieve interventies komen in de databank Effectieve sociale interventies',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, actielijn 2 en pijler 4',
    en: {
      name: 'Sharing promising approaches',
      summary:
        'The programme collects and shares approaches that seem to work, so municipalities can learn from each other.',
    },
  },
  {
    id: 'adviseurs-en-ambassadeur',
    name: '20 adviseurs en een ambassadeur',
    category: 'toolkit',
    description:
      'Adviseurs van Eén tegen eenzaamheid helpen gemeenten en lokale coalities. Ze begeleiden het proces om een coalitie te vormen, helpen bij samenwerking tussen publiek en privaat en bij monitoring en evaluatie.',
    points: [
      'Procesbegeleiding bij het smeden van een lokale coalitie',
      'Hulp bij publiek-private samenwerking',
      'Hulp bij het opzetten van huisbezoeken',
      'Hulp bij monitoring en evaluatie',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 3; hoofdstuk 4, pijlers 2, 3 en 5',
    en: {
      name: '20 advisers and an ambassador',
      summary:
        'Programme advisers support municipalities in building coalitions, public-private cooperation, home visits and monitoring.',
    },
  },
  {
    id: 'lokaal-signaleringssysteem',
    name: 'Lokaal digitaal signaleringssysteem',
    category: 'ondersteuning',
    description:
      'Signalen van eenzaamheid hebben pas zin als er iets mee gebeurt. Het programma wil daarom een lokaal systeem waarin meldingen én de opvolging ervan goed geregeld en vastgelegd zijn. Het stelt digitale signaleringssystemen beschikbaar en helpt gemeenten bij de invoering.',
    points: [
      'Meldingen en de opvolging ervan zijn georganiseerd en geborgd in de lokale aanpak',
      'Het programma stelt lokale digitale signaleringssystemen ter beschikking',
      'Het programma helpt gemeenten bij de invoering',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, pijler 3',
    en: {
      name: 'Local digital signalling system',
      summary:
        'A local system in which signals of loneliness and their follow-up are organised and secured, provided by the programme.',
    },
  },
  {
    id: 'benchmark-een-tegen-eenzaamheid',
    name: 'Benchmark Eén tegen eenzaamheid',
    category: 'ondersteuning',
    description:
      'Een jaarlijkse vragenlijst die meet hoe ver aangesloten gemeenten zijn met hun lokale aanpak. De vragen gaan over de vijf pijlers. Een gemeente ziet in één keer hoe de aanpak ervoor staat en kan zich vergelijken met andere gemeenten.',
    points: [
      'Gebaseerd op de vijf pijlers voor een effectieve lokale aanpak',
      'Eerdere metingen in het najaar van 2019, 2020 en 2021',
      'Volgende metingen in het najaar van 2022, 2023 en 2024',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, pijler 5; hoofdstuk 7',
    en: {
      name: 'Benchmark Eén tegen eenzaamheid',
      summary:
        'A yearly survey measuring municipalities’ progress on the five pillars, so they can compare with others.',
    },
  },
  {
    id: 'specifieke-uitkering',
    name: 'Specifieke uitkering aan gemeenten',
    category: 'ondersteuning',
    description:
      'Het programma geeft gemeenten geld via een specifieke uitkering. Daarmee kunnen zij capaciteit voor een kartrekker regelen en hun aanpak voor meerdere jaren financieren. Het kabinet trekt tot 2025 elk jaar 10 miljoen euro extra uit voor het programma.',
    points: [
      'Voor capaciteit voor een kartrekker',
      'Meerjarige financiering voor een aanpak op lange termijn',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 1; hoofdstuk 4, pijlers 2 en 4',
    en: {
      name: 'Specific grant to municipalities',
      summary:
        'Funding for municipalities to pay for a coordinator and to finance their approach over several years.',
    },
  },
];

/** The three action lines of Eén tegen eenzaamheid 2022-2025 (seed 004, hoofdstuk 4). */
export const actionLines: In<typeof Topic>[] = [
  {
    id: 'actielijn-1-bewustwording',
    name: 'Meer bewustwording in de samenleving over eenzaamheid',
    category: '1',
    description:
      'Eenzaamheid is nog steeds een taboe. Deze actielijn wil dat mensen signalen van eenzaamheid herkennen, er makkelijker over praten en in actie komen: voor zichzelf of voor een ander. Iedereen kan daarin iets betekenen, van buren tot kappers en bezorgers.',
    points: [
      "Publiekscampagne, samen met ervaringsdeskundigen ('Een klein gebaar kan het verschil maken')",
      'Praktische kennis en onderzoek naar het taboe op eenzaamheid, met het thematisch onderzoeksprogramma eenzaamheid van de Nationale Wetenschapsagenda (NWA)',
      'Week tegen Eenzaamheid, elk jaar in de eerste week van oktober',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 1',
    en: {
      name: 'More awareness of loneliness in society',
      summary:
        'Help people recognise signs of loneliness, talk about it and act, through a public campaign, research on the taboo and the Week against Loneliness.',
    },
  },
  {
    id: 'actielijn-2-maatschappelijk-initiatief',
    name: 'Meer maatschappelijk initiatief tegen eenzaamheid',
    category: '2',
    description:
      'Omdat eenzaamheid zoveel vormen heeft, is een grote variatie aan initiatieven nodig, dicht bij het dagelijks leven van mensen. Deze actielijn wil nieuw initiatief laten ontstaan en bestaande initiatieven sterker en effectiever maken, voor iedereen met gevoelens van eenzaamheid.',
    points: [
      'Activatie van partijen in de Nationale Coalitie tegen Eenzaamheid (169 partijen, stand september 2022)',
      'Activatie van sectoren, van cultuur en sport tot de bouw en de horeca',
      'Versterking van maatschappelijke initiatieven, onder meer via het ZonMw-programma Versterking aanpak eenzaamheid tot en met 2024',
      'Van pilots naar projecten: landelijke partijen verbinden zich met lokale coalities, zoals PostNL, Jumbo, RegioBank en Het Zuidelijk Toneel',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 2',
    en: {
      name: 'More civic initiative against loneliness',
      summary:
        'Stimulate new and stronger initiatives close to daily life, through the National Coalition, sectors, ZonMw support and pilots that become projects.',
    },
  },
  {
    id: 'actielijn-3-lokale-aanpak',
    name: 'In alle gemeenten een lokale aanpak tegen eenzaamheid',
    category: '3',
    description:
      'Elke gemeente moet mensen met gevoelens van eenzaamheid kunnen helpen. De gemeente vormt als regisseur een lokale coalitie met bedrijven, ondernemers, inwoners en organisaties. Het programma geeft richting met vijf pijlers en biedt op elke pijler ondersteuning, met ruimte voor eigen lokale keuzes.',
    points: [
      'De vijf pijlers: bestuurlijk commitment, een sterk netwerk, mensen zelf betrekken, een duurzame aanpak, monitoring en evaluatie',
      'Ondersteuning op elke pijler, met adviseurs, een toolkit en financiering via een specifieke uitkering',
      'In de vorige programmaperiode sloten 260 gemeenten zich aan',
      'Bij 80 procent van de aangesloten gemeenten is een lokale coalitie van de grond gekomen',
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 4, actielijn 3',
    en: {
      name: 'A local approach against loneliness in every municipality',
      summary:
        'Every municipality forms a local coalition against loneliness, guided and supported by the programme along five pillars.',
    },
  },
];
