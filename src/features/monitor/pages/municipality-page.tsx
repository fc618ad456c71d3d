/**
 * `/monitor/gemeente/:code`: one municipality. Its figures against the Netherlands and
 * comparable municipalities, the map of its wijken beside a sortable table, the risk areas and
 * the blind-spot questions. `?format=csv&table=overzicht|wijken|risico` downloads a table.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { html } from '../../../platform/http/html.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { Breadcrumb, Heading, Link, P } from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import { AGES } from '../areas.ts';
import { csvFileName } from '../csv-export.ts';
import {
  type AreaFigures,
  figuresOf,
  getMunicipalityReport,
  getRiskSection,
  MEASURES,
  type MunicipalityReport,
  type RiskSection,
} from '../municipality-report.ts';
import { RISK_FACTORS } from '../risk-score.ts';
import {
  BlindSpots,
  buildWijkMap,
  ComparableExplanation,
  MapFigure,
  OverviewTable,
  RiskMethod,
  RiskSectionView,
} from './sections.tsx';
import {
  AGE_KEYS,
  type Column,
  MEASURE_KEYS,
  pct,
  readView,
  SortableTable,
  Source,
  sendCsv,
  sortRows,
  sourceLine,
  type View,
  ViewForm,
  withQuery,
} from './shared.tsx';

export function wijkColumns(
  view: View,
  t: ReturnType<typeof translator>,
  classOf: Map<string, number | null> | undefined,
): Column<AreaFigures>[] {
  const { year, age } = view;
  const columns: Column<AreaFigures>[] = [
    {
      key: 'name',
      label: t('monitor.col.wijk'),
      value: (r) => r.name,
      cell: (r) => (
        <>
          <Link href={`/monitor/wijk/${r.code}`}>{r.name}</Link>
          {r.name !== r.code ? <span class="omzien-meta"> {r.code}</span> : null}
        </>
      ),
      header: true,
    },
    ...MEASURES.map(
      (m): Column<AreaFigures> => ({
        key: m,
        label: t(MEASURE_KEYS[m]),
        value: (r) => figuresOf(r, year, age)[m],
        cell: (r) => {
          const value = figuresOf(r, year, age)[m];
          const cls = m === view.measure ? classOf?.get(r.code) : undefined;
          return (
            <>
              {pct(value)}
              {cls ? (
                <span class="omzien-class" title={t('monitor.map.class', { n: cls })}>
                  <span class="omzien-visually-hidden">, </span>
                  {t('monitor.map.classShort', { n: cls })}
                </span>
              ) : null}
            </>
          );
        },
        numeric: true,
      }),
    ),
  ];
  return columns;
}

function csvAnswer(
  reply: FastifyReply,
  report: MunicipalityReport,
  view: View,
  risk: RiskSection,
  columns: Column<AreaFigures>[],
  t: ReturnType<typeof translator>,
): FastifyReply {
  const notes = (years: number[]) => [sourceLine(years), t('monitor.csv.percent')];
  if (view.table === 'wijken') {
    const sorted = sortRows(report.wijken, columns, view.sort, view.dir);
    return sendCsv(
      reply,
      csvFileName('omzien', report.code, 'wijken', view.year, view.age),
      ['code', 'wijk', 'gemeente', 'jaar', 'leeftijd', ...MEASURES],
      sorted.map((w) => [
        w.code,
        w.name,
        report.name,
        view.year,
        view.age,
        ...MEASURES.map((m) => figuresOf(w, view.year, view.age)[m]),
      ]),
      notes([view.year]),
    );
  }
  if (view.table === 'risico') {
    const rows = [
      ...risk.wijken.map((r) => ({ r, level: 'wijk' })),
      ...risk.buurten.map((r) => ({ r, level: 'buurt' })),
    ];
    return sendCsv(
      reply,
      csvFileName('omzien', report.code, 'risico', view.year, view.age),
      [
        'code',
        'naam',
        'niveau',
        'jaar',
        'leeftijd',
        'score',
        ...RISK_FACTORS.flatMap((f) => [`${f.factor}`, `${f.factor}_bijdrage`]),
      ],
      rows.map(({ r, level }) => [
        r.code,
        r.name,
        level,
        view.year,
        view.age,
        Math.round(r.score * 1000) / 1000,
        ...RISK_FACTORS.flatMap((f) => {
          const c = r.contributions.find((x) => x.factor === f.factor);
          return [c?.value ?? null, c ? Math.round(c.contribution * 1000) / 1000 : null];
        }),
      ]),
      [...notes([view.year]), t('monitor.csv.risk')],
    );
  }
  // overzicht (default): every year, age and measure for the municipality, the group and NL.
  const rows = AGES.flatMap((age) =>
    report.years[age].flatMap((year) =>
      MEASURES.map((m) => [
        report.code,
        report.name,
        year,
        age,
        m,
        figuresOf(report.municipality, year, age)[m],
        report.comparable.members.length > 0
          ? figuresOf(report.comparableFigures, year, age)[m]
          : null,
        figuresOf(report.country, year, age)[m],
      ]),
    ),
  );
  return sendCsv(
    reply,
    csvFileName('omzien', report.code, 'overzicht'),
    [
      'code',
      'gemeente',
      'jaar',
      'leeftijd',
      'maat',
      'gemeente_pct',
      'vergelijkbaar_pct',
      'nederland_pct',
    ],
    rows,
    [...notes([...report.years['18+'], ...report.years['65+']]), t('monitor.csv.comparable')],
  );
}

export async function municipalityPage(
  db: Db,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { locale } = request;
  const t = translator(locale);
  const report = await getMunicipalityReport(db, request.params.code);
  const view = readView(request.query as Record<string, unknown>, report.years);
  const risk = await getRiskSection(db, report, view.year, view.age);
  const wijkMap = buildWijkMap(report, view.measure, view.age, view.year, t);
  const columns = wijkColumns(view, t, wijkMap.map?.classOf);

  if (view.format === 'csv') return csvAnswer(reply, report, view, risk, columns, t);

  const base = `/monitor/gemeente/${report.code}`;
  const here = request.url;
  const wijkCaption = t('monitor.wijken.caption', {
    name: report.name,
    year: view.year,
    age: t(AGE_KEYS[view.age]),
  });
  const title = t('monitor.municipality.title', { name: report.name });
  const own = figuresOf(report.municipality, view.year, view.age);
  const nl = figuresOf(report.country, view.year, view.age);

  const body = renderPage({
    locale,
    title,
    url: request.url,
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[
            { href: '/', text: t('nav.home') },
            { href: '/monitor', text: t('monitor.title') },
            { text: report.name },
          ]}
        />
        <Heading level={1}>{title}</Heading>
        <P lead>
          {t('monitor.municipality.lead', {
            name: report.name,
            year: view.year,
            age: t(AGE_KEYS[view.age]),
            value: pct(own.lonely),
            nl: pct(nl.lonely),
          })}
        </P>
        <Source>{sourceLine([view.year])}</Source>
        <ul class="omzien-actions omzien-list-plain omzien-no-print">
          <li>
            <Link href={`${base}/factsheet`}>{t('monitor.factsheet.link')}</Link>
          </li>
          <li>
            <Link href="#downloads">{t('monitor.downloads')}</Link>
          </li>
        </ul>
        <nav aria-labelledby="toc-title" class="omzien-toc omzien-no-print">
          <h2 class="utrecht-heading-3" id="toc-title">
            {t('monitor.toc')}
          </h2>
          <ul class="utrecht-unordered-list">
            <li class="utrecht-unordered-list__item">
              <Link href="#cijfers">{t('monitor.section.figures')}</Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href="#wijken">{t('monitor.section.wijken')}</Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href="#risico">{t('monitor.section.risk')}</Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href="#blinde-vlekken">{t('monitor.section.blind')}</Link>
            </li>
          </ul>
        </nav>
        <div class="omzien-note">
          <P>{t('monitor.estimates')}</P>
        </div>

        <section aria-labelledby="cijfers">
          <Heading level={2} id="cijfers">
            {t('monitor.section.figures')}
          </Heading>
          {AGES.map((age) => (
            <OverviewTable
              key={age}
              report={report}
              age={age}
              t={t}
              id={`overzicht-${age === '18+' ? '18' : '65'}`}
            />
          ))}
          <Heading level={3}>{t('monitor.comparable.title')}</Heading>
          <ComparableExplanation report={report} t={t} />
        </section>

        <section aria-labelledby="wijken-title">
          <Heading level={2} id="wijken-title">
            {t('monitor.section.wijken')}
          </Heading>
          <P>{t('monitor.wijken.intro')}</P>
          <ViewForm action={base} view={view} years={report.years} t={t} anchor="kaart" />
          <div class="omzien-map-layout" id="kaart">
            <MapFigure wijkMap={wijkMap} t={t} />
            <div>
              <SortableTable
                id="wijken"
                caption={wijkCaption}
                columns={columns}
                rows={report.wijken}
                url={here}
                sort={view.sort}
                dir={view.dir}
                t={t}
                rowKey={(r) => r.code}
              />
              <Source>{sourceLine([view.year])}</Source>
            </div>
          </div>
        </section>

        <section aria-labelledby="risico">
          <Heading level={2} id="risico">
            {t('monitor.section.risk')}
          </Heading>
          <RiskSectionView report={report} risk={risk} t={t} />
          <RiskMethod t={t} />
        </section>

        <section aria-labelledby="blinde-vlekken">
          <Heading level={2} id="blinde-vlekken">
            {t('monitor.section.blind')}
          </Heading>
          <BlindSpots report={report} year={view.year} age={view.age} t={t} />
        </section>

        <section aria-labelledby="downloads" class="omzien-no-print">
          <Heading level={2} id="downloads">
            {t('monitor.downloads')}
          </Heading>
          <ul class="utrecht-unordered-list">
            <li class="utrecht-unordered-list__item">
              <Link href={withQuery(here, { format: 'csv', table: 'overzicht' })}>
                {t('monitor.csv.overview', { name: report.name })}
              </Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href={withQuery(here, { format: 'csv', table: 'wijken' })}>
                {t('monitor.download', { what: wijkCaption })}
              </Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href={withQuery(here, { format: 'csv', table: 'risico' })}>
                {t('monitor.csv.risico', { year: view.year, age: t(AGE_KEYS[view.age]) })}
              </Link>
            </li>
            <li class="utrecht-unordered-list__item">
              <Link href={`${base}/factsheet`}>{t('monitor.factsheet.link')}</Link>
            </li>
          </ul>
        </section>
      </>
    ),
  });
  return html(reply, body);
}
