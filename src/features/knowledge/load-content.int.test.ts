/** Migrations and content loading on a real database: repeatable and idempotent. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { isReachable, migrate, openDatabase } from '../../platform/db/database.ts';
import { migrations as allMigrations } from '../../platform/db/migrations/index.ts';
import { dbLabel } from '../../test-support/test-app.ts';
import { loadKnowledge } from './content.ts';
import { loadContent } from './load-content.ts';
import { findInterventions } from './repo.ts';

describe(`database (${dbLabel})`, () => {
  test('migrates twice without change, loads content once, then skips the same content', async () => {
    const handle = await openDatabase({
      databaseUrl: process.env.TEST_DATABASE_URL,
      dataDir: 'memory',
    });
    try {
      assert.equal(await isReachable(handle.db), true);
      await migrate(handle.db);
      await migrate(handle.db);
      const knowledge = loadKnowledge();
      await sql`delete from content_meta`.execute(handle.db);
      const first = await loadContent(handle.db, knowledge);
      assert.equal(first.changed, true);
      const second = await loadContent(handle.db, knowledge);
      assert.equal(second.changed, false);
      const count = await sql<{ n: number }>`select count(*)::int as n from interventions`.execute(
        handle.db,
      );
      assert.equal(count.rows[0]?.n, 63);
      // Reads are memoised; reloading changed content must make them fresh.
      assert.equal((await findInterventions(handle.db, [])).length, 63);
      const fewer = { ...knowledge, interventions: knowledge.interventions.slice(1) };
      assert.equal((await loadContent(handle.db, fewer)).changed, true);
      assert.equal((await findInterventions(handle.db, [])).length, 62);
      await loadContent(handle.db, knowledge);
      assert.equal((await findInterventions(handle.db, [])).length, 63);
      const migrations = await sql<{
        n: number;
      }>`select count(*)::int as n from kysely_migration`.execute(handle.db);
      assert.equal(migrations.rows[0]?.n, Object.keys(allMigrations).length);
    } finally {
      await handle.close();
    }
  });

  // Always the embedded database, also in the PostgreSQL run: it is about DATA_DIR.
  test('the embedded database keeps its data in DATA_DIR across restarts', async () => {
    const { mkdtempSync, rmSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'omzien-data-'));
    try {
      const a = await openDatabase({ dataDir: dir });
      await migrate(a.db);
      await loadContent(a.db, loadKnowledge());
      await a.close();
      assert.ok(existsSync(path.join(dir, 'pglite')));
      const b = await openDatabase({ dataDir: dir });
      const again = await loadContent(b.db, loadKnowledge());
      assert.equal(again.changed, false, 'content survived the restart');
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
