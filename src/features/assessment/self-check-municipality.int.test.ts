/**
 * A municipality's own self-check at /eenzaamheidsmeter/{slug}: its name and the contact details
 * its admin set for residents, and its own switch (settings.publicSelfCheck) under the
 * installation's switch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client } from '../../test-support/session-client.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, demoEmail } from '../identity/seed-demo.ts';

let t: TestApp;
let admin: Client;
let original: unknown;

before(async () => {
  t = await startTestApp();
  admin = new Client(t.base);
  const login = await admin.json('POST', '/api/v1/session', {
    email: demoEmail('admin'),
    password: DEMO_PASSWORD,
  });
  assert.equal(login.status, 200);
  original = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
});
after(async () => {
  // The PostgreSQL run shares the database: put Groningen's settings back.
  await admin.json('PUT', '/api/v1/municipalities/groningen/settings', original);
  await t.close();
});

async function settle(changes: Record<string, unknown>) {
  const current = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
  const res = await admin.json('PUT', '/api/v1/municipalities/groningen/settings', {
    ...current,
    ...changes,
  });
  assert.equal(res.status, 200);
}

function answers(value: string) {
  const body = new URLSearchParams();
  for (let n = 1; n <= 11; n++) body.append(`a${n}`, value);
  return body.toString();
}

describe(`a municipality's self-check (${dbLabel})`, () => {
  test('shows the municipality and, in the result, the contact details it set', async () => {
    await settle({
      publicSelfCheck: true,
      contact: {
        text: 'Bel of mail WIJ Groningen.',
        phone: '050 367 6700',
        website: 'https://wij.groningen.nl',
      },
    });
    const form = await t.get('/eenzaamheidsmeter/groningen');
    assert.equal(form.status, 200);
    const html = await form.text();
    assert.match(html, /Voor inwoners van Groningen\./);
    assert.match(html, /action="\/eenzaamheidsmeter\/groningen"/);
    const result = await t.get('/eenzaamheidsmeter/groningen', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: answers('more-or-less'),
    });
    assert.equal(result.status, 200);
    const text = await result.text();
    assert.match(text, /In Groningen:/);
    assert.match(text, /Bel of mail WIJ Groningen\./);
    assert.match(text, /href="tel:0503676700"/);
    assert.match(text, /href="https:\/\/wij.groningen.nl"/);
    assert.equal(result.headers.get('set-cookie'), null, 'nothing stored, no cookie');
  });

  test('the municipality can switch its self-check off; the installation page stays', async () => {
    await settle({ publicSelfCheck: false });
    const off = await t.get('/eenzaamheidsmeter/groningen');
    assert.equal(off.status, 404);
    assert.match(await off.text(), /De gemeente Groningen biedt deze zelftest niet aan\./);
    const post = await t.get('/eenzaamheidsmeter/groningen', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: answers('yes'),
    });
    assert.equal(post.status, 404);
    assert.equal((await t.get('/eenzaamheidsmeter')).status, 200);
    await settle({ publicSelfCheck: true });
    assert.equal((await t.get('/eenzaamheidsmeter/groningen')).status, 200);
  });

  test("the municipality's colours become design tokens, and colours without contrast are refused", async () => {
    const current = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
    const light = await admin.json('PUT', '/api/v1/municipalities/groningen/settings', {
      ...current,
      theme: { primary: '#7fb2e5', accent: '#333333' },
    });
    assert.equal(light.status, 400);
    const names = (await light.json())['invalid-params']
      .map((p: { name: string }) => p.name)
      .sort();
    assert.deepEqual(names, ['body.theme.accent', 'body.theme.primary']);

    await settle({ theme: { primary: '#8a1538', secondary: '#5c0e25', accent: '#fdf2f5' } });
    const css = await t.get('/assets/thema/groningen.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    const text = await css.text();
    assert.match(text, /--omzien-color-primary: #8a1538;/);
    assert.match(text, /--omzien-color-primary-dark: #5c0e25;/);
    assert.match(text, /--omzien-color-subtle: #fdf2f5;/);
    const page = await (await t.get('/eenzaamheidsmeter/groningen')).text();
    assert.match(page, /<link rel="stylesheet" href="\/assets\/thema\/groningen.css"\/>/);
    const beheer = await (await admin.get('/beheer/groningen')).text();
    assert.match(beheer, /href="\/assets\/thema\/groningen.css"/);
    const plain = await (await t.get('/eenzaamheidsmeter')).text();
    assert.doesNotMatch(
      plain,
      /assets\/thema/,
      "the installation's own pages keep Omzien's colours",
    );
    assert.equal((await t.get('/assets/thema/bestaat-niet.css')).status, 404);
    assert.equal((await t.get('/assets/thema/..%2Fomzien.css')).status, 404);
  });

  test('an unknown or malformed municipality is a 404 page', async () => {
    assert.equal((await t.get('/eenzaamheidsmeter/bestaat-niet')).status, 404);
    assert.equal((await t.get('/eenzaamheidsmeter/GM0014')).status, 404);
    assert.equal((await t.get('/eenzaamheidsmeter/%3Cscript%3E')).status, 404);
  });
});
