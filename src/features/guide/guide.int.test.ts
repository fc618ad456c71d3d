/** The Wegwijzer, over HTTP: API and page. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';

interface GuideBody {
  choices: Record<string, { id: string; name: string }>;
  group: { id: string; name: string };
  activities: { name: string; means: string }[];
  interventions: {
    slug: string;
    evidence: string;
    type: string;
    why: string[];
    caution?: string;
  }[];
  warnings: { about: string; text: string }[];
}
interface Summary {
  slug: string;
  groups: string[];
  targetGroups: string[];
  lonelinessTypes: string[];
  profiles: string[];
}

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

describe(`GET /api/v1/guide (${dbLabel})`, () => {
  test('for a group: its kinds of activity and the interventions that suit it, strongest evidence first', async () => {
    const res = await t.json<GuideBody>('/api/v1/guide?group=not-lonely');
    assert.equal(res.status, 200);
    assert.equal(res.body.group.id, 'not-lonely');
    assert.equal(res.body.activities.length, 5);
    assert.ok(res.body.interventions.length > 0);
    const levels = res.body.interventions.map((i) => i.evidence);
    assert.deepEqual(
      levels,
      [...levels].sort((a, b) => (a === b ? 0 : a === 'substantiated' ? -1 : 1)),
    );
    const all = await t.json<{ items: Summary[] }>(
      '/api/v1/interventions?group=not-lonely&limit=100',
    );
    assert.equal(res.body.interventions.length, all.body.items.length);
    for (const i of res.body.interventions) assert.ok(i.why.length >= 3, 'says why it fits');
  });

  test('narrowing by target group, type and profile keeps only what fits all', async () => {
    const res = await t.json<GuideBody>(
      '/api/v1/guide?group=mild-moderate&targetGroup=older-people&lonelinessType=social&profile=actives',
    );
    assert.equal(res.status, 200);
    const all = await t.json<{ items: Summary[] }>('/api/v1/interventions?limit=100');
    const bySlug = new Map(all.body.items.map((i) => [i.slug, i]));
    assert.ok(res.body.interventions.length > 0);
    for (const g of res.body.interventions) {
      const i = bySlug.get(g.slug);
      assert.ok(i);
      assert.ok(i.groups.includes('mild-moderate'));
      assert.ok(i.targetGroups.includes('older-people') || i.targetGroups.includes('everyone'));
      assert.ok(i.lonelinessTypes.includes('social'));
      assert.ok(i.profiles.includes('actives'));
    }
    assert.equal(res.body.choices.profile?.id, 'actives');
    assert.ok(
      res.body.warnings.some((w) => w.about === 'profile'),
      'the profile caution is shown',
    );
  });

  test('warns where a choice backfires: group meetings for emotional loneliness', async () => {
    const res = await t.json<GuideBody>(
      '/api/v1/guide?group=mild-moderate&lonelinessType=emotional',
    );
    assert.ok(res.body.warnings.some((w) => w.about === 'loneliness-type'));
    for (const i of res.body.interventions.filter((x) => x.type === 'meeting')) {
      assert.ok(i.caution, `${i.slug} carries a caution`);
    }
    const social = await t.json<GuideBody>(
      '/api/v1/guide?group=mild-moderate&lonelinessType=social',
    );
    assert.ok(social.body.interventions.every((i) => !i.caution));
  });

  test('a target group without its own interventions still gets those for everyone', async () => {
    const res = await t.json<GuideBody>('/api/v1/guide?group=at-risk&targetGroup=carers');
    assert.ok(res.body.interventions.length > 0);
    assert.ok(res.body.interventions.every((i) => i.why.some((w) => /iedereen/.test(w))));
  });

  test('no match says so instead of an empty answer', async () => {
    const res = await t.json<GuideBody>(
      '/api/v1/guide?group=not-lonely&targetGroup=homeless&lonelinessType=existential&profile=survivors',
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.interventions.length, 0);
    assert.ok(res.body.warnings.some((w) => w.about === 'no-match'));
    assert.equal(res.body.activities.length, 5, 'the kinds of activity still show');
  });

  test('answers in English on request', async () => {
    const res = await t.json<GuideBody>('/api/v1/guide?group=severe&lang=en');
    assert.match(res.body.interventions[0]?.why[0] ?? '', /^Fits the group/);
  });

  test('the group is required and values are checked, naming the field', async () => {
    const missing = await t.json<{ 'invalid-params': { name: string }[] }>('/api/v1/guide');
    assert.equal(missing.status, 400);
    assert.deepEqual(
      missing.body['invalid-params'].map((p) => p.name),
      ['query.group'],
    );
    const bad = await t.json<{ 'invalid-params': { name: string }[] }>(
      '/api/v1/guide?group=severe&profile=loner&lonelinessType=x',
    );
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body['invalid-params'].map((p) => p.name).sort(), [
      'query.lonelinessType',
      'query.profile',
    ]);
  });
});

describe(`/wegwijzer page (${dbLabel})`, () => {
  test('shows the form first, and the result for a shared URL', async () => {
    const form = await (await t.get('/wegwijzer')).text();
    assert.match(form, /<form method="get" action="\/wegwijzer"/);
    assert.doesNotMatch(form, /id="guide-result"/);
    const res = await t.get(
      '/wegwijzer?group=mild-moderate&lonelinessType=emotional&targetGroup=&profile=',
    );
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /id="guide-result"/);
    assert.match(html, /class="omzien-warning"/);
    assert.match(html, /href="\/kennisbank\/activiteiten\/[a-z0-9-]+"/);
    assert.match(html, /value="mild-moderate" checked/);
  });

  test('a bad value is explained beside its field, in Dutch, and the rest is kept', async () => {
    const res = await t.get('/wegwijzer?group=&profile=loner&targetGroup=older-people');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /id="g-group-error"[^>]*>Kies een van de vier groepen\./);
    assert.match(html, /id="g-profile-error"[^>]*>Kies een van de mogelijkheden in de lijst\./);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /<option value="older-people" selected/);
    assert.doesNotMatch(html, /id="guide-result"/);
  });
});
