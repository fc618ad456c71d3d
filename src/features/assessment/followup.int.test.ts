/**
 * Stored measurements in follow-up over HTTP: consent required, scores stored as computed,
 * history in date order with the change from first to latest, home visitors see only their own,
 * other roles nothing, every write and read in the audit trail; and the page with the form.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../../platform/db/schema.ts';
import { Client } from '../../test-support/session-client.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, demoEmail } from '../identity/seed-demo.ts';

let t: TestApp;
const clients = new Map<Role, Client>();

before(async () => {
  t = await startTestApp();
  for (const role of [
    'admin',
    'coordinator',
    'worker',
    'volunteer',
    'partner',
    'analyst',
  ] as Role[]) {
    const client = new Client(t.base);
    const res = await client.json('POST', '/api/v1/session', {
      email: demoEmail(role),
      password: DEMO_PASSWORD,
    });
    assert.equal(res.status, 200);
    clients.set(role, client);
  }
});
after(() => t.close());

const as = (role: Role) => clients.get(role)!;
const url = '/api/v1/municipalities/groningen/assessments';

/** All eleven answers: `lonely` of them lonely (negative items first), the rest not. */
function answers11(lonely: number) {
  const negative = [2, 3, 5, 6, 9, 10];
  const positive = [1, 4, 7, 8, 11];
  const out: Record<string, string> = {};
  [...negative, ...positive].forEach((n, i) => {
    const isNegative = negative.includes(n);
    const makeLonely = i < lonely;
    out[String(n)] = isNegative === makeLonely ? 'yes' : 'no';
  });
  return out;
}

function body(
  subjectId: string,
  takenOn: string,
  lonely: number,
  extra: Record<string, unknown> = {},
) {
  return {
    subjectType: 'case',
    subjectId,
    takenOn,
    consent: { given: true, kind: 'verbal' },
    instrument: 'djg-11',
    answers: answers11(lonely),
    ...extra,
  };
}

describe(`measurements in follow-up (${dbLabel})`, () => {
  test('stored with consent; the history is in date order with the change from first to latest', async () => {
    const subject = randomUUID();
    for (const [date, lonely] of [
      ['2026-03-01', 6],
      ['2026-01-15', 9],
      ['2026-06-01', 2],
    ] as const) {
      const res = await as('coordinator').json('POST', url, body(subject, date, lonely));
      assert.equal(res.status, 201);
      assert.match((await res.json()).id, /^[0-9a-f-]{36}$/);
    }
    const res = await as('worker').get(`${url}?subjectType=case&subjectId=${subject}`);
    assert.equal(res.status, 200);
    const history = await res.json();
    assert.deepEqual(
      history.items.map((i: { takenOn: string; total: number; category: string }) => [
        i.takenOn,
        i.total,
        i.category,
      ]),
      [
        ['2026-01-15', 9, 'severe'],
        ['2026-03-01', 6, 'moderate'],
        ['2026-06-01', 2, 'not-lonely'],
      ],
    );
    assert.deepEqual(history.change, {
      instrument: 'djg-11',
      from: { takenOn: '2026-01-15', total: 9, category: 'severe' },
      to: { takenOn: '2026-06-01', total: 2, category: 'not-lonely' },
      totalChange: -7,
      direction: 'less-lonely',
      measurements: 3,
    });
    const first = history.items[0];
    assert.equal(first.consent, 'verbal');
    assert.equal(first.takenBy.name, 'Cor Coördinator (demo)');
    assert.equal(first.answers['2'], 'yes');
    assert.equal(first.definition, 'rivm-2');

    const trail = await (await as('admin').get('/api/v1/audit-events?limit=200')).json();
    const mine = trail.events.filter((e: { entityId: string }) => e.entityId === subject);
    assert.equal(mine.filter((e: { type: string }) => e.type === 'assessment.recorded').length, 3);
    assert.equal(mine.filter((e: { type: string }) => e.type === 'assessment.read').length, 1);
    assert.ok(!JSON.stringify(mine).includes('"yes"'), 'no answers in the trail');
  });

  test('bad input is a 400 naming the field, and nothing is stored', async () => {
    const subject = randomUUID();
    const cases: [Record<string, unknown>, string][] = [
      [{ consent: { given: false, kind: 'verbal' } }, 'body.consent.given'],
      [{ takenOn: '2999-01-01' }, 'body.takenOn'],
      [{ takenOn: '2026-02-30' }, 'body.takenOn'],
      [{ answers: { ...answers11(3), '12': 'yes' } }, 'body.answers.12'],
      [{ answers: { '1': 'maybe' } }, 'body.answers.1'],
      [{ instrument: 'djg-6', answers: { '1': 'yes' } }, 'body.answers.1'],
      [{ subjectId: 'not-a-uuid' }, 'body.subjectId'],
      [{ subjectType: 'person' }, 'body.subjectType'],
    ];
    for (const [extra, name] of cases) {
      const res = await as('coordinator').json('POST', url, body(subject, '2026-05-01', 3, extra));
      assert.equal(res.status, 400, name);
      const names = (await res.json())['invalid-params'].map((p: { name: string }) => p.name);
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    const history = await (
      await as('coordinator').get(`${url}?subjectType=case&subjectId=${subject}`)
    ).json();
    assert.deepEqual(history.items, []);
    assert.equal(history.change, null);
  });

  test('a home visitor sees only their own measurements; admin, partner and analyst none', async () => {
    const subject = randomUUID();
    const visit = (lonely: number, date: string) => ({
      ...body(subject, date, lonely),
      subjectType: 'home-visit',
    });
    assert.equal((await as('volunteer').json('POST', url, visit(4, '2026-04-01'))).status, 201);
    assert.equal((await as('coordinator').json('POST', url, visit(8, '2026-04-02'))).status, 201);
    const own = await (
      await as('volunteer').get(`${url}?subjectType=home-visit&subjectId=${subject}`)
    ).json();
    assert.deepEqual(
      own.items.map((i: { total: number }) => i.total),
      [4],
    );
    const all = await (
      await as('coordinator').get(`${url}?subjectType=home-visit&subjectId=${subject}`)
    ).json();
    assert.deepEqual(
      all.items.map((i: { total: number }) => i.total),
      [4, 8],
    );
    for (const role of ['admin', 'partner', 'analyst'] as Role[]) {
      assert.equal(
        (await as(role).get(`${url}?subjectType=home-visit&subjectId=${subject}`)).status,
        403,
        role,
      );
      assert.equal((await as(role).json('POST', url, visit(1, '2026-04-03'))).status, 403, role);
    }
  });

  test('the page shows the history and stores a measurement from the form', async () => {
    const subject = randomUUID();
    const page = `/werk/groningen/metingen/casus/${subject}`;
    const worker = as('worker');
    const empty = await worker.get(page);
    assert.equal(empty.status, 200);
    const html = await empty.text();
    assert.match(html, /Nog geen metingen\./);
    assert.equal(
      (html.match(/<fieldset class="omzien-statement"/g) ?? []).length,
      12,
      '11 statements and consent',
    );

    const fields: Record<string, string> = { takenOn: '2026-05-01', consentKind: 'written' };
    for (const [n, v] of Object.entries(answers11(5))) fields[`a${n}`] = v;
    const refused = await worker.postForm(page, `${page}?schaal=11&antwoorden=3`, fields);
    assert.equal(refused.status, 400, 'no consent box ticked');
    assert.match(await refused.text(), /alleen vastgelegd met toestemming/);

    const saved = await worker.postForm(page, `${page}?schaal=11&antwoorden=3`, {
      ...fields,
      consent: 'yes',
    });
    assert.equal(saved.status, 303);
    const after = await worker.get(saved.headers.get('location')!);
    const text = await after.text();
    assert.match(text, /De meting is opgeslagen\./);
    assert.match(text, /<td class="utrecht-table__cell">5 \/ 11<\/td>/);
    assert.match(text, /Wim Werker \(demo\)/);

    const short = await worker.get(`${page}?schaal=6&antwoorden=5`);
    const shortHtml = await short.text();
    assert.equal((shortHtml.match(/<fieldset class="omzien-statement"/g) ?? []).length, 7);
    assert.equal((shortHtml.match(/type="radio"/g) ?? []).length, 6 * 5 + 2);
    assert.equal((await as('partner').get(page)).status, 403);
    assert.equal((await worker.get('/werk/groningen/metingen/iets/123')).status, 404);
  });
});
