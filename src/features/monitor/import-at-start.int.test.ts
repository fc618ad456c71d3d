/**
 * The start-up import of the open data folder: imports once, skips an unchanged folder, imports
 * again when a file changes, and never stops the start for a missing folder.
 */
import assert from 'node:assert/strict';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { importOpenDataAtStart } from './import-at-start.ts';
import { clearMonitor, sharedFile, statlineFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let handle: DatabaseHandle;
let dir: string;

async function clear() {
  await clearMonitor(handle.db);
  await sql`delete from content_meta where key like 'open-data:%'`.execute(handle.db);
}

before(async () => {
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clear();
  dir = mkdtempSync(path.join(tmpdir(), 'omzien-open-data-'));
  // The first 2,001 rows of the 2020 18+ export (Aa en Hunze … ) keep the test quick.
  const lines = readFileSync(statlineFile(2020, '18plus'), 'utf8').split('\r\n').slice(0, 2002);
  writeFileSync(path.join(dir, 'statline.csv'), `${lines.join('\r\n')}\r\n`);
  copyFileSync(sharedFile('geo', 'wijk_2020_names.csv'), path.join(dir, 'names.csv'));
  copyFileSync(sharedFile('kwb', 'kwb_2020_gemeenten_all.csv'), path.join(dir, 'kwb.csv'));
});
after(async () => {
  await clear();
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

async function areaCount() {
  const r = await sql<{ n: number }>`select count(*)::int as n from areas`.execute(handle.db);
  return r.rows[0]!.n;
}

describe(`open data import at start (${dbLabel})`, () => {
  test('the first start imports every file and records the folder', async () => {
    const log: string[] = [];
    const result = await importOpenDataAtStart(handle.db, dir, (l) => log.push(l));
    assert.equal(result.status, 'imported');
    assert.deepEqual(
      result.results.map((r) => [path.basename(r.path), r.kind, r.report.status]),
      [
        ['statline.csv', 'statline', 'imported'],
        ['kwb.csv', 'kwb', 'imported'],
        ['names.csv', 'names', 'imported'],
      ],
    );
    assert.equal(await areaCount(), 2001);
    assert.ok(
      log.some((l) => /^open data: statline\.csv: imported, 2001 rows/.test(l)),
      log.join('\n'),
    );
    assert.match(log.at(-1)!, /3 of 3 files imported/);
    const stored = await handle.db
      .selectFrom('content_meta')
      .select('value')
      .where('key', '=', `open-data:${path.resolve(dir)}`)
      .executeTakeFirst();
    assert.match(stored?.value ?? '', /^[0-9a-f]{64}$/);
    const named = await sql<{ n: number }>`
      select count(*)::int as n from areas where level = 'district' and name <> code`.execute(
      handle.db,
    );
    const districts = await sql<{ n: number }>`
      select count(*)::int as n from areas where level = 'district'`.execute(handle.db);
    assert.equal(named.rows[0]!.n, districts.rows[0]!.n);
  });

  test('a start with the same files imports nothing', async () => {
    const log: string[] = [];
    const result = await importOpenDataAtStart(handle.db, dir, (l) => log.push(l));
    assert.equal(result.status, 'unchanged');
    assert.deepEqual(result.results, []);
    assert.deepEqual(log, [
      `open data: ${path.resolve(dir)} unchanged since the last import; skipped`,
    ]);
  });

  test('a changed file imports the folder again; unchanged rows stay unchanged', async () => {
    const file = path.join(dir, 'names.csv');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const result = await importOpenDataAtStart(handle.db, dir, () => {});
    assert.equal(result.status, 'imported');
    const statline = result.results.find((r) => r.kind === 'statline')!;
    assert.equal(statline.report.taken, 0);
    assert.equal(statline.report.unchanged, 2001);
    const again = await importOpenDataAtStart(handle.db, dir, () => {});
    assert.equal(again.status, 'unchanged');
  });

  test('a refused file is logged; a missing folder is logged and imports nothing', async () => {
    writeFileSync(path.join(dir, 'zz-bad.csv'), 'statcode,statnaam,gm_code\r\nWK12,X,GM0012\r\n');
    const log: string[] = [];
    const result = await importOpenDataAtStart(handle.db, dir, (l) => log.push(l));
    assert.equal(result.status, 'imported');
    assert.ok(
      log.includes(
        'open data:   line 2, column statcode: not an area code (NL01, GM + 4 digits, WK + 6 digits or BU + 8 digits)',
      ),
      log.join('\n'),
    );
    assert.match(log.at(-1)!, /3 of 4 files imported/);

    const missing: string[] = [];
    const none = await importOpenDataAtStart(handle.db, path.join(dir, 'nope'), (l) =>
      missing.push(l),
    );
    assert.equal(none.status, 'missing');
    assert.match(missing[0]!, /nope does not exist; nothing imported/);
  });
});
