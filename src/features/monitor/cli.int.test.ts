/**
 * `omzien import` end to end through runCli: the command opens its own database from the
 * environment (PGlite in a fresh temporary folder, or TEST_DATABASE_URL in the PostgreSQL run),
 * imports, prints, and answers the exit code.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { CliIo } from '../../cli/command.ts';
import { runCli } from '../../cli/main.ts';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { clearMonitor, sharedFile, statlineFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let tmp: string;
let dataDir: string;

/** The environment the command reads its configuration from. */
function env(): NodeJS.ProcessEnv {
  return process.env.TEST_DATABASE_URL
    ? { DATABASE_URL: process.env.TEST_DATABASE_URL, DATA_DIR: dataDir }
    : { DATA_DIR: dataDir };
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: env() };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The database the command wrote to, opened after it closed its own. */
async function withDb<T>(f: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir });
  try {
    await migrate(handle.db);
    return await f(handle);
  } finally {
    await handle.close();
  }
}

function folder(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'omzien-cli-'));
  dataDir = path.join(tmp, 'data'); // beside the imported folders, never inside them
  await withDb((h) => clearMonitor(h.db));
});
after(async () => {
  await withDb((h) => clearMonitor(h.db));
  rmSync(tmp, { recursive: true, force: true });
});

describe(`omzien import (${dbLabel})`, () => {
  test('without a path: a usage error', async () => {
    const r = await run('import');
    assert.equal(r.code, 64);
    assert.match(r.err, /Give the file or folder to import/);
    assert.match(r.err, /Usage: omzien import/);
  });

  test('a path that does not exist: 66', async () => {
    const r = await run('import', path.join(tmp, 'nowhere'));
    assert.equal(r.code, 66);
    assert.match(r.err, /nowhere does not exist/);
  });

  test('a folder with a StatLine export and the names: both imported in order, exit 0', async () => {
    const dir = folder('good');
    // Named so that sorting by name alone would put the names first.
    copyFileSync(sharedFile('geo', 'wijk_2020_names.csv'), path.join(dir, 'a-names.csv'));
    copyFileSync(statlineFile(2020, '65plus'), path.join(dir, 'b-export.csv'));
    const r = await run('import', dir);
    assert.equal(r.code, 0, `${r.out}\n${r.err}`);
    const lines = r.out.split('\n');
    assert.match(lines[0]!, /^\[1\/2\] b-export\.csv \(statline\)/);
    assert.match(lines[1]!, /imported: 17341 rows, 17341 areas, 17341 taken, 0 unchanged/);
    assert.match(lines[2]!, /^\[2\/2\] a-names\.csv \(names\)/);
    assert.match(lines[3]!, /imported: 3177 rows, 3177 areas, 3177 taken/);
    assert.match(lines.at(-1)!, /^2 files: 2 imported, 0 refused, 0 of unknown kind; 20518 rows/);
    const centrum = await withDb(async (h) => {
      const row = await sql<{ name: string; lonely: number }>`
        select a.name, i.lonely::float8 as lonely from areas a
        join area_indicators i on i.area_code = a.code and i.year = 2020 and i.age = '65+'
        where a.code = 'WK001400'`.execute(h.db);
      return row.rows[0];
    });
    assert.equal(centrum?.name, 'Centrum');
    assert.equal(typeof centrum?.lonely, 'number');

    const again = await run('import', dir);
    assert.equal(again.code, 0);
    assert.match(again.out, /17341 rows, 17341 areas, 0 taken, 17341 unchanged/);
  });

  test('a damaged file: 65, with its line and column; the good file beside it is imported', async () => {
    const dir = folder('damaged');
    const lines = readFileSync(statlineFile(2020, '18plus'), 'utf8').split('\r\n');
    const header = lines[0]!.split(',');
    const fields = lines[1234]!.split(',');
    fields[header.indexOf('Eenzaam_28')] = '4x.1';
    lines[1234] = fields.join(',');
    writeFileSync(path.join(dir, 'export.csv'), lines.join('\r\n'));
    copyFileSync(sharedFile('kwb', 'kwb_2023_gemeenten_demografie.csv'), path.join(dir, 'k.csv'));
    const r = await run('import', dir);
    assert.equal(r.code, 65);
    assert.match(r.out, /refused: 17341 rows, 0 areas, 0 taken, 0 unchanged, 0 skipped, 1 refused/);
    assert.match(r.out, /line 1235, column Eenzaam_28: not a number/);
    assert.match(r.out, /k\.csv \(kwb\)/);
    assert.match(r.out, /2 files: 1 imported, 1 refused, 0 of unknown kind/);
    const stored = await withDb(async (h) => {
      const n = await sql<{ n: number }>`
        select count(*)::int as n from area_indicators where year = 2020 and age = '18+'`.execute(
        h.db,
      );
      return n.rows[0]!.n;
    });
    assert.equal(stored, 0);
  });

  test('a file of an unknown kind: 65', async () => {
    const file = path.join(folder('unknown'), 'notes.csv');
    writeFileSync(file, 'regio,waarde\r\nGM0014,3\r\n');
    const r = await run('import', file);
    assert.equal(r.code, 65);
    assert.match(r.out, /notes\.csv \(unknown\)/);
    assert.match(r.out, /not imported: not a known kind of file/);
    assert.match(r.out, /1 file: 0 imported, 0 refused, 1 of unknown kind/);
  });
});
