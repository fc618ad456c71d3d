/**
 * Tenant isolation: an admin of one municipality never sees or changes another's people,
 * settings or audit trail, through any route; and each trail holds only its own events.
 */
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Client } from '../../test-support/session-client.ts';
import { type LocalSmtpServer, startSmtpServer } from '../../test-support/smtp.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN, demoEmail } from './seed-demo.ts';
import { totpAt } from './totp.ts';

let t: TestApp;
let smtp: LocalSmtpServer;
const other = {
  code: `GM${randomInt(9000, 10000)}`,
  name: 'Andere Gemeente',
  slug: `andere-${randomUUID().slice(0, 8)}`,
};
let otherAdmin: Client;
let groningenAdmin: Client;
let otherAdminEmail: string;

async function login(email: string, password: string, totp?: string) {
  const client = new Client(t.base);
  const res = await client.json('POST', '/api/v1/session', {
    email,
    password,
    ...(totp ? { totp } : {}),
  });
  assert.equal(res.status, 200, `login ${email}`);
  return client;
}

before(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ SMTP_URL: smtp.url });
  const platform = await login(DEMO_PLATFORM_ADMIN, DEMO_PASSWORD);
  const created = await platform.json('POST', '/api/v1/municipalities', other);
  assert.equal(created.status, 201);
  // The platform administrator is not a member: they invite nobody. Make the first admin the
  // way an operator does (the demo admin of Groningen cannot invite into another municipality).
  groningenAdmin = await login(demoEmail('admin'), DEMO_PASSWORD);
  const refused = await groningenAdmin.json(
    'POST',
    `/api/v1/municipalities/${other.slug}/invitations`,
    {
      email: `x-${randomUUID().slice(0, 8)}@example.nl`,
      name: 'X',
      role: 'admin',
    },
  );
  assert.equal(refused.status, 403);
  const { runCli } = await import('../../cli/main.ts');
  otherAdminEmail = `admin-${randomUUID().slice(0, 8)}@example.nl`;
  const out: string[] = [];
  // The CLI opens the database from the environment: point it at the test app's database.
  const code = await runCliOnTestDb(
    runCli,
    [
      'create-admin',
      '--email',
      otherAdminEmail,
      '--name',
      'Ander Beheer',
      '--municipality',
      other.slug,
    ],
    out,
  );
  assert.equal(code, 0, out.join('\n'));
  const token = /\/uitnodiging\/([A-Za-z0-9_-]{43})/.exec(out.join('\n'))![1]!;
  assert.equal(
    (
      await new Client(t.base).json('POST', '/api/v1/invitations/accept', {
        token,
        password: 'andere gemeente wachtwoord',
      })
    ).status,
    200,
  );
  const first = await login(otherAdminEmail, 'andere gemeente wachtwoord');
  const { secret } = await (await first.json('POST', '/api/v1/me/totp')).json();
  assert.equal(
    (await first.json('POST', '/api/v1/me/totp/confirm', { code: totpAt(secret, Date.now()) }))
      .status,
    200,
  );
  otherAdmin = first;
});
after(async () => {
  await t.close();
  await smtp.close();
});

/**
 * Run the CLI against the database the test app uses. On PostgreSQL that is TEST_DATABASE_URL;
 * on PGlite in memory the CLI cannot reach it, so the command's work runs through the same
 * function on the app's database instead (see cli.int.test.ts for the CLI on its own database).
 */
async function runCliOnTestDb(
  runCli: typeof import('../../cli/main.ts').runCli,
  argv: string[],
  out: string[],
): Promise<number> {
  if (process.env.TEST_DATABASE_URL) {
    return runCli(argv, {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: { DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'silent' },
    });
  }
  const { createAdminInDb } = await import('./cli.ts');
  return createAdminInDb(t.app.database.db, t.base, argv.slice(1), {
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    env: {},
  });
}

describe(`tenant isolation (${dbLabel})`, () => {
  test("each admin reaches only their own municipality's people, settings and trail", async () => {
    const pairs: [Client, string][] = [
      [groningenAdmin, other.slug],
      [otherAdmin, 'groningen'],
    ];
    for (const [client, foreign] of pairs) {
      for (const [method, path, body] of [
        ['GET', `/api/v1/municipalities/${foreign}/members`],
        ['GET', `/api/v1/municipalities/${foreign}/settings`],
        ['PUT', `/api/v1/municipalities/${foreign}/settings`, { responseDeadlineDays: 3 }],
        [
          'POST',
          `/api/v1/municipalities/${foreign}/invitations`,
          { email: 'y@example.nl', name: 'Y', role: 'worker' },
        ],
        ['GET', `/api/v1/audit-events?municipality=${foreign}`],
        ['GET', `/beheer/${foreign}`],
        ['GET', `/beheer/${foreign}/logboek`],
        ['GET', `/beheer/${foreign}/logboek.csv`],
      ] as [string, string, unknown?][]) {
        const res =
          method === 'GET' ? await client.get(path) : await client.json(method, path, body);
        assert.equal(res.status, 403, `${method} ${path}`);
        const text = await res.text();
        assert.ok(!text.includes('@'), `${method} ${path} leaks no address`);
      }
    }
  });

  test('a municipality that does not exist answers like one you have no role in', async () => {
    const res = await groningenAdmin.get('/api/v1/municipalities/GM9999999/members');
    assert.equal(res.status, 400, 'malformed code');
    const unknown = await groningenAdmin.get('/api/v1/municipalities/bestaat-niet/members');
    assert.equal(unknown.status, 403);
  });

  test('member lists and trails hold only their own municipality', async () => {
    const mine = (await (
      await otherAdmin.get(`/api/v1/municipalities/${other.slug}/members`)
    ).json()) as { email: string }[];
    assert.deepEqual(
      mine.map((m) => m.email),
      [otherAdminEmail],
    );
    const groningen = (await (
      await groningenAdmin.get('/api/v1/municipalities/groningen/members')
    ).json()) as { email: string }[];
    assert.ok(!groningen.some((m) => m.email === otherAdminEmail));
    const trail = await (await otherAdmin.get('/api/v1/audit-events')).json();
    assert.equal(trail.municipality, other.code, 'an admin of one municipality needs not name it');
    assert.ok(trail.events.length >= 2);
    const groningenTrail = await (
      await groningenAdmin.get('/api/v1/audit-events?limit=1000')
    ).json();
    const otherIds = new Set(trail.events.map((e: { id: string }) => e.id));
    assert.ok(!groningenTrail.events.some((e: { id: string }) => otherIds.has(e.id)));
  });
});
