/**
 * The boundaries importer on the shared GeoJSON and TopoJSON files: every gemeente and wijk,
 * codes, years and names read from each product's own properties, rounding, idempotence, and a
 * damaged file refused with nothing stored.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type DatabaseHandle, migrate, openDatabase } from '../../platform/db/database.ts';
import { importBoundaries, importBoundariesFile } from './import-boundaries.ts';
import { describeReport, importStatlineFile } from './import-statline.ts';
import { clearMonitor, sharedFile, statlineFile } from './test-data.ts';

const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

let handle: DatabaseHandle;
const geo = (name: string) => sharedFile('geo', name);

before(async () => {
  handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: 'memory' });
  await migrate(handle.db);
  await clearMonitor(handle.db);
});
after(async () => {
  await clearMonitor(handle.db);
  await handle.close();
});

async function stored(year: number) {
  const r = await sql<{ level: string; n: number; with_gm: number; sources: string }>`
    select level, count(*)::int as n, count(municipality_code)::int as with_gm,
           string_agg(distinct source, ';') as sources
    from area_geometries where year = ${year} group by level order by level`.execute(handle.db);
  return r.rows;
}

async function geometryCount() {
  const r = await sql<{ n: number }>`select count(*)::int as n from area_geometries`.execute(
    handle.db,
  );
  return r.rows[0]!.n;
}

describe(`boundaries import (${dbLabel})`, () => {
  test('a feature with a bad code or a position outside the Netherlands refuses the file', async () => {
    const json = JSON.parse(readFileSync(geo('gemeenten_2020_kwb2020.geojson'), 'utf8'));
    json.features[7].properties.gm_code = 'GM12';
    json.features[300].geometry.coordinates[0][0][2] = [155000, 463000]; // RD, not lon/lat
    json.features[301].geometry = { type: 'Point', coordinates: [5, 52] };
    const report = await importBoundaries(
      handle.db,
      JSON.stringify(json),
      'gemeenten_2020.geojson',
    );
    assert.equal(report.status, 'refused');
    assert.equal(report.refused, 3);
    assert.deepEqual(
      report.problems.map((p) => [p.feature, p.column]),
      [
        [7, 'gm_code'],
        [300, 'geometry'],
        [301, 'geometry'],
      ],
    );
    assert.match(describeReport(report), /feature 7, property gm_code: not an area code/);
    assert.match(report.problems[1]!.reason, /outside the Netherlands/);
    assert.equal(await geometryCount(), 0);
  });

  test('not JSON, or JSON of another kind, is refused', async () => {
    const broken = await importBoundaries(handle.db, '{"type": "FeatureCollection", ', 'x.geojson');
    assert.equal(broken.status, 'refused');
    assert.match(broken.problems[0]!.reason, /^not JSON/);
    const other = await importBoundaries(handle.db, '{"type": "Feature"}', 'x.geojson');
    assert.match(other.problems[0]!.reason, /not a FeatureCollection or a Topology/);
    assert.equal(await geometryCount(), 0);
  });

  test('all 355 gemeenten of 2020 and the 342 of 2023 and 2024, each with its year', async () => {
    const cases = [
      ['gemeenten_2020_kwb2020.geojson', 2020, 355, 'Kadaster / CBS, wijk- en buurtkaart 2020'],
      ['gemeenten_2023_kwb2023.geojson', 2023, 342, 'Kadaster / CBS, wijk- en buurtkaart 2023'],
      [
        'gemeenten_2024_cbs_gebiedsindelingen.geojson',
        2024,
        342,
        'Kadaster / CBS, gebiedsindelingen 2024',
      ],
    ] as const;
    for (const [file, year, n, source] of cases) {
      const report = await importBoundariesFile(handle.db, geo(file));
      assert.equal(report.status, 'imported', describeReport(report));
      assert.deepEqual([report.rows, report.areas, report.taken], [n, n, n]);
      assert.equal(report.source, source);
      console.log(`# ${file}: ${n} features on ${dbLabel} in ${report.elapsedMs} ms`);
      assert.deepEqual(await stored(year), [
        { level: 'municipality', n, with_gm: n, sources: source },
      ]);
    }
    const groningen = await handle.db
      .selectFrom('area_geometries')
      .select(['name', 'municipality_code', 'geometry'])
      .where('area_code', '=', 'GM0014')
      .where('year', '=', 2023)
      .executeTakeFirstOrThrow();
    assert.equal(groningen.name, 'Groningen');
    assert.equal(groningen.municipality_code, 'GM0014');
    const g = groningen.geometry as { type: string; coordinates: number[][][] };
    assert.equal(g.type, 'Polygon');
    // The 2023 file has 15 decimals; stored rounded to 5.
    for (const [lon, lat] of g.coordinates[0]!) {
      assert.equal(Math.round(lon! * 1e5) / 1e5, lon);
      assert.equal(Math.round(lat! * 1e5) / 1e5, lat);
    }
  });

  test('3,177 wijken of 2020 from TopoJSON, each with its gemeente; names land on code-named areas', async () => {
    const statline = await importStatlineFile(handle.db, statlineFile(2020, '18plus'));
    assert.equal(statline.status, 'imported', describeReport(statline));
    const report = await importBoundariesFile(handle.db, geo('wijk_2020.topojson'));
    assert.equal(report.status, 'imported', describeReport(report));
    assert.deepEqual([report.rows, report.areas, report.taken], [3177, 3177, 3177]);
    console.log(`# wijk_2020.topojson: 3177 features on ${dbLabel} in ${report.elapsedMs} ms`);
    const source = 'Kadaster / CBS, gebiedsindelingen 2020';
    assert.deepEqual(await stored(2020), [
      { level: 'district', n: 3177, with_gm: 3177, sources: source },
      {
        level: 'municipality',
        n: 355,
        with_gm: 355,
        sources: 'Kadaster / CBS, wijk- en buurtkaart 2020',
      },
    ]);
    const wijk = await handle.db
      .selectFrom('area_geometries')
      .select(['name', 'municipality_code', 'level'])
      .where('area_code', '=', 'WK001400')
      .executeTakeFirstOrThrow();
    assert.deepEqual(wijk, { name: 'Centrum', municipality_code: 'GM0014', level: 'district' });
    const areas = await handle.db
      .selectFrom('areas')
      .select(['code', 'name'])
      .where('code', 'in', ['WK001400', 'GM0014', 'BU00140000'])
      .orderBy('code')
      .execute();
    assert.deepEqual(areas, [
      { code: 'BU00140000', name: 'BU00140000' },
      { code: 'GM0014', name: 'Groningen' },
      { code: 'WK001400', name: 'Centrum' },
    ]);
    // The geometry of every wijk is a valid polygon after the TopoJSON conversion.
    const types = await sql<{ type: string; n: number }>`
      select geometry->>'type' as type, count(*)::int as n from area_geometries
      where level = 'district' group by 1 order by 1`.execute(handle.db);
    assert.deepEqual(types.rows, [
      { type: 'MultiPolygon', n: 46 },
      { type: 'Polygon', n: 3131 },
    ]);
  });

  test('importing the files again changes nothing', async () => {
    const before = await sql<{ h: string }>`
      select md5(string_agg(concat_ws('|', area_code, year, level, name, municipality_code,
        geometry::text, source), ',' order by area_code, year)) as h from area_geometries`.execute(
      handle.db,
    );
    for (const file of ['gemeenten_2020_kwb2020.geojson', 'wijk_2020.topojson']) {
      const report = await importBoundariesFile(handle.db, geo(file));
      assert.equal(report.status, 'imported');
      assert.equal(report.taken, 0, describeReport(report));
      assert.equal(report.unchanged, report.rows);
    }
    const afterwards = await sql<{ h: string }>`
      select md5(string_agg(concat_ws('|', area_code, year, level, name, municipality_code,
        geometry::text, source), ',' order by area_code, year)) as h from area_geometries`.execute(
      handle.db,
    );
    assert.equal(afterwards.rows[0]!.h, before.rows[0]!.h);
    assert.equal(await geometryCount(), 355 + 342 + 342 + 3177);
  });

  test('a year from the options when the features carry none', async () => {
    const json = JSON.parse(readFileSync(geo('gemeenten_2020_kwb2020.geojson'), 'utf8'));
    json.features = json.features.slice(0, 2);
    for (const f of json.features) delete f.properties.jaar;
    const none = await importBoundaries(handle.db, JSON.stringify(json), 'gemeenten.geojson');
    assert.equal(none.status, 'refused');
    assert.deepEqual(
      none.problems.map((p) => [p.feature, p.column]),
      [
        [0, 'jaar'],
        [1, 'jaar'],
      ],
    );
    const given = await importBoundaries(handle.db, JSON.stringify(json), 'gemeenten.geojson', {
      year: 2019,
    });
    assert.equal(given.status, 'imported', describeReport(given));
    assert.equal(given.source, 'Kadaster / CBS, wijk- en buurtkaart 2019');
    assert.equal(given.taken, 2);
  });
});
