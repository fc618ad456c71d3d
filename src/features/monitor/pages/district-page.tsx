/**
 * `/monitor/wijk/:code`: one wijk with its figures against its municipality and the
 * Netherlands, and its buurten in a sortable table. There is no map: Omzien has no buurt
 * boundaries (the shared open data holds none), and the page says so.
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
  getDistrictReport,
  MEASURES,
} from '../municipality-report.ts';
import {
  AGE_KEYS,
  type Column,
  diff,
  MEASURE_KEYS,
  pct,
  readView,
  SortableTable,
  Source,
  sendCsv,
  sortRows,
  sourceLine,
  TableWrap,
  ViewForm,
  withQuery,
} from './shared.tsx';

export async function districtPage(
  db: Db,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { locale } = request;
  const t = translator(locale);
  const report = await getDistrictReport(db, request.params.code);
  const view = readView(request.query as Record<string, unknown>, report.years);
  const { year, age } = view;

  const columns: Column<AreaFigures>[] = [
    {
      key: 'name',
      label: t('monitor.col.buurt'),
      value: (r) => r.name,
      cell: (r) => (
        <>
          {r.name}
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
        cell: (r) => pct(figuresOf(r, year, age)[m]),
        numeric: true,
      }),
    ),
  ];

  if (view.format === 'csv' && view.table === 'overzicht') {
    const allYears = [...report.years['18+'], ...report.years['65+']];
    return sendCsv(
      reply,
      csvFileName('omzien', report.code, 'overzicht'),
      ['code', 'wijk', 'jaar', 'leeftijd', 'maat', 'wijk_pct', 'gemeente_pct', 'nederland_pct'],
      AGES.flatMap((a) =>
        report.years[a].flatMap((y) =>
          MEASURES.map((m) => [
            report.code,
            report.name,
            y,
            a,
            m,
            figuresOf(report.district, y, a)[m],
            figuresOf(report.municipality, y, a)[m],
            figuresOf(report.country, y, a)[m],
          ]),
        ),
      ),
      [sourceLine(allYears), t('monitor.csv.percent')],
    );
  }
  if (view.format === 'csv') {
    return sendCsv(
      reply,
      csvFileName('omzien', report.code, 'buurten', year, age),
      ['code', 'buurt', 'wijk', 'gemeente', 'jaar', 'leeftijd', ...MEASURES],
      sortRows(report.buurten, columns, view.sort, view.dir).map((b) => [
        b.code,
        b.name,
        report.name,
        report.municipality.name,
        year,
        age,
        ...MEASURES.map((m) => figuresOf(b, year, age)[m]),
      ]),
      [sourceLine([year]), t('monitor.csv.percent')],
    );
  }

  const title = t('monitor.district.title', { name: report.name });
  const caption = t('monitor.buurten.caption', {
    name: report.name,
    year,
    age: t(AGE_KEYS[age]),
  });
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
            {
              href: `/monitor/gemeente/${report.municipality.code}`,
              text: report.municipality.name,
            },
            { text: report.name },
          ]}
        />
        <Heading level={1}>{title}</Heading>
        <P lead>
          {t('monitor.district.lead', {
            name: report.name,
            code: report.code,
            municipality: report.municipality.name,
          })}
        </P>
        <div class="omzien-note">
          <P>{t('monitor.estimates')}</P>
        </div>
        <section aria-labelledby="wijk-cijfers">
          <Heading level={2} id="wijk-cijfers">
            {t('monitor.section.figures')}
          </Heading>
          {AGES.map((a) => (
            <div key={a}>
              <TableWrap labelledBy={`wijk-${a === '18+' ? '18' : '65'}-caption`}>
                <table class="utrecht-table omzien-data-table">
                  <caption
                    class="utrecht-table__caption"
                    id={`wijk-${a === '18+' ? '18' : '65'}-caption`}
                  >
                    {t('monitor.overview.caption', { name: report.name, age: t(AGE_KEYS[a]) })}
                  </caption>
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      <th scope="col" class="utrecht-table__header-cell">
                        {t('monitor.col.measureYear')}
                      </th>
                      <th scope="col" class="utrecht-table__header-cell omzien-num">
                        {report.name}
                      </th>
                      <th scope="col" class="utrecht-table__header-cell omzien-num">
                        {report.municipality.name}
                      </th>
                      <th scope="col" class="utrecht-table__header-cell omzien-num">
                        {t('monitor.netherlands')}
                      </th>
                      <th scope="col" class="utrecht-table__header-cell omzien-num">
                        {t('monitor.col.diffMunicipality')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    {MEASURES.flatMap((m) =>
                      report.years[a].map((y) => {
                        const own = figuresOf(report.district, y, a)[m];
                        const gm = figuresOf(report.municipality, y, a)[m];
                        return (
                          <tr class="utrecht-table__row" key={`${m}-${y}`}>
                            <th scope="row" class="utrecht-table__header-cell">
                              {t(MEASURE_KEYS[m])}, {y}
                            </th>
                            <td class="utrecht-table__cell omzien-num">{pct(own)}</td>
                            <td class="utrecht-table__cell omzien-num">{pct(gm)}</td>
                            <td class="utrecht-table__cell omzien-num">
                              {pct(figuresOf(report.country, y, a)[m])}
                            </td>
                            <td class="utrecht-table__cell omzien-num">{diff(own, gm)}</td>
                          </tr>
                        );
                      }),
                    )}
                  </tbody>
                </table>
              </TableWrap>
              <Source>
                {sourceLine(report.years[a])}. {t('monitor.percentNote')}
              </Source>
            </div>
          ))}
        </section>
        <section aria-labelledby="buurten-title">
          <Heading level={2} id="buurten-title">
            {t('monitor.section.buurten')}
          </Heading>
          <div class="omzien-note">
            <P>{t('monitor.buurten.noMap')}</P>
          </div>
          <ViewForm
            action={`/monitor/wijk/${report.code}`}
            view={view}
            years={report.years}
            t={t}
            anchor="buurten-form"
            showMeasure={false}
          />
          {report.buurten.length > 0 ? (
            <SortableTable
              id="buurten"
              caption={caption}
              columns={columns}
              rows={report.buurten}
              url={request.url}
              sort={view.sort}
              dir={view.dir}
              t={t}
              rowKey={(r) => r.code}
            />
          ) : (
            <P>{t('monitor.buurten.none')}</P>
          )}
          <Source>{sourceLine([year])}</Source>
          <p class="utrecht-paragraph omzien-no-print">
            <Link href={withQuery(request.url, { format: 'csv', table: undefined })}>
              {t('monitor.download', { what: caption })}
            </Link>
          </p>
          <p class="utrecht-paragraph omzien-no-print">
            <Link href={withQuery(request.url, { format: 'csv', table: 'overzicht' })}>
              {t('monitor.csv.districtOverview', { name: report.name })}
            </Link>
          </p>
        </section>
        <p class="utrecht-paragraph">
          <Link href={`/monitor/gemeente/${report.municipality.code}`}>
            {t('common.backTo', { name: report.municipality.name })}
          </Link>
        </p>
      </>
    ),
  });
  return html(reply, body);
}
