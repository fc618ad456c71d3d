import type { In, Pilot } from '../../src/features/knowledge/content-schema.ts';

/**
 * The 20 pilot municipalities (koploperplaatsen, 2014-2016) of the project "Versterking lokale
 * aanpak eenzaamheid", with their lead organisation (kartrekker) as listed in bijlage 2 of the
 * Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017), and their practice example from
 * the boxes in hoofdstuk 2, in our own words. The handreiking gives no box for Utrecht and Weert;
 * for Weert we note the link the handreiking gives in hoofdstuk 3, for Utrecht a neutral line.
 * Hoofdstuk 2 also has a box for Den Helder ("Onderzoek en train-de-trainer"), which is not in the
 * list of bijlage 2 and so is not included here.
 */
export const pilots: In<typeof Pilot>[] = [
  {
    municipality: 'Alblasserdam',
    leadOrganisation: 'Stichting Welzijn Alblasserdam',
    example:
      'De coalitie tegen eenzaamheid in Alblasserdam richt zich op voorkomen. Daarvoor moet je eenzaamheid vroeg zien en het taboe doorbreken. Er waren acties in de Week tegen Eenzaamheid, een actie tegen eenzaamheid in de zomer, "Kerstsaam" en een winteractie in de donkere dagen. Vrijwilligers zijn getraind in signaleren. Een beleidsgroep zorgt voor visie en afstemming met zorg en welzijn. Een bezoekersgroep van vrijwilligers koppelt eenzame mensen aan bezoekende vrijwilligers van de verschillende organisaties.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Preventie"); bijlage 2',
  },
  {
    municipality: 'Amsterdam',
    leadOrganisation: 'Coalitie Erbij Amsterdam',
    example:
      'In Amsterdam ontstond de eerste lokale coalitie van maatschappelijke organisaties tegen eenzaamheid, zo\'n tien jaar voor deze handreiking uit 2017. De elf partners komen samen om informatie uit te wisselen en af te stemmen, onder meer over maatjesprojecten en de Week tegen Eenzaamheid. In die week is er een kaartjesactie "Lieve Amsterdammer" en een Kom erbij-festival. De coalitie coördineert ook initiatieven voor de langste eettafel in de wijken. Sinds 2016 geeft de gemeente eenzaamheid extra aandacht en geld en werkt zij nauw samen met de coalitie. De gemeente beschrijft de stedelijke aanpak in een "snapshot".',
    links: [
      'https://www.samentegeneenzaamheid.nl/nieuws/snapshot-aanpak-eenzaamheid-amsterdam',
      'https://www.amsterdam.nl/publish/pages/813474/snapshot_a3.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Eenzaamheid gemeentelijke prioriteit"); bijlage 2',
  },
  {
    municipality: 'Beesel',
    leadOrganisation: 'Synthese',
    example:
      'In Beesel vinden de partners dat een goede aanpak uit de mensen zelf moet komen, niet uit de bestuurskamer. In de Week tegen Eenzaamheid 2016 aten ruim tweehonderd mensen samen aan een lange tafel op de Rijksweg in Reuver. De jonge buurtvereniging De Bloom organiseerde dat. Zorg, welzijn, zorgboerderijen, buurtverenigingen, de parochie, burgerinitiatieven en de gemeente werken samen. Het opbouwwerk van Synthese trekt de samenwerking.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Uit de mensen zelf"); bijlage 2',
  },
  {
    municipality: 'Boxtel',
    leadOrganisation: 'Contour de Twern',
    example:
      'In Boxtel is de aanpak onderdeel van WoonWijs, een netwerk met projecten over wonen, bewegen, eenzaamheid en dementie. Vrijwilligers van (ouderen)organisaties zitten in de stuurgroep en professionals helpen bij de uitvoering. Er is veel aandacht voor ontmoeting, contact en vervoer: tuktuks brengen mensen die moeilijk de deur uit komen naar activiteiten, en de routes van buurtbussen worden bekeken. Andere projecten zijn eetgroepjes met buren ("Lekker opscheppen met de buren"), samen bewegen buiten met koffie na afloop (Beweegtuin) en Naaste Buur, een digitaal platform dat vraag en aanbod bij elkaar brengt.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Vervoer verbeteren"); bijlage 2',
  },
  {
    municipality: 'Breda',
    leadOrganisation: 'WIJ Breda',
    example:
      'In Breda is het motto "omdraaien": mensen die zich eenzaam voelen niet als slachtoffer zien, maar kijken naar zingeving en ertoe doen. Sinds 2014 werken welzijn, zorg, onderwijs, sport, kunst en cultuur, een woningcorporatie en de gemeente samen in Coalitie Erbij Breda. Vrijwilligers kunnen via de vrijwilligersacademie een e-learning over eenzaamheid volgen. Eenzaamheid is een thema in de wijkaanpak, en de trekkers van de wijkwerkgroepen zitten in de stedelijke werkgroep.',
    links: ['http://vrijwilligersacademie-breda.teachable.com/p/eenzaamheid'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Nadruk op \'omdraaien\'"); bijlage 2',
  },
  {
    municipality: 'Den Bosch',
    leadOrganisation: 'Humanitas / Welzijn Divers',
    example:
      'In Den Bosch is informatie over ontmoeten en nieuwe contacten makkelijk te vinden. Activiteiten en projecten staan op een pagina "Ontmoeting en contact" in de Bossche sociale kaart, en Welzijn Divers heeft een informatiepunt met dezelfde naam. Daar kun je mensen aanmelden voor een participatiecoach van Welzijn Divers (55-plussers) of een Tandem-vrijwilliger van Humanitas (jonger dan 55). Humanitas, Welzijn Divers en de gemeente trekken samen de campagne "Samen is leuker". Humanitas organiseert netwerkbijeenkomsten waar partners elkaar bijpraten.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Infopunt ontmoeting & contact"); bijlage 2',
  },
  {
    municipality: 'Diemen',
    leadOrganisation: 'Stichting Welzijn Diemen',
    example:
      'Gemeente, Stichting Welzijn Diemen en de GGD werkten samen en bedachten een nieuwe schakel tussen zorg en welzijn: de welzijnscoach. Huisartsen verwijzen steeds vaker naar de welzijnscoach. De campagne "Eenzaamheid in de Zorg" bracht zorgpartijen bij elkaar. Naast de kerngroep van gemeente, welzijn en GGD is er een brede werkgroep die elk jaar samenkomt en de Week tegen Eenzaamheid vormgeeft.',
    links: ['http://www.welzijndiemen.nl/index.php/welzijnscoach'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Welzijnscoach"); bijlage 2',
  },
  {
    municipality: 'Dordrecht',
    leadOrganisation: 'Humanitas',
    example:
      'In Dordrecht leidde de samenwerking tussen maatschappelijke organisaties tot gezamenlijke activiteiten, zoals een Kom erbij Festival, straatacties en Kerst-Inns. De partners delen ook kennis en maken samen visie en beleid. De gemeente nam eenzaamheid op in het Wmo-beleid, met steun voor kwetsbare en eenzame ouderen en trainingen in signaleren voor vrijwilligers. In 2017 is eenzaamheid een speerpunt bij de kleine subsidies.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Gezamenlijke activiteiten"); bijlage 2',
  },
  {
    municipality: 'Gouda',
    leadOrganisation: 'Palet Welzijn',
    example:
      'In Gouda en het nabije Waddinxveen werken partijen uit zorg, welzijn, wonen en vrijwilligersdiensten in platforms aan een blijvende aanpak van eenzaamheid bij ouderen. Ook de sociale teams doen mee. Omdat ze elkaars kennis en diensten kennen, zijn de lijnen kort en kunnen ze snel en goed doorverwijzen. De platforms delen kennis, ideeën en draaiboeken. Elk jaar is er de week "Zullen we samen ...".',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Korte lijnen"); bijlage 2',
  },
  {
    municipality: 'Groningen',
    leadOrganisation: 'Humanitas',
    example:
      'Groningen heeft speciale aandacht voor eenzaamheid onder jongeren. In 2016 ontstond een jeugdcoalitie met welzijn, ggz, CJG, jongerenwerk, onderwijs en maatschappelijk werk. Een stadsbrede Groninger Coalitie Erbij is in oprichting, en de aanpak is wijkgericht: wijken en werkers die willen, melden zich zelf en proberen nieuwe dingen uit. Er is een startnotitie. Humanitas trekt de aanpak vier jaar, met steun van de gemeente.',
    links: [
      'https://www.samentegeneenzaamheid.nl/sites/wte/files/startnotitie_aanpak_eenzaamheid_groningen_2016_def-_6_juli_2.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Jeugdcoalitie"); bijlage 2',
  },
  {
    municipality: 'Leusden',
    leadOrganisation: 'Welzijn Leusden',
    example:
      'Coalitie Erbij Leusden wil dat inwoners, vrijwilligers en professionals beter leren eenzaamheid te signaleren. Met een signaleringskaart leert iedereen het gesprek aan te gaan, en de eenzaamheidsambassadeurs van de coalitie krijgen een training in gesprekstechnieken. Ook caissières van een aantal supermarkten krijgen een training in het signaleren van eenzaamheid en dementie. Opvallend zijn de seniorvriendelijke babbelbankjes, die praatjes op straat uitlokken. In de coalitie zitten onder meer welzijn, gemeente, vrijwilligers, GGD, jongerenwerk, huisartsenpraktijken en wijkverpleging.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Deskundigheidsbevordering"); bijlage 2',
  },
  {
    municipality: 'Medemblik',
    leadOrganisation: 'De Wering',
    example:
      'In Medemblik zorgden de bestaande contacten van het sociaal werk met zorginstellingen, de gemeente en inwoners vanzelf voor verbindingen rond eenzaamheid, bijvoorbeeld toen ouderen langer thuis gingen wonen en dagbesteding voor hele groepen wegviel. Mensen worden actief doorverwezen. Wijkteams weten nu meer over vormen van eenzaamheid en wat je eraan kunt doen. Eenzaamheid heeft een plek in het beleid en de begroting van de gemeente.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Natuurlijke verbindingen"); bijlage 2',
  },
  {
    municipality: 'Middelburg',
    leadOrganisation: 'Resto VanHarte',
    example:
      'In Middelburg werken KunstEducatie Walcheren, Resto VanHarte en de Manteling samen in een kerngroep tegen eenzaamheid, met subsidie van de gemeente. Een kunstenaar in de wijk haalt mensen die meer contact willen uit huis naar het inloophuis om samen creatief bezig te zijn. In 2017 begon een cursus voor eenzame mensen. Op de agenda staan ook scholing van vrijwilligers en professionals en een portrettengalerij die eenzaamheid zichtbaar maakt. In de Week tegen Eenzaamheid 2016 organiseerden veel partners samen een Kom erbij Festival op Walcheren.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Kunst betrekken voor andere blik"); bijlage 2',
  },
  {
    municipality: 'Opsterland',
    leadOrganisation: 'Timpaan Welzijn',
    example:
      'Opsterland koos voor een integrale aanpak, gedragen door vrijwilligers- en professionele organisaties met een gedeelde visie op eigen regie en een sterker sociaal netwerk. Eerst werkten ze aan draagvlak en een visie, daarna voerden ze een actieplan uit, en tot slot evalueerden ze, stelden bij en legden het vast. De aanpak is onderdeel van het werk van de gebiedsteams, die in 2015 begonnen. Met een Kom erbij Week, filmpjes en media werken ze aan het doorbreken van het taboe.',
    links: ['http://www.timpaanwelzijn.nl/eenzaamheid'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Integrale aanpak"); bijlage 2',
  },
  {
    municipality: 'Rotterdam',
    leadOrganisation: 'Humanitas',
    example:
      'Coalitie Erbij Rotterdam ziet het ontwikkelen en delen van kennis over eenzaamheid als een belangrijke taak. In 2017 doen er ruim tachtig organisaties mee, uit onder meer welzijn, zorg, wonen, fondsen, vrijwilligerswerk, kunst en sociale ondernemingen. Eenzaamheid komt in Rotterdam relatief veel voor. Met het actieprogramma Voor Mekaar (2014) wil de gemeente eenzaamheid tegengaan, vooral onder ouderen: een ontmoetingscentrum in elke wijk, elk jaar bezoek van een welzijnsinstelling voor alle 75-plussers en een meldpunt sociaal isolement. De gemeente werkt daarin samen met de coalitie.',
    links: ['http://www.coalitieerbijrotterdam.nl/'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Brede coalitie"); bijlage 2',
  },
  {
    municipality: 'Utrecht',
    leadOrganisation: 'Nationaal Ouderenfonds',
    example:
      'De handreiking noemt Utrecht als een van de twintig koploperplaatsen, met het Nationaal Ouderenfonds als kartrekker. Een praktijkvoorbeeld uit Utrecht staat er niet in.',
    links: [],
    source: 'handreiking-2017',
    where: 'bijlage 2',
  },
  {
    municipality: 'Weert',
    leadOrganisation: 'Punt Welzijn',
    example:
      'De handreiking noemt Weert als een van de twintig koploperplaatsen, met Punt Welzijn als kartrekker. Er staat geen apart praktijkvoorbeeld in. Wel verwijst de handreiking bij de activiteit "Huiskamers voor ouderen" naar de website van De Huiskamer in Weert: een huiskamer waar ouderen die slecht lopen, zien of horen samen de dag doorkomen met een praatje en activiteiten.',
    links: ['http://www.dehuiskamerweert.nl'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3 (onderbouwde activiteiten, "Huiskamers voor ouderen"); bijlage 2',
  },
  {
    municipality: 'Winterswijk',
    leadOrganisation: 'Humanitas',
    example:
      'In Winterswijk raakte het bedrijfsleven betrokken bij eenzaamheid. Via de "Winterswijkse Uitdaging", een netwerk van bedrijven die stichtingen en verenigingen steunen, helpen bedrijven initiatiefnemers van activiteiten in wijk en dorp. Clubs en verenigingen wordt gevraagd meer te letten op het voorkomen en doorbreken van eenzaamheid. Zo kregen trainers, vertrouwenspersonen, bestuurders en vrijwilligers van sportverenigingen in de Week tegen Eenzaamheid een workshop over het herkennen van eenzaamheid. Eerst coördineerde Humanitas de aanpak, sinds 2017 het Sociaal Team van de gemeente.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Bedrijfsleven betrekken"); bijlage 2',
  },
  {
    municipality: 'Zoetermeer',
    leadOrganisation: 'Palet Welzijn',
    example:
      'In Zoetermeer begint de integrale aanpak bij OPEZ, het Open Platform tegen Eenzaamheid Zoetermeer. Zowel organisaties als inwoners die willen helpen, kunnen meedoen. Buddy Netwerk maakte in 2016 de Zoetermeerse Samen Schatkaart, op papier en online, om inwoners te inspireren. Organisaties en vrijwilligers leren werken met die kaart. Naast activiteiten door het hele jaar komt er elk jaar een groot overzicht van activiteiten voor de Week tegen Eenzaamheid.',
    links: [
      'http://www.samenschatkaart.nl/wp-content/themes/samenschatkaart/kaartzoetermeer.php',
      'https://www.zoetermeerwijzer.nl/zoeken?q=eenzaamheid',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Een open platform"); bijlage 2',
  },
  {
    municipality: 'Zwolle',
    leadOrganisation: 'Resto VanHarte',
    example:
      'Het projectteam "Zwolle Ontmoet" richt zich vooral op doen. Gaat iets mis, dan leren ze ervan en doen ze het de volgende keer anders. Ze kijken naar het positieve en vermijden het woord "eenzaamheid" zoveel mogelijk, omdat dat de doelgroep afschrikt. Resultaten: De Langste Eettafel in 2015 met ruim 300 bezoekers en een Kom erbij Festival in 2016 met meer dan 500 bezoekers. Op de website Samenzwolle.nl komen vraag en aanbod samen. Er is geen stadsbrede samenwerking, maar de partijen weten elkaar wel te vinden.',
    links: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 2 (kader "Gewoon doen"); bijlage 2',
  },
];
