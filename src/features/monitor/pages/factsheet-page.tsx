/**
 * `/monitor/gemeente/:code/factsheet`: one or two A4 pages to print or save as PDF. Its own small
 * document (no menu, no footer): the key figures of the latest year against the Netherlands and
 * comparable municipalities, the map of the wijken, the wijken with the most loneliness, the top
 * risk areas with their reasons, the blind-spot questions and the sources.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from 'preact-render-to-string';
import type { Db } from '../../../platform/db/database.ts';
import { html } from '../../../platform/http/html.ts';
import { type T, translator } from '../../../platform/i18n/index.ts';
import { Heading, Link, P } from '../../../platform/ui/components.tsx';
import { AGES, type Age } from '../areas.ts';
import { describeComparableRule } from '../comparable.ts';
import {
  figuresOf,
  getMunicipalityReport,
  getRiskSection,
  type MunicipalityReport,
} from '../municipality-report.ts';
import {
  BlindSpots,
  buildWijkMap,
  MapFigure,
  OverviewTable,
  RiskSectionView,
} from './sections.tsx';
import { AGE_KEYS, pct, Source, sourceLine, TableWrap } from './shared.tsx';

const FACTSHEET_TOP = 3;

function TopWijken({
  report,
  year,
  age,
  t,
}: {
  report: MunicipalityReport;
  year: number;
  age: Age;
  t: T;
}) {
  const rows = report.wijken
    .map((w) => ({ w, f: figuresOf(w, year, age) }))
    .filter((x) => x.f.lonely !== null)
    .sort((a, b) => (b.f.lonely ?? 0) - (a.f.lonely ?? 0))
    .slice(0, 8);
  if (rows.length === 0) return null;
  return (
    <TableWrap labelledBy="fs-top-caption">
      <table class="utrecht-table omzien-data-table">
        <caption class="utrecht-table__caption" id="fs-top-caption">
          {t('monitor.factsheet.topWijken', { year, age: t(AGE_KEYS[age]) })}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">
              {t('monitor.col.wijk')}
            </th>
            <th scope="col" class="utrecht-table__header-cell omzien-num">
              {t('monitor.measure.lonely')}
            </th>
            <th scope="col" class="utrecht-table__header-cell omzien-num">
              {t('monitor.measure.severely_lonely')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map(({ w, f }) => (
            <tr class="utrecht-table__row" key={w.code}>
              <th scope="row" class="utrecht-table__header-cell">
                {w.name}
              </th>
              <td class="utrecht-table__cell omzien-num">{pct(f.lonely)}</td>
              <td class="utrecht-table__cell omzien-num">{pct(f.severely_lonely)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export async function factsheetPage(
  db: Db,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { locale } = request;
  const t = translator(locale);
  const report = await getMunicipalityReport(db, request.params.code);
  const age: Age = '18+';
  const years = report.years[age];
  const year = years[years.length - 1] ?? 2020;
  const risk = await getRiskSection(db, report, year, age);
  const wijkMap = buildWijkMap(report, 'lonely', age, year, t, {
    id: 'factsheet-kaart',
    width: 360,
    height: 340,
  });
  const title = t('monitor.factsheet.title', { name: report.name });
  const own = figuresOf(report.municipality, year, age);
  const nl = figuresOf(report.country, year, age);
  const today = new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' });

  const doc = (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t('site.name')}`}</title>
        <link rel="stylesheet" href="/assets/nlds.css" />
        <link rel="stylesheet" href="/assets/omzien.css" />
      </head>
      <body class="utrecht-document utrecht-document--surface omzien-theme omzien-factsheet">
        <main class="omzien-container omzien-main">
          <p class="utrecht-paragraph omzien-meta">
            {t('site.name')}: {t('monitor.title')} · {today}
          </p>
          <Heading level={1}>{title}</Heading>
          <P lead>
            {t('monitor.municipality.lead', {
              name: report.name,
              year,
              age: t(AGE_KEYS[age]),
              value: pct(own.lonely),
              nl: pct(nl.lonely),
            })}
          </P>
          <p class="utrecht-paragraph omzien-no-print">
            <Link href={`/monitor/gemeente/${report.code}`}>
              {t('common.backTo', { name: report.name })}
            </Link>{' '}
            · {t('monitor.factsheet.print')}
          </p>
          <section aria-labelledby="fs-figures" class="omzien-factsheet__block">
            <Heading level={2} id="fs-figures">
              {t('monitor.factsheet.figures', { year })}
            </Heading>
            <div class="omzien-factsheet__grid">
              {AGES.map((a) => (
                <div key={a}>
                  <OverviewTable
                    report={report}
                    age={a}
                    t={t}
                    years={[report.years[a][report.years[a].length - 1] ?? year]}
                    id={`fs-${a === '18+' ? '18' : '65'}`}
                  />
                </div>
              ))}
            </div>
            <p class="utrecht-paragraph omzien-small" lang="nl">
              {describeComparableRule(report.comparable, report.name)}
            </p>
          </section>
          <section aria-labelledby="fs-map" class="omzien-factsheet__block">
            <Heading level={2} id="fs-map">
              {t('monitor.section.wijken')}
            </Heading>
            <div class="omzien-factsheet__grid">
              <MapFigure wijkMap={wijkMap} t={t} />
              <div>
                <TopWijken report={report} year={year} age={age} t={t} />
                <Source>{sourceLine([year])}</Source>
              </div>
            </div>
          </section>
          <section aria-labelledby="fs-risk" class="omzien-factsheet__block">
            <Heading level={2} id="fs-risk">
              {t('monitor.section.risk')}
            </Heading>
            <RiskSectionView report={report} risk={risk} t={t} top={FACTSHEET_TOP} />
          </section>
          <section aria-labelledby="fs-blind" class="omzien-factsheet__block">
            <Heading level={2} id="fs-blind">
              {t('monitor.section.blind')}
            </Heading>
            <BlindSpots report={report} year={year} age={age} t={t} top={FACTSHEET_TOP} />
          </section>
          <p class="utrecht-paragraph omzien-small">{t('monitor.estimates')}</p>
        </main>
      </body>
    </html>
  );
  return html(reply, `<!doctype html>${render(doc)}`);
}
