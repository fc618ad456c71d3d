/**
 * `/monitor`: every municipality with its loneliness figures for one year and age group, a search
 * box, sorting by any measure through links (server-side), and the same table as CSV.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { html } from '../../../platform/http/html.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { Breadcrumb, Heading, Link, P } from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import { csvFileName } from '../csv-export.ts';
import {
  type AreaFigures,
  figuresOf,
  listMunicipalities,
  MEASURES,
} from '../municipality-report.ts';
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
  ViewForm,
  withQuery,
} from './shared.tsx';

/** Case- and accent-insensitive. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export async function municipalitiesPage(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { locale } = request;
  const t = translator(locale);
  const list = await listMunicipalities(db);
  const view = readView(request.query as Record<string, unknown>, list.years);
  const q = fold(view.q);
  const rows = q
    ? list.municipalities.filter((m) => fold(m.name).includes(q) || fold(m.code).includes(q))
    : list.municipalities;
  const { year, age } = view;

  const columns: Column<AreaFigures>[] = [
    {
      key: 'name',
      label: t('monitor.col.municipality'),
      value: (r) => r.name,
      cell: (r) => <Link href={`/monitor/gemeente/${r.code}`}>{r.name}</Link>,
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

  if (view.format === 'csv') {
    const sorted = sortRows(rows, columns, view.sort, view.dir);
    return sendCsv(
      reply,
      csvFileName('omzien-gemeenten', year, age),
      ['code', 'gemeente', 'jaar', 'leeftijd', ...MEASURES],
      [
        ...sorted.map((r) => [
          r.code,
          r.name,
          year,
          age,
          ...MEASURES.map((m) => figuresOf(r, year, age)[m]),
        ]),
        [
          'NL01',
          'Nederland',
          year,
          age,
          ...MEASURES.map((m) => figuresOf(list.country, year, age)[m]),
        ],
      ],
      [sourceLine([year]), t('monitor.csv.percent')],
    );
  }

  const nl = figuresOf(list.country, year, age);
  const caption = t('monitor.list.caption', { year, age: t(AGE_KEYS[age]) });
  const body = renderPage({
    locale,
    title: t('monitor.title'),
    url: request.url,
    description: t('monitor.intro'),
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[{ href: '/', text: t('nav.home') }, { text: t('monitor.title') }]}
        />
        <Heading level={1}>{t('monitor.title')}</Heading>
        <P lead>{t('monitor.intro')}</P>
        <P>
          {t('monitor.nlFigure', {
            year,
            age: t(AGE_KEYS[age]),
            value: pct(nl.lonely),
            severe: pct(nl.severely_lonely),
          })}
        </P>
        <Source>{sourceLine([year])}</Source>
        <div class="omzien-note">
          <P>{t('monitor.estimates')}</P>
        </div>
        <form method="get" action="/monitor" class="omzien-search omzien-no-print">
          <input type="hidden" name="year" value={String(year)} />
          <input type="hidden" name="age" value={age} />
          <div class="omzien-field">
            <label for="m-q">{t('monitor.search')}</label>
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="search"
              id="m-q"
              name="q"
              value={view.q}
              autocomplete="off"
            />
          </div>
          <button class="utrecht-button utrecht-button--secondary-action" type="submit">
            {t('monitor.searchSubmit')}
          </button>
        </form>
        <ViewForm
          action="/monitor"
          view={view}
          years={list.years}
          t={t}
          anchor="gemeenten"
          showMeasure={false}
          keep={view.q ? { q: view.q } : {}}
        />
        <p class="utrecht-paragraph" aria-live="polite">
          {t('monitor.list.count', { count: rows.length, total: list.municipalities.length })}
        </p>
        <SortableTable
          id="gemeenten"
          caption={caption}
          columns={columns}
          rows={rows}
          url={request.url}
          sort={view.sort}
          dir={view.dir}
          t={t}
          rowKey={(r) => r.code}
          foot={
            <tr class="utrecht-table__row omzien-row-country">
              <th scope="row" class="utrecht-table__header-cell">
                {t('monitor.netherlands')}
              </th>
              {MEASURES.map((m) => (
                <td key={m} class="utrecht-table__cell omzien-num">
                  {pct(nl[m])}
                </td>
              ))}
            </tr>
          }
        />
        <Source>{sourceLine([year])}</Source>
        <p class="utrecht-paragraph omzien-no-print">
          <Link href={withQuery(request.url, { format: 'csv' })}>
            {t('monitor.download', { what: caption })}
          </Link>
        </p>
      </>
    ),
  });
  return html(reply, body);
}
