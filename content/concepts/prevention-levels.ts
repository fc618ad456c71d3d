import type { In, Topic } from '../../src/features/knowledge/content-schema.ts';

/**
 * The three prevention levels Groningen works on (seed 000, after Movisie 2020, "Eenzaamheid:
 * wat weten we en waar staan we?"). The points are the source's keywords per level.
 */
export const preventionLevels: In<typeof Topic>[] = [
  {
    id: 'niveau-1-beschermende-factoren',
    name: 'Beschermende factoren voor iedereen',
    category: '1',
    description:
      'Het eerste niveau is voor alle inwoners. Het doel is dat eenzaamheid minder kans krijgt. Een sterke sociale basis in de wijk helpt daarbij: plekken om elkaar te ontmoeten, buren die naar elkaar omzien en eenzaamheid die gewoon bespreekbaar is. Dit past bij groep 1 van Wegwijs: mensen die niet eenzaam zijn.',
    points: [
      'Sterke sociale basis, geïntegreerd in wijken',
      'Ontmoeting',
      'Omzien naar elkaar',
      'Eenzaamheid bespreekbaar maken',
    ],
    source: 'groningen-actielijn-2023',
    where: 'infographic, 3 niveaus van preventie',
    en: {
      name: 'Level 1: protective factors for everyone',
      summary:
        'For all residents: a strong social base in neighbourhoods, meeting places, looking out for each other and talking openly about loneliness.',
    },
  },
  {
    id: 'niveau-2-ondersteunen-risicogroepen',
    name: 'Ondersteunen risicogroepen',
    category: '2',
    description:
      'Het tweede niveau is voor groepen met een grotere kans op eenzaamheid. U moet eerst weten welke groepen dat in uw gemeente zijn. Professionals en vrijwilligers leren eenzaamheid herkennen en bespreken. Mensen worden geactiveerd, meestal met activiteiten in groepen. Dit past bij groep 2 van Wegwijs: mensen met een verhoogd risico.',
    points: [
      'Zicht op wat de risicogroepen zijn',
      'Deskundigheidsbevordering',
      'Activeren',
      'Interventies veelal gericht op groepen',
    ],
    source: 'groningen-actielijn-2023',
    where: 'infographic, 3 niveaus van preventie',
    en: {
      name: 'Level 2: supporting risk groups',
      summary:
        'For groups at higher risk: knowing who they are, training professionals and volunteers, and activating people, mostly through group interventions.',
    },
  },
  {
    id: 'niveau-3-voorkomen-verergering',
    name: 'Voorkomen verergering bij (ernstige) eenzaamheid',
    category: '3',
    description:
      'Het derde niveau is voor mensen die al (ernstig) eenzaam zijn. Het doel is dat het niet erger wordt. Hulpverleners zoeken mensen actief op en bieden hulp op maat, gericht op de persoon. Waar nodig volgt zorg of hulpverlening. Dit past bij groep 3 en 4 van Wegwijs: lichte tot matige en ernstige eenzaamheid.',
    points: [
      'Actieve benadering',
      'Maatwerk',
      'Interventies gericht op de persoon',
      'Richting zorg/hulpverlening',
    ],
    source: 'groningen-actielijn-2023',
    where: 'infographic, 3 niveaus van preventie',
    en: {
      name: 'Level 3: preventing worsening in (severe) loneliness',
      summary:
        'For people who are already lonely: an active approach, tailored support aimed at the person, and referral to care where needed.',
    },
  },
];
