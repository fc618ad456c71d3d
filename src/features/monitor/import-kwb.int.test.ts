/**
 * The Kerncijfers importer on the shared kwb files: columns found by their label in two very
 * different products, values as published, empty cells skipped, idempotence, and a damaged file
 * refused with nothing written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { importKwb, importKwbFile, normaliseLabel } from './import-kwb.ts';
import { describeReport } from './import-statline.ts';
import { clearMonitor, sharedFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let handle: DatabaseHandle;
const kwb2020 = () => sharedFile('kwb', 'kwb_2020_gemeenten_all.csv');
const kwb2023 = () => sharedFile('kwb', 'kwb_2023_gemeenten_demografie.csv');

before(async () => {
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clearMonitor(handle.db);
});
after(async () => {
  await clearMonitor(handle.db);
  await handle.close();
});

async function facts(code: string, year: number) {
  const r = await sql<{ key: string; value: number; source: string }>`
    select key, value::float8 as value, source from area_facts
    where area_code = ${code} and year = ${year} order by key`.execute(handle.db);
  return Object.fromEntries(r.rows.map((row) => [row.key, row.value]));
}

async function factCount() {
  const r = await sql<{ n: number }>`select count(*)::int as n from area_facts`.execute(handle.db);
  return r.rows[0]!.n;
}

describe(`kwb import (${dbLabel})`, () => {
  test('labels are compared without case, spacing and punctuation', () => {
    assert.equal(
      normaliseLabel('Huishoudens met een laag inkomen(%)'),
      normaliseLabel('huishoudens met een  laag inkomen (%)'),
    );
    assert.equal(
      normaliseLabel('Stedelijkheid (1=zeer sterk stedelijk  5=niet stedelijk)'),
      normaliseLabel('Stedelijkheid (1=zeer sterk stedelijk, 5=niet stedelijk)'),
    );
  });

  test('a non-number, a percentage over 100 and a bad code are refused; nothing is written', async () => {
    const lines = readFileSync(kwb2023(), 'utf8').split(/\r?\n/);
    const header = lines[0]!.split(',');
    const edit = (n: number, column: string, value: string) => {
      const f = lines[n - 1]!.split(',');
      assert.equal(f.length, header.length, `line ${n} must have no quoted commas`);
      f[header.indexOf(column)] = value;
      lines[n - 1] = f.join(',');
    };
    edit(5, 'aantalInwoners', '12 000');
    edit(9, 'percentageVerweduwd', '104');
    edit(12, 'gemeentecode', 'G0012');
    const report = await importKwb(handle.db, lines.join('\n'), 'kwb_2023_gemeenten.csv');
    assert.equal(report.status, 'refused');
    assert.equal(report.refused, 3);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [5, 'aantalInwoners'],
        [9, 'percentageVerweduwd'],
        [12, 'gemeentecode'],
      ],
    );
    assert.match(describeReport(report), /line 5, column aantalInwoners: not a number/);
    assert.equal(await factCount(), 0);
  });

  test('2020: every gemeente with the Kerncijfers as published', async () => {
    const report = await importKwbFile(handle.db, kwb2020());
    assert.equal(report.status, 'imported', describeReport(report));
    console.log(`# ${report.file}: ${report.taken} facts on ${dbLabel} in ${report.elapsedMs} ms`);
    assert.equal(report.rows, 355);
    assert.equal(report.areas, 355);
    assert.equal(report.ignoredColumns, 178 - 9 - 2);
    assert.equal(report.source, 'CBS Kerncijfers wijken en buurten 2020');
    assert.equal(report.taken + report.skipped, 355 * 9);
    assert.deepEqual(await facts('GM0014', 2020), {
      address_density: 3267,
      population: 232874,
      share_65_plus: 15,
      share_low_income_households: 12,
      share_non_western_migration: 12,
      share_single_person_households: 59,
      share_social_minimum_households: 11.4,
      share_widowed: 4,
      urbanity: 1,
    });
  });

  test('2023: camelCase keys; stedelijkheidAdressenPerKm2 is the urbanity class', async () => {
    const report = await importKwbFile(handle.db, kwb2023());
    assert.equal(report.status, 'imported', describeReport(report));
    assert.equal(report.rows, 342);
    assert.equal(report.ignoredColumns, 36 - 7 - 2);
    assert.deepEqual(await facts('GM0014', 2023), {
      address_density: 3427,
      population: 238147,
      share_65_plus: 15,
      share_origin_outside_europe: 17,
      share_single_person_households: 59,
      share_widowed: 3,
      urbanity: 1,
    });
    const classes = await sql<{ min: number; max: number }>`
      select min(value)::int as min, max(value)::int as max from area_facts
      where key = 'urbanity' and year = 2023`.execute(handle.db);
    assert.deepEqual(classes.rows[0], { min: 1, max: 5 });
  });

  test('importing again changes nothing; an emptied cell removes its fact', async () => {
    const before = await factCount();
    const again = await importKwbFile(handle.db, kwb2020());
    assert.equal(again.taken, 0);
    assert.equal(again.unchanged, again.rows * 9 - again.skipped);
    assert.equal(await factCount(), before);

    const lines = readFileSync(kwb2023(), 'utf8').split(/\r?\n/);
    const header = lines[0]!.split(',');
    const groningen = lines.findIndex((l) => l.startsWith('GM0014,'));
    const f = lines[groningen]!.split(',');
    f[header.indexOf('percentageVerweduwd')] = '';
    lines[groningen] = f.join(',');
    const report = await importKwb(handle.db, lines.join('\n'), 'kwb_2023.csv');
    assert.equal(report.status, 'imported', describeReport(report));
    assert.equal(report.taken, 0);
    assert.equal(report.facts?.removed, 1);
    assert.equal((await facts('GM0014', 2023)).share_widowed, undefined);
    assert.equal(await factCount(), before - 1);
  });
});
