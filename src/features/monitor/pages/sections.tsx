/**
 * Sections of the municipality page that the factsheet reuses: the figures against the
 * Netherlands and comparable municipalities, the map of the wijken, the risk areas and the
 * blind-spot questions.
 */

import type { T } from '../../../platform/i18n/index.ts';
import { Heading, Link, P } from '../../../platform/ui/components.tsx';
import type { Age } from '../areas.ts';
import { type Choropleth, type MapArea, renderChoropleth } from '../choropleth.ts';
import { describeComparableRule } from '../comparable.ts';
import {
  type AreaFigures,
  figuresOf,
  MEASURES,
  type Measure,
  type MunicipalityReport,
  type RiskSection,
} from '../municipality-report.ts';
import type { RiskResult } from '../risk-score.ts';
import {
  AGE_KEYS,
  diff,
  MEASURE_KEYS,
  mapCredit,
  oneDecimal,
  pct,
  Source,
  sourceLine,
  TableWrap,
} from './shared.tsx';

/** The years shown for an age group (65+ has no 2012). */
function yearsFor(report: MunicipalityReport, age: Age): number[] {
  return report.years[age];
}

/** One table per age group: each measure and year for the municipality, the group and NL. */
export function OverviewTable({
  report,
  age,
  t,
  years,
  id,
}: {
  report: MunicipalityReport;
  age: Age;
  t: T;
  years?: number[];
  id: string;
}) {
  const shownYears = years ?? yearsFor(report, age);
  const hasGroup = report.comparable.members.length > 0;
  if (shownYears.length === 0) {
    return <P>{t('monitor.overview.none', { age: t(AGE_KEYS[age]) })}</P>;
  }
  return (
    <>
      <TableWrap labelledBy={`${id}-caption`}>
        <table class="utrecht-table omzien-data-table" id={id}>
          <caption class="utrecht-table__caption" id={`${id}-caption`}>
            {t('monitor.overview.caption', { name: report.name, age: t(AGE_KEYS[age]) })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                {t('monitor.col.measureYear')}
              </th>
              <th scope="col" class="utrecht-table__header-cell omzien-num">
                {report.name}
              </th>
              {hasGroup ? (
                <th scope="col" class="utrecht-table__header-cell omzien-num">
                  {t('monitor.col.comparable')}
                </th>
              ) : null}
              <th scope="col" class="utrecht-table__header-cell omzien-num">
                {t('monitor.netherlands')}
              </th>
              <th scope="col" class="utrecht-table__header-cell omzien-num">
                {t('monitor.col.diffNl')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {MEASURES.flatMap((m) =>
              shownYears.map((year) => {
                const own = figuresOf(report.municipality, year, age)[m];
                const nl = figuresOf(report.country, year, age)[m];
                const group = figuresOf(report.comparableFigures, year, age)[m];
                return (
                  <tr class="utrecht-table__row" key={`${m}-${year}`}>
                    <th scope="row" class="utrecht-table__header-cell">
                      {t(MEASURE_KEYS[m])}, {year}
                    </th>
                    <td class="utrecht-table__cell omzien-num">{pct(own)}</td>
                    {hasGroup ? <td class="utrecht-table__cell omzien-num">{pct(group)}</td> : null}
                    <td class="utrecht-table__cell omzien-num">{pct(nl)}</td>
                    <td class="utrecht-table__cell omzien-num">{diff(own, nl)}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </TableWrap>
      <Source>
        {sourceLine(shownYears)}. {t('monitor.percentNote')}
      </Source>
    </>
  );
}

export function ComparableExplanation({ report, t }: { report: MunicipalityReport; t: T }) {
  const members = report.comparable.members;
  return (
    <>
      <P lang="nl">{describeComparableRule(report.comparable, report.name)}</P>
      {members.length > 0 ? (
        <details class="omzien-details">
          <summary>{t('monitor.comparable.members', { count: members.length })}</summary>
          <ul class="utrecht-unordered-list omzien-columns">
            {members.map((m) => (
              <li class="utrecht-unordered-list__item" key={m.code}>
                <Link href={`/monitor/gemeente/${m.code}`}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : report.comparable.basis !== 'none' ? (
        <P>{t('monitor.comparable.none')}</P>
      ) : null}
      <Source>{t('monitor.comparable.source')}</Source>
    </>
  );
}

export interface WijkMap {
  map: Choropleth | null;
  /** Wijken with figures but no boundary. */
  missing: number;
  year: number | null;
}

/** The choropleth of the wijken of a municipality for one measure, age and year. */
export function buildWijkMap(
  report: MunicipalityReport,
  measure: Measure,
  age: Age,
  year: number,
  t: T,
  options: { id: string; width?: number; height?: number } = { id: 'kaart-svg' },
): WijkMap {
  if (report.geometries.length === 0)
    return { map: null, missing: report.wijken.length, year: null };
  const byCode = new Map(report.wijken.map((w) => [w.code, w]));
  const areas: MapArea[] = report.geometries.map((g) => {
    const wijk = byCode.get(g.code);
    return {
      code: g.code,
      name: wijk?.name ?? g.name ?? g.code,
      geometry: g.geometry,
      value: wijk ? figuresOf(wijk, year, age)[measure] : null,
    };
  });
  const drawn = new Set(report.geometries.map((g) => g.code));
  const mapYear = Math.max(...report.geometries.map((g) => g.year));
  const label = `${t(MEASURE_KEYS[measure])}, ${t(AGE_KEYS[age])}, ${year}`;
  const map = renderChoropleth(areas, {
    id: options.id,
    title: t('monitor.map.title', { what: label, name: report.name }),
    description: t('monitor.map.desc', { count: areas.length }),
    legendTitle: `${label} (%)`,
    credits: [mapCredit(mapYear), sourceLine([year]).replace(' (RIVM StatLine 50090NED)', '')],
    noDataLabel: t('monitor.map.noData'),
    ...(options.width ? { width: options.width } : {}),
    ...(options.height ? { height: options.height } : {}),
  });
  return {
    map,
    missing: report.wijken.filter((w) => !drawn.has(w.code)).length,
    year: mapYear,
  };
}

export function MapFigure({ wijkMap, t }: { wijkMap: WijkMap; t: T }) {
  if (!wijkMap.map) {
    return (
      <div class="omzien-note">
        <P>{t('monitor.map.none')}</P>
      </div>
    );
  }
  return (
    <figure class="omzien-map-figure">
      {/* Our own SVG: every text in it is escaped by renderChoropleth. */}
      <div class="omzien-map-svg" dangerouslySetInnerHTML={{ __html: wijkMap.map.svg }} />
      <figcaption class="omzien-source">
        {mapCredit(wijkMap.year ?? 2020)}. {t('monitor.map.caption')}
        {wijkMap.missing > 0 ? ` ${t('monitor.map.missing', { count: wijkMap.missing })}` : ''}
      </figcaption>
    </figure>
  );
}

function score(value: number): string {
  const text = oneDecimal.format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function RiskItems({
  results,
  t,
  level,
  wijkNames,
}: {
  results: RiskResult[];
  t: T;
  level: 'wijk' | 'buurt';
  wijkNames: Map<string, string>;
}) {
  const meanKey = level === 'wijk' ? 'monitor.risk.meanWijken' : 'monitor.risk.meanBuurten';
  return (
    <ol class="omzien-risk-list">
      {results.map((r) => {
        // Buurten have no names in the open data: name the wijk they lie in.
        const wijk = level === 'buurt' ? wijkNames.get(`WK${r.code.slice(2, 8)}`) : undefined;
        return (
          <li key={r.code} class="omzien-risk">
            <p class="utrecht-paragraph">
              <strong>
                {level === 'wijk' ? (
                  <Link href={`/monitor/wijk/${r.code}`}>{r.name}</Link>
                ) : wijk ? (
                  <Link href={`/monitor/wijk/WK${r.code.slice(2, 8)}`}>
                    {r.name === r.code ? t('monitor.risk.buurtIn', { wijk }) : r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </strong>{' '}
              <span class="omzien-meta">
                ({r.code}, {t('monitor.risk.score')} {score(r.score)})
              </span>
            </p>
            <ul class="utrecht-unordered-list">
              {r.top.map((c) => (
                <li class="utrecht-unordered-list__item" key={c.factor} lang="nl">
                  {c.sentence} (
                  {t(
                    c.factor === 'control_over_life'
                      ? 'monitor.risk.hereControl'
                      : 'monitor.risk.here',
                    {
                      value: pct(c.value),
                    },
                  )}
                  ; {t(meanKey, { mean: pct(c.mean) })})
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

export const RISK_TOP = 5;

export function RiskSectionView({
  report,
  risk,
  t,
  top = RISK_TOP,
  headingLevel = 3,
}: {
  report: MunicipalityReport;
  risk: RiskSection;
  t: T;
  top?: number;
  headingLevel?: 2 | 3;
}) {
  const wijken = risk.wijken.filter((r) => r.score > 0).slice(0, top);
  const buurten = risk.buurten.filter((r) => r.score > 0).slice(0, top);
  const used = risk.factorsUsed;
  const wijkNames = new Map(report.wijken.map((w) => [w.code, w.name]));
  return (
    <>
      <P>
        {t('monitor.risk.intro', {
          year: risk.year,
          age: t(AGE_KEYS[risk.age]),
          name: report.name,
        })}
      </P>
      <P>
        {t('monitor.risk.factors')}{' '}
        {used.length > 0
          ? used.map((f) => t(`monitor.factor.${f}` as 'monitor.factor.lonely')).join(', ')
          : t('common.none')}
        .
      </P>
      <Heading level={headingLevel}>{t('monitor.risk.wijken')}</Heading>
      {wijken.length > 0 ? (
        <RiskItems results={wijken} t={t} level="wijk" wijkNames={wijkNames} />
      ) : (
        <P>{t('monitor.risk.noneFound')}</P>
      )}
      <Heading level={headingLevel}>{t('monitor.risk.buurten')}</Heading>
      {buurten.length > 0 ? (
        <RiskItems results={buurten} t={t} level="buurt" wijkNames={wijkNames} />
      ) : (
        <P>{t('monitor.risk.noneFound')}</P>
      )}
      <Source>
        {sourceLine([risk.year])}. {t('monitor.risk.limits')}
      </Source>
    </>
  );
}

export function RiskMethod({ t }: { t: T }) {
  return (
    <details class="omzien-details">
      <summary>{t('monitor.risk.how')}</summary>
      <P>{t('monitor.risk.how1')}</P>
      <P>{t('monitor.risk.how2')}</P>
      <P>{t('monitor.risk.how3')}</P>
      <P>{t('monitor.risk.how4')}</P>
    </details>
  );
}

/**
 * Blind spots need to know where activities are (Sociale kaart) and where signals come in
 * (Signaalpunt); neither exists yet. So this shows only the wijken with the most loneliness and
 * the question to ask there.
 */
export function BlindSpots({
  report,
  year,
  age,
  t,
  top = 3,
}: {
  report: MunicipalityReport;
  year: number;
  age: Age;
  t: T;
  top?: number;
}) {
  const own = figuresOf(report.municipality, year, age).lonely;
  const high = report.wijken
    .map((w) => ({ w, v: figuresOf(w, year, age).lonely }))
    .filter((x): x is { w: AreaFigures; v: number } => x.v !== null && (own === null || x.v > own))
    .sort((a, b) => b.v - a.v)
    .slice(0, top);
  return (
    <>
      <P>{t('monitor.blind.intro')}</P>
      <div class="omzien-warning" role="note">
        <P>{t('monitor.blind.honest')}</P>
      </div>
      {high.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {high.map(({ w, v }) => (
            <li class="utrecht-unordered-list__item" key={w.code}>
              <strong>{w.name}</strong>:{' '}
              {t('monitor.blind.item', {
                value: pct(v),
                own: pct(own),
                year,
                age: t(AGE_KEYS[age]),
              })}{' '}
              <em>{t('monitor.blind.question', { name: w.name })}</em>
            </li>
          ))}
        </ul>
      ) : (
        <P>{t('monitor.blind.none')}</P>
      )}
      <Source>{sourceLine([year])}</Source>
    </>
  );
}
