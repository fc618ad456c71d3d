import type { In, Intervention } from '../../src/features/knowledge/content-schema.ts';

/**
 * Substantiated interventions (onderbouwde activiteiten) from chapter 3 of the Handreiking lokale
 * aanpak eenzaamheid (Coalitie Erbij, 2017), seed 001. These are the activities for which the source
 * names research, an impact measurement or a satisfaction survey. Per type (ontmoeting en
 * activiteiten / één-op-één / cursussen, gespreksgroepen en therapievormen) they are in the source's
 * alphabetical order. Names, years, figures and links come from the source; summaries and findings are
 * in our own words; the classification is Omzien's own judgement and says so in its rationale.
 */

/** The VU study of 2012 on social activities, linked for several activities in the source. */
const vu2012 = 'http://www.nidi.nl/shared/content/output/2012/vunidi-2012-schoenmakers.pdf';

export const substantiatedInterventions: In<typeof Intervention>[] = [
  // Ontmoeting en activiteiten
  {
    slug: 'allegoeds-vakanties',
    name: 'Allegoeds vakanties',
    summary:
      'Vakanties in een groep voor 65-plussers die veel zorg nodig hebben. Ze gaan samen met anderen op reis. Zo hebben ze een tijd gezelschap en het gevoel dat ze erbij horen.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Na de vakantie voelden deelnemers zich meer onderdeel van een groep. Ze waren positiever en gelukkiger, en voelden zich minder eenzaam.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: ['http://www.allegoedsvakanties.nl/', vu2012],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people', 'chronic-illness'],
      elements: ['occupation', 'meeting', 'practical-support'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Ons oordeel: een groepsvakantie geeft afleiding en gezelschap voor ouderen die door hun zorgvraag weinig weg kunnen. Dat helpt vooral bij een gemis aan mensen om je heen (sociale eenzaamheid). Het effect duurt waarschijnlijk kort als er thuis geen contact op volgt.',
    },
    en: {
      name: 'Allegoeds holidays',
      summary:
        'Group holidays for people aged 65 and over who need a lot of care, giving them company and a sense of belonging.',
    },
  },
  {
    slug: 'bij-bosshardt',
    name: 'Bij Bosshardt',
    summary:
      'Een plek in de buurt waar iedereen kan binnenlopen. Je kunt er koffie drinken, je verhaal kwijt, samen eten of meedoen met activiteiten. Bezoekers voelen zich er welkom en gezien.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Veel van de ondervraagde bezoekers vinden dat Bij Bosshardt hen helpt om minder eenzaam te zijn.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: ['http://www.legerdesheils.nl/bijbosshardt', vu2012],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone', 'low-ses'],
      elements: ['meeting', 'meaningful-contact', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'sheltered', 'hopefuls'],
      rationale:
        'Ons oordeel: een vaste, laagdrempelige plek met bekende gezichten helpt mensen die een kring om zich heen missen. Het luisterend oor maakt het meer dan alleen ontmoeten. Voor wie één hechte band mist, is een groep alleen vaak niet genoeg.',
    },
    en: {
      summary:
        'A neighbourhood place where anyone can drop in for coffee, a listening ear, a shared meal or an activity, and feel at home.',
    },
  },
  {
    slug: 'bridgen-denken-en-doen',
    name: 'Bridgen: denken en doen',
    summary:
      'Ouderen leren in een klein groepje bridgen van een ervaren docent. Ze hebben een gezamenlijke bezigheid en blijven zo meedoen in hun omgeving.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Na een jaar voelden deelnemers zich minder eenzaam dan bij de start. Ze waren ook meer tevreden over hoeveel contacten en ontmoetingen ze hadden.',
      foundBy: 'NIVEL',
      year: 2012,
    },
    links: [
      'http://www.bridge.nl/denken-en-doen/461-denken-en-doen-projectinhoud',
      'http://www.nivel.nl/sites/default/files/bestanden/Factsheet-Denken-en-Doen-eenzaamheid.pdf',
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
        'Ons oordeel: een vaste groep rond een spel geeft plezier en regelmatig contact. Dat past bij preventie en bij ouderen met een verhoogd risico die graag actief zijn. Het is vooral een antwoord op sociale eenzaamheid.',
    },
    en: {
      name: 'Bridge: thinking and doing',
      summary:
        'Older people learn bridge in a small group with an experienced teacher, which keeps them involved in their community.',
    },
  },
  {
    slug: 'buurtcirkel',
    name: 'Buurtcirkel',
    summary:
      'Een kleine groep kwetsbare mensen uit de buurt helpt elkaar, ieder met zijn eigen talenten. Een vrijwilliger begeleidt de groep; professionals kunnen stap voor stap minder doen. Deelnemers bouwen zo samen een netwerk op.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'De grootste winst is sociaal: deelnemers krijgen een groter netwerk, leren elkaar kennen en doen samen dingen. Een aantal deelnemers kwam zo uit een sociaal isolement.',
      foundBy: 'Movisie',
      year: 2017,
    },
    links: [
      'http://buurtcirkel.nl',
      'https://www.movisie.nl/sites/default/files/alfresco_files/Netwerken-in-de-buurt%20[MOV-12687804-1.0].pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['chronic-illness'],
      elements: ['meeting', 'practical-support', 'meaningful-role'],
      buildingBlocks: ['supporting'],
      profiles: ['sheltered', 'hopefuls'],
      rationale:
        'Ons oordeel: deelnemers krijgen niet alleen hulp, ze geven die ook. Dat geeft een rol en het gevoel dat je ertoe doet. De kleine, vaste groep past bij mensen die een veilig netwerk zoeken.',
    },
    en: {
      name: 'Neighbourhood circle',
      summary:
        'A small group of vulnerable neighbours, guided by a volunteer, who support each other using their own strengths and so build a network.',
    },
  },
  {
    slug: 'huiskamers-voor-ouderen',
    name: 'Huiskamers voor ouderen',
    summary:
      'Een huiskamer voor ouderen die slecht lopen, zien of horen en niet meer mee kunnen doen met gewone activiteiten. Ze praten er met elkaar en met vrijwilligers en doen samen iets leuks.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Bijna de helft van de deelnemers zegt gelukkiger of minder eenzaam te zijn. Driekwart komt vaker de deur uit of heeft nieuwe mensen leren kennen.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: ['http://www.dehuiskamerweert.nl', vu2012],
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
        'Ons oordeel: een kleine, vertrouwde huiskamer is een veilige plek voor ouderen die buiten de deur weinig meer kunnen. Het helpt vooral tegen het missen van mensen om je heen. Voor wie een partner mist, is het een aanvulling, geen vervanging.',
    },
    en: {
      name: 'Living rooms for older people',
      summary:
        'Living rooms where older people with poor mobility, sight or hearing chat and do things together with each other and with volunteers.',
    },
  },
  {
    slug: 'inloophuis-voor-dak-en-thuislozen',
    name: 'Inloophuis voor dak- en thuislozen',
    summary:
      'Een plek waar dak- en thuislozen en mensen met een drugsverslaving kunnen binnenlopen. Ze kunnen er douchen, schone kleren krijgen, eten en even tot rust komen. Zo raken ze minder geïsoleerd en blijven ze meer meedoen.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Een kwart van de bezoekers voelt zich door het inloophuis minder eenzaam of gelukkiger. Meer dan een derde heeft er nieuwe contacten gekregen.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: ['http://www.deregenboog.org/inloophuizen', vu2012],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social'],
      targetGroups: ['homeless', 'low-ses'],
      elements: ['practical-support', 'meeting', 'occupation'],
      buildingBlocks: ['supporting'],
      profiles: ['outsiders', 'survivors'],
      rationale:
        'Ons oordeel: praktische hulp (een douche, kleren, een maaltijd) is hier de eerste stap, en daarna volgt contact. Dat past bij mensen die buiten de gewone samenleving leven of vooral bezig zijn met overleven. Het inloophuis vraagt weinig en biedt een vaste plek.',
    },
    en: {
      name: 'Drop-in centre for homeless people',
      summary:
        'A drop-in centre where homeless people and drug users can shower, get clean clothes, eat and relax, which reduces their isolation.',
    },
  },
  {
    slug: 'resto-vanharte',
    name: 'Resto VanHarte',
    summary:
      'Een of twee avonden per week kun je er voor weinig geld een gezond driegangendiner eten. Dat gebeurt meestal in een school of buurthuis die voor de avond een buurtrestaurant is. Zo ontmoeten buurtbewoners elkaar aan tafel.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Resto VanHarte vroeg bezoekers in 2012, 2013 en 2014 wat ze ervan vonden. Van de bezoekers zei 30%, 37% en 59% (per jaar) zich minder eenzaam te voelen door het restaurant. Movisie nam deze cijfers op in de beschrijving in de databank Effectieve sociale activiteiten.',
      foundBy:
        'Movisie (databank Effectieve sociale activiteiten), met tevredenheidsonderzoek van Resto VanHarte',
      year: 2016,
    },
    links: [
      'http://www.restovanharte.nl/',
      'https://www.movisie.nl/sites/default/files/alfresco_files/Methodebeschrijving_Resto_VanHarte%20[MOV-9023265-1.1].pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone', 'low-ses', 'singles'],
      elements: ['meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Ons oordeel: samen eten is een makkelijke en goedkope manier om buren te ontmoeten. Dat past bij preventie en bij mensen die een kring om zich heen missen, zoals mensen die alleen wonen. Voor emotionele eenzaamheid is het niet genoeg.',
    },
    en: {
      summary:
        'One or two evenings a week, an affordable healthy three-course dinner in a school or community centre turned neighbourhood restaurant, where neighbours meet.',
    },
  },
  {
    slug: 'vier-het-leven',
    name: 'Vier het Leven',
    summary:
      'Culturele uitjes voor 65-plussers die niet graag alleen ergens heen gaan. Een gastheer of gastvrouw haalt hen thuis op en brengt hen na afloop weer veilig thuis. Onderweg en in de pauze is er tijd voor een gesprek.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'De uitjes helpen om het gevoel van eenzaamheid te verminderen. Dat komt vooral door de persoonlijke aandacht van de vrijwilligers en de gesprekken in de auto, in de pauze en na de voorstelling.',
      foundBy: 'Landelijk Expertisecentrum Sociale Activiteiten',
      year: 2013,
    },
    links: [
      'https://www.4hetleven.nl/',
      'https://www.4hetleven.nl/blobs/vhl/81491/2013/52/LESI_onderzoek_Vier_het_Leven.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['occupation', 'meeting', 'practical-support', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'left-behind', 'hopefuls'],
      rationale:
        'Ons oordeel: het ophalen en thuisbrengen neemt een drempel weg voor ouderen die niet alleen op stap willen, bijvoorbeeld na het verlies van een partner. De uitjes geven plezier en contact. Dat helpt vooral bij sociale eenzaamheid.',
    },
    en: {
      name: 'Celebrate Life',
      summary:
        'Cultural outings for people aged 65 and over who do not like going out alone; a host picks them up at home and brings them back.',
    },
  },
  {
    slug: 'zonnebloem-vakanties',
    name: 'Zonnebloem vakanties',
    summary:
      'Groepsvakanties voor mensen met een lichamelijke beperking die niet met een gewone reisorganisatie op vakantie kunnen. Vrijwilligers, vaak met ervaring in de zorg, zorgen voor de nodige verzorging en verpleging.',
    type: 'meeting',
    evidence: {
      level: 'substantiated',
      finding:
        'Deelnemers voelen zich na de vakantie gelukkiger en positiever. Ze hebben meer het gevoel erbij te horen en zijn minder eenzaam.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: ['https://www.zonnebloem.nl/vakanties', vu2012],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['chronic-illness'],
      elements: ['occupation', 'meeting', 'practical-support'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'hopefuls'],
      rationale:
        'Ons oordeel: door de zorg onderweg kunnen mensen met een beperking toch mee op reis en zijn ze een tijd onder de mensen. Dat past bij sociale eenzaamheid. Het is een tijdelijke opsteker, dus vervolgcontact thuis blijft nodig.',
    },
    en: {
      name: 'Zonnebloem holidays',
      summary:
        'Group holidays for people with a physical disability, with care provided by volunteers, who cannot travel with a regular tour operator.',
    },
  },

  // Eén-op-één-activiteiten
  {
    slug: 'activerend-huisbezoek',
    name: 'Activerend huisbezoek',
    summary:
      'Een vrijwilliger komt elke week bij een oudere thuis. De bezoeker volgt een vaste methode. Die is erop gericht dat de oudere meer steun krijgt, actiever wordt en beter voor zichzelf kan zorgen.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'Huisbezoek heeft een gunstig effect op eenzaamheid. Movisie noemt dit onderzoek in haar Verkenning Eenzaamheid (2010).',
      foundBy: 'Kuilman, Kocken & Van der Lee',
      year: 2005,
    },
    links: [
      'https://www.movisie.nl/esi/activerend-huisbezoek-ouderen',
      'https://www.movisie.nl/sites/default/files/alfresco_files/Verkenning%20Eenzaamheid%20%5BMOV-315712-0.4%5D.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people'],
      elements: ['meaningful-contact', 'practical-support', 'occupation'],
      buildingBlocks: ['supporting', 'recognising'],
      profiles: ['sheltered', 'left-behind', 'hopefuls'],
      rationale:
        'Ons oordeel: het vaste contact met één bezoeker geeft een band van vertrouwen, en de bezoeker helpt de oudere stap voor stap weer op weg. Bij het bezoek valt ook op wat iemand verder nodig heeft. Omdat het één-op-één is, werkt het niet averechts bij emotionele eenzaamheid.',
    },
    en: {
      name: 'Activating home visits',
      summary:
        'A volunteer visits an older person at home every week, following a method aimed at more social support, activity and self-reliance.',
    },
  },
  {
    slug: 'bezoekdienst-weduwen-en-weduwnaars',
    name: 'Bezoekdienst weduwen en weduwnaars',
    summary:
      'Vrijwilligers die zelf hun partner verloren, gaan een of twee keer per maand op bezoek bij mensen van wie de partner drie tot zes maanden eerder overleed. Ze steunen bij de rouw. Zo wordt de kans kleiner dat iemand eenzaam of geïsoleerd raakt.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'Uit een trial blijkt dat de bezoekdienst goed werkt voor weduwen en weduwnaars die sociaal eenzaam zijn, weinig opleiding hebben of lichamelijk ziek zijn. De kans op eenzaamheid en isolement wordt kleiner. De Databank Effectieve sociale activiteiten meldt dit.',
      foundBy: 'Onrust (trial, vermeld in de Databank Effectieve sociale activiteiten)',
      year: 2008,
    },
    links: [
      'https://www.movisie.nl/sites/default/files/alfresco_files/Methodebeschrijving%20Bezoekdienst%20voor%20weduwen%20en%20weduwnaars%20%5BMOV-63815-0.2%5D.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['emotional', 'social'],
      targetGroups: ['widowed-divorced', 'life-event'],
      elements: ['meaningful-contact', 'realistic-expectations'],
      buildingBlocks: ['supporting', 'recognising'],
      profiles: ['left-behind', 'sheltered'],
      rationale:
        'Ons oordeel: de bezoeker kent het verlies uit eigen ervaring. Dat geeft vertrouwen en helpt om het verlies een plek te geven. Het grijpt vroeg in na een ingrijpende gebeurtenis, dus past goed bij preventie voor mensen met een verhoogd risico.',
    },
    en: {
      name: 'Visiting service for widows and widowers',
      summary:
        'Volunteers who lost a partner themselves visit people widowed three to six months earlier, supporting their grief and lowering the risk of loneliness.',
    },
  },
  {
    slug: 'maatjesprojecten-regenboog-groep',
    name: 'Maatjesprojecten Regenboog Groep',
    summary:
      'Maatjes voor mensen met sociale problemen, daklozen, verslaafden en mensen met psychiatrische klachten. Bij Psychiatrie maatje (eerder: Vriendendienst) oefent iemand een jaar lang met een maatje in het omgaan met anderen. Bij Versterk je netwerk helpt een vrijwillige netwerkcoach om het netwerk groter of weer sterker te maken.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'Bijna de helft van de deelnemers voelt zich door het maatjesproject minder eenzaam.',
      foundBy: 'Vrije Universiteit',
      year: 2012,
    },
    links: [
      'http://www.deregenboog.org/eenzaamheid',
      'http://www.deregenboog.org/psychiatrie-maatje',
      'http://www.deregenboog.org/file/versterk-je-netwerk',
      vu2012,
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['chronic-illness', 'homeless', 'low-ses'],
      elements: ['meaningful-contact', 'social-skills', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'outsiders', 'dependants'],
      rationale:
        'Ons oordeel: een maatje geeft een vaste, betekenisvolle band en oefent met contact met anderen. Dat past bij mensen die al lang eenzaam zijn en vaak ook andere problemen hebben. De netwerkcoach helpt daarna om meer mensen om je heen te krijgen.',
    },
    en: {
      name: 'Buddy projects of the Regenboog Groep',
      summary:
        'Buddy projects for people with social or psychiatric problems, homeless people and addicts: a buddy to practise contact with others, or a volunteer network coach.',
    },
  },
  {
    slug: 'netwerkcoach',
    name: 'Netwerkcoach',
    summary:
      'Een getrainde vrijwilliger coacht iemand bij zijn sociale netwerk: herstellen, sterker maken, opbouwen of uitbreiden. De cliënt doet het zelf, de coach helpt en moedigt aan.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'Cliënten kregen meer eigenwaarde, meer energie en meer zelfvertrouwen, en hun sociale vaardigheden werden beter. Dat kan direct en indirect leiden tot een groter en sterker netwerk.',
      foundBy: 'Universiteit van Amsterdam',
      year: 2013,
    },
    links: [
      'https://www.movisie.nl/esi/natuurlijk-netwerkcoach',
      'http://www.hva.nl/binaries/content/assets/subsites/kc-mr/assets_1/131127-rapport-verspreiding-gebruik-en-effectiviteit-in-goede-opmaak_def-1',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social'],
      targetGroups: ['everyone'],
      elements: ['social-skills', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['hopefuls', 'left-behind'],
      rationale:
        'Ons oordeel: de coach werkt aan zelfvertrouwen en vaardigheden, zodat iemand zelf weer contacten legt. Dat past bij mensen die wel contact willen maar niet weten hoe ze het aanpakken. De activiteit is niet aan één doelgroep gebonden.',
    },
    en: {
      name: 'Network coach',
      summary:
        'A trained volunteer coaches a client to restore, strengthen, build or extend their social network.',
    },
  },
  {
    slug: 'oopoeh',
    name: 'OOPOEH (Ouderen Passen Op Een Huisdier)',
    summary:
      'Ouderen zijn maatje van een huisdier uit de buurt: ze passen erop en gaan er bijvoorbeeld mee wandelen. Via de baasjes van de dieren leren ze nieuwe mensen kennen.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding: 'Een impactmeting laat zien dat ouderen door OOPOEH meer sociale contacten hebben.',
      foundBy: 'PwC',
      year: 2016,
    },
    links: ['http://www.oopoeh.nl/', 'http://www.oopoeh.nl/pdf/impact_meting_2015_2016.pdf'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['older-people'],
      elements: ['occupation', 'meaningful-role', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'compensators', 'sheltered'],
      rationale:
        'Ons oordeel: zorgen voor een dier geeft een taak, een ritme en het gevoel nodig te zijn. Het contact met de baasjes groeit vanzelf, zonder dat het om eenzaamheid draait. Dat past ook bij mensen die liever iets doen dan praten.',
    },
    en: {
      name: 'OOPOEH (Older People Look After a Pet)',
      summary:
        'Older people act as a buddy for a neighbourhood pet and make new contacts through the owners.',
    },
  },
  {
    slug: 'samen-online',
    name: 'Samen Online',
    summary:
      'Studenten geven ouderen les in het gebruik van de computer en internet. Jong en oud komen zo met elkaar in contact. Ouderen leren digitale basisvaardigheden en kunnen daarna makkelijker contact houden met anderen.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'De meeste cursisten gebruiken internet meer, zowel direct na de cursus als een tijd later. Ze gebruiken ook vaker functies om contact te houden, zoals e-mail en Skype.',
      foundBy: 'Movisie',
      year: 2013,
    },
    links: [
      'https://www.movisie.nl/sites/default/files/samen-online-inspiratieboekje.pdf',
      'http://www.databank-antidiscriminatie.nl/sites/default/files/field_bijlagen/Eindrapport%20Samen%20Online%20maart%202014%20def.pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['not-lonely', 'at-risk'],
      lonelinessTypes: ['social'],
      targetGroups: ['older-people'],
      elements: ['practical-support', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['actives', 'sheltered'],
      rationale:
        'Ons oordeel: digitale vaardigheden zijn praktische steun die helpt om bestaande contacten vast te houden. Het past vooral bij preventie en bij ouderen die hun netwerk dreigen kwijt te raken. Het contact met de student is een extra ontmoeting tussen generaties.',
    },
    en: {
      name: 'Online Together',
      summary:
        'Students teach older people to use computers and the internet, bringing young and old together and helping older people keep in touch.',
    },
  },
  {
    slug: 'vriendschappelijk-huisbezoek',
    name: 'Vriendschappelijk huisbezoek',
    summary:
      'Een vrijwilliger komt op bezoek voor gesprekken als tussen vrienden, die steun geven. Het is geen hulpverlening. Het is bedoeld voor mensen die contact missen en het moeilijk vinden dat zelf te regelen.',
    type: 'one-to-one',
    evidence: {
      level: 'substantiated',
      finding:
        'Huisbezoek heeft een gunstig effect op eenzaamheid. Movisie noemt dit onderzoek in haar Verkenning Eenzaamheid (2010).',
      foundBy: 'Kuilman, Kocken & Van der Lee',
      year: 2005,
    },
    links: [
      'https://www.humanitas.nl/programmas/vriendschappelijk-huisbezoek/',
      'https://www.movisie.nl/sites/default/files/alfresco_files/Verkenning%20Eenzaamheid%20[MOV-315712-0.4].pdf',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate', 'severe'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people', 'singles'],
      elements: ['meaningful-contact'],
      buildingBlocks: ['supporting', 'recognising'],
      profiles: ['sheltered', 'left-behind', 'dependants', 'hopefuls'],
      rationale:
        'Ons oordeel: een vaste bezoeker geeft een persoonlijke band en regelmatig contact, ook voor wie niet naar een groep wil of kan. Dat helpt bij ernstige eenzaamheid om weer vertrouwen in anderen te krijgen. Bij het bezoek valt ook op wat iemand verder nodig heeft.',
    },
    en: {
      name: 'Friendly home visits',
      summary:
        'A volunteer visits someone for friendly, supportive conversations, for people who miss contact and find it hard to arrange it themselves.',
    },
  },

  // Cursussen, gespreksgroepen en therapievormen
  {
    slug: 'community-support',
    name: 'Community Support',
    summary:
      'Hulp aan mensen met een beperking, waarbij hun eigen sociale netwerk een grote rol krijgt. Het doel is zo zelfstandig mogelijk leven in een omgeving die ze zelf kiezen. Professionals vullen aan waar het netwerk dat niet kan.',
    type: 'course',
    evidence: {
      level: 'substantiated',
      finding:
        'Twee onderzoeken, uit 2009 en 2012, laten zien dat de methode eenzaamheid vermindert. De Databank Effectieve sociale activiteiten van Movisie meldt dit.',
      foundBy: 'Movisie (Databank Effectieve sociale activiteiten)',
      year: 2012,
    },
    links: [
      'http://www.communitysupport.nl/hulpverlening/begeleiding.htm',
      'https://www.movisie.nl/esi/community-support',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['mild-moderate', 'severe'],
      lonelinessTypes: ['social'],
      targetGroups: ['chronic-illness'],
      elements: ['practical-support', 'meaningful-contact'],
      buildingBlocks: ['supporting'],
      profiles: ['dependants', 'hopefuls', 'survivors'],
      rationale:
        'Ons oordeel: de methode zet het netwerk rond iemand in, met professionele hulp ernaast. Dat past bij mensen die veel steun nodig hebben of erg op één hulpverlener leunen. Zo komt er meer contact in het dagelijks leven.',
    },
    en: {
      summary:
        'Professional support for people with a disability that draws on their own social network, so they can live as independently as possible where they choose.',
    },
  },
  {
    slug: 'grip-en-glans',
    name: 'Grip en Glans',
    summary:
      'Een cursus van zes bijeenkomsten. Deelnemers kijken samen naar waar ze staan in hun leven. Dat helpt hen om keuzes te maken en te zien wat ze zelf kunnen verbeteren.',
    type: 'course',
    evidence: {
      level: 'substantiated',
      finding:
        'Onderzoek laat zien dat deelnemers na de groepscursus minder eenzaam zijn. De Databank Effectieve sociale activiteiten van Movisie meldt dit.',
      foundBy: 'Movisie (Databank Effectieve sociale activiteiten)',
      year: 2006,
    },
    links: ['http://www.gripenglans.nl/', 'https://www.movisie.nl/esi/grip-glans-groepscursus'],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'existential'],
      targetGroups: ['older-people'],
      elements: ['realistic-expectations', 'social-skills'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'compensators', 'hopefuls'],
      rationale:
        'Ons oordeel: nadenken over je eigen leven en keuzes helpt om verwachtingen bij te stellen en zelf stappen te zetten. Dat raakt ook aan zin en richting in het leven. Het past bij mensen die zelf iets willen veranderen.',
    },
    en: {
      name: 'Grip and Glow',
      summary:
        'A six-session group course that helps participants reflect on where they stand in life, make choices and see what they can improve themselves.',
    },
  },
  {
    slug: 'online-vriendschapscursus-50-plus',
    name: 'Online vriendschapscursus 50+',
    summary:
      'Een cursus via internet voor mensen die meer uit hun vriendschappen willen halen. Na een inleiding volgen twee blokken van vijf lessen. De hele cursus duurt elf weken.',
    type: 'course',
    evidence: {
      level: 'substantiated',
      finding: 'Onderzoek laat zien dat de cursus helpt om minder eenzaam te worden.',
      foundBy: 'Vrije Universiteit',
      year: 2016,
    },
    links: [
      'http://www.vriendschapscursus-vu.nl/site/index.php',
      'http://journals.sagepub.com/doi/full/10.1177/0265407516659158',
    ],
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
        'Ons oordeel: de cursus werkt aan het verdiepen van vriendschappen en aan wat je ervan verwacht. Daarmee kan het ook helpen als je een hechte band mist. Omdat het online is, kun je het thuis en in je eigen tempo doen.',
    },
    en: {
      name: 'Online friendship course 50+',
      summary:
        'An eleven-week online course for people over 50 who want to get more out of their friendships.',
    },
  },
  {
    slug: 'vrienden-maken-kun-je-leren',
    name: 'Vrienden maken kun je leren',
    summary:
      'Een cursus voor mensen die hun vriendschappen willen vasthouden. Deelnemers praten met elkaar over vriendschap en hun eigen rol daarin. Ze werken aan zelfvertrouwen, kijken naar hun wensen en grenzen en stellen zo nodig hun verwachtingen bij.',
    type: 'course',
    evidence: {
      level: 'substantiated',
      finding:
        'Twee onderzoeken, uit 2008 en 2009, laten allebei zien dat deelnemers na de cursus minder eenzaam zijn. De Databank Effectieve sociale activiteiten van Movisie verwijst hiernaar.',
      foundBy: 'Movisie (Databank Effectieve sociale activiteiten)',
      year: 2009,
    },
    links: [
      'http://www.rodekruis.nl/afdeling/voorschoten/actueel/nieuws/publishingimages/folder%20cursus%20vrienden%20maken.pdf',
      'https://www.movisie.nl/esi/vrienden-makenkun-je-leren',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['everyone'],
      elements: ['social-skills', 'realistic-expectations', 'meeting'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'compensators', 'hopefuls'],
      rationale:
        'Ons oordeel: de cursus combineert sociale vaardigheden met realistische verwachtingen, twee werkzame elementen die samen sterker zijn. Het werken aan vriendschap kan ook helpen als je een hechte band mist. Het past bij mensen die zelf iets willen doen aan hun contacten.',
    },
    en: {
      name: 'Making friends can be learned',
      summary:
        'A course for people who want to keep their friends, working on self-confidence, wishes and boundaries, and realistic expectations of friendship.',
    },
  },
  {
    slug: 'zin-in-vriendschap',
    name: 'Zin in vriendschap',
    summary:
      'Een cursus die in kleine stappen werkt naar nieuwe vriendschappen of naar diepere contacten met mensen die je al kent.',
    type: 'course',
    evidence: {
      level: 'substantiated',
      finding:
        'Drie onderzoeken laten zien dat deelnemers na de cursus meer vrienden hebben en zich meestal minder eenzaam voelen. De Databank Effectieve sociale activiteiten van Movisie verwijst hiernaar.',
      foundBy: 'Movisie (Databank Effectieve sociale activiteiten)',
    },
    links: [
      'https://www.movisie.nl/sites/default/files/alfresco_files/Methodebeschrijving%20Zin%20in%20vriendschap%20[MOV-53246-0.2].pdf',
      'https://www.movisie.nl/esi/zin-vriendschap',
    ],
    source: 'handreiking-2017',
    where: 'hoofdstuk 3',
    classification: {
      groups: ['at-risk', 'mild-moderate'],
      lonelinessTypes: ['social', 'emotional'],
      targetGroups: ['older-people', 'singles'],
      elements: ['social-skills', 'realistic-expectations'],
      buildingBlocks: ['supporting'],
      profiles: ['left-behind', 'compensators', 'hopefuls'],
      rationale:
        'Ons oordeel: de cursus helpt om zelf actief vriendschappen te sluiten en te verdiepen. Dat werkt voor wie een kring mist en voor wie een hechte band mist. Het past bij mensen die contact willen en er zelf aan willen werken.',
    },
    en: {
      name: 'Up for friendship',
      summary:
        'A course that works in small steps towards making new friends or deepening existing contacts.',
    },
  },
];
