/**
 * Single sign-on over real HTTP: a real OpenID Connect provider (oidc-provider, with its
 * development login and consent pages) on 127.0.0.1, and the real app. An admin configures the
 * provider; a known person logs in through it; an unknown person, a wrong `state` and a forged
 * login-state cookie are refused; the second factor is asked where the provider is not trusted;
 * the audit trail holds logins and refusals.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import Provider from 'oidc-provider';
import { ApiRegistry } from '../../../platform/http/api.ts';
import { Client } from '../../../test-support/session-client.ts';
import { dbLabel, startTestApp, type TestApp } from '../../../test-support/test-app.ts';
import { hashPassword } from '../password.ts';
import { DEMO_PASSWORD, demoEmail } from '../seed-demo.ts';
import { base32Encode, totpAt } from '../totp.ts';
import { registerOidc } from './register.ts';

const u = randomUUID().slice(0, 8);
const CLIENT_ID = `omzien-test-${u}`;
const CLIENT_SECRET = `geheim-${randomUUID()}`;
const DISPLAY_NAME = `Gemeente Groningen Test ${u}`;
const COORDINATOR = demoEmail('coordinator');
const STRANGER = `onbekend-${u}@example.nl`;
const WORKER = `werker-sso-${u}@example.nl`;
const TOTP_SECRET = base32Encode(Buffer.from(randomUUID().replace(/-/g, ''), 'hex'));

/** Accounts at the provider: account id (= sub) → claims. */
const accounts = new Map<string, Record<string, unknown>>([
  [`coordinator-${u}`, { email: COORDINATOR, email_verified: true }],
  [`stranger-${u}`, { email: STRANGER, email_verified: true }],
  [`unverified-${u}`, { email: COORDINATOR, email_verified: false }],
  [`worker-${u}`, { email: WORKER, email_verified: true }],
]);

let t: TestApp;
let idp: Server;
let issuer: string;

before(async () => {
  t = await startTestApp(
    {},
    {
      baseUrlFromPort: true,
      // Until app.ts calls registerOidc, the test registers the routes itself.
      beforeListen: (app, config) => {
        if (app.http.hasRoute({ method: 'GET', url: '/inloggen/sso/callback' })) return;
        const api = new ApiRegistry();
        registerOidc(app.http, api, {
          db: app.database.db,
          mailer: app.mailer,
          baseUrl: config.baseUrl,
          login: { ...config.session, ...config.login },
          cookie: { secure: false },
          production: config.production,
        });
        api.mount(app.http);
      },
    },
  );
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  idp = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  const address = idp.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${t.base}/inloggen/sso/callback`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: async (_ctx: unknown, id: string) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: async () => ({ sub: id, ...claims }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [`cookie-key-${u}`] },
  });
  handler = provider.callback();
  // A worker (needs a second factor) with an authenticator app, straight into the database.
  const db = t.app.database.db;
  const groningen = await db
    .selectFrom('municipalities')
    .select('id')
    .where('code', '=', 'GM0014')
    .executeTakeFirstOrThrow();
  const worker = await db
    .insertInto('people')
    .values({
      email: WORKER,
      name: 'Werker SSO (test)',
      status: 'active',
      password_hash: await hashPassword(randomUUID()),
      totp_secret: TOTP_SECRET,
      totp_confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ person_id: worker.id, municipality_id: groningen.id, role: 'worker' })
    .execute();
  await resetCoordinatorLink();
});

after(async () => {
  const db = t.app.database.db;
  await resetCoordinatorLink();
  const worker = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', WORKER)
    .executeTakeFirst();
  if (worker) {
    await db.deleteFrom('sessions').where('person_id', '=', worker.id).execute();
    await db.deleteFrom('memberships').where('person_id', '=', worker.id).execute();
    // The person stays (the audit trail refers to them); disabled and unlinked.
    await db
      .updateTable('people')
      .set({ status: 'disabled', oidc_subject: null })
      .where('id', '=', worker.id)
      .execute();
  }
  const groningen = await db
    .selectFrom('municipalities')
    .select('id')
    .where('code', '=', 'GM0014')
    .executeTakeFirst();
  if (groningen) {
    await db
      .deleteFrom('identity_providers')
      .where('municipality_id', '=', groningen.id)
      .where('client_id', '=', CLIENT_ID)
      .execute();
  }
  await t.close();
  idp.closeAllConnections();
  await new Promise((resolve) => idp.close(resolve));
});

/** The PostgreSQL run shares the database: the demo coordinator starts and ends unlinked. */
async function resetCoordinatorLink() {
  await t.app.database.db
    .updateTable('people')
    .set({ oidc_subject: null })
    .where('email', '=', COORDINATOR)
    .execute();
}

async function loginAs(email: string) {
  const client = new Client(t.base);
  const res = await client.json('POST', '/api/v1/session', { email, password: DEMO_PASSWORD });
  assert.equal(res.status, 200);
  return client;
}

async function configure(admin: Client, overrides: Record<string, unknown> = {}) {
  return admin.json('PUT', '/api/v1/municipalities/groningen/identity-provider', {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    displayName: DISPLAY_NAME,
    trustIdpMfa: false,
    enabled: true,
    ...overrides,
  });
}

const path = (location: string, base: string) => {
  const url = new URL(location, base);
  return `${url.pathname}${url.search}`;
};

/**
 * Start SSO in the app, log in at the provider as `accountId` (its development login and consent
 * forms), and return the callback address the provider sends the browser to (not yet opened).
 */
async function throughProvider(browser: Client, accountId: string): Promise<string> {
  const start = await browser.get('/inloggen/sso/groningen?terug=%2Faccount');
  assert.equal(start.status, 303, 'start redirects to the provider');
  const startCookie = start.headers.getSetCookie().find((c) => c.startsWith('omzien_sso='));
  assert.ok(startCookie, 'the login state is kept in a cookie');
  assert.match(startCookie, /HttpOnly/i);
  assert.match(startCookie, /SameSite=Lax/i);
  assert.match(startCookie, /Max-Age=600/i);
  let location = start.headers.get('location')!;
  assert.ok(location.startsWith(`${issuer}/`), location);
  const authorize = new URL(location);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authorize.searchParams.get('state'));
  assert.ok(authorize.searchParams.get('nonce'));
  const provider = new Client(issuer);
  for (let hops = 0; hops < 20; hops++) {
    if (location.startsWith(`${t.base}/`)) return location;
    const res = await provider.get(path(location, issuer));
    if (res.status >= 300 && res.status < 400) {
      location = new URL(res.headers.get('location')!, issuer).href;
      continue;
    }
    const page = await res.text();
    assert.equal(res.status, 200, page);
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    assert.ok(action && prompt, `a form at the provider:\n${page.slice(0, 500)}`);
    const fields: Record<string, string> =
      prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt };
    const posted = await provider.request(path(action, issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    assert.ok(posted.status >= 300 && posted.status < 400, `form answered ${posted.status}`);
    location = new URL(posted.headers.get('location')!, issuer).href;
  }
  throw new Error('too many redirects at the provider');
}

async function auditEvents(admin: Client, type: string) {
  const res = await admin.get(`/api/v1/audit-events?municipality=groningen&type=${type}&limit=100`);
  assert.equal(res.status, 200);
  return (
    (await res.json()) as {
      events: {
        type: string;
        actor: { name: string } | null;
        detail: Record<string, unknown>;
        fields: string[];
      }[];
    }
  ).events;
}

describe(`single sign-on through the municipality's provider (${dbLabel})`, () => {
  test('an admin configures the provider; the secret never comes back', async () => {
    const admin = await loginAs(demoEmail('admin'));
    const bad = await admin.json('PUT', '/api/v1/municipalities/groningen/identity-provider', {
      issuer: 'ftp://example.nl',
      clientId: '',
      displayName: DISPLAY_NAME,
    });
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
    const names = (await bad.json())['invalid-params'].map((p: { name: string }) => p.name).sort();
    assert.deepEqual(names, ['body.clientId', 'body.issuer']);

    const coordinator = await loginAs(COORDINATOR);
    assert.equal((await configure(coordinator)).status, 403, 'only admins configure');

    const put = await configure(admin);
    const putText = await put.text();
    assert.equal(put.status, 200, putText);
    assert.ok(!putText.includes(CLIENT_SECRET), 'the answer holds no secret');
    const get = await admin.get('/api/v1/municipalities/groningen/identity-provider');
    const text = await get.text();
    assert.equal(get.status, 200);
    assert.ok(!text.includes(CLIENT_SECRET), 'the settings hold no secret');
    const general = await admin.get('/api/v1/municipalities/groningen/settings');
    assert.ok(!(await general.text()).includes(CLIENT_SECRET), 'nor do the general settings');
    const row = await t.app.database.db
      .selectFrom('identity_providers')
      .innerJoin('municipalities', 'municipalities.id', 'identity_providers.municipality_id')
      .select('identity_providers.client_secret')
      .where('municipalities.slug', '=', 'groningen')
      .executeTakeFirstOrThrow();
    assert.match(row.client_secret, /^v1\./, 'the client secret is stored sealed');
    assert.ok(!row.client_secret.includes(CLIENT_SECRET));
    const body = JSON.parse(text);
    assert.equal(body.clientSecret, undefined);
    assert.deepEqual(
      {
        issuer: body.issuer,
        clientId: body.clientId,
        displayName: body.displayName,
        trustIdpMfa: body.trustIdpMfa,
        enabled: body.enabled,
        redirectUri: body.redirectUri,
      },
      {
        issuer,
        clientId: CLIENT_ID,
        displayName: DISPLAY_NAME,
        trustIdpMfa: false,
        enabled: true,
        redirectUri: `${t.base}/inloggen/sso/callback`,
      },
    );
    // Saving again without a secret keeps the stored one (the logins below use it).
    const again = await admin.json('PUT', '/api/v1/municipalities/groningen/identity-provider', {
      issuer,
      clientId: CLIENT_ID,
      displayName: DISPLAY_NAME,
    });
    assert.equal(again.status, 200);
    const changes = await auditEvents(admin, 'municipality.settings-updated');
    assert.ok(changes.some((e) => e.fields.includes('identityProvider')));

    const login = await (await fetch(`${t.base}/inloggen`)).text();
    assert.ok(login.includes(`Inloggen met je account van ${DISPLAY_NAME}`), 'link on login page');
    assert.ok(login.includes('href="/inloggen/sso/groningen?terug='));
  });

  test('a coordinator of Groningen logs in through the provider', async () => {
    const browser = new Client(t.base);
    const callback = await throughProvider(browser, `coordinator-${u}`);
    const res = await browser.get(path(callback, t.base));
    assert.equal(res.status, 303, await res.text());
    assert.equal(res.headers.get('location'), '/account');
    assert.ok(browser.hasCookie('omzien_session'));
    assert.ok(!browser.hasCookie('omzien_sso'), 'the login state is used once');
    const me = await browser.get('/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal((await me.json()).email, COORDINATOR);

    // The subject is now stored; the next login matches on it.
    const second = new Client(t.base);
    const stored = await t.app.database.db
      .selectFrom('people')
      .select('oidc_subject')
      .where('email', '=', COORDINATOR)
      .executeTakeFirstOrThrow();
    assert.equal(stored.oidc_subject, `${issuer}|coordinator-${u}`);
    // Even when the provider no longer sends a verified address of this person.
    const claims = accounts.get(`coordinator-${u}`)!;
    accounts.set(`coordinator-${u}`, { email: `ander-${u}@example.nl`, email_verified: false });
    try {
      const again = await second.get(
        path(await throughProvider(second, `coordinator-${u}`), t.base),
      );
      assert.equal(again.status, 303);
      assert.equal((await (await second.get('/api/v1/me')).json()).email, COORDINATOR);
    } finally {
      accounts.set(`coordinator-${u}`, claims);
    }
  });

  test('a session through Groningen’s provider reaches only Groningen, not the person’s other roles', async () => {
    const { db } = t.app.database;
    const person = await db
      .selectFrom('people')
      .select('id')
      .where('email', '=', COORDINATOR)
      .executeTakeFirstOrThrow();
    const elsewhere = await db
      .insertInto('municipalities')
      .values({
        code: `GM${8000 + Math.floor(Math.random() * 1000)}`,
        name: 'Elders',
        slug: `elders-${u}`,
        settings: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('memberships')
      .values({ person_id: person.id, municipality_id: elsewhere.id, role: 'coordinator' })
      .execute();
    try {
      const browser = new Client(t.base);
      const res = await browser.get(
        path(await throughProvider(browser, `coordinator-${u}`), t.base),
      );
      assert.equal(res.status, 303);
      const me = await (await browser.get('/api/v1/me')).json();
      assert.deepEqual(
        me.memberships.map((m: { municipality: { slug: string } }) => m.municipality.slug),
        ['groningen'],
      );
      const password = new Client(t.base);
      await password.json('POST', '/api/v1/session', {
        email: COORDINATOR,
        password: 'omzien-demo',
      });
      const both = await (await password.get('/api/v1/me')).json();
      assert.equal(both.memberships.length, 2, 'a password login has every role');
    } finally {
      await db.deleteFrom('memberships').where('municipality_id', '=', elsewhere.id).execute();
      await db.deleteFrom('sessions').where('municipality_id', '=', elsewhere.id).execute();
      await db.deleteFrom('municipalities').where('id', '=', elsewhere.id).execute();
    }
  });

  test('a person unknown to Omzien is refused; no account is made', async () => {
    const browser = new Client(t.base);
    const callback = await throughProvider(browser, `stranger-${u}`);
    const res = await browser.get(path(callback, t.base));
    assert.equal(res.status, 403);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const page = await res.text();
    assert.match(page, /geen account met een rol bij deze gemeente/);
    assert.doesNotMatch(page, /at .*\.ts:\d+/, 'no stack trace');
    assert.ok(!browser.hasCookie('omzien_session'));
    assert.equal((await browser.get('/api/v1/me')).status, 401);
    const made = await t.app.database.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', STRANGER)
      .executeTakeFirst();
    assert.equal(made, undefined, 'no account was created');
  });

  test('an e-mail address the provider does not call verified is not matched', async () => {
    await resetCoordinatorLink();
    const browser = new Client(t.base);
    const res = await browser.get(path(await throughProvider(browser, `unverified-${u}`), t.base));
    assert.equal(res.status, 403);
    assert.match(await res.text(), /niet als gecontroleerd/);
    assert.ok(!browser.hasCookie('omzien_session'));
  });

  test('a wrong state, a missing or forged login state are refused', async () => {
    const browser = new Client(t.base);
    const callback = new URL(await throughProvider(browser, `coordinator-${u}`));
    callback.searchParams.set('state', 'not-the-state-we-sent');
    const wrong = await browser.get(`${callback.pathname}${callback.search}`);
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /hoort niet bij dit inloggen/);
    assert.ok(!browser.hasCookie('omzien_session'));

    const noState = await fetch(`${t.base}/inloggen/sso/callback?code=x&state=y`, {
      redirect: 'manual',
    });
    assert.equal(noState.status, 400);
    assert.equal(
      noState.headers.getSetCookie().filter((c) => c.startsWith('omzien_session=')).length,
      0,
    );

    const other = new Client(t.base);
    const real = new URL(await throughProvider(other, `coordinator-${u}`));
    const forged = await fetch(`${t.base}${real.pathname}${real.search}`, {
      redirect: 'manual',
      headers: {
        cookie: `omzien_sso=${randomUUID()}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      },
    });
    assert.equal(forged.status, 400);
  });

  test('without trust in the provider’s second factor, the authenticator code is asked', async () => {
    const browser = new Client(t.base);
    const res = await browser.get(path(await throughProvider(browser, `worker-${u}`), t.base));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inloggen/code?terug=%2Faccount');
    assert.equal((await (await browser.get('/api/v1/me')).json()).mfa.passed, false);
    const blocked = await browser.get('/api/v1/municipalities');
    assert.equal(blocked.status, 403, 'nothing protected before the code');
    const form = await browser.get('/inloggen/code?terug=%2Faccount');
    assert.equal(form.status, 200);
    assert.match(await form.text(), /Inlogcode \(6 cijfers\)/);
    const wrongCode = totpAt(TOTP_SECRET, Date.now()) === '000000' ? '111111' : '000000';
    const wrong = await browser.postForm('/inloggen/code', '/inloggen/code?terug=%2Faccount', {
      code: wrongCode,
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /klopt niet/);
    const ok = await browser.postForm('/inloggen/code', '/inloggen/code?terug=%2Faccount', {
      code: totpAt(TOTP_SECRET, Date.now()),
    });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/account');
    assert.equal((await (await browser.get('/api/v1/me')).json()).mfa.passed, true);
    assert.equal((await browser.get('/api/v1/municipalities')).status, 200);
  });

  test('when the provider’s second factor is trusted, no code is asked', async () => {
    const admin = await loginAs(demoEmail('admin'));
    assert.equal((await configure(admin, { trustIdpMfa: true })).status, 200);
    try {
      const browser = new Client(t.base);
      const res = await browser.get(path(await throughProvider(browser, `worker-${u}`), t.base));
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/account');
      assert.equal((await (await browser.get('/api/v1/me')).json()).mfa.passed, true);
    } finally {
      assert.equal((await configure(admin, { trustIdpMfa: false })).status, 200);
    }
  });

  test('a disabled provider is not offered and does not start', async () => {
    const admin = await loginAs(demoEmail('admin'));
    assert.equal((await configure(admin, { enabled: false })).status, 200);
    try {
      const login = await (await fetch(`${t.base}/inloggen`)).text();
      assert.ok(!login.includes(DISPLAY_NAME), 'not on the login page');
      const start = await fetch(`${t.base}/inloggen/sso/groningen`, { redirect: 'manual' });
      assert.equal(start.status, 404);
      assert.match(await start.text(), /geen eigen inlogdienst/);
      const unknown = await fetch(`${t.base}/inloggen/sso/bestaat-niet`, { redirect: 'manual' });
      assert.equal(unknown.status, 404);
    } finally {
      assert.equal((await configure(admin)).status, 200);
    }
  });

  test('the audit trail holds the SSO logins and refusals, without personal values', async () => {
    const admin = await loginAs(demoEmail('admin'));
    const logins = await auditEvents(admin, 'session.login');
    const sso = logins.find((e) => e.detail.method === 'oidc' && e.actor?.name.includes('Cor'));
    assert.ok(sso, 'the coordinator’s SSO login is in the trail');
    const refused = await auditEvents(admin, 'session.login-sso-refused');
    const reasons = new Set(refused.map((e) => e.detail.reason));
    for (const reason of ['unknown-person', 'state-mismatch', 'email-not-verified']) {
      assert.ok(reasons.has(reason), `refusal ${reason} recorded`);
    }
    const text = JSON.stringify(refused);
    assert.ok(!text.includes(STRANGER), 'no e-mail address of the refused person');
    const passed = await t.app.database.db
      .selectFrom('audit_events')
      .innerJoin('people', 'people.id', 'audit_events.actor_id')
      .select('audit_events.id')
      .where('audit_events.type', '=', 'session.second-factor-passed')
      .where('people.email', '=', WORKER)
      .execute();
    assert.equal(passed.length, 1, 'the code after SSO is in the trail');
  });
});
