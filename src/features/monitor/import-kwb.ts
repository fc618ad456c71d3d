/**
 * Import CBS Kerncijfers wijken en buurten (kwb) CSV files into `area_facts`: the risk factors
 * of {@link FACT_KEYS} per area and year.
 *
 * - Columns are found by their label, not their position. Labels differ per product and year:
 *   the kwb shapefile attributes carry Dutch labels ("Personen 65 jaar en ouder (%)"), the PDOK
 *   wijkenbuurten service camelCase keys (`percentagePersonen65JaarEnOuder`). Labels are compared
 *   normalised (case, spacing and punctuation ignored), so "laag inkomen(%)" matches
 *   "laag inkomen (%)". Columns that map to no fact are ignored and counted.
 * - The year comes from the `jaar` column, else `options.year`, else a year in the file name.
 * - Empty cells (and CBS's -99999999 / -99999997 "not published / secret" markers) are skipped:
 *   no fact, not an error; a fact stored before for that cell is removed. Anything else must be a
 *   number in the range of its unit (a percentage 0–100, an urbanity class 1–5); otherwise the
 *   whole file is refused, naming line and column, and nothing is written.
 * - Facts are upserted by (area, year, key) and only rewritten when the value differs.
 *   The report counts facts: `taken`, `unchanged`, and `skipped` for the empty cells.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../platform/db/database.ts';
import { AREA_CODE_DESCRIPTION, AREA_CODE_PATTERN } from './areas.ts';
import { deleteFacts, FACT_KEYS, type FactKey, type FactRow, upsertFacts } from './facts.ts';
import {
  type ImportReport,
  readCsvForImport,
  startReport,
  yearInFileName,
} from './import-statline.ts';

export interface KwbOptions {
  /** The year when the file has no `jaar` column. */
  year?: number;
}

/** Lower case, letters, digits and % only, single spaces: "laag inkomen(%)" = "laag inkomen (%)". */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** The labels each fact is published under, in the kwb products we know. */
const FACT_LABELS: Record<Exclude<FactKey, `${string}_${'18plus' | '65plus'}`>, string[]> = {
  population: ['Aantal inwoners', 'aantalInwoners', 'aantal_inwoners'],
  urbanity: [
    'Stedelijkheid (1=zeer sterk stedelijk, 5=niet stedelijk)',
    // The PDOK wijkenbuurten key says "addresses per km2", but the column holds the urbanity
    // class 1–5 derived from them (Groningen 1, Almere 2), not a density.
    'stedelijkheidAdressenPerKm2',
    'stedelijkheid',
  ],
  address_density: ['Omgevingsadressendichtheid (per km2)', 'omgevingsadressendichtheid'],
  share_65_plus: ['Personen 65 jaar en ouder (%)', 'percentagePersonen65JaarEnOuder', 'pct_65plus'],
  share_single_person_households: [
    'Eenpersoonshuishoudens (%)',
    'percentageEenpersoonshuishoudens',
    'pct_eenpersoonshuishoudens',
  ],
  share_widowed: ['Verweduwd (%)', 'percentageVerweduwd', 'pct_verweduwd'],
  share_low_income_households: [
    'Huishoudens met een laag inkomen (%)',
    'percentageHuishoudensMetEenLaagInkomen',
    'pct_huishoudens_laag_inkomen',
  ],
  share_social_minimum_households: [
    'Huishoudens onder of rond sociaal minimum (%)',
    'percentageHuishoudensOnderOfRondSociaalMinimum',
    'pct_huishoudens_rond_sociaal_minimum',
  ],
  share_non_western_migration: [
    'Niet-westerse migratieachtergrond (% van aantal inwoners)',
    'percentageNietWesterseMigratieachtergrond',
    'pct_niet_westerse_migratieachtergrond',
  ],
  share_origin_outside_europe: [
    'percentageMetHerkomstlandBuitenEuropa',
    'Herkomstland buiten Europa (%)',
  ],
};

const LABEL_TO_KEY = new Map<string, FactKey>(
  Object.entries(FACT_LABELS).flatMap(([key, labels]) =>
    labels.map((l) => [normaliseLabel(l), key as FactKey] as const),
  ),
);
const UNITS = new Map(FACT_KEYS.map((f) => [f.key, f.unit]));

const CODE_LABELS = [
  'gm_code',
  'gemeentecode',
  'statcode',
  'wk_code',
  'wijkcode',
  'bu_code',
  'buurtcode',
  'regiocode',
].map(normaliseLabel);
const YEAR_LABEL = 'jaar';
/** CBS markers for a value that is not published or kept secret, in the raw kwb files. */
const NOT_PUBLISHED = new Set(['-99999999', '-99999997', '.', '']);
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Whether a header holds a known kwb code column and at least one known fact label. */
export function looksLikeKwb(header: readonly string[]): boolean {
  const labels = header.map(normaliseLabel);
  return labels.some((l) => CODE_LABELS.includes(l)) && labels.some((l) => LABEL_TO_KEY.has(l));
}

/** Read and import one kwb CSV file. */
export async function importKwbFile(
  db: Db,
  filePath: string,
  options: KwbOptions = {},
): Promise<ImportReport> {
  const text = await readFile(filePath, 'utf8');
  return importKwb(db, text, path.basename(filePath), options);
}

/** Import kwb CSV text; `file` names it in the report (and may carry the year). */
export async function importKwb(
  db: Db,
  text: string,
  file: string,
  options: KwbOptions = {},
): Promise<ImportReport> {
  const fallbackYear = options.year ?? yearInFileName(file);
  const { report, problem, done } = startReport(file, 'CBS Kerncijfers wijken en buurten');

  const csv = readCsvForImport(text, { report, problem });
  if (!csv) return done();
  const { header, body } = csv;
  const labels = header.fields.map((f) => f.trim());
  const normalised = labels.map(normaliseLabel);
  const codeIndex = normalised.findIndex((l) => CODE_LABELS.includes(l));
  const yearIndex = normalised.indexOf(YEAR_LABEL);
  const factColumns: { key: FactKey; index: number }[] = [];
  const taken = new Map<FactKey, number>();
  for (const [index, label] of normalised.entries()) {
    const key = LABEL_TO_KEY.get(label);
    if (!key) continue;
    const earlier = taken.get(key);
    if (earlier !== undefined) {
      problem({
        line: 1,
        column: labels[index]!,
        reason: `a second column for ${key} (the first is "${labels[earlier]}")`,
      });
    }
    taken.set(key, index);
    factColumns.push({ key, index });
  }
  if (codeIndex < 0) {
    problem({
      line: 1,
      column: 'gm_code',
      reason: 'no area code column (gm_code, gemeentecode, …)',
    });
  }
  if (factColumns.length === 0) {
    problem({ line: 1, column: null, reason: 'no column of a known Kerncijfer' });
  }
  if (yearIndex < 0 && fallbackYear === undefined) {
    problem({ line: 1, column: 'jaar', reason: 'no year: no jaar column, none in the file name' });
  }
  if (report.problems.length > 0) return done();
  report.ignoredColumns = labels.length - factColumns.length - 1 - (yearIndex < 0 ? 0 : 1);

  const facts: FactRow[] = [];
  const empty: Pick<FactRow, 'area_code' | 'year' | 'key'>[] = [];
  const areas = new Set<string>();
  const seen = new Map<string, number>();
  let years = new Set<number>();
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
    let bad = false;
    const fail = (index: number, reason: string) => {
      bad = true;
      problem({ line: record.line, column: labels[index]!, reason });
    };
    const code = record.fields[codeIndex]!.trim();
    if (!AREA_CODE_PATTERN.test(code))
      fail(codeIndex, `not an area code (${AREA_CODE_DESCRIPTION})`);
    let year = fallbackYear;
    if (yearIndex >= 0) {
      const raw = record.fields[yearIndex]!.trim();
      if (/^\d{4}$/.test(raw)) year = Number(raw);
      else if (raw !== '' || year === undefined) fail(yearIndex, 'not a year (e.g. 2020)');
    }
    const values: { key: FactKey; value: string | null }[] = [];
    for (const { key, index } of factColumns) {
      const raw = record.fields[index]!.trim();
      if (NOT_PUBLISHED.has(raw)) {
        values.push({ key, value: null });
        continue;
      }
      const reason = checkValue(key, raw);
      if (reason) fail(index, reason);
      else values.push({ key, value: raw });
    }
    if (!bad && year !== undefined) {
      const earlier = seen.get(`${code}|${year}`);
      if (earlier !== undefined) fail(codeIndex, `${code} ${year} is also on line ${earlier}`);
      seen.set(`${code}|${year}`, record.line);
    }
    if (bad || year === undefined) {
      report.refused++;
      continue;
    }
    areas.add(code);
    years.add(year);
    for (const { key, value } of values) {
      if (value === null) {
        report.skipped++;
        empty.push({ area_code: code, year, key });
      } else {
        facts.push({ area_code: code, year, key, value, source: '' });
      }
    }
  }
  if (report.refused > 0) return done();

  years = new Set([...years].sort());
  report.source = `CBS Kerncijfers wijken en buurten ${[...years].join(', ')}`.trim();
  for (const f of facts) f.source = `CBS Kerncijfers wijken en buurten ${f.year}`;
  const written = await db.transaction().execute(async (trx) => ({
    taken: await upsertFacts(trx, facts),
    removed: await deleteFacts(trx, empty),
  }));
  report.areas = areas.size;
  report.taken = written.taken;
  report.unchanged = facts.length - written.taken;
  if (written.removed > 0) {
    report.facts = { taken: written.taken, unchanged: report.unchanged, removed: written.removed };
  }
  report.status = 'imported';
  return done();
}

/** Why a published value cannot be this fact, or null when it can. */
function checkValue(key: FactKey, raw: string): string | null {
  if (!NUMBER.test(raw)) return 'not a number (expected e.g. 12.5, or empty)';
  const value = Number(raw);
  switch (UNITS.get(key)) {
    case 'percent':
      return value < 0 || value > 100 ? 'not a percentage (0 to 100)' : null;
    case 'class':
      return Number.isInteger(value) && value >= 1 && value <= 5
        ? null
        : 'not an urbanity class (1 to 5)';
    default:
      return value < 0 ? 'negative' : null;
  }
}
