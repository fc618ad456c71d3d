/** The settings page for admins: errors beside the field, nothing lost, a change recorded. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client } from '../../test-support/session-client.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, demoEmail } from './seed-demo.ts';

let t: TestApp;
let admin: Client;
let original: unknown;
const page = '/beheer/groningen/instellingen';

before(async () => {
  t = await startTestApp();
  admin = new Client(t.base);
  await admin.json('POST', '/api/v1/session', {
    email: demoEmail('admin'),
    password: DEMO_PASSWORD,
  });
  original = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
});
after(async () => {
  await admin.json('PUT', '/api/v1/municipalities/groningen/settings', original);
  await t.close();
});

const good = {
  responseDeadlineDays: '3',
  retentionSignals: '12',
  retentionCases: '36',
  text: 'Bel WIJ Groningen',
  phone: '050 367 6700',
  email: '',
  website: 'https://wij.groningen.nl',
  primary: '#00576b',
  secondary: '',
  accent: '',
  logoUrl: '',
  publicSelfCheck: 'on',
};

describe(`settings page (${dbLabel})`, () => {
  test('bad values are shown beside their fields, with what was typed kept', async () => {
    const res = await admin.postForm(page, page, {
      ...good,
      responseDeadlineDays: 'drie',
      primary: '#eeeeee',
      website: 'http://wij.groningen.nl',
    });
    assert.equal(res.status, 400);
    const html = await res.text();
    for (const id of ['f-responseDeadlineDays-error', 'f-primary-error', 'f-website-error']) {
      assert.match(html, new RegExp(`id="${id}"`), id);
    }
    assert.match(html, /Vul een heel getal in\./);
    assert.match(html, /Te licht/);
    assert.match(html, /value="Bel WIJ Groningen"/, 'typed values are kept');
    const unchanged = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
    assert.deepEqual(unchanged, original, 'nothing was saved');
  });

  test('good values are saved, shown, and recorded by name', async () => {
    const res = await admin.postForm(page, page, good);
    assert.equal(res.status, 303);
    const html = await (await admin.get(res.headers.get('location')!)).text();
    assert.match(html, /De instellingen zijn opgeslagen\./);
    assert.match(html, /value="36"/);
    const settings = await (await admin.get('/api/v1/municipalities/groningen/settings')).json();
    assert.equal(settings.responseDeadlineDays, 3);
    assert.deepEqual(settings.retentionMonths, { signals: 12, cases: 36 });
    assert.deepEqual(settings.contact, {
      text: 'Bel WIJ Groningen',
      phone: '050 367 6700',
      website: 'https://wij.groningen.nl',
    });
    assert.deepEqual(settings.theme, { primary: '#00576b' });
    const trail = await (
      await admin.get('/api/v1/audit-events?type=municipality.settings-updated&limit=1')
    ).json();
    assert.ok(trail.events[0].fields.includes('retentionMonths'));
  });

  test('only admins reach it', async () => {
    const worker = new Client(t.base);
    await worker.json('POST', '/api/v1/session', {
      email: demoEmail('worker'),
      password: DEMO_PASSWORD,
    });
    assert.equal((await worker.get(page)).status, 403);
  });
});
