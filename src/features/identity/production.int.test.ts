/**
 * Production mode: no demo accounts, no demo settings. The configuration refuses OMZIEN_DEMO=on
 * and a missing SMTP_URL; the app refuses to start on a database that holds demo accounts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { buildApp } from '../../app.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { dbLabel } from '../../test-support/test-app.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'omzien-prod-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SECRET_KEY = 'a-test-key-that-is-long-enough-for-production';
const database = process.env.TEST_DATABASE_URL
  ? { DATABASE_URL: process.env.TEST_DATABASE_URL }
  : { DATA_DIR: dir };

describe(`production mode (${dbLabel})`, () => {
  test('the configuration refuses demo mode, a missing SMTP server or secret key, and plain http', () => {
    assert.throws(
      () =>
        loadConfig({
          NODE_ENV: 'production',
          OMZIEN_DEMO: 'on',
          SMTP_URL: 'smtp://mail:25',
          SECRET_KEY,
        }),
      (e: unknown) => e instanceof ConfigError && /OMZIEN_DEMO/.test(e.message),
    );
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', SECRET_KEY }),
      (e: unknown) => e instanceof ConfigError && /SMTP_URL/.test(e.message),
    );
    assert.throws(
      () =>
        loadConfig({
          NODE_ENV: 'production',
          SMTP_URL: 'smtp://mail:25',
          BASE_URL: 'http://omzien.nl',
          SECRET_KEY,
        }),
      (e: unknown) => e instanceof ConfigError && /https/.test(e.message),
    );
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' }),
      (e: unknown) => e instanceof ConfigError && /SECRET_KEY/.test(e.message),
    );
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25', SECRET_KEY: 'short' }),
      (e: unknown) => e instanceof ConfigError && /SECRET_KEY/.test(e.message),
    );
    const ok = loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25', SECRET_KEY });
    assert.equal(ok.demo, false);
    assert.equal(loadConfig({}).demo, true, 'demo is the default outside production');
  });

  test('the app refuses to start in production on a database with demo accounts', async () => {
    const env = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...database };
    const dev = await buildApp(loadConfig(env));
    const demo = await dev.database.db
      .selectFrom('people')
      .select('email')
      .where('email', '=', 'admin@demo.omzien.nl')
      .executeTakeFirst();
    assert.ok(demo, 'development start seeded the demo accounts');
    await dev.close();
    await assert.rejects(
      buildApp(
        loadConfig({ ...env, NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', SECRET_KEY }),
      ),
      /NODE_ENV=production, but the database holds \d+ demo account/,
    );
  });
});
