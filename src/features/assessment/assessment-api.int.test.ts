/**
 * The Eenzaamheidsmeter API over HTTP: scoring good input on both scales and both answer forms,
 * the threshold option, each kind of bad input naming its field, and the instruments list.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';

interface Score {
  instrument: string;
  total: number | null;
  category: string | null;
  emotional: number | null;
  social: number | null;
  emotionallyLonely: boolean | null;
  sociallyLonely: boolean | null;
  missing: number;
  group: string | null;
  definition: { id: string; subscaleThreshold: number; source: string };
  reason?: string;
}
interface Problem {
  type: string;
  status: number;
  title: string;
  'invalid-params'?: { name: string; reason: string }[];
}
interface Instruments {
  items: {
    id: string;
    intro: { nl: string; en: string };
    items: { number: number; text: { nl: string; en: string }; subscale: string }[];
    answerForms: { id: string; options: { value: string; label: { nl: string } }[] }[];
    scoring: { cutOffs: { from: number; to: number; category: string }[]; maxMissing: number };
    provenance: { citation: string; terms: { nl: string }; caution: { nl: string } };
  }[];
  definitions: { id: string; subscaleThreshold: number; url: string }[];
  defaultDefinition: string;
}

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

async function post<T>(body: unknown, contentType = 'application/json') {
  const res = await t.get('/api/v1/assessments/score', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: (await res.json()) as T,
  };
}

/** The fields named in a 400 problem. */
async function badFields(body: unknown, contentType?: string): Promise<string[]> {
  const res = await post<Problem>(body, contentType);
  assert.equal(res.status, 400, JSON.stringify(body));
  assert.match(res.type, /application\/problem\+json/);
  assert.equal(res.body.type, '/api/v1/problems/validation');
  return (res.body['invalid-params'] ?? []).map((p) => p.name).sort();
}

/** Everyone answers favourably except on the given items. */
const NEGATIVE = [2, 3, 5, 6, 9, 10];
function answers(
  items: number[],
  lonely: number[],
  form: 'three' | 'five' = 'three',
): Record<string, string | null> {
  const yes = form === 'five' ? 'yes!' : 'yes';
  const no = form === 'five' ? 'no!' : 'no';
  return Object.fromEntries(
    items.map((i) => [String(i), NEGATIVE.includes(i) === lonely.includes(i) ? yes : no]),
  );
}
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SHORT = [3, 4, 7, 8, 9, 10];

describe(`POST /api/v1/assessments/score (${dbLabel})`, () => {
  test('scores the 11-item scale, three-point form', async () => {
    const res = await post<Score>({
      instrument: 'djg-11',
      answers: answers(ALL, [2, 3, 9, 1, 4]),
    });
    assert.equal(res.status, 200);
    assert.match(res.type, /application\/json/);
    assert.deepEqual(res.body, {
      instrument: 'djg-11',
      total: 5,
      category: 'moderate',
      emotional: 3,
      social: 2,
      emotionallyLonely: true,
      sociallyLonely: true,
      missing: 0,
      group: 'mild-moderate',
      definition: {
        id: 'rivm-2',
        subscaleThreshold: 2,
        source: 'RIVM, Verantwoording eenzaamheid (Gezondheidsmonitor)',
      },
    });
  });

  test('scores the 11-item scale, five-point form, with "min of meer"', async () => {
    const body = answers(ALL, ALL, 'five');
    body['6'] = 'more-or-less';
    body['11'] = 'more-or-less';
    const res = await post<Score>({ instrument: 'djg-11', answers: body });
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 11);
    assert.equal(res.body.category, 'very-severe');
    assert.equal(res.body.group, 'severe');
  });

  test('scores the 6-item scale in both forms', async () => {
    for (const form of ['three', 'five'] as const) {
      const res = await post<Score>({ instrument: 'djg-6', answers: answers(SHORT, [3, 9], form) });
      assert.equal(res.status, 200);
      assert.equal(res.body.instrument, 'djg-6');
      assert.equal(res.body.total, 2);
      assert.equal(res.body.category, 'moderate');
      assert.equal(res.body.emotional, 2);
      assert.equal(res.body.social, 0);
      assert.equal(res.body.emotionallyLonely, true);
      assert.equal(res.body.sociallyLonely, false);
    }
    const none = await post<Score>({ instrument: 'djg-6', answers: answers(SHORT, []) });
    assert.equal(none.body.category, 'not-lonely');
    assert.equal(none.body.group, 'not-lonely');
  });

  test('the subscale threshold 3 is chosen per request and named in the answer', async () => {
    const body = { instrument: 'djg-11', answers: answers(ALL, [2, 3, 1, 4]) };
    const rivm = await post<Score>(body);
    assert.equal(rivm.body.emotionallyLonely, true);
    assert.equal(rivm.body.definition.id, 'rivm-2');
    const three = await post<Score>({ ...body, subscaleThreshold: 3 });
    assert.equal(three.status, 200);
    assert.equal(three.body.emotionallyLonely, false);
    assert.equal(three.body.sociallyLonely, false);
    assert.equal(three.body.definition.id, 'at-least-3');
    assert.equal(three.body.definition.subscaleThreshold, 3);
    assert.equal(three.body.total, rivm.body.total);
  });

  test('null and absent answers count as missing; too many leave the total out with a reason', async () => {
    const two = answers(ALL, [2, 3, 4]);
    two['5'] = null;
    const { '6': _six, ...absent } = two;
    const res = await post<Score>({ instrument: 'djg-11', answers: absent });
    assert.equal(res.status, 200);
    assert.equal(res.body.missing, 2);
    assert.equal(res.body.total, 3);
    assert.equal(res.body.emotional, null);
    assert.equal(res.body.emotionallyLonely, null);
    assert.equal(res.body.social, 1);
    assert.equal(res.body.reason, undefined);

    const empty = await post<Score>({ instrument: 'djg-6', answers: {} });
    assert.equal(empty.status, 200);
    assert.equal(empty.body.missing, 6);
    assert.equal(empty.body.total, null);
    assert.equal(empty.body.category, null);
    assert.equal(empty.body.group, null);
    assert.match(empty.body.reason ?? '', /6 of 6 items are missing/);
  });

  test('bad input is a 400 problem naming each field', async () => {
    const cases: [unknown, string[]][] = [
      [{ instrument: 'djg-11', answers: { '12': 'yes' } }, ['body.answers.12']],
      [{ instrument: 'djg-11', answers: { '3': 'maybe' } }, ['body.answers.3']],
      [{ instrument: 'djg-11', answers: { '3': 1 } }, ['body.answers.3']],
      [{ instrument: 'djg-6', answers: { '1': 'yes', '3': 'yes' } }, ['body.answers.1']],
      [
        { instrument: 'djg-6', answers: { '2': null, '11': 'no' } },
        ['body.answers.11', 'body.answers.2'],
      ],
      [{ instrument: 'djg-12', answers: {} }, ['body.instrument']],
      [{ answers: {} }, ['body.instrument']],
      [{ instrument: 'djg-11' }, ['body.answers']],
      [{ instrument: 'djg-11', answers: ['yes'] }, ['body.answers']],
      [{ instrument: 'djg-11', answers: {}, extra: true }, ['body.extra']],
      [{ instrument: 'djg-11', answers: {}, subscaleThreshold: 1 }, ['body.subscaleThreshold']],
      [{ instrument: 'djg-11', answers: {}, subscaleThreshold: '2' }, ['body.subscaleThreshold']],
      [[], ['body']],
      ['"djg-11"', ['body']],
      ['{not json', ['body']],
    ];
    for (const [body, fields] of cases) {
      assert.deepEqual(await badFields(body), fields, JSON.stringify(body));
    }
  });

  test('the reasons say what is wrong', async () => {
    const res = await post<Problem>({ instrument: 'djg-6', answers: { '1': 'yes', '3': 'maybe' } });
    const reasons = Object.fromEntries(
      (res.body['invalid-params'] ?? []).map((p) => [p.name, p.reason]),
    );
    assert.match(
      reasons['body.answers.1'] ?? '',
      /Not an item of djg-6 \(items 3, 4, 7, 8, 9, 10\)/,
    );
    assert.match(reasons['body.answers.3'] ?? '', /more-or-less/);
    const unknown = await post<Problem>({ instrument: 'x', answers: {} });
    assert.match(unknown.body['invalid-params']?.[0]?.reason ?? '', /Unknown instrument/);
  });

  test('a body that is not JSON is refused without a 500', async () => {
    const text = await post<Problem>('instrument=djg-11', 'text/plain');
    assert.ok(text.status === 400 || text.status === 415, String(text.status));
    assert.match(text.type, /application\/problem\+json/);
    // The API takes JSON only, so a form on another site cannot post to it.
    const form = await post<Problem>(
      'instrument=djg-11&answers=1',
      'application/x-www-form-urlencoded',
    );
    assert.equal(form.status, 415);
    assert.match(form.type, /application\/problem\+json/);
    const empty = await t.get('/api/v1/assessments/score', { method: 'POST' });
    assert.equal(empty.status, 400);
    assert.match(empty.headers.get('content-type') ?? '', /application\/problem\+json/);
    await empty.arrayBuffer();
    const emptyJson = await t.get('/api/v1/assessments/score', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(emptyJson.status, 400);
    const problem = (await emptyJson.json()) as { 'invalid-params'?: { name: string }[] };
    assert.deepEqual(
      problem['invalid-params']?.map((p) => p.name),
      ['body'],
    );
  });

  test('GET on the score address is not found (POST only)', async () => {
    const res = await t.get('/api/v1/assessments/score');
    assert.equal(res.status, 404);
    await res.arrayBuffer();
  });
});

describe(`GET /api/v1/assessments/instruments (${dbLabel})`, () => {
  test('lists both scales with what a form needs', async () => {
    const res = await t.json<Instruments>('/api/v1/assessments/instruments');
    assert.equal(res.status, 200);
    const [eleven, six] = res.body.items;
    assert.equal(eleven?.id, 'djg-11');
    assert.equal(six?.id, 'djg-6');
    assert.equal(eleven?.items.length, 11);
    assert.deepEqual(
      six?.items.map((i) => i.number),
      [3, 4, 7, 8, 9, 10],
    );
    assert.equal(eleven?.items[1]?.text.nl, 'Ik mis een echt goede vriend of vriendin');
    assert.equal(eleven?.items[1]?.subscale, 'emotional');
    assert.ok(eleven?.items.every((i) => i.text.en.length > 0));
    assert.match(eleven?.intro.nl ?? '', /zoals u de laatste tijd bent/);
    assert.deepEqual(
      eleven?.answerForms.map((f) => f.options.map((o) => o.label.nl)),
      [
        ['ja', 'min of meer', 'nee'],
        ['ja!', 'ja', 'min of meer', 'nee', 'nee!'],
      ],
    );
    assert.deepEqual(
      eleven?.scoring.cutOffs.map((c) => [c.from, c.to, c.category]),
      [
        [0, 2, 'not-lonely'],
        [3, 8, 'moderate'],
        [9, 10, 'severe'],
        [11, 11, 'very-severe'],
      ],
    );
    assert.equal(eleven?.scoring.maxMissing, 2);
    assert.equal(six?.scoring.maxMissing, 1);
    assert.match(eleven?.provenance.citation ?? '', /de Jong Gierveld & T\. van Tilburg/i);
    assert.match(eleven?.provenance.terms.nl ?? '', /bron/);
    assert.match(eleven?.provenance.caution.nl ?? '', /geen diagnose/);
    assert.equal(res.body.defaultDefinition, 'rivm-2');
    assert.deepEqual(
      res.body.definitions.map((d) => [d.id, d.subscaleThreshold]),
      [
        ['rivm-2', 2],
        ['at-least-3', 3],
      ],
    );
  });

  test('unknown query parameters are refused, lang is allowed', async () => {
    const ok = await t.get('/api/v1/assessments/instruments?lang=en');
    assert.equal(ok.status, 200);
    await ok.arrayBuffer();
    const bad = await t.json<Problem>('/api/v1/assessments/instruments?x=1');
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body['invalid-params']?.map((p) => p.name),
      ['query.x'],
    );
  });
});

describe(`OpenAPI for the Eenzaamheidsmeter (${dbLabel})`, () => {
  test('the POST is documented with its request body', async () => {
    const res = await t.json<{
      paths: Record<string, Record<string, Record<string, unknown>>>;
    }>('/api/v1/openapi.json');
    const op = res.body.paths['/api/v1/assessments/score']?.post as
      | {
          operationId: string;
          requestBody: {
            required: boolean;
            content: { 'application/json': { schema: { oneOf: unknown[] } } };
          };
          responses: Record<string, unknown>;
        }
      | undefined;
    assert.ok(op, 'POST /api/v1/assessments/score is documented');
    assert.equal(op.operationId, 'scoreAssessment');
    assert.equal(op.requestBody.required, true);
    const schema = op.requestBody.content['application/json'].schema;
    assert.equal(schema.oneOf.length, 2, 'one body shape per instrument');
    const six = JSON.stringify(schema.oneOf[1]);
    assert.match(six, /"const":"djg-6"/);
    assert.doesNotMatch(six, /"11":/);
    assert.ok(op.responses['200']);
    assert.ok(op.responses['400']);
    assert.ok(res.body.paths['/api/v1/assessments/instruments']?.get);
    assert.equal(
      res.body.paths['/api/v1/interventions']?.get?.requestBody,
      undefined,
      'GET routes have no request body',
    );
  });
});
