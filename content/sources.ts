import type { In, Source } from '../src/features/knowledge/content-schema.ts';

/** The five public documents Omzien's knowledge is written from (see shared/seeds/README.md). */
export const sources: In<typeof Source>[] = [
  {
    id: 'handreiking-2017',
    title: 'Handreiking lokale aanpak eenzaamheid',
    publisher: 'Coalitie Erbij',
    year: 2017,
    description:
      'De handreiking uit 2017 beschrijft wat eenzaamheid is, hoe een gemeente met partners in zes stappen samenwerkt, de zes bouwstenen, de keuzes, tips, ruim zestig activiteiten en de acht interventieprofielen. Ze is gebaseerd op ervaringen in twintig pilotgemeenten.',
  },
  {
    id: 'groningen-actielijn-2023',
    title: 'Sociale basis: actielijn eenzaamheid 2023-2026',
    publisher: 'Gemeente Groningen',
    year: 2023,
    description:
      'Een infographic van de gemeente Groningen met de spiraal van eenzaamheid, drie niveaus van preventie, zeven werkzame elementen, de bouwstenen op netwerk- en wijkniveau en cijfers voor Groningen naast Nederland.',
  },
  {
    id: 'movisie-preventie-2018',
    title: 'Preventie van eenzaamheid: wat werkt?',
    publisher: 'Movisie en Trendbureau Drenthe',
    year: 2018,
    description:
      'Een overzicht van risicogroepen met cijfers en van aanbevelingen voor gemeenten over het voorkomen en vroeg signaleren van eenzaamheid.',
  },
  {
    id: 'wegwijs-movisie',
    title: 'Wegwijsaanpakeenzaamheid.nl',
    publisher: 'Movisie',
    url: 'https://www.wegwijsaanpakeenzaamheid.nl',
    description:
      'Een keuzehulp die vier groepen onderscheidt naar de mate van eenzaamheid, van niet eenzaam tot ernstig eenzaam, met per groep de soorten activiteiten die passen.',
  },
  {
    id: 'een-tegen-eenzaamheid-2022',
    title: 'Eén tegen eenzaamheid, actieprogramma 2022-2025',
    publisher: 'Ministerie van VWS',
    year: 2022,
    description:
      'Het landelijke actieprogramma met de soorten, oorzaken en cijfers van eenzaamheid, drie actielijnen, vijf pijlers voor een goede lokale aanpak, een toolkit en een jaarlijkse benchmark.',
  },
];
