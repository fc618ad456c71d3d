/**
 * Import area names (`statcode,statnaam,gm_code`, as in `wijk_2020_names.csv` made from the CBS
 * gebiedsindelingen) into `areas.name`. StatLine names only the country and the gemeenten; a wijk
 * or buurt is named by its code until this importer runs (ADR 0007).
 *
 * - Only areas that exist are named: the names file does not create areas, because an area
 *   without figures has nothing to show. Unknown codes are counted as skipped.
 * - Every row is validated first (code pattern, a name, the gemeente code fitting the area code,
 *   no code twice); any problem refuses the whole file, naming line and column, and nothing is
 *   written.
 * - A name is only rewritten when it differs, so importing twice changes nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { AREA_CODE_DESCRIPTION, AREA_CODE_PATTERN, municipalityOf } from './areas.ts';
import {
  type ImportReport,
  readCsvForImport,
  startReport,
  yearInFileName,
} from './import-statline.ts';

const COLUMNS = { code: 'statcode', name: 'statnaam', municipality: 'gm_code' } as const;
type ColumnName = keyof typeof COLUMNS;

const Row = z.object({
  code: z.string().trim().regex(AREA_CODE_PATTERN, `not an area code (${AREA_CODE_DESCRIPTION})`),
  name: z.string().trim().min(1, 'empty').max(200, 'longer than 200 characters'),
  municipality: z
    .string()
    .trim()
    .regex(/^(GM\d{4})?$/, 'not a gemeente code (GM + 4 digits)'),
});

/** Read and import one names CSV file. */
export async function importNamesFile(db: Db, filePath: string): Promise<ImportReport> {
  const text = await readFile(filePath, 'utf8');
  return importNames(db, text, path.basename(filePath));
}

/** Import names CSV text; `file` names it in the report (and may carry the year). */
export async function importNames(db: Db, text: string, file: string): Promise<ImportReport> {
  const year = yearInFileName(file);
  const source = `Kadaster / CBS, gebiedsindelingen${year ? ` ${year}` : ''}`;
  const { report, problem, done } = startReport(file, source);

  const csv = readCsvForImport(text, { report, problem });
  if (!csv) return done();
  const { header, body } = csv;
  const keys = header.fields.map((f) => f.trim().toLowerCase());
  const index = {} as Record<ColumnName, number>;
  for (const [name, key] of Object.entries(COLUMNS) as [ColumnName, string][]) {
    index[name] = keys.indexOf(key);
    if (index[name] < 0 && name !== 'municipality') {
      problem({ line: 1, column: key, reason: 'missing from the header' });
    }
  }
  if (report.problems.length > 0) return done();

  const names = new Map<string, { code: string; name: string }>();
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
      Object.entries(index).map(([name, i]) => [name, i < 0 ? '' : record.fields[i]!]),
    );
    const parsed = Row.safeParse(raw);
    if (!parsed.success) {
      report.refused++;
      const named = new Set<ColumnName>(); // one problem per column: the first one
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as ColumnName;
        if (named.has(name)) continue;
        named.add(name);
        problem({ line: record.line, column: COLUMNS[name], reason: issue.message });
      }
      continue;
    }
    const row = parsed.data;
    if (row.municipality !== '' && row.municipality !== municipalityOf(row.code)) {
      report.refused++;
      problem({
        line: record.line,
        column: COLUMNS.municipality,
        reason: `${row.municipality} does not fit area code ${row.code}`,
      });
      continue;
    }
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      report.refused++;
      problem({
        line: record.line,
        column: COLUMNS.code,
        reason: `${row.code} is also on line ${earlier}`,
      });
      continue;
    }
    seen.set(row.code, record.line);
    names.set(row.code, { code: row.code, name: row.name });
  }
  if (report.refused > 0) return done();

  const counts = await db.transaction().execute((trx) => updateNames(trx, [...names.values()]));
  report.areas = counts.known;
  report.taken = counts.taken;
  report.unchanged = counts.known - counts.taken;
  report.skipped = names.size - counts.known;
  report.status = 'imported';
  return done();
}

/**
 * Name the areas that exist; returns how many of the codes are known and how many names changed.
 * Shared with the boundaries importer, which carries names too.
 */
export async function updateNames(
  db: Db,
  rows: readonly { code: string; name: string }[],
  options: { onlyCodeNames?: boolean } = {},
): Promise<{ known: number; taken: number }> {
  let known = 0;
  let taken = 0;
  const onlyCodeNames = options.onlyCodeNames ?? false;
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(rows.slice(i, i + 5000));
    const r = await sql<{ known: number; taken: number }>`
      with input as (
        select code, name from json_to_recordset(${json}::json) as r(code text, name text)
      ),
      updated as (
        update areas a set name = input.name from input
        where a.code = input.code and a.name is distinct from input.name
          and (not ${onlyCodeNames} or a.name = a.code)
        returning a.code
      )
      select (select count(*)::int from input join areas a on a.code = input.code) as known,
             (select count(*)::int from updated) as taken`.execute(db);
    known += r.rows[0]?.known ?? 0;
    taken += r.rows[0]?.taken ?? 0;
  }
  return { known, taken };
}
