import type { BuildingBlock, In } from '../../src/features/knowledge/content-schema.ts';

/**
 * The six building blocks (bouwstenen, "onderdelen") of a local approach to loneliness.
 * The descriptions follow the Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017),
 * hoofdstuk 2, "Op welk deel van het geheel richt u zich?", with Groningen's aim per block.
 * The examples at network level and neighbourhood level are all those of the table "Wat gaan we
 * doen?" in Gemeente Groningen, Sociale basis: actielijn eenzaamheid 2023-2026 (seed 000);
 * network examples that name a tool, website or training come from the handreiking. In our own
 * words; names of tools, websites and programmes as the sources give them.
 */
export const buildingBlocks: In<typeof BuildingBlock>[] = [
  {
    id: 'awareness',
    name: 'Bewustwording en agenderen',
    description:
      'Mensen en organisaties moeten weten dat eenzaamheid voorkomt, wat het doet met mensen en met de samenleving, en dat ze er samen iets aan kunnen doen. Zonder dat besef komt er geen gerichte aanpak. Aansluiten bij de landelijke Week tegen Eenzaamheid is een goed begin. Groningen wil hiermee het taboe doorbreken, eenzaamheid normaal maken (het hoort bij het leven) en het bespreekbaar maken.',
    networkExamples: ['De Week tegen Eenzaamheid, ook landelijk', 'Campagnes in de hele gemeente'],
    neighbourhoodExamples: [
      "Eenzaamheid verbinden met andere thema's, programma's en activiteiten van de sociale basis",
      'Een positieve insteek kiezen',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Awareness and agenda-setting',
      summary:
        'Make people and organisations aware that loneliness exists, what it causes and that they can act on it together.',
    },
  },
  {
    id: 'recognising',
    name: 'Herkennen en vinden',
    description:
      'Bijna niemand zegt openlijk dat hij of zij eenzaam is, want er rust een taboe op. Toch zijn er lichamelijke en sociale signalen en signalen in iemands omgeving die op eenzaamheid kunnen wijzen. Signaleringskaarten helpen om die te herkennen. Groningen wil de groep mensen die signaleert groter maken en beter toerusten.',
    networkExamples: [
      'Train-de-trainer voor sleutelfiguren uit de wijk en andere partijen die ertoe doen',
      'Signaleringskaarten gebruiken, bijvoorbeeld van NHL Hogeschool en Timpaan Welzijn, van Coalitie Erbij of van Willie Oldengarm',
      'Ouderenadviseurs meer laten doen met de signalen van eenzaamheid die zij opvangen',
      'Nagaan waarom ouderen niet reageren op een uitnodiging van de ouderenadviseur; eenzaamheid of isolement kan de reden zijn',
    ],
    neighbourhoodExamples: [
      'Het netwerk van signaleerders in de wijk uitbreiden, van huisarts tot energiecoach',
      'Welzijn op Recept inzetten',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Recognising and finding',
      summary:
        'Loneliness is rarely spoken about, so find lonely people by recognising physical, social and environmental signs, for instance with signalling cards.',
    },
  },
  {
    id: 'supporting',
    name: 'Ondersteunen en activeren',
    description:
      'Als u weet wie er eenzaam is, kunt u die mensen steunen en helpen om weer mee te doen. Er zijn tientallen activiteiten die u in uw gemeente kunt inzetten of zelf kunt ontwikkelen. Groningen wil de sociale basis versterken met een breed aanbod, van lichte tot zwaardere steun, dat aansluit bij de werkzame elementen tegen eenzaamheid.',
    networkExamples: [
      'Bestaande ondersteuning versterken waar dat nodig is',
      'Nieuwe interventies introduceren, zoals Join Us voor jongeren',
    ],
    neighbourhoodExamples: [
      'Verbindende activiteiten stimuleren, bijvoorbeeld met sport en cultuur',
      'Bewoners doorverwijzen naar ondersteuning als ze daar behoefte aan hebben',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Supporting and activating',
      summary:
        'Support lonely people and help them take part again, using the many activities available or developing your own.',
    },
  },
  {
    id: 'expertise',
    name: 'Kwaliteit en deskundigheid',
    description:
      'De mensen die eenzame mensen bereiken, vinden en steunen, moeten weten wat ze doen en hun werk zo goed mogelijk doen. Er zijn trainingen, een e-learning en een werkboek om die deskundigheid te vergroten en vast te houden. Groningen wil professionals (zoals WIJ, POH en thuiszorg) en vrijwilligers beter toerusten in wat werkt, in het omgaan met schroom en handelingsverlegenheid en in het voeren van het gesprek.',
    networkExamples: [
      'Trainingen, sprekers en inspiratie over eenzaamheid',
      'Eenzaamheid verbinden met positieve gezondheid, motiverende gespreksvoering en dergelijke',
      'Een gratis e-learning van de vrijwilligersacademie in Breda over het signaleren en bespreekbaar maken van eenzaamheid, voor vrijwilligers en beroepskrachten',
      'Het werkboek "Eenzaam ben je niet alleen" van de Wmo-werkplaatsen, over luisteren naar de persoon en samen de volgende stappen bepalen',
      'Een overzicht van meer dan vijftien trainingen en workshops op de site van Coalitie Erbij',
    ],
    neighbourhoodExamples: [
      'Eenzaamheid met kennis van zaken meenemen in de contacten met bewoners',
      'Bewoners zo naar de juiste ondersteuning leiden',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Quality and expertise',
      summary:
        'Make sure everyone who reaches and supports lonely people is skilled, through training, e-learning and guidance.',
    },
  },
  {
    id: 'cooperation',
    name: 'Afstemmen en samenwerken',
    description:
      'Of de aanpak prettig, makkelijk en effectief is, hangt voor een groot deel af van goede samenwerking tussen alle partijen. Investeer daarom in die samenwerking. Groningen wil de aanpak beter op elkaar afstemmen: praktisch in de wijk en inhoudelijk (ook) in het netwerk voor de hele gemeente.',
    networkExamples: [
      'Het kennisnetwerk Eensamen050 inspireert, ontwikkelt en ondersteunt de aanpak in de wijken',
      'Een actieve kerngroep en een bredere groep aangesloten partijen',
    ],
    neighbourhoodExamples: [
      'De aanpak op het niveau van de wijk of het gebied invullen',
      'Aansluiten bij de netwerken die er in de gebieden al zijn',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Coordination and cooperation',
      summary:
        'Good cooperation between all parties largely decides whether the approach works, so invest in it.',
    },
  },
  {
    id: 'findability',
    name: 'Vindbaarheid van informatie',
    description:
      'Iedereen die meedoet, moet snel algemene en lokale informatie over eenzaamheid kunnen vinden. Kennis bepaalt hoe mensen erover denken en of ze zich actief en blijvend inzetten. U kunt bronnen van anderen gebruiken of ze als voorbeeld nemen voor uw eigen lokale informatie. Groningen wil dat bewoners en verwijzers ontmoetingsplekken, activiteiten en ondersteuning beter kunnen vinden.',
    networkExamples: [
      'De website www.eensamen050.nl, vooral voor verdiepende informatie en specifieke interventies',
      'De sites www.eenzaam.nl en www.samentegeneenzaamheid.nl van Coalitie Erbij',
      'Het Wat werkt-dossier van Movisie',
      'De themapagina Eenzaamheid van het ministerie van VWS',
      'Lokale voorbeelden: de site van Coalitie Erbij Rotterdam, de Snapshot Eenzaamheid Amsterdam, informatie van de gemeente Zoetermeer en de Facebookpagina van de Haagse Community tegen Eenzaamheid',
    ],
    neighbourhoodExamples: [
      'Bewoners kunnen informatie vinden over waar ze terechtkunnen voor activiteiten of ondersteuning als ze dat nodig hebben',
    ],
    source: 'handreiking-2017',
    where:
      'hoofdstuk 2; voorbeelden: Groningen, actielijn eenzaamheid 2023-2026, tabel "Wat gaan we doen?"',
    en: {
      name: 'Findability of information',
      summary:
        'Make general and local information about loneliness, activities and support easy to find for everyone involved.',
    },
  },
];
