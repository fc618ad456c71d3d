/**
 * Import a RIVM StatLine "Gezondheid per wijk en buurt" CSV export (table 50090NED, and the later
 * tables of the same shape) into `areas` and `area_indicators`. ADR 0007.
 *
 * - Columns are found by their key, not by position: `Eenzaam_<n>`, `ErnstigZeerErnstigEenzaam_<n>`,
 *   `EmotioneelEenzaam_<n>`, `SociaalEenzaam_<n>`, `Gemeentenaam_<n>`, `SoortRegio_<n>`, whatever
 *   the number; the dimension columns `Leeftijd`, `Marges`, `WijkenEnBuurten`, `Perioden` by name.
 * - Every row is validated first. If any row is wrong the whole file is refused, naming line and
 *   column of each problem, and nothing is written. Otherwise everything is written in one
 *   transaction.
 * - Rows are upserted by (area, year, age): importing the same file again changes nothing.
 * - Only point estimates (`Marges` MW00000) for 18+ (`Leeftijd` 20300) and 65+ (80200) are taken;
 *   other margins and age groups are counted as skipped.
 * - The health indicators of {@link STATLINE_FACTS} (`MoeiteMetRondkomen_<n>` …) are validated like
 *   the loneliness percentages and stored in `area_facts` in the same transaction, keyed with the
 *   age group (`difficulty_making_ends_meet_18plus`). A table without such a column simply has
 *   no such facts; an empty cell removes a fact stored before for that area, year and key.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Insertable, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import type { AreaIndicatorTable, AreaLevel, AreaTable } from '../../platform/db/schema.ts';
import {
  type Age,
  AREA_CODE_DESCRIPTION,
  AREA_CODE_PATTERN,
  levelOf,
  municipalityOf,
  parentOf,
} from './areas.ts';
import { type CsvRecord, CsvSyntaxError, parseCsv } from './csv.ts';
import {
  deleteFacts,
  FACT_AGE_SUFFIXES,
  type FactKey,
  type FactRow,
  STATLINE_FACTS,
  upsertFacts,
} from './facts.ts';

export interface ImportProblem {
  /** The 1-based line of the file (the header is line 1); 0 for a problem in a JSON feature. */
  line: number;
  /** The column key as in the header (or a feature's property), null for the whole line. */
  column: string | null;
  reason: string;
  /** For GeoJSON and TopoJSON: the 0-based index of the feature, as in `features[i]`. */
  feature?: number;
}

export interface ImportReport {
  file: string;
  /** What the figures are attributed to, e.g. "RIVM StatLine 50090NED". */
  source: string;
  status: 'imported' | 'refused';
  /** Data rows read (the header and blank lines not counted). */
  rows: number;
  /** Distinct areas in the rows taken. */
  areas: number;
  /** Indicator rows inserted or changed. */
  taken: number;
  /** Indicator rows already stored with the same values. */
  unchanged: number;
  /** Rows not meant for import: other margins than the estimate, other age groups. */
  skipped: number;
  /** Rows with at least one problem; any makes the whole file refused. */
  refused: number;
  /** The first problems (at most {@link MAX_PROBLEMS}), in file order. */
  problems: ImportProblem[];
  elapsedMs: number;
  /** Facts (`area_facts`) written beside the main rows, when the file carries any. */
  facts?: { taken: number; unchanged: number; removed: number };
  /** Columns the importer does not know and left alone, when it reads columns by label. */
  ignoredColumns?: number;
}

export const MAX_PROBLEMS = 50;
const BATCH_SIZE = 500;

const AGE_CODES: Record<string, Age> = { '20300': '18+', '80200': '65+' };
const ESTIMATE = 'MW00000';
const REGION_KINDS: Record<string, AreaLevel> = {
  Land: 'country',
  Gemeente: 'municipality',
  Wijk: 'district',
  Buurt: 'neighbourhood',
};

/** The columns the importer reads. `key` matches the header exactly or as `<key>_<number>`. */
const COLUMNS = {
  age: { key: 'Leeftijd', numbered: false },
  margin: { key: 'Marges', numbered: false },
  area: { key: 'WijkenEnBuurten', numbered: false },
  period: { key: 'Perioden', numbered: false },
  municipalityName: { key: 'Gemeentenaam', numbered: true },
  regionKind: { key: 'SoortRegio', numbered: true },
  lonely: { key: 'Eenzaam', numbered: true },
  severelyLonely: { key: 'ErnstigZeerErnstigEenzaam', numbered: true },
  emotionallyLonely: { key: 'EmotioneelEenzaam', numbered: true },
  sociallyLonely: { key: 'SociaalEenzaam', numbered: true },
} as const;
type ColumnName = keyof typeof COLUMNS;

/** A published percentage; empty (or StatLine's ".") when not published. Kept as its text. */
const Percentage = z
  .string()
  .trim()
  .transform((s) => (s === '' || s === '.' ? null : s))
  .pipe(
    z
      .string()
      .regex(/^\d{1,3}(\.\d+)?$/, 'not a number (expected e.g. 48.6, or empty)')
      .refine((s) => Number(s) <= 100, 'not a percentage (more than 100)')
      .nullable(),
  );

const Row = z.object({
  age: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'not a StatLine age code (e.g. 20300)'),
  margin: z.string().trim().min(1, 'empty'),
  area: z.string().trim().regex(AREA_CODE_PATTERN, `not an area code (${AREA_CODE_DESCRIPTION})`),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}JJ00$/, 'not a StatLine year (e.g. 2020JJ00)')
    .transform((s) => Number(s.slice(0, 4))),
  municipalityName: z.string().trim(),
  regionKind: z.string().trim(),
  lonely: Percentage,
  severelyLonely: Percentage,
  emotionallyLonely: Percentage,
  sociallyLonely: Percentage,
});

export interface ImportOptions {
  /** The StatLine table id (e.g. 50090NED); by default read from a `rivm_<table>_…` file name. */
  table?: string;
}

/** Read and import one StatLine CSV file. */
export async function importStatlineFile(
  db: Db,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const text = await readFile(filePath, 'utf8');
  return importStatline(db, text, path.basename(filePath), options);
}

/** Import StatLine CSV text; `file` names it in the report and may carry the table id. */
export async function importStatline(
  db: Db,
  text: string,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const table = options.table ?? /^rivm_(\d+[A-Z]{3})_/i.exec(file)?.[1]?.toUpperCase();
  const source = table ? `RIVM StatLine ${table}` : 'RIVM StatLine';
  const tools = startReport(file, source);
  const { report, problem, done } = tools;

  const csv = readCsvForImport(text, tools);
  if (!csv) return done();
  const { header, body } = csv;
  const columns = findColumns(header.fields.map((f) => f.trim()));
  if ('problems' in columns) {
    for (const p of columns.problems) problem(p);
    return done();
  }

  const factColumns = findFactColumns(header.fields.map((f) => f.trim()));
  if ('problems' in factColumns) {
    for (const p of factColumns.problems) problem(p);
    return done();
  }

  const areas = new Map<string, AreaTable>();
  const indicators: Insertable<AreaIndicatorTable>[] = [];
  const facts: FactRow[] = [];
  const unpublished: Pick<FactRow, 'area_code' | 'year' | 'key'>[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length === 1 && record.fields[0]!.trim() === '') continue; // blank line
    report.rows++;
    if (record.fields.length !== header.fields.length) {
      report.refused++;
      problem({
        line: record.line,
        column: null,
        reason: `${record.fields.length} fields, the header has ${header.fields.length}`,
      });
      continue;
    }
    const raw = Object.fromEntries(
      Object.entries(columns.index).map(([name, i]) => [name, i < 0 ? '' : record.fields[i]!]),
    );
    const parsed = Row.safeParse(raw);
    const rowProblems: ImportProblem[] = [];
    if (!parsed.success) {
      const named = new Set<ColumnName>(); // one problem per column: the first one
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as ColumnName;
        if (named.has(name)) continue;
        named.add(name);
        rowProblems.push({ line: record.line, column: columns.keys[name], reason: issue.message });
      }
    }
    const factValues: { base: string; value: string | null }[] = [];
    for (const column of factColumns.found) {
      const value = Percentage.safeParse(record.fields[column.index]!);
      if (value.success) factValues.push({ base: column.base, value: value.data });
      else {
        const reason = value.error.issues[0]?.message ?? 'not a percentage';
        rowProblems.push({ line: record.line, column: column.key, reason });
      }
    }
    if (!parsed.success || rowProblems.length > 0) {
      report.refused++;
      for (const p of rowProblems) problem(p);
      continue;
    }
    const row = parsed.data;
    const age = AGE_CODES[row.age];
    if (row.margin !== ESTIMATE || !age) {
      report.skipped++;
      continue;
    }
    const level = levelOf(row.area);
    const kind = REGION_KINDS[row.regionKind];
    if (row.regionKind !== '' && kind !== level) {
      report.refused++;
      problem({
        line: record.line,
        column: columns.keys.regionKind,
        reason: `"${row.regionKind}" does not fit area code ${row.area} (a ${level})`,
      });
      continue;
    }
    const key = `${row.area}|${row.period}|${age}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.refused++;
      problem({
        line: record.line,
        column: columns.keys.area,
        reason: `${row.area} ${row.period} ${age} is also on line ${earlier}`,
      });
      continue;
    }
    seen.set(key, record.line);
    if (!areas.has(row.area)) {
      areas.set(row.area, {
        code: row.area,
        name: areaName(row.area, level, row.municipalityName),
        level,
        parent_code: parentOf(row.area),
        municipality_code: municipalityOf(row.area),
      });
    }
    indicators.push({
      area_code: row.area,
      year: row.period,
      age,
      lonely: row.lonely,
      severely_lonely: row.severelyLonely,
      emotionally_lonely: row.emotionallyLonely,
      socially_lonely: row.sociallyLonely,
      source,
    });
    for (const { base, value } of factValues) {
      const key = `${base}_${FACT_AGE_SUFFIXES[age]}` as FactKey;
      if (value === null) unpublished.push({ area_code: row.area, year: row.period, key });
      else facts.push({ area_code: row.area, year: row.period, key, value, source });
    }
  }
  if (report.refused > 0) return done();

  report.areas = areas.size;
  const written = await db.transaction().execute(async (trx) => {
    for (const batch of batches([...areas.values()])) await upsertAreas(trx, batch);
    let taken = 0;
    for (const batch of batches(indicators)) taken += await upsertIndicators(trx, batch);
    const factsTaken = await upsertFacts(trx, facts);
    const removed = await deleteFacts(trx, unpublished);
    return { taken, factsTaken, removed };
  });
  report.taken = written.taken;
  report.unchanged = indicators.length - report.taken;
  if (factColumns.found.length > 0) {
    report.facts = {
      taken: written.factsTaken,
      unchanged: facts.length - written.factsTaken,
      removed: written.removed,
    };
  }
  report.status = 'imported';
  return done();
}

/** One line of a report, for a terminal or a log. */
export function describeReport(r: ImportReport): string {
  const head =
    `${r.file}: ${r.status}, ${r.rows} rows, ${r.areas} areas, ${r.taken} taken, ` +
    `${r.unchanged} unchanged, ${r.skipped} skipped, ${r.refused} refused, ${r.elapsedMs} ms` +
    (r.facts
      ? `; facts: ${r.facts.taken} taken, ${r.facts.unchanged} unchanged, ${r.facts.removed} removed`
      : '') +
    (r.ignoredColumns ? `; ${r.ignoredColumns} columns ignored` : '');
  const lines = r.problems.map((p) =>
    p.feature === undefined
      ? `  line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.reason}`
      : `  feature ${p.feature}${p.column ? `, property ${p.column}` : ''}: ${p.reason}`,
  );
  return [head, ...lines].join('\n');
}

type Found =
  | { index: Record<ColumnName, number>; keys: Record<ColumnName, string> }
  | { problems: ImportProblem[] };

/** Find each column by its key; SoortRegio may be absent, every other one must be there once. */
function findColumns(header: string[]): Found {
  const index = {} as Record<ColumnName, number>;
  const keys = {} as Record<ColumnName, string>;
  const problems: ImportProblem[] = [];
  for (const [name, { key, numbered }] of Object.entries(COLUMNS) as [
    ColumnName,
    (typeof COLUMNS)[ColumnName],
  ][]) {
    const pattern = numbered ? new RegExp(`^${key}_\\d+$`) : new RegExp(`^${key}$`);
    const hits = header.flatMap((h, i) => (pattern.test(h) ? [i] : []));
    const shown = numbered ? `${key}_<number>` : key;
    if (hits.length > 1) {
      const found = hits.map((i) => header[i]).join(', ');
      problems.push({ line: 1, column: shown, reason: `found more than once (${found})` });
    } else if (hits.length === 0 && name !== 'regionKind') {
      problems.push({ line: 1, column: shown, reason: 'missing from the header' });
    }
    index[name] = hits[0] ?? -1;
    keys[name] = hits[0] === undefined ? shown : header[hits[0]]!;
  }
  return problems.length > 0 ? { problems } : { index, keys };
}

interface FactColumn {
  base: string;
  key: string;
  index: number;
}

/** The optional health-indicator columns: absent is fine, found twice refuses the file. */
function findFactColumns(
  header: string[],
): { found: FactColumn[] } | { problems: ImportProblem[] } {
  const found: FactColumn[] = [];
  const problems: ImportProblem[] = [];
  for (const { base, statlineKey } of STATLINE_FACTS) {
    const pattern = new RegExp(`^${statlineKey}_\\d+$`);
    const hits = header.flatMap((h, i) => (pattern.test(h) ? [i] : []));
    if (hits.length > 1) {
      const list = hits.map((i) => header[i]).join(', ');
      problems.push({
        line: 1,
        column: `${statlineKey}_<number>`,
        reason: `found more than once (${list})`,
      });
    } else if (hits[0] !== undefined) {
      found.push({ base, key: header[hits[0]]!, index: hits[0] });
    }
  }
  return problems.length > 0 ? { problems } : { found };
}

/** Country and gemeente rows carry their own name; wijk and buurt rows only the gemeente's. */
function areaName(code: string, level: AreaLevel, municipalityName: string): string {
  if (level === 'municipality' && municipalityName) return municipalityName;
  if (level === 'country') return municipalityName || 'Nederland';
  return code;
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_SIZE) yield items.slice(i, i + BATCH_SIZE);
}

/**
 * Insert or correct areas. A name equal to the code means "no name known": it never overwrites
 * a real name stored before (from another source).
 */
async function upsertAreas(db: Db, rows: AreaTable[]): Promise<void> {
  const name = sql<string>`case when excluded.name = excluded.code then areas.name else excluded.name end`;
  await db
    .insertInto('areas')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet({
          name: () => name,
          level: (eb) => eb.ref('excluded.level'),
          parent_code: (eb) => eb.ref('excluded.parent_code'),
          municipality_code: (eb) => eb.ref('excluded.municipality_code'),
        })
        .where(
          sql<boolean>`(areas.name, areas.level, areas.parent_code, areas.municipality_code)
            is distinct from (${name}, excluded.level, excluded.parent_code, excluded.municipality_code)`,
        ),
    )
    .execute();
}

/** Insert or change indicator rows; returns how many were inserted or changed. */
async function upsertIndicators(db: Db, rows: Insertable<AreaIndicatorTable>[]): Promise<number> {
  const written = await db
    .insertInto('area_indicators')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['area_code', 'year', 'age'])
        .doUpdateSet({
          lonely: (eb) => eb.ref('excluded.lonely'),
          severely_lonely: (eb) => eb.ref('excluded.severely_lonely'),
          emotionally_lonely: (eb) => eb.ref('excluded.emotionally_lonely'),
          socially_lonely: (eb) => eb.ref('excluded.socially_lonely'),
          source: (eb) => eb.ref('excluded.source'),
        })
        .where(
          sql<boolean>`(area_indicators.lonely, area_indicators.severely_lonely,
            area_indicators.emotionally_lonely, area_indicators.socially_lonely, area_indicators.source)
            is distinct from (excluded.lonely, excluded.severely_lonely,
            excluded.emotionally_lonely, excluded.socially_lonely, excluded.source)`,
        ),
    )
    .returning('area_code')
    .execute();
  return written.length;
}

/**
 * A fresh report for another importer of the same family (names, boundaries, kwb): `problem`
 * keeps the first {@link MAX_PROBLEMS}, `done` stamps the elapsed time.
 */
export function startReport(file: string, source: string) {
  const started = performance.now();
  const report: ImportReport = {
    file,
    source,
    status: 'refused',
    rows: 0,
    areas: 0,
    taken: 0,
    unchanged: 0,
    skipped: 0,
    refused: 0,
    problems: [],
    elapsedMs: 0,
  };
  return {
    report,
    problem(p: ImportProblem): void {
      if (report.problems.length < MAX_PROBLEMS) report.problems.push(p);
    },
    done(): ImportReport {
      report.elapsedMs = Math.round(performance.now() - started);
      return report;
    },
  };
}

/**
 * The CSV of an import: header and data records. A syntax error or an empty file becomes a
 * problem in the report (the file is then refused) and the answer is null.
 */
export function readCsvForImport(
  text: string,
  tools: Pick<ReturnType<typeof startReport>, 'report' | 'problem'>,
): { header: CsvRecord; body: CsvRecord[] } | null {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    tools.problem({ line: error.line, column: null, reason: error.reason });
    tools.report.refused = 1;
    return null;
  }
  const [header, ...body] = records;
  if (!header) {
    tools.problem({ line: 1, column: null, reason: 'the file is empty' });
    return null;
  }
  return { header, body };
}

/** A year (19xx or 20xx) standing on its own in a file name, or undefined. */
export function yearInFileName(file: string): number | undefined {
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(file)?.[1];
  return year ? Number(year) : undefined;
}
