/**
 * The facts (risk factors) stored per area and year in `area_facts`, by key. Two sources fill
 * them: the CBS Kerncijfers wijken en buurten (import-kwb.ts) and the health indicators of RIVM
 * StatLine 50090NED beside the loneliness figures (import-statline.ts). Values are stored as
 * published, never recomputed: the keys say exactly what the number is.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';

export type FactUnit = 'count' | 'percent' | 'class' | 'per km2';

export interface FactDefinition<K extends string = string> {
  key: K;
  /** The Dutch label as shown to users. */
  label: string;
  unit: FactUnit;
  /** One line in English: what the value is and where it comes from. */
  description: string;
}

/** Facts from the CBS Kerncijfers wijken en buurten (kwb), one value per area and year. */
const KWB_FACTS = [
  {
    key: 'population',
    label: 'Aantal inwoners',
    unit: 'count',
    description: 'Number of residents on 1 January (CBS kwb).',
  },
  {
    key: 'urbanity',
    label: 'Stedelijkheid',
    unit: 'class',
    description:
      'CBS urbanity class from address density: 1 = very strongly urban … 5 = not urban (CBS kwb).',
  },
  {
    key: 'address_density',
    label: 'Omgevingsadressendichtheid',
    unit: 'per km2',
    description: 'Average number of addresses per km2 within 1 km of each address (CBS kwb).',
  },
  {
    key: 'share_65_plus',
    label: 'Personen 65 jaar en ouder',
    unit: 'percent',
    description: 'Residents aged 65 or over, as % of all residents (CBS kwb).',
  },
  {
    key: 'share_single_person_households',
    label: 'Eenpersoonshuishoudens',
    unit: 'percent',
    description: 'Single-person households, as % of all households (CBS kwb).',
  },
  {
    key: 'share_widowed',
    label: 'Verweduwd',
    unit: 'percent',
    description: 'Widowed residents, as % of all residents (CBS kwb).',
  },
  {
    key: 'share_low_income_households',
    label: 'Huishoudens met een laag inkomen',
    unit: 'percent',
    description: 'Private households with a low income, as % of households with income (CBS kwb).',
  },
  {
    key: 'share_social_minimum_households',
    label: 'Huishoudens onder of rond sociaal minimum',
    unit: 'percent',
    description:
      'Households with an income up to 110% of the social minimum, as % of households (CBS kwb).',
  },
  {
    key: 'share_non_western_migration',
    label: 'Niet-westerse migratieachtergrond',
    unit: 'percent',
    description:
      'Residents with a non-western migration background, % of residents (CBS kwb up to 2021).',
  },
  {
    key: 'share_origin_outside_europe',
    label: 'Herkomstland buiten Europa',
    unit: 'percent',
    description:
      'Residents whose country of origin lies outside Europe, % of residents (CBS kwb from 2022).',
  },
] as const satisfies readonly FactDefinition[];

/**
 * Health indicators of RIVM StatLine 50090NED (and later tables of the same shape), published per
 * wijk and buurt for 18+ and 65+. `statlineKey` is the column key without its number suffix.
 */
export const STATLINE_FACTS = [
  {
    base: 'difficulty_making_ends_meet',
    statlineKey: 'MoeiteMetRondkomen',
    label: 'Moeite met rondkomen',
    description: 'Has (some or great) difficulty making ends meet, % (RIVM model estimate).',
  },
  {
    base: 'limited_by_health',
    statlineKey: 'BeperktVanwegeGezondheid',
    label: 'Beperkt vanwege gezondheid',
    description: 'Limited in usual activities because of health, % (RIVM model estimate).',
  },
  {
    base: 'high_risk_anxiety_depression',
    statlineKey: 'HoogRisicoOpAngstOfDepressie',
    label: 'Hoog risico op angststoornis of depressie',
    description: 'High risk of an anxiety disorder or depression (K10), % (RIVM model estimate).',
  },
  {
    // Stored as published (moderate or much control over one's own life), not as its complement,
    // so the value can be checked against StatLine; a low value is the risk signal.
    base: 'control_over_life',
    statlineKey: 'MatigVeelRegieOverEigenLeven',
    label: 'Matig tot veel regie over eigen leven',
    description:
      'Moderate or much control over own life, % as published; 100 minus it is the share with little control.',
  },
  {
    base: 'carer',
    statlineKey: 'Mantelzorger',
    label: 'Mantelzorger',
    description: 'Gives informal care (mantelzorg), % (RIVM model estimate).',
  },
  {
    base: 'good_health',
    statlineKey: 'ErvarenGezondheidGoedZeerGoed',
    label: 'Ervaren gezondheid goed of zeer goed',
    description: 'Rates own health as good or very good, % (RIVM model estimate).',
  },
] as const;

/** The age groups of the StatLine facts, as key suffixes. */
export const FACT_AGE_SUFFIXES = { '18+': '18plus', '65+': '65plus' } as const;

type KwbFactKey = (typeof KWB_FACTS)[number]['key'];
type StatlineFactBase = (typeof STATLINE_FACTS)[number]['base'];
type AgeSuffix = (typeof FACT_AGE_SUFFIXES)[keyof typeof FACT_AGE_SUFFIXES];
export type FactKey = KwbFactKey | `${StatlineFactBase}_${AgeSuffix}`;

/** Every fact key with its Dutch label, unit and description. */
export const FACT_KEYS: readonly FactDefinition<FactKey>[] = [
  ...KWB_FACTS,
  ...STATLINE_FACTS.flatMap((f) =>
    Object.entries(FACT_AGE_SUFFIXES).map(([age, suffix]) => ({
      key: `${f.base}_${suffix}` as FactKey,
      label: `${f.label} (${age})`,
      unit: 'percent' as const,
      description: `${f.description} Age ${age}.`,
    })),
  ),
];

const KNOWN = new Set<string>(FACT_KEYS.map((f) => f.key));

export function isFactKey(key: string): key is FactKey {
  return KNOWN.has(key);
}

/** One fact as written: the value as its published text, so nothing is rounded on the way in. */
export interface FactRow {
  area_code: string;
  year: number;
  key: FactKey;
  value: string;
  source: string;
}

/** Facts per statement: five array parameters each, whatever the count. */
const FACT_BATCH = 20000;

/**
 * Insert or change facts; returns how many were inserted or changed. The rows travel as one
 * array per column (`unnest`), not one parameter per value: this keeps hundreds of thousands of
 * facts fast on PGlite and PostgreSQL alike (measured: about a third faster than a json
 * parameter, several times faster than multi-row VALUES). A value is only rewritten when it
 * differs numerically.
 */
export async function upsertFacts(db: Db, rows: readonly FactRow[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += FACT_BATCH) {
    const batch = rows.slice(i, i + FACT_BATCH);
    const r = await sql<{ n: number }>`
      with written as (
        insert into area_facts (area_code, year, key, value, source)
        select * from unnest(
          ${batch.map((f) => f.area_code)}::text[], ${batch.map((f) => f.year)}::integer[],
          ${batch.map((f) => f.key)}::text[], ${batch.map((f) => f.value)}::numeric[],
          ${batch.map((f) => f.source)}::text[])
        on conflict (area_code, year, key) do update
          set value = excluded.value, source = excluded.source
          where (area_facts.value, area_facts.source) is distinct from (excluded.value, excluded.source)
        returning 1
      )
      select count(*)::int as n from written`.execute(db);
    written += r.rows[0]?.n ?? 0;
  }
  return written;
}

/**
 * Remove facts a newer file no longer publishes (an empty cell), so a corrected file leaves no
 * stale value behind. Returns how many were removed.
 */
export async function deleteFacts(
  db: Db,
  keys: readonly Pick<FactRow, 'area_code' | 'year' | 'key'>[],
): Promise<number> {
  let removed = 0;
  for (let i = 0; i < keys.length; i += FACT_BATCH) {
    const batch = keys.slice(i, i + FACT_BATCH);
    const r = await sql<{ n: number }>`
      with removed as (
        delete from area_facts f
        using unnest(${batch.map((k) => k.area_code)}::text[],
          ${batch.map((k) => k.year)}::integer[], ${batch.map((k) => k.key)}::text[])
          as r(area_code, year, key)
        where f.area_code = r.area_code and f.year = r.year and f.key = r.key
        returning 1
      )
      select count(*)::int as n from removed`.execute(db);
    removed += r.rows[0]?.n ?? 0;
  }
  return removed;
}
