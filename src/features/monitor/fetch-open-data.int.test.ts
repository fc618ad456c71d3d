/**
 * `omzien fetch-open-data` against a local server that answers with small recorded pages in the
 * shape of the CBS OData feed and the PDOK OGC API (fixtures/), then `importPath` on the result.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { CliIo } from '../../cli/command.ts';
import { runCli } from '../../cli/main.ts';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { importPath } from './import-path.ts';
import { describeReport } from './import-statline.ts';
import { clearMonitor } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const fixtures = path.join(import.meta.dirname, 'fixtures');

let server: Server;
let base: string;
let tmp: string;
let handle: DatabaseHandle;
const requests: string[] = [];

/** The fixture for a request, with `{{base}}` replaced so next links point back here. */
function fixtureFor(url: URL): string | undefined {
  const statline = /^\/ODataFeed\/odata\/(\w+)\/TypedDataSet$/.exec(url.pathname);
  if (statline) {
    const page = url.searchParams.has('$skiptoken') ? 2 : 1;
    return `statline-${statline[1]}-page${page}.json`;
  }
  const pdok = /^\/cbs\/gebiedsindelingen\/ogc\/v1\/collections\/(\w+)\/items$/.exec(url.pathname);
  if (pdok) return `pdok-${pdok[1]}-page${url.searchParams.get('cursor') ?? 1}.json`;
  return undefined;
}

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname.startsWith('/broken/')) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('server error');
      return;
    }
    const name = fixtureFor(url);
    const file = name ? path.join(fixtures, name) : undefined;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file, 'utf8').replaceAll('{{base}}', base);
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tmp = mkdtempSync(path.join(tmpdir(), 'omzien-fetch-'));
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clearMonitor(handle.db);
});
after(async () => {
  await clearMonitor(handle.db);
  await handle.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: {} };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe(`omzien fetch-open-data (${dbLabel})`, () => {
  test('downloads every page of the StatLine table and the PDOK collections', async () => {
    const dir = path.join(tmp, 'open-data');
    const r = await run('fetch-open-data', dir, '--base-url', base);
    assert.equal(r.code, 0, `${r.out}\n${r.err}`);
    assert.deepEqual(readdirSync(dir).sort(), [
      'pdok_gemeente_gegeneraliseerd.geojson',
      'pdok_wijk_gegeneraliseerd.geojson',
      'rivm_50090NED_odata.csv',
    ]);
    // Only point estimates are asked for, and every next link was followed.
    assert.deepEqual(
      requests.map((u) => decodeURIComponent(u)),
      [
        "/ODataFeed/odata/50090NED/TypedDataSet?$format=json&$filter=Marges eq 'MW00000'",
        "/ODataFeed/odata/50090NED/TypedDataSet?$format=json&$filter=Marges eq 'MW00000'&$skiptoken=Id eq 8",
        '/cbs/gebiedsindelingen/ogc/v1/collections/gemeente_gegeneraliseerd/items?f=json&limit=1000',
        '/cbs/gebiedsindelingen/ogc/v1/collections/gemeente_gegeneraliseerd/items?f=json&limit=1&cursor=2',
        '/cbs/gebiedsindelingen/ogc/v1/collections/wijk_gegeneraliseerd/items?f=json&limit=1000',
      ],
    );
    const csv = readFileSync(path.join(dir, 'rivm_50090NED_odata.csv'), 'utf8').split('\r\n');
    assert.equal(
      csv[0],
      'ID,Leeftijd,Marges,WijkenEnBuurten,Perioden,Gemeentenaam_1,SoortRegio_2,Codering_3,' +
        'Eenzaam_28,ErnstigZeerErnstigEenzaam_29,EmotioneelEenzaam_30,SociaalEenzaam_31,' +
        'Mantelzorger_32,MoeiteMetRondkomen_38',
    );
    assert.equal(csv.length, 1 + 5 + 1); // header, 5 rows, the final line break
    assert.match(csv[3]!, /,53\.1,15,36\.2,33\.4,7\.8,$/); // null → empty
    assert.match(csv[4]!, /,"Groningen, stad {26}",/); // a comma in a name is quoted
    const gemeenten = JSON.parse(
      readFileSync(path.join(dir, 'pdok_gemeente_gegeneraliseerd.geojson'), 'utf8'),
    );
    assert.equal(gemeenten.type, 'FeatureCollection');
    assert.deepEqual(
      gemeenten.features.map((f: { properties: { statcode: string } }) => f.properties.statcode),
      ['GM0014', 'GM0034'],
    );
    assert.match(r.out, /rivm_50090NED_odata\.csv: 5 rows, 2 pages/);
  });

  test('the downloaded files import with importPath', async () => {
    const results = await importPath(handle.db, path.join(tmp, 'open-data'));
    assert.deepEqual(
      results.map((r) => [path.basename(r.path), r.kind, r.report.status]),
      [
        ['rivm_50090NED_odata.csv', 'statline', 'imported'],
        ['pdok_gemeente_gegeneraliseerd.geojson', 'geojson', 'imported'],
        ['pdok_wijk_gegeneraliseerd.geojson', 'geojson', 'imported'],
      ],
      results.map((r) => describeReport(r.report)).join('\n'),
    );
    const statline = results[0]!.report;
    assert.deepEqual([statline.rows, statline.areas, statline.taken], [5, 4, 5]);
    assert.equal(statline.source, 'RIVM StatLine 50090NED');
    assert.deepEqual(statline.facts, { taken: 9, unchanged: 0, removed: 0 });
    const rows = await sql<{ code: string; name: string; lonely: number }>`
      select a.code, a.name, i.lonely::float8 as lonely from areas a
      join area_indicators i on i.area_code = a.code and i.age = '18+'
      order by a.code`.execute(handle.db);
    assert.deepEqual(rows.rows, [
      { code: 'BU00140000', name: 'BU00140000', lonely: 55 },
      { code: 'GM0014', name: 'Groningen', lonely: 48.6 },
      { code: 'NL01', name: 'Nederland', lonely: 47 },
      { code: 'WK001400', name: 'Centrum', lonely: 53.1 },
    ]);
    const geometries = await sql<{ area_code: string; year: number; source: string; lon: number }>`
      select area_code, year, source, (geometry->'coordinates'->0->0->>0)::float8 as lon
      from area_geometries where area_code = 'GM0014'`.execute(handle.db);
    assert.deepEqual(geometries.rows, [
      {
        area_code: 'GM0014',
        year: 2024,
        source: 'Kadaster / CBS, gebiedsindelingen 2024',
        lon: 6.50123,
      },
    ]);
  });

  test('a failing server: exit 1, the reason, and no file left behind', async () => {
    const dir = path.join(tmp, 'failed');
    const r = await run(
      'fetch-open-data',
      dir,
      '--statline-url',
      `${base}/broken`,
      '--pdok-url',
      `${base}/broken`,
    );
    assert.equal(r.code, 1);
    assert.match(r.err, /Download failed: .*\/broken\/50090NED\/TypedDataSet.*HTTP 500/);
    assert.deepEqual(readdirSync(dir), []);
    const usage = await run('fetch-open-data');
    assert.equal(usage.code, 64);
  });
});
