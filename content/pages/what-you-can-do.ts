import type { In, PublicPage } from '../../src/features/knowledge/content-schema.ts';

/**
 * Public page: what you can do about loneliness, for yourself, for someone else and as a
 * neighbourhood, and then per effective element (werkzaam element). In the spirit of Gemeente
 * Groningen, Sociale basis: actielijn eenzaamheid 2023-2026 ("Wat werkt? Wat kun je doen om
 * eenzaamheid te voorkomen of verminderen? Zelf, voor een ander of als gemeenschap"). The
 * concrete suggestions are ours.
 */
export const whatYouCanDoPage: In<typeof PublicPage> = {
  id: 'wat-kun-je-doen',
  title: 'Wat kun je doen?',
  intro:
    'Iedereen voelt zich weleens eenzaam. Het hoort bij het leven, en je kunt er iets aan doen: voor jezelf, voor iemand anders en samen met de buurt. Kleine dingen maken vaak al verschil. Hieronder vind je ideeën, geordend naar wat werkt tegen eenzaamheid. Wie meerdere dingen combineert, heeft er vaak het meeste aan.',
  sections: [
    {
      heading: 'Voor jezelf',
      body: 'Voel je je eenzaam? Dat is niets om je voor te schamen. Erover praten helpt al veel. Begin klein en kies iets wat bij je past.',
      points: [
        'Vertel iemand die je vertrouwt hoe je je voelt',
        'Zoek een bezigheid die je leuk vindt, alleen of samen',
        'Ga eens naar een activiteit of ontmoetingsplek in de buurt',
        'Neem zelf contact op met iemand die je al een tijd niet sprak',
        'Bel De Luisterlijn (088 0767 000) als je gewoon even je verhaal kwijt wilt',
      ],
    },
    {
      heading: 'Voor iemand anders',
      body: 'Denk je dat iemand in je omgeving eenzaam is? Aandacht is vaak het begin. Je hoeft niets op te lossen. Laat merken dat je er bent.',
      points: [
        'Maak een praatje en vraag hoe het echt gaat',
        'Nodig iemand uit voor koffie, een wandeling of een maaltijd',
        'Ga een keer mee naar een activiteit',
        'Bied hulp bij een klusje of boodschap',
        'Kijk op de pagina "Eenzaamheid herkennen en bespreekbaar maken" voor signalen en openingsvragen',
      ],
    },
    {
      heading: 'Als buurt',
      body: 'Een buurt waar mensen naar elkaar omzien, beschermt tegen eenzaamheid. Samen kun je zorgen dat niemand buiten de boot valt.',
      points: [
        'Organiseer een burendag, een straatbarbecue of een lange eettafel',
        'Heet nieuwe buren welkom',
        'Doe mee aan de Week tegen Eenzaamheid',
        'Maak een buurtapp of een lijst met wie wat kan en wie hulp zoekt',
        'Houd een oogje in het zeil bij buren die alleen wonen',
      ],
    },
    {
      heading: 'Bezigheden: afleiding, voldoening en plezier',
      body: 'Iets doen wat je leuk vindt, geeft afleiding en voldoening. Het helpt je de dag door en maakt je vaak ook blijer.',
      points: [
        'Pak een oude hobby weer op of probeer iets nieuws',
        'Ga wandelen, tuinieren of sporten',
        'Vraag een buur mee naar de bibliotheek, de markt of het buurthuis',
      ],
      elements: ['occupation'],
    },
    {
      heading: 'Ontmoeten: het gevoel erbij te horen',
      body: 'Mensen ontmoeten geeft het gevoel dat je erbij hoort. Dat kan op heel gewone plekken in de buurt.',
      points: [
        'Ga naar een inloop, een koffieochtend of een buurtmaaltijd',
        'Word lid van een club, koor of vereniging',
        'Maak een praatje op een bankje, in de winkel of bij de school',
      ],
      elements: ['meeting'],
    },
    {
      heading: 'Praktisch ondersteunen: er niet alleen voor staan',
      body: 'Hulp bij praktische dingen geeft het gevoel dat je er niet alleen voor staat. En het maakt contact vaak makkelijker.',
      points: [
        'Bied een buur aan om boodschappen mee te nemen',
        'Help met een klusje, de computer of een formulier',
        'Rijd iemand naar een afspraak of activiteit',
      ],
      elements: ['practical-support'],
    },
    {
      heading: 'Betekenisvol contact: een vertrouwensband met een ander',
      body: 'Soms mis je niet meer mensen, maar één iemand bij wie je echt jezelf kunt zijn. Een goed gesprek met iemand die je vertrouwt, kan veel doen.',
      points: [
        'Bel of bezoek geregeld iemand die je na staat',
        'Neem de tijd voor een echt gesprek en luister goed',
        'Word maatje of vraag zelf een maatje via de welzijnsorganisatie',
      ],
      elements: ['meaningful-contact'],
    },
    {
      heading: 'Betekenisvolle rol: ertoe doen, waardering en zelfvertrouwen',
      body: 'Iets betekenen voor een ander geeft waardering en zelfvertrouwen. Je merkt dat je ertoe doet.',
      points: [
        'Doe vrijwilligerswerk, ook als het maar een uurtje per week is',
        'Deel wat je kunt: leer iemand een vak, een taal of een spel',
        'Vraag iemand om hulp of advies: zo geef je die persoon een rol',
      ],
      elements: ['meaningful-role'],
    },
    {
      heading: 'Sociale vaardigheden: contact (kunnen) aangaan',
      body: 'Contact maken is niet voor iedereen makkelijk. Dat kun je oefenen, stap voor stap.',
      points: [
        'Begin met een kort praatje met de buren of in de winkel',
        'Volg een cursus over contact maken of vriendschap',
        'Ga samen met iemand naar een nieuwe plek, zodat het minder spannend is',
      ],
      elements: ['social-skills'],
    },
    {
      heading: 'Realistische verwachtingen: teleurstelling voorkomen',
      body: 'Contacten hoeven niet perfect te zijn. Wie verwacht dat één persoon of één activiteit alles oplost, raakt sneller teleurgesteld.',
      points: [
        'Ook een kort praatje of een los contact telt mee',
        'Geef een nieuw contact de tijd om te groeien',
        'Praat met iemand over wat je van vriendschap en contact verwacht',
      ],
      elements: ['realistic-expectations'],
    },
  ],
  source: 'groningen-actielijn-2023',
  where: 'Wat werkt? (zeven werkzame elementen)',
  en: { title: 'What can you do?' },
};
