/**
 * The Monitor API over HTTP on the real app, with two StatLine exports imported (2016 and 2020,
 * 18+) to keep the suite fast.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { describeReport, importStatlineFile } from './import-statline.ts';
import { clearMonitor, statlineFile } from './test-data.ts';

interface Indicator {
  year: number;
  age: string;
  lonely: number | null;
  severelyLonely: number | null;
  emotionallyLonely: number | null;
  sociallyLonely: number | null;
}
interface Area {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  indicators: Indicator[];
  source: string;
}
interface Children {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  items: Omit<Area, 'source'>[];
  source: string;
}
interface Problem {
  status: number;
  'invalid-params'?: { name: string; reason: string }[];
}

const SOURCE =
  "Bron: Gezondheidsmonitor Volwassenen en Ouderen, GGD'en, CBS en RIVM (RIVM StatLine 50090NED)";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  const { db } = t.app.database;
  await clearMonitor(db);
  for (const year of [2020, 2016]) {
    const report = await importStatlineFile(db, statlineFile(year, '18plus'));
    assert.equal(report.status, 'imported', describeReport(report));
  }
});
after(async () => {
  await clearMonitor(t.app.database.db);
  await t.close();
});

describe(`GET /api/v1/monitor/areas/{code} (${dbLabel})`, () => {
  test('Groningen: every year with the published 2020 values as numbers, and the source', async () => {
    const res = await t.json<Area>('/api/v1/monitor/areas/GM0014');
    assert.equal(res.status, 200);
    assert.match(res.type, /application\/json/);
    assert.equal(res.body.code, 'GM0014');
    assert.equal(res.body.name, 'Groningen');
    assert.equal(res.body.level, 'municipality');
    assert.equal(res.body.parent, 'NL01');
    assert.equal(res.body.source, SOURCE);
    assert.deepEqual(
      res.body.indicators.map((i) => `${i.year} ${i.age}`),
      ['2016 18+', '2020 18+'],
    );
    assert.deepEqual(res.body.indicators[1], {
      year: 2020,
      age: '18+',
      lonely: 48.6,
      severelyLonely: 12.4,
      emotionallyLonely: 32.0,
      sociallyLonely: 30.3,
    });
  });

  test('the Netherlands, a wijk and a buurt', async () => {
    const nl = await t.json<Area>('/api/v1/monitor/areas/NL01');
    assert.equal(nl.status, 200);
    assert.equal(nl.body.level, 'country');
    assert.equal(nl.body.parent, null);
    assert.deepEqual(
      nl.body.indicators.find((i) => i.year === 2020),
      {
        year: 2020,
        age: '18+',
        lonely: 47.0,
        severelyLonely: 11.2,
        emotionallyLonely: 28.9,
        sociallyLonely: 30.0,
      },
    );
    const wijk = await t.json<Area>('/api/v1/monitor/areas/WK001400');
    assert.equal(wijk.status, 200);
    assert.deepEqual(
      [wijk.body.name, wijk.body.level, wijk.body.parent],
      ['WK001400', 'district', 'GM0014'],
    );
    const buurt = await t.json<Area>('/api/v1/monitor/areas/BU00140000');
    assert.equal(buurt.status, 200);
    assert.deepEqual([buurt.body.level, buurt.body.parent], ['neighbourhood', 'WK001400']);
    assert.equal(buurt.body.indicators.length, 2);
  });

  test('an unknown code is 404, a malformed one 400 naming path.code', async () => {
    const unknown = await t.json<Problem>('/api/v1/monitor/areas/GM9999');
    assert.equal(unknown.status, 404);
    assert.match(unknown.type, /application\/problem\+json/);
    for (const bad of ['GM14', 'gm0014', 'NL02', 'WK0014', 'BU001400001', 'x']) {
      const res = await t.json<Problem>(`/api/v1/monitor/areas/${bad}`);
      assert.equal(res.status, 400, bad);
      assert.deepEqual(
        res.body['invalid-params']?.map((p) => p.name),
        ['path.code'],
        bad,
      );
    }
    assert.equal((await t.json('/api/v1/monitor/areas/GM9999/children')).status, 404);
    assert.equal((await t.json('/api/v1/monitor/areas/GM14/children')).status, 400);
  });
});

describe(`GET /api/v1/monitor/areas/{code}/children (${dbLabel})`, () => {
  test('the gemeenten of the Netherlands, each with its latest figures', async () => {
    const res = await t.json<Children>('/api/v1/monitor/areas/NL01/children');
    assert.equal(res.status, 200);
    assert.equal(res.body.code, 'NL01');
    assert.equal(res.body.source, SOURCE);
    assert.equal(res.body.items.length, 355);
    assert.ok(res.body.items.every((i) => i.level === 'municipality' && i.parent === 'NL01'));
    const groningen = res.body.items.find((i) => i.code === 'GM0014');
    assert.deepEqual(groningen, {
      code: 'GM0014',
      name: 'Groningen',
      level: 'municipality',
      parent: 'NL01',
      indicators: [
        {
          year: 2020,
          age: '18+',
          lonely: 48.6,
          severelyLonely: 12.4,
          emotionallyLonely: 32.0,
          sociallyLonely: 30.3,
        },
      ],
    });
  });

  test('the wijken of Groningen, and no children below a buurt', async () => {
    const res = await t.json<Children>('/api/v1/monitor/areas/GM0014/children');
    assert.equal(res.status, 200);
    assert.ok(res.body.items.length > 0);
    assert.ok(res.body.items.every((i) => /^WK0014\d\d$/.test(i.code) && i.level === 'district'));
    assert.ok(
      res.body.items.every((i) => i.indicators.length === 1 && i.indicators[0]!.year === 2020),
    );
    const buurt = await t.json<Children>('/api/v1/monitor/areas/BU00140000/children');
    assert.equal(buurt.status, 200);
    assert.deepEqual(buurt.body.items, []);
  });

  test('both routes are in the OpenAPI document', async () => {
    const res = await t.json<{ paths: Record<string, unknown> }>('/api/v1/openapi.json');
    assert.ok(res.body.paths['/api/v1/monitor/areas/{code}']);
    assert.ok(res.body.paths['/api/v1/monitor/areas/{code}/children']);
  });
});
