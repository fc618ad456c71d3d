/** The public self-check over HTTP: anonymous, nothing stored, errors beside the statements. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

function post(form: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return t.get('/eenzaamheidsmeter', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: body.toString(),
  });
}

/** Answers for all eleven statements: social items (1,4,7,8,11) and emotional ones. */
function answers(social: string, emotional: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of [1, 4, 7, 8, 11]) out[`a${n}`] = social;
  for (const n of [2, 3, 5, 6, 9, 10]) out[`a${n}`] = emotional;
  return out;
}

describe(`/eenzaamheidsmeter (${dbLabel})`, () => {
  test('the form shows the eleven statements with three answers, sets no cookie, is not cached', async () => {
    const res = await t.get('/eenzaamheidsmeter');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.equal((html.match(/<fieldset class="omzien-statement"/g) ?? []).length, 11);
    assert.equal((html.match(/type="radio"/g) ?? []).length, 33);
    assert.equal((html.match(/name="event"/g) ?? []).length, 6, 'six optional life events');
    assert.match(html, /Ik mis een echt goede vriend of vriendin/);
    assert.match(html, /<form method="post" action="\/eenzaamheidsmeter"/);
    assert.match(html, /De Jong Gierveld/);
    assert.match(html, /geen diagnose/);
  });

  test('not lonely, and the life events turn it into "at risk"', async () => {
    const calm = await post(answers('yes', 'no'));
    assert.equal(calm.status, 200);
    const html = await calm.text();
    assert.match(html, /Je score is 0 van de 11\./);
    assert.match(html, /Je voelt je op dit moment niet eenzaam/);
    assert.match(html, /De Luisterlijn/);
    assert.match(html, /href="\/wegwijzer\?group=not-lonely"/);
    const risk = await (await post({ ...answers('yes', 'no'), event: ['moved', 'alone'] })).text();
    assert.match(risk, /Wel is er in je leven iets veranderd/);
    assert.match(risk, /href="\/wegwijzer\?group=at-risk"/);
  });

  test('"min of meer" counts as lonely; severe emotional loneliness points to help and the guide', async () => {
    const res = await post(answers('more-or-less', 'yes'));
    const html = await res.text();
    assert.match(html, /Je score is 11 van de 11\./);
    assert.match(html, /heel sterk eenzaam/);
    assert.match(html, /Je mist iemand die heel dichtbij staat, en ook een bredere kring/);
    assert.match(html, /href="\/wegwijzer\?group=severe"/);
    const emotionalOnly = await (await post(answers('yes', 'yes'))).text();
    assert.match(emotionalOnly, /Je score is 6 van de 11\./);
    assert.match(emotionalOnly, /Je mist vooral iemand die heel dichtbij staat/);
    assert.match(
      emotionalOnly,
      /href="\/wegwijzer\?group=mild-moderate&amp;lonelinessType=emotional"/,
    );
  });

  test('two statements may be skipped; more is shown beside each one, keeping the answers', async () => {
    const two = answers('yes', 'no');
    delete two.a3;
    delete two.a7;
    const ok = await post(two);
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Je hebt 2 uitspraken overgeslagen/);

    const three = { ...two };
    delete three.a11;
    const res = await post({ ...three, a5: 'perhaps' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /role="alert"/);
    for (const n of [3, 5, 7, 11]) {
      assert.match(
        html,
        new RegExp(`id="a${n}-error">Kies ja, min of meer of nee\\.`),
        `item ${n}`,
      );
      assert.match(html, new RegExp(`href="#item-${n}"`));
    }
    assert.match(html, /id="a1-yes" name="a1" value="yes" checked/);
    assert.doesNotMatch(html, /Jouw uitkomst/);
  });

  test('odd input never breaks it', async () => {
    for (const body of ['', 'a1=yes&a1=no', 'event=unknown', `a1=${'x'.repeat(10_000)}`, '%%%']) {
      const res = await t.get('/eenzaamheidsmeter', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      assert.ok(res.status === 400 || res.status === 200, `${body.slice(0, 20)}: ${res.status}`);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      await res.arrayBuffer();
    }
  });

  test('in English, the statements and result are English', async () => {
    const form = await (await t.get('/eenzaamheidsmeter?lang=en')).text();
    assert.match(form, /How lonely do I feel\?/);
    const res = await post(answers('yes', 'no'), { cookie: 'lang=en' });
    assert.match(await res.text(), /Your score is 0 out of 11\./);
  });
});

describe(`/eenzaamheidsmeter switched off (${dbLabel})`, () => {
  test('answers 404 with where to talk, and the menu leaves it out', async () => {
    const off = await startTestApp({ PUBLIC_SELF_CHECK: 'off' });
    try {
      const res = await off.get('/eenzaamheidsmeter');
      assert.equal(res.status, 404);
      const html = await res.text();
      assert.match(html, /De zelftest staat in deze installatie uit/);
      assert.match(html, /De Luisterlijn/);
      assert.doesNotMatch(html, /href="\/eenzaamheidsmeter"/);
      const post = await off.get('/eenzaamheidsmeter', { method: 'POST' });
      assert.equal(post.status, 404);
      await post.arrayBuffer();
      // The API's scoring (for follow-up) stays.
      const api = await off.get('/api/v1/assessments/instruments');
      assert.equal(api.status, 200);
      await api.arrayBuffer();
    } finally {
      await off.close();
    }
  });
});
