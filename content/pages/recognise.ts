import type { In, PublicPage } from '../../src/features/knowledge/content-schema.ts';

/**
 * Public page: how to recognise loneliness and talk about it, for everyone. Based on the
 * Handreiking lokale aanpak eenzaamheid (Coalitie Erbij, 2017), hoofdstuk 2 ("Herkennen en
 * vinden" names physical, social and environmental signs and three signalling cards; the tips
 * advise approaching people from their strengths and avoiding the word "eenzaamheid"). The
 * signs are the kind of signs such signalling cards list, written in our own words. The help
 * numbers are added for residents.
 */
export const recognisePage: In<typeof PublicPage> = {
  id: 'eenzaamheid-herkennen',
  title: 'Eenzaamheid herkennen en bespreekbaar maken',
  intro:
    'Bijna niemand zegt hardop dat hij of zij eenzaam is. Mensen schamen zich vaak, en je ziet het niet aan de buitenkant. Toch zijn er signalen die erop kunnen wijzen. Op deze pagina lees je waar je op kunt letten, hoe je het gesprek begint en waar je terechtkunt voor hulp.',
  sections: [
    {
      heading: 'Signalen herkennen',
      body: 'Er zijn lichamelijke signalen, sociale signalen en signalen in iemands huis en omgeving. Ze staan bijvoorbeeld op de signaleringskaarten van NHL Hogeschool en Timpaan Welzijn, van Coalitie Erbij en van Willie Oldengarm. Let op: een signaal is geen bewijs. Het kan ook iets anders betekenen, zoals een ziekte of somberheid. Zie je meerdere signalen? Dan is dat een goede reden om eens rustig een praatje te maken.',
      points: [
        'Signaleringskaart van NHL Hogeschool en Timpaan Welzijn',
        'Signaleringskaart van Coalitie Erbij',
        'Signaleringskaart van Willie Oldengarm',
      ],
    },
    {
      heading: 'Lichamelijke signalen',
      body: 'Eenzaamheid kan zich laten zien in het lichaam. Iemand ziet er moe uit of zorgt minder goed voor zichzelf dan vroeger.',
      points: [
        'Vaak moe zijn of weinig energie hebben',
        'Slecht slapen',
        'Weinig zin in eten, of juist ongezond eten',
        'Minder goed voor zichzelf zorgen, bijvoorbeeld voor kleding of hygiëne',
        'Vaak hoofdpijn of andere vage klachten',
        'Vaak naar de huisarts gaan zonder duidelijke oorzaak',
      ],
    },
    {
      heading: 'Sociale signalen',
      body: 'Je merkt het ook aan hoe iemand met anderen omgaat. Iemand trekt zich terug, of wil je juist niet meer laten gaan als jullie elkaar spreken.',
      points: [
        'Weinig of geen bezoek krijgen',
        'Niet meer komen naar de club, de kerk of activiteiten',
        'Lang blijven praten als er eindelijk iemand is',
        'Veel praten over vroeger of over mensen die er niet meer zijn',
        'Veel klagen, snel geïrriteerd zijn of weinig vertrouwen hebben in anderen',
        'Zeggen dat het allemaal wel gaat, terwijl je iets anders ziet',
        'Kort geleden iets ingrijpends meegemaakt, zoals het overlijden van een partner, een scheiding, een verhuizing, ziekte of het verlies van werk',
      ],
    },
    {
      heading: 'Signalen in huis en in de omgeving',
      body: 'Soms zie je aan het huis of de omgeving dat iemand weinig contact heeft. Vooral buren, bezorgers en mensen die bij iemand thuis komen, merken dit op.',
      points: [
        'Post en folders blijven liggen',
        'De gordijnen blijven overdag dicht',
        'Het huis of de tuin raakt verwaarloosd',
        'De tv of radio staat de hele dag aan',
        "Weinig persoonlijke spullen, foto's of kaarten in huis",
        'Er komt zelden iemand langs en er belt bijna niemand',
      ],
    },
    {
      heading: 'Het gesprek beginnen',
      body: 'Begin niet met het woord "eenzaam". Veel mensen schrikken daarvan of voelen zich beoordeeld. Kijk naar wat iemand wel kan en wil, en toon gewoon interesse. Neem de tijd, luister goed en vraag door. Je hoeft het niet op te lossen. Aandacht en een luisterend oor helpen al. Deze vragen kun je gebruiken om te beginnen:',
      points: [
        'Hoe gaat het nu echt met je?',
        'Hoe ziet een gewone dag er voor jou uit?',
        'Wie zie of spreek je zoal in een week?',
        'Bij wie kun je terecht als je ergens mee zit?',
        'Hoe gaat het sinds je verhuisd bent (of sinds je partner er niet meer is)?',
        'Wat deed je vroeger graag? Zou je dat weer willen doen?',
        'Zullen we binnenkort samen koffie drinken of een stukje wandelen?',
      ],
    },
    {
      heading: 'Waar kun je terecht?',
      body: 'Wil je zelf met iemand praten, of maak je je zorgen over een ander? Je hoeft het niet alleen te doen. Bij deze plekken kun je terecht voor een gesprek, advies of hulp.',
      points: [
        'De Luisterlijn: bel 088 0767 000 voor een anoniem gesprek, dag en nacht',
        'De huisarts: voor klachten die met eenzaamheid te maken kunnen hebben, en voor een verwijzing',
        'De welzijnsorganisatie in je gemeente: voor activiteiten, een maatje, bezoek of advies',
      ],
    },
  ],
  source: 'handreiking-2017',
  where: 'hoofdstuk 2, herkennen en vinden; tips voor goede samenwerking (over de benadering)',
  en: { title: 'Recognising loneliness and talking about it' },
};
