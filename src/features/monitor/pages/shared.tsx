/**
 * Pieces the Monitor pages share: reading the (lenient) query, number formats, the source line,
 * server-side sortable tables (sorting by links, no JavaScript) and CSV answers.
 */
import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { MessageKey, T } from '../../../platform/i18n/index.ts';
import { AGES, type Age } from '../areas.ts';
import { type Cell, toCsv } from '../csv-export.ts';
import { MEASURES, type Measure } from '../municipality-report.ts';

/** One Dutch collator, made once (`localeCompare` with a locale builds one per call). */
const dutch = new Intl.Collator('nl');

export const MEASURE_KEYS: Record<Measure, MessageKey> = {
  lonely: 'monitor.measure.lonely',
  severely_lonely: 'monitor.measure.severely_lonely',
  emotionally_lonely: 'monitor.measure.emotionally_lonely',
  socially_lonely: 'monitor.measure.socially_lonely',
};

export const AGE_KEYS: Record<Age, MessageKey> = {
  '18+': 'monitor.age.18plus',
  '65+': 'monitor.age.65plus',
};

export type SortKey = 'name' | 'code' | Measure;
export type SortDir = 'asc' | 'desc';

export interface View {
  measure: Measure;
  age: Age;
  year: number;
  sort: SortKey;
  dir: SortDir;
  format: 'html' | 'csv';
  q: string;
  table: string;
}

const one = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;

/**
 * Read the page's choices from the query. Lenient: a bad or unknown value falls back to the
 * default, so a page never fails on its address (as the Kennisbank pages).
 */
export function readView(
  query: Record<string, unknown>,
  years: Record<Age, number[]>,
  defaults: { sort: SortKey; dir: SortDir } = { sort: 'name', dir: 'asc' },
): View {
  const measure = one(query.measure);
  const age = one(query.age);
  const chosenAge: Age = (AGES as readonly string[]).includes(age ?? '') ? (age as Age) : '18+';
  const ageYears = years[chosenAge];
  const latest = ageYears[ageYears.length - 1] ?? 2020;
  const year = Number(one(query.year));
  const sort = one(query.sort);
  const dir = one(query.dir);
  const sortKeys: readonly string[] = ['name', 'code', ...MEASURES];
  return {
    measure: (MEASURES as readonly string[]).includes(measure ?? '')
      ? (measure as Measure)
      : 'lonely',
    age: chosenAge,
    year: ageYears.includes(year) ? year : latest,
    sort: sortKeys.includes(sort ?? '') ? (sort as SortKey) : defaults.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaults.dir,
    format: one(query.format) === 'csv' ? 'csv' : 'html',
    q: (one(query.q) ?? '').trim().slice(0, 100),
    table: one(query.table) ?? '',
  };
}

/** One formatter, made once: `toLocaleString` with options builds a new one per call. */
export const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A percentage the Dutch way: 48,6. A missing figure is a dash (with a text for readers). */
export function pct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return oneDecimal.format(value);
}

/** A difference in percentage points with its sign: +1,6 / −0,4 / 0,0. */
export function diff(a: number | null, b: number | null): string {
  if (a === null || b === null) return '–';
  const d = Math.round((a - b) * 10) / 10;
  const text = oneDecimal.format(Math.abs(d));
  return d > 0 ? `+${text}` : d < 0 ? `−${text}` : text;
}

/** "2012, 2016 en 2020". */
export function yearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort();
  if (sorted.length <= 1) return sorted.join('');
  return `${sorted.slice(0, -1).join(', ')} en ${sorted[sorted.length - 1]}`;
}

/** The attribution of the figures shown, with the year(s). */
export function sourceLine(years: readonly number[]): string {
  return `Bron: Gezondheidsmonitor Volwassenen en Ouderen ${yearList(years)}, GGD'en, CBS en RIVM (RIVM StatLine 50090NED)`;
}

export function mapCredit(year: number): string {
  return `Kaart: Kadaster / CBS, ${year}`;
}

export function Source({ children }: { children: ComponentChildren }) {
  return <p class="utrecht-paragraph omzien-source">{children}</p>;
}

/** The same path with some query parameters set (undefined removes one). */
export function withQuery(
  url: string,
  changes: Record<string, string | number | undefined>,
  hash = '',
): string {
  const u = new URL(url, 'http://x');
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') u.searchParams.delete(k);
    else u.searchParams.set(k, String(v));
  }
  u.searchParams.delete('lang');
  return `${u.pathname}${u.search}${hash}`;
}

export interface Column<R> {
  key: SortKey;
  label: string;
  /** The value to sort on. */
  value: (row: R) => string | number | null;
  cell: (row: R) => ComponentChildren;
  numeric?: boolean;
  /** Row header (th scope=row). */
  header?: boolean;
}

/** Sort rows by a column; missing values always last. */
export function sortRows<R>(
  rows: readonly R[],
  columns: Column<R>[],
  sort: SortKey,
  dir: SortDir,
): R[] {
  const column = columns.find((c) => c.key === sort) ?? columns[0]!;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
    return sign * dutch.compare(String(va), String(vb));
  });
}

/**
 * The scrolling box around a wide table (on a phone it scrolls sideways, not the page). It is a
 * labelled region that takes keyboard focus, so keyboard users can scroll it too (WCAG 2.1.1;
 * axe `scrollable-region-focusable`).
 */
export function TableWrap({
  id,
  labelledBy,
  children,
}: {
  id?: string;
  labelledBy: string;
  children: ComponentChildren;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="omzien-table-wrap" id={id} tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}

/**
 * A table sorted on the server. Each column header is a link that sorts by that column (again:
 * the other way round); `aria-sort` marks the current one.
 */
export function SortableTable<R>({
  id,
  caption,
  columns,
  rows,
  url,
  sort,
  dir,
  t,
  rowKey,
  foot,
}: {
  id: string;
  caption: ComponentChildren;
  columns: Column<R>[];
  rows: R[];
  url: string;
  sort: SortKey;
  dir: SortDir;
  t: T;
  rowKey: (row: R) => string;
  foot?: ComponentChildren;
}) {
  const sorted = sortRows(rows, columns, sort, dir);
  return (
    <TableWrap id={id} labelledBy={`${id}-caption`}>
      <table class="utrecht-table omzien-data-table">
        <caption class="utrecht-table__caption" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {columns.map((c) => {
              const current = c.key === sort;
              const next: SortDir = current
                ? dir === 'asc'
                  ? 'desc'
                  : 'asc'
                : c.numeric
                  ? 'desc'
                  : 'asc';
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={`utrecht-table__header-cell${c.numeric ? ' omzien-num' : ''}`}
                  aria-sort={current ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <a
                    class="utrecht-link"
                    href={withQuery(url, { sort: c.key, dir: next, format: undefined }, `#${id}`)}
                  >
                    {c.label}
                    <span aria-hidden="true">{current ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    <span class="omzien-visually-hidden">
                      {' '}
                      (
                      {c.numeric
                        ? t(next === 'asc' ? 'monitor.sort.asc' : 'monitor.sort.desc')
                        : t(next === 'asc' ? 'monitor.sort.az' : 'monitor.sort.za')}
                      )
                    </span>
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {sorted.map((row) => (
            <tr class="utrecht-table__row" key={rowKey(row)}>
              {columns.map((c) =>
                c.header ? (
                  <th key={c.key} scope="row" class="utrecht-table__header-cell">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} class={`utrecht-table__cell${c.numeric ? ' omzien-num' : ''}`}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot ? <tfoot class="utrecht-table__footer">{foot}</tfoot> : null}
      </table>
    </TableWrap>
  );
}

/** Answer a CSV download. */
export function sendCsv(
  reply: FastifyReply,
  fileName: string,
  header: string[],
  rows: Cell[][],
  notes: string[],
): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(toCsv(header, rows, notes));
}

/** The GET form that chooses measure, age and year (works without JavaScript). */
export function ViewForm({
  action,
  view,
  years,
  t,
  anchor,
  showMeasure = true,
  keep = {},
}: {
  action: string;
  view: View;
  years: Record<Age, number[]>;
  t: T;
  anchor: string;
  showMeasure?: boolean;
  keep?: Record<string, string>;
}) {
  const allYears = [...new Set([...years['18+'], ...years['65+']])].sort();
  return (
    <form method="get" action={`${action}#${anchor}`} class="omzien-view-form omzien-no-print">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {showMeasure ? (
        <div class="omzien-field">
          <label for={`${anchor}-measure`}>{t('monitor.form.measure')}</label>
          <select
            class="utrecht-select utrecht-select--html-select"
            id={`${anchor}-measure`}
            name="measure"
          >
            {MEASURES.map((m) => (
              <option key={m} value={m} selected={view.measure === m}>
                {t(MEASURE_KEYS[m])}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="omzien-field">
        <label for={`${anchor}-age`}>{t('monitor.form.age')}</label>
        <select class="utrecht-select utrecht-select--html-select" id={`${anchor}-age`} name="age">
          {AGES.map((a) => (
            <option key={a} value={a} selected={view.age === a}>
              {t(AGE_KEYS[a])}
            </option>
          ))}
        </select>
      </div>
      <div class="omzien-field">
        <label for={`${anchor}-year`} id={`${anchor}-year-label`}>
          {t('monitor.form.year')}
        </label>
        <select
          class="utrecht-select utrecht-select--html-select"
          id={`${anchor}-year`}
          name="year"
          aria-describedby={`${anchor}-year-hint`}
        >
          {allYears.map((y) => (
            <option key={y} value={y} selected={view.year === y}>
              {y}
            </option>
          ))}
        </select>
        <div class="utrecht-form-field-description" id={`${anchor}-year-hint`}>
          {t('monitor.form.yearHint')}
        </div>
      </div>
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {t('monitor.form.submit')}
      </button>
    </form>
  );
}
