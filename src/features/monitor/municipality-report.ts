/**
 * Use cases behind the Monitor pages: the list of municipalities with their figures, the report
 * of one municipality (its figures against the Netherlands and comparable municipalities, its
 * wijken with their boundaries, the risk scores of its wijken and buurten) and the report of one
 * wijk with its buurten. Plain data in, plain data out; the pages render it.
 *
 * The SQL lives here rather than in `repo.ts` because these reads serve only the pages. Every
 * query is bounded by one municipality (a few hundred areas) except the list of municipalities
 * (355 rows) and the comparable group's facts (two facts per municipality).
 */
import type { Geometry } from 'geojson';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../platform/http/problem.ts';
import type { Age } from './areas.ts';
import {
  type ComparableGroup,
  findComparable,
  type MunicipalityFacts,
  meanOf,
} from './comparable.ts';
import { FACT_AGE_SUFFIXES } from './facts.ts';
import { type RiskFactor, type RiskInput, type RiskResult, scoreAreas } from './risk-score.ts';

/** One Dutch collator, made once (`localeCompare` with a locale builds one per call). */
const dutch = new Intl.Collator('nl');

export const MEASURES = [
  'lonely',
  'severely_lonely',
  'emotionally_lonely',
  'socially_lonely',
] as const;
export type Measure = (typeof MEASURES)[number];

export type Figures = Record<Measure, number | null>;

/** `${year} ${age}` → figures. */
export type FiguresByYearAge = Map<string, Figures>;

export const figureKey = (year: number, age: Age) => `${year} ${age}`;

export interface AreaFigures {
  code: string;
  name: string;
  figures: FiguresByYearAge;
}

export const GM_CODE = /^GM\d{4}$/;
export const WK_CODE = /^WK\d{6}$/;

const EMPTY: Figures = {
  lonely: null,
  severely_lonely: null,
  emotionally_lonely: null,
  socially_lonely: null,
};

export function figuresOf(area: AreaFigures | undefined, year: number, age: Age): Figures {
  return area?.figures.get(figureKey(year, age)) ?? EMPTY;
}

const num = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

interface IndicatorRowLike {
  area_code: string;
  year: number;
  age: string;
  lonely: string | null;
  severely_lonely: string | null;
  emotionally_lonely: string | null;
  socially_lonely: string | null;
}

function groupFigures(rows: readonly IndicatorRowLike[]): Map<string, FiguresByYearAge> {
  const byArea = new Map<string, FiguresByYearAge>();
  for (const r of rows) {
    let m = byArea.get(r.area_code);
    if (!m) {
      m = new Map();
      byArea.set(r.area_code, m);
    }
    m.set(figureKey(r.year, r.age as Age), {
      lonely: num(r.lonely),
      severely_lonely: num(r.severely_lonely),
      emotionally_lonely: num(r.emotionally_lonely),
      socially_lonely: num(r.socially_lonely),
    });
  }
  return byArea;
}

/** The years for which figures exist, ascending, per age group. */
export async function availableYears(db: Db): Promise<Record<Age, number[]>> {
  const rows = await db
    .selectFrom('area_indicators')
    .select(['year', 'age'])
    .distinct()
    .where('area_code', '=', 'NL01')
    .orderBy('year')
    .execute();
  const result: Record<Age, number[]> = { '18+': [], '65+': [] };
  for (const r of rows) result[r.age].push(r.year);
  return result;
}

export interface MunicipalityList {
  country: AreaFigures | undefined;
  municipalities: AreaFigures[];
  years: Record<Age, number[]>;
}

/** Every municipality with all its figures, and the Netherlands. */
export async function listMunicipalities(db: Db): Promise<MunicipalityList> {
  const [areas, rows, years] = await Promise.all([
    db
      .selectFrom('areas')
      .select(['code', 'name'])
      .where('level', 'in', ['municipality', 'country'])
      .execute(),
    db
      .selectFrom('area_indicators')
      .selectAll()
      // Ranges on the primary key's first column: an index scan of the gemeente rows only.
      .where((eb) =>
        eb.or([
          eb.and([eb('area_code', '>=', 'GM0000'), eb('area_code', '<=', 'GM9999')]),
          eb('area_code', '=', 'NL01'),
        ]),
      )
      .execute(),
    availableYears(db),
  ]);
  const figures = groupFigures(rows);
  const list = areas.map((a) => ({
    code: a.code,
    name: a.name,
    figures: figures.get(a.code) ?? new Map(),
  }));
  return {
    country: list.find((a) => a.code === 'NL01'),
    municipalities: list
      .filter((a) => a.code !== 'NL01')
      .sort((a, b) => dutch.compare(a.name, b.name)),
    years,
  };
}

export interface MapFeature {
  code: string;
  name: string | null;
  geometry: Geometry;
  year: number;
}

export interface RiskSection {
  year: number;
  age: Age;
  wijken: RiskResult[];
  buurten: RiskResult[];
  /** The factors that had data for the wijken (after the minimum count). */
  factorsUsed: RiskFactor[];
}

export interface MunicipalityReport {
  code: string;
  name: string;
  country: AreaFigures;
  municipality: AreaFigures;
  comparable: ComparableGroup;
  /** The unweighted mean of the comparable municipalities, per year and age. */
  comparableFigures: AreaFigures;
  facts: MunicipalityFacts;
  wijken: AreaFigures[];
  buurten: AreaFigures[];
  geometries: MapFeature[];
  years: Record<Age, number[]>;
  sources: string[];
}

const HEALTH_FACTORS: RiskFactor[] = [
  'difficulty_making_ends_meet',
  'limited_by_health',
  'high_risk_anxiety_depression',
  'control_over_life',
];

/** Parse and check a gemeente code from a path: malformed is 400, as the API does. */
export function checkCode(code: string, pattern: RegExp, what: string): string {
  const trimmed = code.trim().toUpperCase();
  if (!pattern.test(trimmed)) {
    throw new ValidationError([{ name: 'path.code', reason: `Not a ${what} code` }]);
  }
  return trimmed;
}

/** Latest value per municipality of `population` and `urbanity`. */
async function municipalityFacts(db: Db): Promise<Map<string, MunicipalityFacts>> {
  const [areas, facts] = await Promise.all([
    db.selectFrom('areas').select(['code', 'name']).where('level', '=', 'municipality').execute(),
    db
      .selectFrom('area_facts')
      .select(['area_code', 'key', 'value'])
      .distinctOn(['area_code', 'key'])
      .where('key', 'in', ['population', 'urbanity'])
      .where('area_code', '>=', 'GM0000')
      .where('area_code', '<=', 'GM9999')
      .orderBy('area_code')
      .orderBy('key')
      .orderBy('year', 'desc')
      .execute(),
  ]);
  const map = new Map<string, MunicipalityFacts>();
  for (const a of areas)
    map.set(a.code, { code: a.code, name: a.name, population: null, urbanity: null });
  for (const f of facts) {
    const m = map.get(f.area_code);
    if (!m) continue;
    if (f.key === 'population') m.population = Number(f.value);
    if (f.key === 'urbanity') m.urbanity = Number(f.value);
  }
  return map;
}

export async function getMunicipalityReport(db: Db, rawCode: string): Promise<MunicipalityReport> {
  const code = checkCode(rawCode, GM_CODE, 'gemeente');
  const area = await db
    .selectFrom('areas')
    .selectAll()
    .where('code', '=', code)
    .where('level', '=', 'municipality')
    .executeTakeFirst();
  if (!area) throw new NotFoundError(`Gemeente ${code}`);

  const areas = await db
    .selectFrom('areas')
    .select(['code', 'name', 'level'])
    .where('municipality_code', '=', code)
    .where('level', 'in', ['district', 'neighbourhood'])
    .execute();
  const [rows, geometries, factsByCode, years] = await Promise.all([
    // By the primary key: one index probe per area (a few hundred), not a scan of all figures.
    db
      .selectFrom('area_indicators')
      .selectAll()
      .where('area_code', 'in', ['NL01', code, ...areas.map((a) => a.code)])
      .execute(),
    db
      .selectFrom('area_geometries')
      .select(['area_code', 'name', 'geometry', 'year'])
      .distinctOn('area_code')
      .where('municipality_code', '=', code)
      .where('level', '=', 'district')
      .orderBy('area_code')
      .orderBy('year', 'desc')
      .execute(),
    municipalityFacts(db),
    availableYears(db),
  ]);
  const figures = groupFigures(rows);
  const geometryName = new Map(geometries.map((g) => [g.area_code, g.name]));
  const named = (a: { code: string; name: string }) =>
    a.name === a.code ? (geometryName.get(a.code) ?? a.name) : a.name;
  const byLevel = (level: string) =>
    areas
      .filter((a) => a.level === level)
      .map((a) => ({ code: a.code, name: named(a), figures: figures.get(a.code) ?? new Map() }))
      .sort((a, b) => a.code.localeCompare(b.code));

  const facts = factsByCode.get(code) ?? {
    code,
    name: area.name,
    population: null,
    urbanity: null,
  };
  const comparable = findComparable(facts, [...factsByCode.values()]);
  const comparableFigures = await comparableMeans(
    db,
    comparable.members.map((m) => m.code),
  );
  return {
    code,
    name: area.name,
    country: { code: 'NL01', name: 'Nederland', figures: figures.get('NL01') ?? new Map() },
    municipality: { code, name: area.name, figures: figures.get(code) ?? new Map() },
    comparable,
    comparableFigures,
    facts,
    wijken: byLevel('district'),
    buurten: byLevel('neighbourhood'),
    geometries: geometries.map((g) => ({
      code: g.area_code,
      name: g.name,
      geometry: (typeof g.geometry === 'string' ? JSON.parse(g.geometry) : g.geometry) as Geometry,
      year: g.year,
    })),
    years,
    sources: [...new Set(rows.map((r) => r.source))].sort(),
  };
}

async function comparableMeans(db: Db, codes: string[]): Promise<AreaFigures> {
  const result: AreaFigures = {
    code: 'comparable',
    name: 'Vergelijkbare gemeenten',
    figures: new Map(),
  };
  if (codes.length === 0) return result;
  const rows = await db
    .selectFrom('area_indicators')
    .selectAll()
    .where('area_code', 'in', codes)
    .execute();
  const byKey = new Map<string, IndicatorRowLike[]>();
  for (const r of rows) {
    const k = figureKey(r.year, r.age);
    const list = byKey.get(k) ?? [];
    list.push(r);
    byKey.set(k, list);
  }
  for (const [k, list] of byKey) {
    result.figures.set(k, {
      lonely: meanOf(list.map((r) => num(r.lonely))),
      severely_lonely: meanOf(list.map((r) => num(r.severely_lonely))),
      emotionally_lonely: meanOf(list.map((r) => num(r.emotionally_lonely))),
      socially_lonely: meanOf(list.map((r) => num(r.socially_lonely))),
    });
  }
  return result;
}

/**
 * The risk scores of the wijken and of the buurten of one municipality, for one year and age
 * group: loneliness from `area_indicators`, the health indicators from `area_facts`.
 */
export async function getRiskSection(
  db: Db,
  report: MunicipalityReport,
  year: number,
  age: Age,
): Promise<RiskSection> {
  const suffix = FACT_AGE_SUFFIXES[age];
  const keys = HEALTH_FACTORS.map((f) => `${f}_${suffix}`);
  const codes = [...report.wijken, ...report.buurten].map((a) => a.code);
  const facts =
    codes.length === 0
      ? []
      : await db
          .selectFrom('area_facts')
          .select(['area_code', 'key', 'value'])
          .where('year', '=', year)
          .where('key', 'in', keys)
          .where('area_code', 'in', codes)
          .execute();
  const factsByArea = new Map<string, Partial<Record<RiskFactor, number>>>();
  for (const f of facts) {
    const base = f.key.slice(0, -suffix.length - 1) as RiskFactor;
    const m = factsByArea.get(f.area_code) ?? {};
    m[base] = Number(f.value);
    factsByArea.set(f.area_code, m);
  }
  const inputs = (areas: AreaFigures[]): RiskInput[] =>
    areas.map((a) => {
      const fig = figuresOf(a, year, age);
      return {
        code: a.code,
        name: a.name,
        values: {
          lonely: fig.lonely,
          severely_lonely: fig.severely_lonely,
          ...factsByArea.get(a.code),
        },
      };
    });
  const wijkInputs = inputs(report.wijken);
  const wijken = scoreAreas(wijkInputs);
  const factorsUsed = [
    ...new Set(wijken.flatMap((w) => w.contributions.map((c) => c.factor))),
  ] as RiskFactor[];
  return { year, age, wijken, buurten: scoreAreas(inputs(report.buurten)), factorsUsed };
}

export interface DistrictReport {
  code: string;
  name: string;
  municipality: AreaFigures;
  country: AreaFigures;
  district: AreaFigures;
  buurten: AreaFigures[];
  years: Record<Age, number[]>;
}

export async function getDistrictReport(db: Db, rawCode: string): Promise<DistrictReport> {
  const code = checkCode(rawCode, WK_CODE, 'wijk');
  const area = await db
    .selectFrom('areas')
    .selectAll()
    .where('code', '=', code)
    .where('level', '=', 'district')
    .executeTakeFirst();
  if (!area) throw new NotFoundError(`Wijk ${code}`);
  const gm = area.municipality_code ?? `GM${code.slice(2, 6)}`;
  const [areas, rows, geometry, years] = await Promise.all([
    db
      .selectFrom('areas')
      .select(['code', 'name'])
      .where((eb) => eb.or([eb('parent_code', '=', code), eb('code', '=', gm)]))
      .execute(),
    db
      .selectFrom('area_indicators')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('area_code', 'in', ['NL01', gm, code]),
          eb(
            'area_code',
            'in',
            eb.selectFrom('areas').select('code').where('parent_code', '=', code),
          ),
        ]),
      )
      .execute(),
    db
      .selectFrom('area_geometries')
      .select(['name'])
      .where('area_code', '=', code)
      .orderBy('year', 'desc')
      .executeTakeFirst(),
    availableYears(db),
  ]);
  const figures = groupFigures(rows);
  const gmName = areas.find((a) => a.code === gm)?.name ?? gm;
  const name = area.name === code && geometry?.name ? geometry.name : area.name;
  return {
    code,
    name,
    municipality: { code: gm, name: gmName, figures: figures.get(gm) ?? new Map() },
    country: { code: 'NL01', name: 'Nederland', figures: figures.get('NL01') ?? new Map() },
    district: { code, name, figures: figures.get(code) ?? new Map() },
    buurten: areas
      .filter((a) => a.code !== gm)
      .map((a) => ({ code: a.code, name: a.name, figures: figures.get(a.code) ?? new Map() }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    years,
  };
}
