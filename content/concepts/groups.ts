import type { In, WegwijsGroup } from '../../src/features/knowledge/content-schema.ts';

/**
 * The four groups of the Movisie tool Wegwijsaanpakeenzaamheid.nl (seed 003), by degree of
 * loneliness, with every kind of activity the tool names for each group. Activity names are the
 * source's; the means are short. The cautions are ours, drawn from seeds 000, 002 and 004.
 */
export const wegwijsGroups: In<typeof WegwijsGroup>[] = [
  {
    id: 'not-lonely',
    number: 1,
    name: 'Mensen die niet eenzaam zijn',
    description:
      'Deze groep voelt zich (nog) niet eenzaam. Hier gaat het om preventie: voorkomen dat eenzaamheid ontstaat. U werkt aan een buurt waar mensen elkaar kennen en ontmoeten, en aan vaardigheden en netwerken die mensen later helpen. U maakt eenzaamheid ook bespreekbaar, zodat het geen taboe is.',
    activities: [
      { name: 'Versterken sociale vaardigheden', means: 'vooral via trainingen' },
      {
        name: 'Versterken van het sociale netwerk',
        means: "publicatie 'Aan de slag met sociale netwerken'",
      },
      { name: 'Gastvrij maken van dorp en wijk', means: "publicatie 'Een buurt voor iedereen'" },
      {
        name: 'Sociaal bouwen en inrichten',
        means:
          'leeftijdsbestendig bouwen, ruimte voor ontmoeting, aandacht voor sociale veiligheid, moderne vormen van gemeenschappelijk wonen',
      },
      {
        name: 'Taboe op eenzaamheid doorbreken',
        means: 'op kleine of grote schaal, bijvoorbeeld met publiekscampagnes',
      },
    ],
    cautions: [
      'Een campagne die vooral laat zien hoe groot het probleem is, kan mensen afschrikken of schaamte groter maken. Kies liever een positieve insteek: laat zien wat een breed netwerk oplevert.',
    ],
    source: 'wegwijs-movisie',
    where: '1. Preventie van eenzaamheid',
    en: {
      name: 'People who are not lonely',
      summary:
        'Prevention for everyone: social skills, networks, welcoming and social neighbourhoods, and breaking the taboo on loneliness.',
    },
  },
  {
    id: 'at-risk',
    number: 2,
    name: 'Mensen met een verhoogd risico op eenzaamheid',
    description:
      'Deze mensen zijn nog niet per se eenzaam, maar hun situatie geeft een grotere kans daarop. Denk aan een ingrijpende gebeurtenis zoals het overlijden van een partner, een scheiding of pensioen, of aan een risicogroep zoals mantelzorgers. U helpt hen op tijd: door bewustwording, steun van anderen en hulp die past bij hun risico.',
    activities: [
      {
        name: "Bewustwording van de impact van 'life events'",
        means: 'bijvoorbeeld via documentaires',
      },
      { name: 'Versterken sociale vaardigheden', means: 'via trainingen' },
      {
        name: 'Bevorderen van sociale steun',
        means: 'bijvoorbeeld lotgenotencontact, ontmoetingscentra of Eigen Kracht Conferenties',
      },
      {
        name: 'Signaleren en bespreekbaar maken van eenzaamheid',
        means: 'trainingen voor vrijwilligers en professionals',
      },
      {
        name: 'Passende ondersteuning bieden',
        means: 'aansluitend bij de risicofactoren en bij de persoon',
      },
      {
        name: "Stigma's doorbreken",
        means: 'infographic om sociale uitsluiting te herkennen en te doorbreken',
      },
    ],
    cautions: [
      'Spreek mensen niet aan als "risicogroep" of als eenzaam. Een negatief beeld van een groep kan eenzaamheid juist vergroten. Sluit aan bij hun situatie en hun eigen woorden.',
      'Een groepsbijeenkomst past niet bij iedereen. Wie net een partner verloor, mist vaak één hechte band. Een gezellige groep kan dan het gemis en de schaamte groter maken. Eén-op-één contact past dan vaak beter.',
    ],
    source: 'wegwijs-movisie',
    where: '2. Verhoogd risico op eenzaamheid',
    en: {
      name: 'People at elevated risk of loneliness',
      summary:
        'People whose situation or life events raise the risk: awareness, social skills, social support, signalling, tailored support and fighting stigma.',
    },
  },
  {
    id: 'mild-moderate',
    number: 3,
    name: 'Mensen met lichte tot matige eenzaamheid',
    description:
      'Deze mensen voelen zich al eenzaam, maar het is nog niet ernstig. Er zijn veel soorten hulp die werken, van praktische hulp en een maatje tot ontmoeting, een rol als vrijwilliger of therapie. Begin vaak met praktische hulp. Kies daarna wat past bij de persoon en bij het soort eenzaamheid.',
    activities: [
      { name: 'Doorbreken van negatieve denkpatronen', means: 'vooral via therapie' },
      { name: 'Verbeteren van sociale vaardigheden', means: 'via trainingen' },
      {
        name: 'Bieden van praktische ondersteuning',
        means: 'als eerste stap: hulp bij financiën, vervoer en warm doorverwijzen',
      },
      {
        name: 'Faciliteren van betekenisvol contact',
        means: 'maatjesprojecten, bezoekdiensten en lotgenotencontact',
      },
      {
        name: 'Bieden van ontmoetingsmogelijkheden',
        means:
          'vooral als de doelgroep meedoet aan het initiatief en de activiteit minstens vijf maanden duurt, met regelmatige deelname',
      },
      {
        name: 'Helpen vinden van een sociaal gewaardeerde rol',
        means: 'vooral als werknemer of vrijwilliger, zodat talenten worden benut',
      },
      {
        name: 'Helpen vinden van afleiding',
        means: 'bezigheden die mensen graag doen',
      },
    ],
    cautions: [
      'Ontmoeting helpt vooral bij sociale eenzaamheid. Wie één hechte band mist (emotionele eenzaamheid) of zin in het leven mist (existentiële eenzaamheid), heeft aan een groepsactiviteit vaak weinig. Het kan het gevoel van leegte zelfs versterken.',
      'Een korte of losse activiteit levert weinig op. Ontmoeting werkt vooral als mensen zelf meedenken en er minstens vijf maanden regelmatig aan meedoen.',
      'Te hoge verwachtingen van een nieuw contact of een activiteit kunnen tot teleurstelling leiden. Bespreek vooraf wat iemand mag verwachten.',
    ],
    source: 'wegwijs-movisie',
    where: '3. Lichte tot matige eenzaamheid',
    en: {
      name: 'People with mild to moderate loneliness',
      summary:
        'People who already feel lonely: therapy, social skills, practical support, meaningful contact, lasting meeting opportunities, a valued role and distraction.',
    },
  },
  {
    id: 'severe',
    number: 4,
    name: 'Mensen met ernstige eenzaamheid',
    description:
      'Deze mensen zijn ernstig eenzaam, vaak al lang en samen met andere problemen. Ze hebben vaak weinig vertrouwen in hulpverleners. Vaste, regelmatige aandacht is dan de eerste stap. Deskundige hulp moet passen bij alle problemen samen. Zorg ook dat er iemand is bij nood.',
    activities: [
      {
        name: 'Regelmatig contact houden',
        means: 'om weer vertrouwen te krijgen in formele en informele hulpverleners',
      },
      { name: 'Organiseren van achtervang', means: 'iemand die er is in geval van nood' },
      {
        name: 'Passende en integrale ondersteuning',
        means: 'door deskundige medewerkers, passend bij de verweven problemen',
      },
      {
        name: 'Doorbreken van stigmatisering',
        means: 'bijvoorbeeld documentaires of campagnes, zodat mensen niet worden buitengesloten',
      },
    ],
    cautions: [
      'Dring geen contact of activiteiten op zolang er nog geen vertrouwen is. Dat kan iemand verder laten terugtrekken. Bouw eerst rustig een band op met regelmatig, vast contact.',
      'Een groepsactiviteit of een snelle verwijzing is voor deze groep vaak een te grote stap. Ga mee, verwijs warm en blijf betrokken.',
      'Eenzaamheid is niet altijd weg te nemen. Verwacht geen snelle oplossing; aandacht en erover kunnen praten helpen al.',
    ],
    source: 'wegwijs-movisie',
    where: '4. Ernstige eenzaamheid',
    en: {
      name: 'People with severe loneliness',
      summary:
        'People who are severely lonely: regular contact to rebuild trust, a back-up for emergencies, integrated expert support and fighting stigma.',
    },
  },
];
