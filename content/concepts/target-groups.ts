import type { In, TargetGroup } from '../../src/features/knowledge/content-schema.ts';
import { figureSet as f } from './loneliness.ts';

/**
 * The target groups (one per schema id). `riskGroup` is true where seeds 000, 001, 002 or 004
 * name the group as having a higher risk of loneliness; the figures are the same items as in
 * `figures` (loneliness.ts).
 */
export const targetGroups: In<typeof TargetGroup>[] = [
  {
    id: 'everyone',
    name: 'Alle inwoners',
    description:
      'Iedereen kan eenzaam worden, jong of oud, vitaal of kwetsbaar. Bijna de helft van de volwassenen in Nederland voelt zich wel eens eenzaam. Daarom richten Groningen en het landelijke actieprogramma zich op alle inwoners, met extra aandacht voor groepen met meer risico.',
    riskGroup: false,
    figures: [
      f.nlLonelyRivm2020,
      f.nlSevereRivm2020,
      f.nlEmotionalRivm2020,
      f.nlSocialRivm2020,
      f.groningenLonely,
      f.groningenSevere,
      f.groningenEmotional,
      f.groningenSocial,
      f.nlStronglyLonelyMillion,
      f.nlStronglyLonelyMen,
      f.nlStronglyLonelyWomen,
      f.drentheLonely,
      f.drentheLonely19to65,
      f.drentheSevere,
      f.nlLonely2016,
      f.nlLonely2020,
      f.nlStronglyLonely2016,
      f.nlStronglyLonely2020,
      f.nlSeverelyLonelyCount,
    ],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 1; hoofdstuk 2',
    en: {
      name: 'All residents',
      summary:
        'Anyone can become lonely; almost half of Dutch adults sometimes feel lonely, so the approach is for all residents.',
    },
  },
  {
    id: 'older-people',
    name: 'Ouderen',
    description:
      'De kans op eenzaamheid wordt groter naarmate mensen ouder worden. Vooral 75-plussers voelen zich vaak eenzaam, en vanaf die leeftijd neemt het alleen maar toe. Omdat er steeds meer ouderen komen, groeit ook het aantal eenzame ouderen.',
    riskGroup: true,
    why: 'Met het ouder worden vallen vaker contacten weg: de partner of vrienden overlijden, mensen gaan met pensioen en de gezondheid, het gehoor of het zicht gaat achteruit. Dat maakt vooral sociale eenzaamheid groter. Vanaf 75 jaar neemt ook emotionele eenzaamheid sterker toe. Ouderen die alleen wonen of weinig opleiding en inkomen hebben, kunnen hun netwerk moeilijker op peil houden.',
    figures: [
      f.nlStronglyLonely75,
      f.drentheLonely65,
      f.drentheSocialOlder,
      f.drentheEmotionalOlder,
      f.nlLonely75Movisie,
      f.nlStronglyLonely75Movisie,
      f.nlLonelyOlderCount2018,
      f.nlLonelyOlderCount2030,
      f.nlLonely75,
    ],
    source: 'movisie-preventie-2018',
    where: 'Vereenzaming komt bij verschillende groepen meer voor: bij ouderen',
    en: {
      name: 'Older people',
      summary:
        'The risk of loneliness rises with age, especially from 75; more than half of people aged 75+ feel lonely.',
    },
  },
  {
    id: 'young-people',
    name: 'Jongeren en jongvolwassenen',
    description:
      'Ook jongeren voelen zich vaak eenzaam. Adolescenten (15 tot 24 jaar) hebben meer kans op eenzaamheid. Onder jongvolwassenen (18 tot 35 jaar) is de eenzaamheid de laatste jaren sterk gestegen. Over jongeren onder de 18 zijn nog geen goede cijfers.',
    riskGroup: true,
    why: 'In deze levensfase verandert veel: school, studie in een nieuwe stad, een eerste baan. Sociale vaardigheden en een positief zelfbeeld zijn nog in ontwikkeling. De lockdowns in de coronacrisis hebben de eenzaamheid onder jongvolwassenen extra vergroot.',
    figures: [f.nlLonelyYoungAdults2016, f.nlLonelyYoungAdults2020],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
    en: {
      name: 'Young people and young adults',
      summary:
        'Adolescents (15-24) are at higher risk, and loneliness among young adults (18-35) rose from 39 % in 2016 to 46 % in 2020.',
    },
  },
  {
    id: 'low-ses',
    name: 'Mensen met een lage sociaaleconomische status',
    description:
      'Mensen met weinig opleiding, een laag inkomen of zonder werk voelen zich vaker eenzaam dan anderen. Ook mensen die in armoede leven of moeite hebben om rond te komen, lopen meer risico.',
    riskGroup: true,
    why: 'Wie weinig geld heeft, kan minder meedoen aan sport, cultuur en andere activiteiten. Een breed netwerk opbouwen en onderhouden is dan moeilijker. Ook geldzorgen en schulden kunnen ertoe leiden dat mensen zich terugtrekken.',
    figures: [
      f.nlStronglyLonelyLowEducation2012,
      f.nlLonelyLowEducationMovisie,
      f.nlLonelyHighEducationMovisie,
      f.drentheLonelyLowEducation,
      f.drentheLonelyHigherEducation,
      f.nlLonelyHardToMakeEndsMeet,
      f.nlLonelyLowEducation2020,
      f.nlStronglyLonelyLowEducation2020,
      f.nlLonelyHighEducation2020,
      f.nlStronglyLonelyHighEducation2020,
    ],
    source: 'movisie-preventie-2018',
    where: 'bij mensen met een lagere sociaal-economische status',
    en: {
      name: 'People with low socio-economic status',
      summary:
        'People with little education, a low income or no job feel lonely more often, partly because they can afford fewer activities.',
    },
  },
  {
    id: 'chronic-illness',
    name: 'Chronisch zieken, mensen met een beperking of langdurige psychische problemen',
    description:
      'Mensen met gezondheidsproblemen voelen zich vaker eenzaam. Dat geldt voor chronisch zieken, mensen met een lichamelijke of verstandelijke beperking en vooral voor mensen met langdurige psychische problemen. Ook wie zich niet gezond voelt, is vaker eenzaam.',
    riskGroup: true,
    why: 'Ziekte of een beperking maakt het lastiger om de deur uit te gaan en mee te doen. Minder mobiliteit, gehoor- of zichtverlies en een veranderd uiterlijk staan nieuwe contacten in de weg. Mensen met een psychische kwetsbaarheid of een (licht) verstandelijke beperking hebben vaak minder sociale vaardigheden en kunnen in hun woning vereenzamen.',
    figures: [f.nlLonelyDisability, f.nlLonelyLongTermMental, f.nlLonelyFeelingUnhealthy],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
    en: {
      name: 'People with chronic illness, a disability or long-term mental health problems',
      summary:
        'Health problems raise the risk; 62 % of people with a disability and 81 % of people with long-term mental health problems feel lonely.',
    },
  },
  {
    id: 'carers',
    name: 'Mantelzorgers',
    description:
      'Mantelzorgers zorgen langdurig voor een naaste, vaak een partner met gezondheidsproblemen. Vooral zwaarbelaste mantelzorgers lopen risico op eenzaamheid.',
    riskGroup: true,
    why: 'Wie veel zorgt, raakt snel overbelast. Er blijft weinig tijd over voor ontspanning, vrienden, sport en clubs. Het netwerk wordt kleiner. Respijtzorg kan tijd vrijmaken voor eigen contacten.',
    figures: [f.nlStronglyLonelyCarers],
    source: 'movisie-preventie-2018',
    where: 'bij mantelzorgers',
    en: {
      name: 'Informal carers',
      summary:
        'Overburdened carers have little time for friends and clubs; 43 % of carers feel strongly lonely.',
    },
  },
  {
    id: 'singles',
    name: 'Alleenstaanden',
    description:
      'Mensen die alleen wonen of geen partner hebben, noemen de bronnen als groep met meer kans op eenzaamheid. Bij oudere alleenstaanden is het risico extra groot.',
    riskGroup: true,
    why: 'Alleenstaanden hebben niemand in huis om dagelijks mee te praten of op terug te vallen. Zij moeten hun netwerk meer zelf opbouwen en onderhouden. Oudere alleenstaanden hebben daar volgens Movisie vaak meer moeite mee.',
    figures: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'People living alone',
      summary:
        'Single people and people living alone, especially older ones, find it harder to keep a diverse network.',
    },
  },
  {
    id: 'widowed-divorced',
    name: 'Weduwen, weduwnaars en gescheiden mensen',
    description:
      'Na het overlijden van een partner of na een scheiding voelen mensen zich vaker sterk eenzaam. De cijfers voor deze groepen zijn hoog.',
    riskGroup: true,
    why: 'Met de partner valt vaak de belangrijkste hechte band weg. Dat leidt vooral tot emotionele eenzaamheid.',
    figures: [f.nlStronglyLonelyWidowed, f.nlStronglyLonelyDivorced],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'Widowed and divorced people',
      summary:
        'Losing a partner through death or divorce often means losing the closest bond; 16 % of widowed and 20 % of divorced people feel strongly lonely.',
    },
  },
  {
    id: 'migrants',
    name: 'Mensen met een (niet-westerse) migratieachtergrond',
    description:
      'Mensen met een migratieachtergrond lopen meer risico op eenzaamheid. Bij mensen met een niet-westerse migratieachtergrond zijn de cijfers hoog, het hoogst bij mensen met een Marokkaanse of Turkse achtergrond.',
    riskGroup: true,
    why: 'Wie verhuisd is uit het geboorteland, woont vaak niet op de plek waar hij zich thuis voelt. Familie en oude vrienden zijn ver weg. Ook een negatief beeld van de groep kan nieuwe contacten in de weg staan.',
    figures: [f.nlStronglyLonelyNonWestern2012, f.nlLonelyNonWesternMigration],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
    en: {
      name: 'People with a (non-Western) migration background',
      summary:
        'People with a non-Western migration background feel lonely more often (64 %), highest among people of Moroccan and Turkish origin.',
    },
  },
  {
    id: 'lgbtiq',
    name: 'LHBTIQ+ personen',
    description:
      'Eenzaamheid komt vaker voor bij lesbische vrouwen, homoseksuele mannen, biseksuele mensen, transpersonen en intersekse personen.',
    riskGroup: true,
    why: 'Het verborgen houden van de seksuele geaardheid of genderidentiteit kan eenzaam maken. Ook een negatief beeld van de groep en uitsluiting spelen mee.',
    figures: [f.nlStronglyLonelyTrans],
    source: 'een-tegen-eenzaamheid-2022',
    where: 'hoofdstuk 2, risicogroepen',
    en: {
      name: 'LGBTIQ+ people',
      summary:
        'Loneliness is more common among LGBTIQ+ people; 25 % of transgender people feel strongly lonely.',
    },
  },
  {
    id: 'low-literacy',
    name: 'Laaggeletterden',
    description:
      'Mensen die moeite hebben met lezen en schrijven, noemt de Handreiking als groep met meer kans op eenzaamheid. Ook Wegwijs noemt laaggeletterden als mogelijke doelgroep van de aanpak.',
    riskGroup: true,
    why: 'Wie moeilijk leest en schrijft, vindt minder makkelijk de weg naar informatie, activiteiten en hulp.',
    figures: [],
    source: 'handreiking-2017',
    where: 'hoofdstuk 1',
    en: {
      name: 'People with low literacy',
      summary:
        'People with low literacy are named as a risk group; they find information, activities and help less easily.',
    },
  },
  {
    id: 'life-event',
    name: 'Mensen die een ingrijpende levensgebeurtenis meemaakten',
    description:
      'Een ingrijpende gebeurtenis kan iemands leven en netwerk flink veranderen. Denk aan het overlijden van een partner, een scheiding, ziekte, verhuizen, pensioen, baanverlies of schulden. Groningen noemt deze mensen als groep die extra aandacht verdient.',
    riskGroup: true,
    why: 'Bij zo’n gebeurtenis vallen vaak contacten en vaste ritmes weg, terwijl mensen juist steun nodig hebben. Eenzaamheid ontstaat vaak geleidelijk, door een stapeling van zulke gebeurtenissen. Daarom is het goed om mensen juist op deze momenten te bereiken.',
    figures: [],
    source: 'groningen-actielijn-2023',
    where: 'infographic, Doelgroepen',
    en: {
      name: 'People who went through a major life event',
      summary:
        'Life events such as bereavement, divorce, illness, moving, retirement or job loss change the network and raise the risk of loneliness.',
    },
  },
  {
    id: 'homeless',
    name: 'Dak- en thuislozen',
    description:
      'Dak- en thuislozen worden vaak gezien als hét beeld van eenzaamheid. De Handreiking waarschuwt dat dit beeld niet klopt: eenzaamheid komt overal voor, ook bij mensen met een druk leven. Wel zijn er activiteiten speciaal voor deze groep, zoals inloophuizen en maatjesprojecten die isolement helpen voorkomen.',
    riskGroup: false,
    figures: [],
    source: 'handreiking-2017',
    where: 'bijlage 1, Betekenis van profielen; hoofdstuk 3',
    en: {
      name: 'Homeless people',
      summary:
        'Often seen as the stereotype of loneliness, which the handreiking calls unjust; there are walk-in centres and buddy projects for this group.',
    },
  },
];
