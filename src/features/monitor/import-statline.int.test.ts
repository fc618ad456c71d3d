/**
 * The StatLine importer on the shared open data, on a real database (PGlite, and PostgreSQL in
 * the PostgreSQL run): published values exactly, idempotence, refusal with nothing imported,
 * columns found by key.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { isFactKey } from './facts.ts';
import { describeReport, importStatline, importStatlineFile } from './import-statline.ts';
import { ALL_STATLINE_FILES, clearMonitor, statlineFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let handle: DatabaseHandle;
let tmp: string;

before(async () => {
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clearMonitor(handle.db);
  tmp = mkdtempSync(path.join(tmpdir(), 'omzien-monitor-'));
});
after(async () => {
  await clearMonitor(handle.db);
  await handle.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function counts() {
  const r = await sql<{ areas: number; indicators: number }>`
    select (select count(*)::int from areas) as areas,
           (select count(*)::int from area_indicators) as indicators`.execute(handle.db);
  return r.rows[0]!;
}

/** A fingerprint of every stored value, to show a second import changes nothing. */
async function fingerprint() {
  const r = await sql<{ h: string }>`
    select md5(coalesce((select string_agg(concat_ws('|', code, name, level, parent_code,
      municipality_code), ',' order by code) from areas), '') ||
      coalesce((select string_agg(concat_ws('|', area_code, year, age, lonely, severely_lonely,
      emotionally_lonely, socially_lonely, source), ',' order by area_code, year, age)
      from area_indicators), '') ||
      coalesce((select string_agg(concat_ws('|', area_code, year, key, value, source), ','
      order by area_code, year, key) from area_facts), '')) as h`.execute(handle.db);
  return r.rows[0]!.h;
}

async function indicator(code: string, year: number, age: string) {
  const r = await sql<{
    lonely: number | null;
    severely: number | null;
    emotionally: number | null;
    socially: number | null;
    source: string;
  }>`select lonely::float8 as lonely, severely_lonely::float8 as severely,
        emotionally_lonely::float8 as emotionally, socially_lonely::float8 as socially, source
      from area_indicators where area_code = ${code} and year = ${year} and age = ${age}`.execute(
    handle.db,
  );
  return r.rows[0];
}

async function fact(code: string, year: number, key: string) {
  const r = await sql<{ value: number; source: string }>`
    select value::float8 as value, source from area_facts
    where area_code = ${code} and year = ${year} and key = ${key}`.execute(handle.db);
  return r.rows[0];
}

async function factCount() {
  const r = await sql<{ n: number }>`select count(*)::int as n from area_facts`.execute(handle.db);
  return r.rows[0]!.n;
}

/** The 2020 18+ export as lines (CRLF), with one field of line `n` (1-based) replaced. */
function damaged(n: number, column: string, value: string): string {
  const lines = readFileSync(statlineFile(2020, '18plus'), 'utf8').split('\r\n');
  const header = lines[0]!.split(',');
  const fields = lines[n - 1]!.split(',');
  assert.equal(fields.length, header.length, `line ${n} must have no quoted commas`);
  fields[header.indexOf(column)] = value;
  lines[n - 1] = fields.join(',');
  return lines.join('\r\n');
}

describe(`StatLine 50090NED import (${dbLabel})`, () => {
  test('a file with one bad value is refused, naming line and column; nothing is imported', async () => {
    const file = path.join(tmp, 'rivm_50090NED_2020_18plus_all_indicators.csv');
    writeFileSync(file, damaged(1235, 'Eenzaam_28', '4x.1'));
    const report = await importStatlineFile(handle.db, file);
    assert.equal(report.status, 'refused', describeReport(report));
    assert.equal(report.refused, 1, describeReport(report));
    assert.equal(report.taken, 0);
    assert.equal(report.rows, 17341);
    assert.equal(report.problems.length, 1);
    assert.equal(report.problems[0]!.line, 1235);
    assert.equal(report.problems[0]!.column, 'Eenzaam_28');
    assert.match(report.problems[0]!.reason, /not a number/);
    assert.match(describeReport(report), /line 1235, column Eenzaam_28: not a number/);
    assert.deepEqual(await counts(), { areas: 0, indicators: 0 });
  });

  test('a bad health indicator is refused like a loneliness value; no facts are stored', async () => {
    const lines = damaged(77, 'MoeiteMetRondkomen_38', '101').split('\r\n');
    const header = lines[0]!.split(',');
    const f = lines[88]!.split(',');
    f[header.indexOf('Mantelzorger_32')] = 'x';
    f[header.indexOf('Eenzaam_28')] = '-1';
    lines[88] = f.join(',');
    const report = await importStatline(handle.db, lines.join('\r\n'), 'rivm_50090NED_2020.csv');
    assert.equal(report.status, 'refused');
    assert.equal(report.refused, 2);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [77, 'MoeiteMetRondkomen_38'],
        [89, 'Eenzaam_28'],
        [89, 'Mantelzorger_32'],
      ],
    );
    assert.match(report.problems[0]!.reason, /more than 100/);
    assert.deepEqual(await counts(), { areas: 0, indicators: 0 });
    assert.equal(await factCount(), 0);
  });

  test('a bad area code, a percentage over 100 and a short line are each named', async () => {
    let text = damaged(40, 'WijkenEnBuurten', 'WK12');
    const lines = text.split('\r\n');
    const header = lines[0]!.split(',');
    const f = lines[99]!.split(',');
    f[header.indexOf('SociaalEenzaam_31')] = '130.5';
    lines[99] = f.join(',');
    lines[199] = lines[199]!.split(',').slice(0, 10).join(',');
    text = lines.join('\r\n');
    const report = await importStatline(handle.db, text, 'rivm_50090NED_2020_18plus_x.csv');
    assert.equal(report.status, 'refused');
    assert.equal(report.refused, 3);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [40, 'WijkenEnBuurten'],
        [100, 'SociaalEenzaam_31'],
        [200, null],
      ],
    );
    assert.deepEqual(await counts(), { areas: 0, indicators: 0 });
  });

  test('a wrong header is refused at line 1, naming the missing column', async () => {
    const text = readFileSync(statlineFile(2020, '18plus'), 'utf8').replace(
      'SociaalEenzaam_31',
      'Sociaal_31',
    );
    const report = await importStatline(handle.db, text, 'rivm_50090NED_2020_18plus.csv');
    assert.equal(report.status, 'refused');
    assert.deepEqual(report.problems, [
      { line: 1, column: 'SociaalEenzaam_<number>', reason: 'missing from the header' },
    ]);
    assert.deepEqual(await counts(), { areas: 0, indicators: 0 });
  });

  test('columns are found by key: renumbered, moved keys and padded codes still import', async () => {
    const lines = readFileSync(statlineFile(2020, '18plus'), 'utf8').split('\r\n').slice(0, 4);
    // Drop the 9th column (so every later column moves) and renumber every key one down,
    // as the later tables do (Eenzaam_27 …); pad the area codes as StatLine's own exports do.
    const rows = lines.map((line) => line.split(',').filter((_, i) => i !== 8));
    rows[0] = rows[0]!.map((key) => key.replace(/_(\d+)$/, (_, n) => `_${Number(n) - 1}`));
    for (const row of rows.slice(1)) row[3] = row[3]!.padEnd(10, ' ');
    const header = rows[0]!;
    assert.ok(header.includes('Eenzaam_27') && header.includes('SociaalEenzaam_30'));
    const text = `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    const report = await importStatline(handle.db, text, 'rivm_50120NED_test.csv');
    assert.equal(report.status, 'imported', describeReport(report));
    assert.equal(report.taken, 3);
    assert.deepEqual(await indicator('NL01', 2020, '18+'), {
      lonely: 47,
      severely: 11.2,
      emotionally: 28.9,
      socially: 30,
      source: 'RIVM StatLine 50120NED',
    });
    // The dropped 9th column was ErvarenGezondheidGoedZeerGoed: no such fact, and no error; the
    // renumbered health columns are still found.
    assert.equal(await fact('NL01', 2020, 'good_health_18plus'), undefined);
    assert.deepEqual(await fact('NL01', 2020, 'difficulty_making_ends_meet_18plus'), {
      value: 13.9,
      source: 'RIVM StatLine 50120NED',
    });
    assert.deepEqual(report.facts, { taken: 15, unchanged: 0, removed: 0 });
    await clearMonitor(handle.db);
  });

  test('imports all five exports with every year, age and area; published values exactly', async () => {
    const started = performance.now();
    for (const [year, age] of ALL_STATLINE_FILES) {
      const report = await importStatlineFile(handle.db, statlineFile(year, age));
      assert.equal(report.status, 'imported', describeReport(report));
      assert.equal(report.rows, 17341);
      assert.equal(report.areas, 17341);
      assert.equal(report.taken, 17341);
      assert.equal(report.unchanged, 0);
      assert.equal(report.skipped, 0);
      assert.equal(report.refused, 0);
      assert.equal(report.source, 'RIVM StatLine 50090NED');
    }
    const ms = Math.round(performance.now() - started);
    console.log(`# imported 5 StatLine files (86,705 rows) on ${dbLabel} in ${ms} ms`);
    assert.deepEqual(await counts(), { areas: 17341, indicators: 86705 });

    const source = 'RIVM StatLine 50090NED';
    // Health indicators, as published (NL01 and Aa en Hunze, 2020 18+; Groningen 65+).
    const published: [string, number, string, number][] = [
      ['NL01', 2020, 'difficulty_making_ends_meet_18plus', 13.9],
      ['GM1680', 2020, 'difficulty_making_ends_meet_18plus', 9.4],
      ['NL01', 2020, 'good_health_18plus', 78.4],
      ['NL01', 2020, 'limited_by_health_18plus', 31.0],
      ['NL01', 2020, 'high_risk_anxiety_depression_18plus', 6.7],
      ['NL01', 2020, 'control_over_life_18plus', 90.1],
      ['NL01', 2020, 'carer_18plus', 13.6],
      ['GM0014', 2020, 'difficulty_making_ends_meet_65plus', 7.7],
      ['GM0014', 2020, 'good_health_65plus', 66.3],
      ['NL01', 2012, 'difficulty_making_ends_meet_18plus', 24.0],
    ];
    for (const [code, year, key, value] of published) {
      assert.deepEqual(await fact(code, year, key), { value, source }, `${code} ${year} ${key}`);
    }
    // 2012 publishes no "limited by health" and no "control over life": no facts, not zeros.
    assert.equal(await fact('NL01', 2012, 'limited_by_health_18plus'), undefined);
    assert.equal(await fact('NL01', 2012, 'control_over_life_18plus'), undefined);
    const unknownKeys = await sql<{ key: string }>`
      select distinct key from area_facts order by key`.execute(handle.db);
    assert.equal(unknownKeys.rows.length, 12);
    assert.ok(unknownKeys.rows.every((r) => isFactKey(r.key)));
    assert.deepEqual(await indicator('GM0014', 2020, '18+'), {
      lonely: 48.6,
      severely: 12.4,
      emotionally: 32.0,
      socially: 30.3,
      source,
    });
    assert.deepEqual(await indicator('NL01', 2020, '18+'), {
      lonely: 47.0,
      severely: 11.2,
      emotionally: 28.9,
      socially: 30.0,
      source,
    });
    // 2012 has no socially lonely; 65+ has its own values.
    const nl2012 = await indicator('NL01', 2012, '18+');
    assert.equal(nl2012?.socially, null);
    assert.equal(typeof nl2012?.lonely, 'number');
    const nl65 = await indicator('NL01', 2020, '65+');
    assert.ok(nl65 && nl65.lonely !== null && nl65.lonely !== 47.0);

    const areas = await handle.db
      .selectFrom('areas')
      .selectAll()
      .where('code', 'in', ['NL01', 'GM0014', 'WK001400', 'BU00140000', 'GM0820'])
      .orderBy('code')
      .execute();
    assert.deepEqual(areas, [
      {
        code: 'BU00140000',
        name: 'BU00140000',
        level: 'neighbourhood',
        parent_code: 'WK001400',
        municipality_code: 'GM0014',
      },
      {
        code: 'GM0014',
        name: 'Groningen',
        level: 'municipality',
        parent_code: 'NL01',
        municipality_code: 'GM0014',
      },
      {
        code: 'GM0820',
        name: 'Nuenen, Gerwen en Nederwetten',
        level: 'municipality',
        parent_code: 'NL01',
        municipality_code: 'GM0820',
      },
      {
        code: 'NL01',
        name: 'Nederland',
        level: 'country',
        parent_code: null,
        municipality_code: null,
      },
      {
        code: 'WK001400',
        name: 'WK001400',
        level: 'district',
        parent_code: 'GM0014',
        municipality_code: 'GM0014',
      },
    ]);
    const levels = await sql<{ level: string; n: number }>`
      select level, count(*)::int as n from areas group by level order by level`.execute(handle.db);
    assert.deepEqual(levels.rows, [
      { level: 'country', n: 1 },
      { level: 'district', n: 3177 },
      { level: 'municipality', n: 355 },
      { level: 'neighbourhood', n: 13808 },
    ]);
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from areas a
      where a.parent_code is not null
        and not exists (select 1 from areas p where p.code = a.parent_code)`.execute(handle.db);
    assert.equal(orphans.rows[0]?.n, 0);
  });

  test('importing the same file again changes nothing', async () => {
    const before = await fingerprint();
    const report = await importStatlineFile(handle.db, statlineFile(2020, '18plus'));
    assert.equal(report.status, 'imported');
    assert.equal(report.taken, 0);
    assert.equal(report.unchanged, 17341);
    assert.equal(report.facts?.taken, 0);
    assert.equal(report.facts?.removed, 0);
    assert.ok((report.facts?.unchanged ?? 0) > 6 * 16000, describeReport(report));
    assert.equal(await fingerprint(), before);
    assert.deepEqual(await counts(), { areas: 17341, indicators: 86705 });
  });

  test('a corrected value is taken, the rest stays unchanged', async () => {
    const text = damaged(2, 'Eenzaam_28', '47.1');
    const report = await importStatline(handle.db, text, 'rivm_50090NED_2020_18plus.csv');
    assert.equal(report.taken, 1);
    assert.equal(report.unchanged, 17340);
    assert.equal((await indicator('NL01', 2020, '18+'))?.lonely, 47.1);
  });

  test('a corrected or withdrawn health value is taken or removed, the rest stays', async () => {
    let text = damaged(2, 'MoeiteMetRondkomen_38', '14.0');
    const lines = text.split('\r\n');
    const header = lines[0]!.split(',');
    const f = lines[1]!.split(',');
    f[header.indexOf('Mantelzorger_32')] = '';
    lines[1] = f.join(',');
    text = lines.join('\r\n');
    const before = await factCount();
    const report = await importStatline(handle.db, text, 'rivm_50090NED_2020_18plus.csv');
    assert.equal(report.status, 'imported', describeReport(report));
    assert.equal(report.facts?.taken, 1);
    assert.equal(report.facts?.removed, 1);
    assert.equal((await fact('NL01', 2020, 'difficulty_making_ends_meet_18plus'))?.value, 14.0);
    assert.equal(await fact('NL01', 2020, 'carer_18plus'), undefined);
    assert.equal(await factCount(), before - 1);
  });
});
