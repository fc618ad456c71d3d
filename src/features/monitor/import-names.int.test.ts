/**
 * The names importer on the shared open data: wijken get their CBS names, unknown codes are
 * skipped, a damaged file is refused with nothing written, a later StatLine import keeps the names.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { importNames, importNamesFile } from './import-names.ts';
import { describeReport, importStatlineFile } from './import-statline.ts';
import { clearMonitor, sharedFile, statlineFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let handle: DatabaseHandle;
const namesFile = () => sharedFile('geo', 'wijk_2020_names.csv');

before(async () => {
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clearMonitor(handle.db);
  const report = await importStatlineFile(handle.db, statlineFile(2020, '18plus'));
  assert.equal(report.status, 'imported', describeReport(report));
});
after(async () => {
  await clearMonitor(handle.db);
  await handle.close();
});

async function nameOf(code: string) {
  const r = await sql<{ name: string }>`select name from areas where code = ${code}`.execute(
    handle.db,
  );
  return r.rows[0]?.name;
}

async function namedWijken() {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from areas where level = 'district' and name <> code`.execute(
    handle.db,
  );
  return r.rows[0]!.n;
}

describe(`wijk names import (${dbLabel})`, () => {
  test('a damaged file is refused naming line and column; no name changes', async () => {
    const lines = readFileSync(namesFile(), 'utf8').split(/\r?\n/);
    lines[4] = 'WK12,Ergens,GM0012'; // line 5
    lines[9] = lines[9]!.replace(/,GM\d{4}$/, ',GM9999'); // line 10: gemeente does not fit
    lines[20] = `${lines[20]!.split(',')[0]},,${lines[20]!.split(',')[2]}`; // line 21: no name
    const report = await importNames(handle.db, lines.join('\n'), 'wijk_2020_names.csv');
    assert.equal(report.status, 'refused');
    assert.equal(report.refused, 3);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [5, 'statcode'],
        [10, 'gm_code'],
        [21, 'statnaam'],
      ],
    );
    assert.match(describeReport(report), /line 10, column gm_code: GM9999 does not fit/);
    assert.equal(await namedWijken(), 0);
  });

  test('names every wijk; WK001400 is "Centrum"; gemeente names stay', async () => {
    assert.equal(await nameOf('WK001400'), 'WK001400');
    const report = await importNamesFile(handle.db, namesFile());
    assert.equal(report.status, 'imported', describeReport(report));
    assert.equal(report.rows, 3177);
    assert.equal(report.areas, 3177);
    assert.equal(report.taken, 3177);
    assert.equal(report.skipped, 0);
    assert.equal(report.source, 'Kadaster / CBS, gebiedsindelingen 2020');
    console.log(`# imported ${report.rows} wijk names on ${dbLabel} in ${report.elapsedMs} ms`);
    assert.equal(await nameOf('WK001400'), 'Centrum');
    assert.equal(await nameOf('WK197819'), 'Wijk19-Waal');
    assert.equal(await nameOf('GM0014'), 'Groningen');
    assert.equal(await namedWijken(), 3177);
  });

  test('importing again changes nothing; unknown codes are skipped', async () => {
    const again = await importNamesFile(handle.db, namesFile());
    assert.equal(again.taken, 0);
    assert.equal(again.unchanged, 3177);
    const text =
      'statcode,statnaam,gm_code\r\nWK001400,Centrum,GM0014\r\nWK999901,Nergens,GM9999\r\n';
    const report = await importNames(handle.db, text, 'names.csv');
    assert.equal(report.status, 'imported', describeReport(report));
    assert.deepEqual([report.taken, report.unchanged, report.skipped], [0, 1, 1]);
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from areas where code = 'WK999901'`.execute(handle.db);
    assert.equal(r.rows[0]!.n, 0);
  });

  test('a later StatLine import keeps the names', async () => {
    const report = await importStatlineFile(handle.db, statlineFile(2020, '18plus'));
    assert.equal(report.status, 'imported');
    assert.equal(await nameOf('WK001400'), 'Centrum');
    assert.equal(await namedWijken(), 3177);
  });
});
