/**
 * The audit trail is append-only and tamper-evident: the database refuses update, delete and
 * truncate; the chain check finds a row changed behind the database's back (trigger switched off
 * by a superuser) and names it; `omzien verify-audit` reports it with exit code 1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { runCli } from '../../cli/main.ts';
import { Client } from '../../test-support/session-client.ts';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { DEMO_PASSWORD, demoEmail } from '../identity/seed-demo.ts';
import { canonicalJson, eventHash, GENESIS_HASH } from './hash.ts';
import { verifyAuditChain } from './verify-chain.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
  // Some events: a login, a failed login, a read of the trail.
  const client = new Client(t.base);
  await client.json('POST', '/api/v1/session', {
    email: demoEmail('admin'),
    password: 'wrong password',
  });
  await client.json('POST', '/api/v1/session', {
    email: demoEmail('admin'),
    password: DEMO_PASSWORD,
  });
  await client.get('/api/v1/audit-events');
});
after(() => t.close());

describe(`audit trail integrity (${dbLabel})`, () => {
  test('canonical JSON sorts keys at every level, so equal content hashes equally', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }),
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const content = {
      id: 'x',
      occurredAt: '2026-11-30T12:00:00.000Z',
      actorId: null,
      actorRole: null,
      municipalityId: null,
      type: 'session.login',
      entityType: null,
      entityId: null,
      fields: [],
      detail: {},
      ip: null,
      userAgent: null,
    };
    assert.equal(eventHash(GENESIS_HASH, content), eventHash(GENESIS_HASH, { ...content }));
    assert.notEqual(
      eventHash(GENESIS_HASH, content),
      eventHash(GENESIS_HASH, { ...content, type: 'session.logout' }),
    );
  });

  test('the database refuses to change or remove events', async () => {
    const { db } = t.app.database;
    await assert.rejects(sql`update audit_events set type = 'x'`.execute(db), /append-only/);
    await assert.rejects(sql`delete from audit_events`.execute(db), /append-only/);
    await assert.rejects(sql`truncate audit_events`.execute(db), /append-only/);
  });

  test('the chain is whole, and a changed row is found and named', async () => {
    const { db } = t.app.database;
    const whole = await verifyAuditChain(db);
    assert.equal(whole.ok, true);
    assert.ok(whole.checked >= 3);
    const victim = await db
      .selectFrom('audit_events')
      .select(['seq', 'id', 'detail'])
      .where('type', '=', 'session.login-failed')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_events disable trigger audit_events_no_change`.execute(db);
    try {
      await sql`update audit_events set type = 'session.login' where id = ${victim.id}`.execute(db);
      const broken = await verifyAuditChain(db);
      assert.equal(broken.ok, false);
      assert.deepEqual(broken.firstBreak, {
        seq: String(victim.seq),
        id: victim.id,
        reason: 'content-changed',
      });
    } finally {
      await sql`update audit_events set type = 'session.login-failed' where id = ${victim.id}`.execute(
        db,
      );
      await sql`alter table audit_events enable trigger audit_events_no_change`.execute(db);
    }
    assert.equal((await verifyAuditChain(db)).ok, true, 'restored');
  });
});

describe('omzien verify-audit and create-municipality on their own database', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'omzien-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const env = process.env.TEST_DATABASE_URL
      ? { DATABASE_URL: process.env.TEST_DATABASE_URL }
      : { DATA_DIR: dir };
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  test('creates a municipality, refuses a duplicate, and verifies the chain', async () => {
    const n = 9000 + Math.floor(Math.random() * 1000);
    const slug = `cli-${Date.now().toString(36)}`;
    const created = await run([
      'create-municipality',
      '--code',
      `GM${n}`,
      '--name',
      'CLI-gemeente',
      '--slug',
      slug,
    ]);
    assert.equal(created.code, 0, created.err);
    assert.match(created.out, new RegExp(`Created municipality CLI-gemeente \\(GM${n}\\)`));
    const twice = await run([
      'create-municipality',
      '--code',
      `GM${n}`,
      '--name',
      'CLI-gemeente',
      '--slug',
      slug,
    ]);
    assert.equal(twice.code, 1);
    assert.match(twice.err, /al een gemeente/);
    const bad = await run(['create-municipality', '--code', 'G14', '--name', 'X', '--slug', 'x']);
    assert.equal(bad.code, 64);
    assert.match(bad.err, /--code/);
    const admin = await run([
      'create-admin',
      '--email',
      `cli-${slug}@example.nl`,
      '--name',
      'CLI Beheer',
      '--municipality',
      slug,
    ]);
    assert.equal(admin.code, 0, admin.err);
    assert.match(admin.out, /\/uitnodiging\/[A-Za-z0-9_-]{43}$/m);
    const verified = await run(['verify-audit']);
    assert.equal(verified.code, 0, verified.err);
    assert.match(verified.out, /The audit trail is whole: \d+ events checked/);
  });
});
