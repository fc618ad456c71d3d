/**
 * Who may do what: every role (and the platform administrator, and nobody) against every
 * protected route, API and pages. "allowed" means the request got past the permission check
 * (any answer but 401/403/5xx; a wrong code may still answer 400). The expected matrix is written out here, by hand, from the
 * permissions table; the test also fails when a protected API route is missing from it.
 */
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../../platform/db/schema.ts';
import { Client } from '../../test-support/session-client.ts';
import { type LocalSmtpServer, startSmtpServer } from '../../test-support/smtp.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN, demoEmail } from './seed-demo.ts';

type Who = Role | 'platform' | 'nobody';
const EVERYONE: Who[] = [
  'admin',
  'coordinator',
  'worker',
  'volunteer',
  'partner',
  'analyst',
  'platform',
];

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The OpenAPI path, to check that every protected operation is covered. */
  operation?: string;
  body?: () => unknown;
  allowed: Who[];
}

const settings = {
  responseDeadlineDays: 5,
  retentionMonths: { signals: 12, cases: 24 },
  contact: {},
  publicSelfCheck: true,
};

const cases: Case[] = [
  { method: 'GET', path: '/api/v1/me', allowed: EVERYONE },
  { method: 'DELETE', path: '/api/v1/session', allowed: EVERYONE },
  { method: 'DELETE', path: '/api/v1/sessions', allowed: EVERYONE },
  { method: 'GET', path: '/api/v1/municipalities', allowed: EVERYONE },
  {
    method: 'POST',
    path: '/api/v1/municipalities',
    body: () => {
      const n = randomInt(9000, 10000);
      return {
        code: `GM${n}`,
        name: `Testgemeente ${n}`,
        slug: `test-${randomUUID().slice(0, 8)}`,
      };
    },
    allowed: ['platform'],
  },
  {
    method: 'GET',
    path: '/api/v1/municipalities/groningen/members',
    operation: '/api/v1/municipalities/{municipality}/members',
    allowed: ['admin'],
  },
  {
    method: 'POST',
    path: '/api/v1/municipalities/groningen/invitations',
    operation: '/api/v1/municipalities/{municipality}/invitations',
    body: () => ({
      email: `m-${randomUUID().slice(0, 8)}@example.nl`,
      name: 'Matrix',
      role: 'analyst',
    }),
    allowed: ['admin'],
  },
  {
    method: 'GET',
    path: '/api/v1/municipalities/groningen/settings',
    operation: '/api/v1/municipalities/{municipality}/settings',
    allowed: ['admin'],
  },
  {
    method: 'PUT',
    path: '/api/v1/municipalities/groningen/settings',
    operation: '/api/v1/municipalities/{municipality}/settings',
    body: () => settings,
    allowed: ['admin'],
  },
  { method: 'GET', path: '/api/v1/audit-events?municipality=GM0014', allowed: ['admin'] },
  {
    method: 'DELETE',
    // Nobody with this id: an admin gets past the check and hears 404.
    path: `/api/v1/municipalities/groningen/members/${randomUUID()}/roles/worker`,
    operation: '/api/v1/municipalities/{municipality}/members/{person}/roles/{role}',
    allowed: ['admin'],
  },
  {
    method: 'POST',
    path: `/api/v1/municipalities/groningen/members/${randomUUID()}/reset-second-factor`,
    operation: '/api/v1/municipalities/{municipality}/members/{person}/reset-second-factor',
    allowed: ['admin'],
  },
  {
    method: 'GET',
    path: '/api/v1/municipalities/groningen/identity-provider',
    operation: '/api/v1/municipalities/{municipality}/identity-provider',
    // 404 while none is configured: past the permission check.
    allowed: ['admin'],
  },
  {
    method: 'PUT',
    path: '/api/v1/municipalities/groningen/identity-provider',
    operation: '/api/v1/municipalities/{municipality}/identity-provider',
    // Disabled, so no login link is left behind in the shared database.
    body: () => ({
      issuer: 'http://127.0.0.1:9/matrix',
      clientId: 'matrix',
      clientSecret: 'matrix-secret-matrix-secret',
      displayName: 'Matrix',
      trustIdpMfa: false,
      enabled: false,
    }),
    allowed: ['admin'],
  },
  // Demo users are exempt from the second factor, but may still set one up.
  { method: 'POST', path: '/api/v1/me/totp', allowed: EVERYONE },
  // Reaches the use case (a wrong code answers 400 or 409), so not denied.
  {
    method: 'POST',
    path: '/api/v1/me/totp/confirm',
    body: () => ({ code: '000000' }),
    allowed: EVERYONE,
  },
  {
    method: 'POST',
    path: '/api/v1/municipalities/groningen/assessments',
    operation: '/api/v1/municipalities/{municipality}/assessments',
    body: () => ({
      subjectType: 'case',
      subjectId: randomUUID(),
      takenOn: '2026-01-01',
      consent: { given: true, kind: 'verbal' },
      instrument: 'djg-6',
      answers: { '3': 'no', '9': 'no', '10': 'no', '4': 'yes', '7': 'yes', '8': 'yes' },
    }),
    allowed: ['coordinator', 'worker', 'volunteer'],
  },
  {
    method: 'GET',
    path: `/api/v1/municipalities/groningen/assessments?subjectType=case&subjectId=${randomUUID()}`,
    operation: '/api/v1/municipalities/{municipality}/assessments',
    allowed: ['coordinator', 'worker', 'volunteer'],
  },
  // Pages
  { method: 'GET', path: '/account', allowed: EVERYONE },
  { method: 'GET', path: '/beheer/groningen', allowed: ['admin'] },
  { method: 'GET', path: '/beheer/groningen/logboek', allowed: ['admin'] },
  { method: 'GET', path: '/beheer/groningen/logboek.csv', allowed: ['admin'] },
  { method: 'GET', path: '/beheer/groningen/instellingen', allowed: ['admin'] },
  {
    method: 'GET',
    path: `/werk/groningen/metingen/casus/${randomUUID()}`,
    allowed: ['coordinator', 'worker', 'volunteer'],
  },
];

let t: TestApp;
let smtp: LocalSmtpServer;

before(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ SMTP_URL: smtp.url });
});
after(async () => {
  await t.close();
  await smtp.close();
});

async function clientFor(who: Who): Promise<Client> {
  const client = new Client(t.base);
  if (who === 'nobody') return client;
  const email = who === 'platform' ? DEMO_PLATFORM_ADMIN : demoEmail(who);
  const res = await client.json('POST', '/api/v1/session', { email, password: DEMO_PASSWORD });
  assert.equal(res.status, 200, `login ${email}`);
  return client;
}

describe(`role × route matrix (${dbLabel})`, () => {
  test('every protected API operation is in the matrix', async () => {
    const doc = await (await fetch(`${t.base}/api/v1/openapi.json`)).json();
    const secured: string[] = [];
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { security?: unknown }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        if (op.security) secured.push(`${method.toUpperCase()} ${path}`);
      }
    }
    const covered = new Set(cases.map((c) => `${c.method} ${c.operation ?? c.path.split('?')[0]}`));
    const missing = secured.filter((s) => !covered.has(s));
    assert.deepEqual(missing, [], 'protected operations without a row in the matrix');
    assert.ok(secured.length >= 11);
  });

  for (const who of [...EVERYONE, 'nobody'] as Who[]) {
    test(`${who}`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const c of cases) {
        // A fresh session per route: some routes end the session.
        const client = await clientFor(who);
        const body = c.body?.();
        const res =
          c.method === 'GET' ? await client.get(c.path) : await client.json(c.method, c.path, body);
        await res.arrayBuffer();
        const outcome =
          res.status === 401 ||
          (res.status === 303 && res.headers.get('location')?.startsWith('/inloggen'))
            ? 'login'
            : res.status === 403
              ? 'denied'
              : res.status < 500
                ? 'allowed'
                : `status ${res.status}`;
        outcomes.push(`${c.method} ${c.path}: ${outcome}`);
        expected.push(
          `${c.method} ${c.path}: ${who === 'nobody' ? 'login' : c.allowed.includes(who) ? 'allowed' : 'denied'}`,
        );
      }
      assert.deepEqual(outcomes, expected);
    });
  }
});
