import type { In, Step } from '../../src/features/knowledge/content-schema.ts';

/**
 * The six steps of local cooperation against loneliness, with what each step asks of the
 * coalition. From the Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017), hoofdstuk 2,
 * "Hoe pakt u samenwerking op? Een stappenplan". Written in our own words.
 */
export const steps: In<typeof Step>[] = [
  {
    id: 'take-initiative',
    number: 1,
    name: 'Initiatief nemen',
    description:
      'Samenwerking tegen eenzaamheid ontstaat niet vanzelf. Iemand moet de eerste stap zetten en het onderwerp op de agenda zetten. Dat begint heel eenvoudig: erover praten met anderen. Wie dat doet, maakt niet uit, zolang die persoon voelt dat een aanpak belangrijk en dringend is.',
    asks: [
      'Zet eenzaamheid op de agenda door er met anderen over te praten.',
      'Zorg dat iemand de eerste stap zet: een professional, een vrijwilliger, een inwoner of iemand die zelf eenzaam is.',
      'Zoek pioniers die sterk overtuigd zijn dat een aanpak nuttig en nodig is.',
      'Maak gebruik van een aanleiding, zoals een eigen ervaring met eenzaamheid, aandacht in de media, lokale verkiezingen of het besef dat de gemeente er nu te weinig aan doet.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 1',
    en: {
      name: 'Take the initiative',
      summary:
        'Someone has to put loneliness on the local agenda, which starts with simply talking about it with others.',
    },
  },
  {
    id: 'gather-facts',
    number: 2,
    name: 'Feiten en cijfers verzamelen',
    description:
      'Zoek uit hoe eenzaamheid in uw eigen gemeente eruitziet. Elke gemeente heeft een ander beeld, dus ook een andere aanpak. De gemeente en de GGD hebben vaak onderzoek waar u de cijfers uit kunt halen, zoals de Gezondheidsmonitor van de GGD.',
    asks: [
      'Zoek uit hoeveel mensen in uw gebied met eenzaamheid te maken hebben.',
      'Zoek uit om hoeveel mensen het gaat per doelgroep, zoals jongeren, ouderen, mensen met een beperking, mantelzorgers, mensen met een migratieachtergrond, mensen in armoede, laaggeletterden en alleenstaanden.',
      'Breng in kaart hoe eenzaamheid over uw gebied verdeeld is: in welke wijken, dorpen of delen van de stad wonen de meeste eenzame mensen?',
      'Vraag bij de gemeente en de GGD naar onderzoek en cijfers, bijvoorbeeld de Gezondheidsmonitor.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 2',
    en: {
      name: 'Gather facts and figures',
      summary:
        'Find out how many people in your area are lonely, in which groups and in which neighbourhoods, using data from the municipality and the GGD.',
    },
  },
  {
    id: 'start-organising',
    number: 3,
    name: 'Beginnen met organiseren',
    description:
      'Om samen aan de slag te gaan, moet u de samenwerking organiseren. Nodig mensen en organisaties uit, bijvoorbeeld op een startbijeenkomst, en vorm een eerste werkgroep eenzaamheid. Reken erop dat u tot en met deze stap meestal minstens zes maanden bezig bent.',
    asks: [
      'Nodig mensen en organisaties uit om mee te doen, bijvoorbeeld via een startconferentie over eenzaamheid.',
      'Werf deelnemers voor een eerste lokale werkgroep eenzaamheid.',
      'Vraag vooral ervaringsdeskundigen en betrokken inwoners om mee te doen.',
      'Betrek de gemeente (beleid en Wmo-loket), wijkteams, welzijns- en wijkorganisaties, thuiszorg, buurtwerkers en vrijwilligers- en maatschappelijke organisaties die in uw gemeente actief zijn.',
      'Houd er rekening mee dat de stappen tot en met deze stap meestal minstens zes maanden duren.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 3',
    en: {
      name: 'Start organising',
      summary:
        'Invite people and organisations, for instance at a kick-off conference, and form a first local working group on loneliness.',
    },
  },
  {
    id: 'make-plan',
    number: 4,
    name: 'Plan maken',
    description:
      'Met de werkgroep maakt u een plan. Dat heeft twee delen. Eerst brengt u in kaart wat er al is, zodat u niet bij nul begint. Daarna maakt u keuzes over de inhoud en de organisatie, en stelt u prioriteiten: wat doet u wel en niet, wie doet wat, wanneer, met welk geld, hoe organiseert u het en hoe volgt u de resultaten.',
    asks: [
      'Inventariseer het beleid en de uitvoering van de gemeente rond eenzaamheid en zoek aansluiting, bijvoorbeeld bij beleidsplannen, sociale participatie, wijkgericht werken of integraal sociaal beleid.',
      'Inventariseer welke organisaties met activiteiten of voorzieningen al aan eenzaamheid werken.',
      'Zoek uit wat er eerder in uw gemeente is gedaan en wat dat heeft opgeleverd.',
      'Zoek uit welke samenwerkingsverbanden er al zijn die (ook) met eenzaamheid aan de slag kunnen.',
      'Verbind en verbreed wat er al is, en beoordeel hoe dekkend, deskundig en gevarieerd het aanbod voor preventie en bestrijding is en hoe u eenzame mensen bereikt.',
      'Maak inhoudelijke en organisatorische keuzes, bijvoorbeeld over doelgroepen, werkgebied en bouwstenen.',
      'Prioriteiten en haalbaarheid: kies wat u nu wel en niet doet en ga na of uw plannen niet alleen ambitieus maar ook realistisch zijn.',
      'Bemensing: spreek af wie wat doet.',
      'Planning: spreek af wat u wanneer doet.',
      'Financiën: bepaal welk geld nodig en beschikbaar is en wat u kunt werven, bijvoorbeeld een gemeentelijke subsidie, crowdfunding, lokale, regionale of landelijke fondsen, of sponsoring door bedrijven in geld of in natura.',
      'Organisatie: kies hoe u de samenwerking regelt (een stichting of vereniging, informeel, of ondergebracht bij een bestaande organisatie) en maak afspraken over werkwijze, interne en externe communicatie, besluitvorming en wie mag meedoen.',
      'Volgen en kwaliteit: spreek af hoe u de voortgang en de resultaten bijhoudt en hoe u zorgt dat uw gezamenlijke inzet goed genoeg is.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 4',
    en: {
      name: 'Make a plan',
      summary:
        'Take stock of existing policy, organisations and partnerships, then make choices and set priorities on feasibility, staffing, planning, finance, organisation and monitoring.',
    },
  },
  {
    id: 'carry-out-plan',
    number: 5,
    name: 'Plan uitvoeren',
    description:
      'Een plan is er om uit te voeren: niet praten, maar doen. Houd samen bij hoe het gaat, wat goed gaat en wat minder goed, en wat u ervan leert. Pas het plan steeds aan. De ervaring leert dat plan maken en uitvoeren samen minstens twee jaar nodig hebben om eenzaamheid goed aan te pakken.',
    asks: [
      'Voer het plan uit, met verschillende mensen.',
      'Houd samen bij hoe de uitvoering vordert.',
      'Bespreek wat goed gaat, wat minder goed gaat en wat u leert.',
      'Stel het plan steeds bij op basis van wat u leert.',
      'Trek voor het maken en uitvoeren van het plan (stap 4 en 5) minstens twee jaar uit.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 5',
    en: {
      name: 'Carry out the plan',
      summary:
        'Put the plan into practice, keep track of progress together, learn and adjust, and allow at least two years.',
    },
  },
  {
    id: 'keep-attention',
    number: 6,
    name: 'Zorgen voor permanente aandacht',
    description:
      'Werk er stap voor stap aan dat eenzaamheid blijvend aandacht krijgt in uw gemeente. Dat lukt beter met een goede vorm voor de samenwerking, met een plek in het beleid van de gemeente en met deelnemers die gemotiveerd blijven.',
    asks: [
      'Geef de samenwerking een vorm die blijvende aandacht mogelijk maakt, bijvoorbeeld een eigen stichting of vereniging zoals een lokale Coalitie Erbij.',
      'Zorg met de gemeente dat eenzaamheid een plek krijgt in beleid, verordeningen en nadere regels; gemeenten hebben taken op grond van de Wmo, het VN-verdrag voor rechten van mensen met beperkingen en de Participatiewet.',
      'Toets beleidsinstrumenten op eenzaamheid, bijvoorbeeld de zelfredzaamheidsmatrix.',
      'Koppel de aanpak aan uitgangspunten van de Wmo, zoals eigen kracht, regie en zelfredzaamheid, en aan langer thuis wonen, wijkteams, het Wmo-loket, sociale samenhang in wijken en integraal sociaal beleid.',
      'Geef ruimte aan (nieuwe) projecten, bijvoorbeeld via burgerinitiatieven, het right to challenge, opdrachten aan welzijnsorganisaties of prestatieafspraken met zorgaanbieders.',
      'Zorg dat de deelnemers elkaar leren kennen, zodat ze zich persoonlijk meer betrokken voelen.',
      'Maak er een gezamenlijke aanpak van en let op ieders verwachtingen, zodat niemand teleurgesteld raakt.',
      'Maak goede afspraken, zodat u onnodige spanning en teleurstelling voorkomt.',
      'Vier successen altijd samen.',
      'Zorg voor een goede kartrekker en voorzitter, en wissel andere taken af.',
      'Zorg dat deelnemers mogen beslissen en van hun organisatie toestemming hebben om zich voor langere tijd te verbinden; dat geeft continuïteit en voorkomt een stroperig proces.',
      'Geef het samenwerkingsverband een goede, zichtbare plek in de gemeente, bijvoorbeeld met inspirerende bijeenkomsten, een website en pr.',
      'Sluit aan bij landelijke acties zoals de Week tegen Eenzaamheid en bij landelijke pr.',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2, stap 6',
    en: {
      name: 'Ensure lasting attention',
      summary:
        'Secure lasting attention for loneliness through a durable form of cooperation, a place in municipal policy and keeping everyone motivated.',
    },
  },
];
