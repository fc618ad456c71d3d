/**
 * Accounts over real HTTP against a real database and a local SMTP server: demo login, lock-out,
 * invitation → password → second factor → login with code, password reset, log out everywhere,
 * tenant isolation, and the audit trail for each of these.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Client } from '../../test-support/session-client.ts';
import { type LocalSmtpServer, startSmtpServer } from '../../test-support/smtp.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, demoEmail } from './seed-demo.ts';
import { purgeExpired } from './sessions.ts';
import { totpAt } from './totp.ts';

let t: TestApp;
let smtp: LocalSmtpServer;

before(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ SMTP_URL: smtp.url, LOGIN_MAX_ATTEMPTS: '3' });
});
after(async () => {
  await t.close();
  await smtp.close();
});

const unique = () => randomUUID().slice(0, 8);

async function loginAs(email: string, password = DEMO_PASSWORD, totp?: string) {
  const client = new Client(t.base);
  const res = await client.json('POST', '/api/v1/session', {
    email,
    password,
    ...(totp ? { totp } : {}),
  });
  return { client, res };
}

async function auditTypes(client: Client, query = '') {
  const res = await client.get(`/api/v1/audit-events?municipality=GM0014&limit=50${query}`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as {
    events: { type: string; entityId: string | null; fields: string[] }[];
  };
  return body.events;
}

function linkIn(text: string, path: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no ${path} link in the mail:\n${text}`);
  return match[1]!;
}

describe(`accounts and sessions (${dbLabel})`, () => {
  test('a demo user logs in, sees their roles, and logs out', async () => {
    const { client, res } = await loginAs(demoEmail('coordinator'));
    assert.equal(res.status, 200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('omzien_session='));
    assert.ok(cookie, 'session cookie set');
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    const me = await (await client.get('/api/v1/me')).json();
    assert.equal(me.email, 'coordinator@demo.omzien.nl');
    assert.deepEqual(me.memberships, [
      {
        municipality: { code: 'GM0014', slug: 'groningen', name: 'Groningen' },
        role: 'coordinator',
      },
    ]);
    assert.equal(me.mfa.passed, true, 'demo users are exempt from the second factor');
    assert.equal((await client.json('DELETE', '/api/v1/session')).status, 204);
    const after = await client.get('/api/v1/me');
    assert.equal(after.status, 401);
    assert.equal(after.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  test('wrong password and unknown e-mail get the same 401; the login body is validated', async () => {
    const wrong = await loginAs(demoEmail('analyst'), 'not-the-password');
    const unknown = await loginAs(`nobody-${unique()}@example.nl`, 'whatever-password');
    assert.equal(wrong.res.status, 401);
    assert.equal(unknown.res.status, 401);
    assert.equal((await wrong.res.json()).detail, (await unknown.res.json()).detail);
    const bad = await new Client(t.base).json('POST', '/api/v1/session', {
      email: 'x',
      password: '',
      extra: 1,
    });
    assert.equal(bad.status, 400);
    const names = (await bad.json())['invalid-params'].map((p: { name: string }) => p.name).sort();
    assert.deepEqual(names, ['body.email', 'body.extra', 'body.password']);
    const form = await fetch(`${t.base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.nl&password=x',
    });
    assert.equal(form.status, 415, 'the API takes JSON only (no cross-site form posts)');
  });

  test('unauthenticated calls to protected routes are 401 problem+json; pages redirect to login', async () => {
    for (const path of [
      '/api/v1/me',
      '/api/v1/audit-events',
      '/api/v1/municipalities/GM0014/members',
    ]) {
      const res = await fetch(`${t.base}${path}`);
      assert.equal(res.status, 401, path);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
    const page = await fetch(`${t.base}/beheer/groningen`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/inloggen?terug=%2Fbeheer%2Fgroningen');
  });

  test('an admin invites a coordinator, who chooses a password and sets up the second factor', async () => {
    const admin = (await loginAs(demoEmail('admin'))).client;
    const email = `coordinator-${unique()}@example.nl`;
    const invite = await admin.json('POST', '/api/v1/municipalities/groningen/invitations', {
      email,
      name: 'Nieuwe Coördinator',
      role: 'coordinator',
    });
    assert.equal(invite.status, 201);
    const { personId, status } = await invite.json();
    assert.equal(status, 'invited');
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    assert.equal(mail.subject, 'Uitnodiging voor Omzien Groningen');
    const token = linkIn(mail.text, '/uitnodiging');

    // Before accepting: no login.
    assert.equal((await loginAs(email, 'een lange zin als wachtwoord')).res.status, 401);
    const short = await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
      token,
      password: 'kort',
    });
    assert.equal(short.status, 400);
    assert.equal((await short.json())['invalid-params'][0].name, 'body.password');
    const accepted = await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
      token,
      password: 'een lange zin als wachtwoord',
    });
    assert.equal(accepted.status, 200);
    const again = await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
      token,
      password: 'een lange zin als wachtwoord',
    });
    assert.equal(again.status, 400, 'an invitation link works once');

    // Logged in, but the coordinator sees personal data only after setting up the second factor.
    const { client, res } = await loginAs(email, 'een lange zin als wachtwoord');
    assert.equal(res.status, 200);
    assert.equal((await res.json()).mfaSetupRequired, true);
    const blocked = await client.get('/api/v1/municipalities/groningen/members');
    assert.equal(blocked.status, 403);
    assert.match((await blocked.json()).detail, /tweede stap/);
    const start = await client.json('POST', '/api/v1/me/totp');
    assert.equal(start.status, 200);
    const { secret, otpauthUri } = await start.json();
    assert.match(otpauthUri, /^otpauth:\/\/totp\/Omzien%3A/);
    const wrong = await client.json('POST', '/api/v1/me/totp/confirm', {
      code: '000000' === totpAt(secret, Date.now()) ? '111111' : '000000',
    });
    assert.equal(wrong.status, 400);
    assert.equal((await wrong.json())['invalid-params'][0].name, 'body.code');
    const code = totpAt(secret, Date.now());
    assert.equal((await client.json('POST', '/api/v1/me/totp/confirm', { code })).status, 200);
    const stored = await t.app.database.db
      .selectFrom('people')
      .select('totp_secret')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    assert.match(stored.totp_secret ?? '', /^v1\./, 'the seed is stored sealed');
    assert.ok(!stored.totp_secret?.includes(secret), 'not in plain text');
    assert.equal((await client.get('/api/v1/me')).status, 200);
    assert.equal(
      (await client.json('POST', '/api/v1/me/totp')).status,
      409,
      'a confirmed factor is not replaced',
    );

    // From now on the code is needed, and a used code does not work twice.
    const noCode = await loginAs(email, 'een lange zin als wachtwoord');
    assert.equal(noCode.res.status, 400);
    assert.equal((await noCode.res.json())['invalid-params'][0].name, 'body.totp');
    const replay = await loginAs(email, 'een lange zin als wachtwoord', code);
    assert.equal(replay.res.status, 401, 'the code used to confirm cannot be replayed');
    const next = totpAt(secret, Date.now() + 30_000);
    const ok = await loginAs(email, 'een lange zin als wachtwoord', next);
    assert.equal(ok.res.status, 200);

    // The admin sees the person, and the trail holds each step without personal values.
    const members = (await (
      await admin.get('/api/v1/municipalities/groningen/members')
    ).json()) as {
      id: string;
      email: string;
      roles: string[];
      mfa: boolean;
      status: string;
    }[];
    const person = members.find((m) => m.id === personId);
    assert.deepEqual(
      { email: person?.email, roles: person?.roles, mfa: person?.mfa, status: person?.status },
      { email, roles: ['coordinator'], mfa: true, status: 'active' },
    );
    const events = await auditTypes(admin);
    const invited = events.find((e) => e.type === 'person.invited' && e.entityId === personId);
    assert.ok(invited, 'invitation in the trail');
    assert.deepEqual(invited.fields, ['email', 'name', 'role']);
    assert.ok(
      events.some((e) => e.type === 'person.invitation-accepted' && e.entityId === personId),
    );
    assert.ok(
      events.some((e) => e.type === 'members.listed'),
      'reading the member list is recorded',
    );
    const raw = JSON.stringify(events);
    assert.ok(!raw.includes(email), 'no e-mail address in the trail');
  });

  test('after too many failures the account is locked, and the lock is recorded', async () => {
    const admin = (await loginAs(demoEmail('admin'))).client;
    const email = `worker-${unique()}@example.nl`;
    await admin.json('POST', '/api/v1/municipalities/GM0014/invitations', {
      email,
      name: 'W',
      role: 'analyst',
    });
    const token = linkIn((await smtp.waitFor((m) => m.to.includes(email))).text, '/uitnodiging');
    await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
      token,
      password: 'correct horse battery',
    });
    for (let i = 0; i < 3; i++)
      assert.equal((await loginAs(email, 'wrong password!')).res.status, 401);
    const locked = await loginAs(email, 'correct horse battery');
    assert.equal(locked.res.status, 423, 'locked even with the right password');
    assert.ok(Number(locked.res.headers.get('retry-after')) > 0);
    assert.match((await locked.res.json()).detail, /Te veel mislukte pogingen/);

    // A password reset lifts the lock and ends every session.
    const reset = await new Client(t.base).json('POST', '/api/v1/password-reset', { email });
    assert.equal(reset.status, 202);
    const unknown = await new Client(t.base).json('POST', '/api/v1/password-reset', {
      email: `x-${unique()}@example.nl`,
    });
    assert.equal(unknown.status, 202, 'same answer for an unknown address');
    const resetToken = linkIn(
      (await smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith('Nieuw wachtwoord')))
        .text,
      '/wachtwoord-herstellen',
    );
    const done = await new Client(t.base).json('POST', '/api/v1/password-reset/complete', {
      token: resetToken,
      password: 'a brand new passphrase',
    });
    assert.equal(done.status, 200);
    assert.equal((await loginAs(email, 'correct horse battery')).res.status, 401);
    assert.equal((await loginAs(email, 'a brand new passphrase')).res.status, 200);
  });

  test('an admin takes back a role and clears a lost second factor; both end the sessions', async () => {
    const admin = (await loginAs(demoEmail('admin'))).client;
    const email = `lost-${unique()}@example.nl`;
    const invite = await admin.json('POST', '/api/v1/municipalities/groningen/invitations', {
      email,
      name: 'Telefoon Kwijt',
      role: 'worker',
    });
    const { personId } = await invite.json();
    const token = linkIn((await smtp.waitFor((m) => m.to.includes(email))).text, '/uitnodiging');
    await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
      token,
      password: 'mijn telefoon is weg',
    });
    await admin.json('POST', '/api/v1/municipalities/groningen/invitations', {
      email,
      name: 'T',
      role: 'volunteer',
    });
    const worker = (await loginAs(email, 'mijn telefoon is weg')).client;
    const { secret } = await (await worker.json('POST', '/api/v1/me/totp')).json();
    await worker.json('POST', '/api/v1/me/totp/confirm', { code: totpAt(secret, Date.now()) });
    assert.equal((await worker.get('/api/v1/me')).status, 200);

    const reset = await admin.json(
      'POST',
      `/api/v1/municipalities/groningen/members/${personId}/reset-second-factor`,
    );
    assert.equal(reset.status, 200);
    assert.equal((await worker.get('/api/v1/me')).status, 401, 'sessions ended');
    const again = await loginAs(email, 'mijn telefoon is weg');
    assert.equal(again.res.status, 200, 'no code asked: the factor was cleared');
    assert.equal((await again.res.json()).mfaSetupRequired, true);

    const revoked = await admin.json(
      'DELETE',
      `/api/v1/municipalities/groningen/members/${personId}/roles/worker`,
    );
    assert.equal(revoked.status, 200);
    assert.deepEqual(await revoked.json(), { remainingRoles: 1 });
    assert.equal((await again.client.get('/api/v1/me')).status, 401, 'sessions ended');
    const twice = await admin.json(
      'DELETE',
      `/api/v1/municipalities/groningen/members/${personId}/roles/worker`,
    );
    assert.equal(twice.status, 404);
    const members = (await (
      await admin.get('/api/v1/municipalities/groningen/members')
    ).json()) as {
      id: string;
      roles: string[];
    }[];
    assert.deepEqual(members.find((m) => m.id === personId)?.roles, ['volunteer']);
    const me = (await (await admin.get('/api/v1/me')).json()) as { id: string };
    const own = await admin.json(
      'DELETE',
      `/api/v1/municipalities/groningen/members/${me.id}/roles/admin`,
    );
    assert.equal(own.status, 409, 'an admin cannot take back their own admin role');
    const events = await auditTypes(admin);
    assert.ok(events.some((e) => e.type === 'person.role-revoked' && e.entityId === personId));
    assert.ok(events.some((e) => e.type === 'person.totp-reset' && e.entityId === personId));
  });

  test('log out everywhere ends every session of the person', async () => {
    const a = (await loginAs(demoEmail('volunteer'))).client;
    const b = (await loginAs(demoEmail('volunteer'))).client;
    const res = await a.json('DELETE', '/api/v1/sessions');
    assert.equal(res.status, 200);
    assert.ok((await res.json()).ended >= 2);
    assert.equal((await b.get('/api/v1/me')).status, 401);
  });

  test('expired and idle sessions are purged; the session that timed out answers 401', async () => {
    const { db } = t.app.database;
    const { client } = await loginAs(demoEmail('partner'));
    const me = await (await client.get('/api/v1/me')).json();
    // Push this person's sessions past the idle limit (30 minutes by default).
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('person_id', '=', me.id)
      .execute();
    assert.equal((await client.get('/api/v1/me')).status, 401, 'idle session ended');
    const stale = await loginAs(demoEmail('partner'));
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('person_id', '=', me.id)
      .execute();
    const removed = await purgeExpired(db, { idleMinutes: 30, absoluteHours: 12 });
    assert.ok(removed >= 1);
    const left = await db
      .selectFrom('sessions')
      .select('token_hash')
      .where('person_id', '=', me.id)
      .execute();
    assert.deepEqual(left, []);
    assert.equal((await stale.client.get('/api/v1/me')).status, 401);
  });
});

describe(`login rate limit per address (${dbLabel})`, () => {
  test('after the set number of attempts a minute, logins answer 429, other routes do not', async () => {
    const limited = await startTestApp({
      RATE_LIMIT_PER_MINUTE: '600',
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
    });
    try {
      const attempt = () =>
        fetch(`${limited.base}/api/v1/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `x-${unique()}@example.nl`, password: 'wrong' }),
        });
      for (let i = 0; i < 3; i++) assert.equal((await attempt()).status, 401);
      const fourth = await attempt();
      assert.equal(fourth.status, 429);
      assert.match(fourth.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal((await fetch(`${limited.base}/api/v1/groups`)).status, 200);
    } finally {
      await limited.close();
    }
  });
});
