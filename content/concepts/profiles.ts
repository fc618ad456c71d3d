import type { In, Profile } from '../../src/features/knowledge/content-schema.ts';

/**
 * The eight intervention profiles of Machielse (2011), as the Handreiking lokale aanpak
 * eenzaamheid (Coalitie Erbij, 2017) gives them in hoofdstuk 3 and bijlage 1 ("Schema - Typologie
 * met interventieprofielen bij eenzaamheid en sociaal isolement"). Duration: situationele or
 * structurele problematiek; motivation: gericht op sociale participatie or niet (duidelijk)
 * gericht; coping: actieve or passieve copingstrategie. The descriptions are in our own words;
 * the approaches are Omzien's own elaboration of each profile's position in the typology (the
 * source gives a one-line description per profile, not an approach).
 */
export const profiles: In<typeof Profile>[] = [
  {
    id: 'actives',
    name: 'Actieven',
    duration: 'situational',
    motivation: 'participation',
    coping: 'active',
    description:
      'Actieven voelen zich goed bij een druk sociaal leven. Door een gebeurtenis, zoals een verhuizing of pensioen, zijn ze (bijna) eenzaam geworden. Ze willen graag weer contact en gaan daar zelf actief mee aan de slag.',
    approach:
      'Lichte ondersteuning is vaak genoeg. Geef informatie over activiteiten, clubs, vrijwilligerswerk en ontmoetingsplekken in de buurt, zodat ze zelf de weg vinden. Voor deze groep is al veel aanbod.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Actives',
      summary:
        'People who thrive on an active social life, became lonely through circumstances and actively seek contact again.',
    },
  },
  {
    id: 'sheltered',
    name: 'Geborgenen',
    duration: 'situational',
    motivation: 'no-participation',
    coping: 'active',
    description:
      'Geborgenen zoeken een klein netwerk waarin ze zich veilig en beschermd voelen. Een breed sociaal leven is niet hun doel. Door een gebeurtenis is dat kleine, vertrouwde netwerk kleiner geworden of weggevallen.',
    approach:
      'Help hen een paar vertrouwde contacten te herstellen of op te bouwen, in een kleine en veilige kring. Denk aan een vaste bezoeker of een kleine huiskamergroep, liever dan grote activiteiten.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Sheltered',
      summary:
        'People who seek a small network in which they feel safe and protected, not a busy social life.',
    },
  },
  {
    id: 'left-behind',
    name: 'Achterblijvers',
    duration: 'situational',
    motivation: 'participation',
    coping: 'passive',
    description:
      'Achterblijvers missen de emotionele steun en de vertrouwdheid van een hechte relatie, bijvoorbeeld na het overlijden van hun partner. Ze willen wel contact, maar komen zelf moeilijk in beweging.',
    approach:
      'Bied aandacht voor het verlies en persoonlijke steun, bijvoorbeeld een bezoeker of maatje, of een gespreksgroep over rouw. Meer activiteiten alleen lossen het gemis van één hechte band niet op. Help hen stap voor stap weer op weg.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Left behind',
      summary:
        'People who long for the emotional support and familiarity of a close relationship they lost, and find it hard to act.',
    },
  },
  {
    id: 'dependants',
    name: 'Afhankelijken',
    duration: 'situational',
    motivation: 'no-participation',
    coping: 'passive',
    description:
      'Afhankelijken zoeken geborgenheid bij één persoon van wie ze helemaal afhankelijk zijn, zoals een partner, een kind of een hulpverlener. Contact met anderen zoeken ze zelf niet op. Valt die ene persoon weg, dan staan ze er alleen voor.',
    approach:
      'Bouw eerst vertrouwen op in één vaste relatie, bijvoorbeeld met een vaste hulpverlener of vrijwilliger. Breid van daaruit heel voorzichtig de kring uit, zodat iemand niet van één persoon afhankelijk blijft. Steun ook degene op wie zij leunen.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Dependants',
      summary: 'People who seek security in an exclusive relationship of dependence on one person.',
    },
  },
  {
    id: 'compensators',
    name: 'Compenseerders',
    duration: 'structural',
    motivation: 'participation',
    coping: 'active',
    description:
      'Compenseerders vullen het gebrek aan persoonlijke contacten op met nuttige bezigheden. Ze werken veel, zitten in besturen of doen veel vrijwilligerswerk. Van buiten lijken ze niet eenzaam, maar zo houden ze diepere gevoelens van eenzaamheid weg. Het probleem speelt al lang.',
    approach:
      'Geef ruimte om over de diepere gevoelens en over zingeving te praten. Help hen om functionele contacten om te zetten in persoonlijke, bijvoorbeeld met een cursus over vriendschap of sociale vaardigheden.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Compensators',
      summary:
        'People who fill a lack of personal contacts with functional activities such as work, board roles and volunteering.',
    },
  },
  {
    id: 'outsiders',
    name: 'Buitenstaanders',
    duration: 'structural',
    motivation: 'no-participation',
    coping: 'active',
    description:
      'Buitenstaanders leven het liefst buiten de gewone samenleving. Ze redden zich op hun eigen manier en hebben al lang weinig contact met anderen. Aan meedoen hebben ze (nu) geen behoefte.',
    approach:
      'Respecteer hun keuze en dring niets op. Werk aan vertrouwen met laagdrempelig contact en praktische hulp, bijvoorbeeld via outreachend werk. Houd de deur open en zet kleine stappen als zij daar zelf aan toe zijn.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Outsiders',
      summary:
        'People who prefer to live outside mainstream society and have long had few contacts.',
    },
  },
  {
    id: 'hopefuls',
    name: 'Hoopvollen',
    duration: 'structural',
    motivation: 'participation',
    coping: 'passive',
    description:
      'Hoopvollen hebben veel behoefte aan contact en hopen dat het vanzelf beter wordt. Ze zijn al lang eenzaam en weten zelf niet goed hoe ze contact kunnen maken.',
    approach:
      'Help hen met sociale vaardigheden en met realistische verwachtingen van contact. Begeleid hen naar een groep of activiteit, bijvoorbeeld met een maatje of coach die de eerste keren meegaat.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Hopefuls',
      summary:
        'People with a strong need for contact who hope their situation will improve but find it hard to act.',
    },
  },
  {
    id: 'survivors',
    name: 'Overlevers',
    duration: 'structural',
    motivation: 'no-participation',
    coping: 'passive',
    description:
      'Overlevers hebben de moed opgegeven. Ze zijn al lang eenzaam of geïsoleerd en zijn alleen nog bezig om de dag door te komen. Vaak krijgen ze al jaren zware professionele hulp, die er meestal op gericht is dat het niet slechter gaat.',
    approach:
      'Dit vraagt langdurige, professionele steun die naar hen toe komt. Begin bij praktische hulp en een veilige situatie, en bouw geduldig aan een vaste relatie. Die band met de hulpverlener heeft op zich al waarde. Kijk ook of er meer mogelijk is dan alleen voorkomen dat het slechter gaat.',
    source: 'handreiking-2017',
    where: 'hoofdstuk 3; bijlage 1',
    en: {
      name: 'Survivors',
      summary: 'People who have given up and are only concerned with getting by.',
    },
  },
];

/** The caution that goes with the profiles (hoofdstuk 3 and bijlage 1), in our own words. */
export const profileCaution: string =
  'Een profiel is een hulpmiddel om beter te begrijpen wat iemand nodig heeft. Het is geen etiket. Gebruik het om na te denken, niet om mensen in een hokje te stoppen. Kijk altijd naar de persoon die voor u staat en luister naar wat die zelf zegt en wil.';
