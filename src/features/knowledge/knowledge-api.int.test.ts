/**
 * The Kennisbank API over HTTP against a real database (PGlite, and PostgreSQL in the
 * PostgreSQL run).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';

interface Summary {
  slug: string;
  name: string;
  type: string;
  evidence: string;
  groups: string[];
  lonelinessTypes: string[];
  targetGroups: string[];
  elements: string[];
}
interface ListBody {
  items: Summary[];
  total: number;
  facets: Record<string, Record<string, number>>;
}
interface Problem {
  status: number;
  title: string;
  'invalid-params'?: { name: string; reason: string }[];
}

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

describe(`GET /api/v1/interventions (${dbLabel})`, () => {
  test('lists all interventions with a total, substantiated first', async () => {
    const res = await t.json<ListBody>('/api/v1/interventions?limit=100');
    assert.equal(res.status, 200);
    assert.match(res.type, /application\/json/);
    assert.equal(res.body.total, 63);
    assert.equal(res.body.items.length, 63);
    const firstPromising = res.body.items.findIndex((i) => i.evidence === 'promising');
    assert.ok(res.body.items.slice(firstPromising).every((i) => i.evidence === 'promising'));
  });

  test('pages with limit and offset', async () => {
    const all = await t.json<ListBody>('/api/v1/interventions?limit=100');
    const page = await t.json<ListBody>('/api/v1/interventions?limit=10&offset=20');
    assert.equal(page.body.total, 63);
    assert.deepEqual(
      page.body.items.map((i) => i.slug),
      all.body.items.slice(20, 30).map((i) => i.slug),
    );
    const beyond = await t.json<ListBody>('/api/v1/interventions?offset=500');
    assert.equal(beyond.body.items.length, 0);
    assert.equal(beyond.body.total, 63);
  });

  test('searches Dutch with stemming: "vriendschappen" finds "vriendschap"', async () => {
    const res = await t.json<ListBody>('/api/v1/interventions?q=vriendschappen&limit=100');
    const names = res.body.items.map((i) => i.name);
    assert.ok(names.includes('Zin in vriendschap'), names.join(', '));
    assert.ok(names.includes('Vriendschapscursus voor vrouwen'));
    assert.ok(res.body.total < 63);
  });

  test('search ranks a name match first and all words must match', async () => {
    const res = await t.json<ListBody>('/api/v1/interventions?q=Resto%20VanHarte');
    assert.equal(res.body.items[0]?.name, 'Resto VanHarte');
    const none = await t.json<ListBody>('/api/v1/interventions?q=vriendschap%20zzzqqq');
    assert.equal(none.body.total, 0);
  });

  test('a query of only stop words or symbols lists everything', async () => {
    const res = await t.json<ListBody>(
      `/api/v1/interventions?q=${encodeURIComponent("de het ' & | ! :*")}`,
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 63);
  });

  test('filters combine: OR within a filter, AND across filters', async () => {
    const courses = await t.json<ListBody>('/api/v1/interventions?type=course&limit=100');
    const oneToOne = await t.json<ListBody>('/api/v1/interventions?type=one-to-one&limit=100');
    const either = await t.json<ListBody>(
      '/api/v1/interventions?type=course&type=one-to-one&limit=100',
    );
    assert.equal(either.body.total, courses.body.total + oneToOne.body.total);
    const comma = await t.json<ListBody>('/api/v1/interventions?type=course,one-to-one&limit=100');
    assert.equal(comma.body.total, either.body.total);

    const both = await t.json<ListBody>(
      '/api/v1/interventions?type=course&evidence=substantiated&lonelinessType=emotional&limit=100',
    );
    assert.ok(both.body.total > 0);
    for (const i of both.body.items) {
      assert.equal(i.type, 'course');
      assert.equal(i.evidence, 'substantiated');
      assert.ok(i.lonelinessTypes.includes('emotional'));
    }
    assert.ok(both.body.total < courses.body.total);
  });

  test('every filter narrows to items that carry the value', async () => {
    const cases: [string, string, (i: Summary) => boolean][] = [
      ['group', 'severe', (i) => i.groups.includes('severe')],
      ['targetGroup', 'chronic-illness', (i) => i.targetGroups.includes('chronic-illness')],
      ['element', 'meaningful-role', (i) => i.elements.includes('meaningful-role')],
    ];
    for (const [key, value, check] of cases) {
      const res = await t.json<ListBody>(`/api/v1/interventions?${key}=${value}&limit=100`);
      assert.ok(res.body.total > 0, `${key}=${value} finds something`);
      assert.ok(res.body.items.every(check), `${key}=${value}`);
    }
    for (const [key, value] of [
      ['buildingBlock', 'supporting'],
      ['profile', 'actives'],
    ]) {
      const res = await t.json<ListBody>(`/api/v1/interventions?${key}=${value}`);
      assert.ok(res.body.total > 0, `${key}=${value}`);
    }
  });

  test('facet counts say how many a value would give, given the other filters', async () => {
    const base = await t.json<ListBody>('/api/v1/interventions?evidence=substantiated&limit=100');
    for (const [type, count] of Object.entries(base.body.facets.type ?? {})) {
      const narrowed = await t.json<ListBody>(
        `/api/v1/interventions?evidence=substantiated&type=${type}`,
      );
      assert.equal(narrowed.body.total, count, `type=${type}`);
    }
    // The facet of the chosen filter itself ignores that filter, so both levels show counts.
    assert.equal(
      (base.body.facets.evidence?.substantiated ?? 0) + (base.body.facets.evidence?.promising ?? 0),
      63,
    );
  });

  test('invalid input is a 400 problem naming each bad field', async () => {
    const res = await t.json<Problem>(
      '/api/v1/interventions?type=walk&limit=0&offset=-1&group=lonely&unknown=1',
    );
    assert.equal(res.status, 400);
    assert.match(res.type, /application\/problem\+json/);
    const names = (res.body['invalid-params'] ?? []).map((p) => p.name).sort();
    assert.deepEqual(names, [
      'query.group.0',
      'query.limit',
      'query.offset',
      'query.type.0',
      'query.unknown',
    ]);
    const tooLong = await t.json<Problem>(`/api/v1/interventions?q=${'a'.repeat(201)}`);
    assert.equal(tooLong.status, 400);
    assert.equal(tooLong.body['invalid-params']?.[0]?.name, 'query.q');
    const notNumber = await t.json<Problem>('/api/v1/interventions?limit=ten');
    assert.equal(notNumber.body['invalid-params']?.[0]?.name, 'query.limit');
  });
});

describe(`GET /api/v1/interventions/{slug} (${dbLabel})`, () => {
  test('answers the whole item with its evidence, links, classification and similar ones', async () => {
    const res = await t.json<{
      name: string;
      evidence: { level: string; foundBy: string; year: number };
      links: string[];
      source: string;
      classification: { rationale: string; groups: string[] };
      similar: { slug: string }[];
    }>('/api/v1/interventions/resto-vanharte');
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Resto VanHarte');
    assert.equal(res.body.evidence.level, 'substantiated');
    assert.ok(res.body.links.includes('http://www.restovanharte.nl/'));
    assert.equal(res.body.source, 'handreiking-2017');
    assert.ok(res.body.classification.rationale.length > 20);
    assert.ok(res.body.similar.length > 0 && res.body.similar.length <= 5);
    assert.ok(!res.body.similar.some((s) => s.slug === 'resto-vanharte'));
  });

  test('unknown is 404, malformed is 400', async () => {
    const missing = await t.json<Problem>('/api/v1/interventions/bestaat-niet');
    assert.equal(missing.status, 404);
    assert.match(missing.type, /application\/problem\+json/);
    const bad = await t.json<Problem>('/api/v1/interventions/Not_A_Slug');
    assert.equal(bad.status, 400);
    assert.equal(bad.body['invalid-params']?.[0]?.name, 'path.slug');
  });
});

describe(`concept endpoints (${dbLabel})`, () => {
  test('each concept list answers its items', async () => {
    const expected: Record<string, number> = {
      groups: 4,
      elements: 7,
      'building-blocks': 6,
      steps: 6,
      pillars: 5,
      profiles: 8,
      'loneliness-types': 3,
      'target-groups': 13,
    };
    for (const [path, count] of Object.entries(expected)) {
      const res = await t.json<{ items: { id: string }[] }>(`/api/v1/${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(res.body.items.length, count, path);
      const one = await t.json<{ id: string }>(`/api/v1/${path}/${res.body.items[0]?.id}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.id, res.body.items[0]?.id);
      const none = await t.json<Problem>(`/api/v1/${path}/bestaat-niet`);
      assert.equal(none.status, 404);
    }
  });

  test('a group holds the kinds of activity with their means', async () => {
    const res = await t.json<{ activities: { name: string; means: string }[] }>(
      '/api/v1/groups/mild-moderate',
    );
    assert.equal(res.body.activities.length, 7);
    assert.ok(res.body.activities.every((a) => a.name && a.means));
  });

  test('profiles carry the caution that a profile is not a label', async () => {
    const res = await t.json<{ caution: string; duration: string }>('/api/v1/profiles/survivors');
    assert.ok(res.body.caution.length > 20);
    assert.equal(res.body.duration, 'structural');
  });

  test('risk groups are the target groups the sources name as such', async () => {
    const res = await t.json<{ items: { id: string; riskGroup: boolean }[] }>(
      '/api/v1/risk-groups',
    );
    assert.ok(res.body.items.length >= 10);
    assert.ok(res.body.items.every((i) => i.riskGroup));
    assert.ok(!res.body.items.some((i) => i.id === 'everyone'));
  });

  test('the other concepts are read through /concepts/{kind}', async () => {
    const pilots = await t.json<{ items: { municipality: string }[] }>('/api/v1/concepts/pilot');
    assert.equal(pilots.body.items.length, 20);
    const causes = await t.json<{ items: { category: string }[] }>('/api/v1/concepts/cause');
    assert.equal(causes.body.items.length, 3);
    const unknown = await t.json<Problem>('/api/v1/concepts/unicorn');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body['invalid-params']?.[0]?.name, 'path.kind');
  });
});
