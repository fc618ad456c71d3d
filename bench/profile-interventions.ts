/**
 * Where the time of `GET /api/v1/interventions?q=maatje` goes, layer by layer, in one process and
 * without concurrency (so: cost per request, not throughput):
 *
 *   node --import tsx bench/profile-interventions.ts [iterations] [memory|disk]
 *
 * Times (mean and p99 per call, after a warm-up) a trivial query, the search query raw on PGlite
 * and through Kysely, the use case (query + filters + facets), JSON serialisation of the answer,
 * and whole requests through Fastify (`inject`, no sockets); prints PostgreSQL's own planning and
 * execution time (EXPLAIN ANALYZE) for the search query. `disk` (the default, as `npm start`)
 * keeps PGlite's data in a temp folder, `memory` in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { loadKnowledge } from '../src/features/knowledge/content.ts';
import { getLabels } from '../src/features/knowledge/labels.ts';
import { listInterventions } from '../src/features/knowledge/list-interventions.ts';
import { loadContent } from '../src/features/knowledge/load-content.ts';
import { findInterventions } from '../src/features/knowledge/repo.ts';
import { searchWords } from '../src/features/knowledge/search.ts';
import { migrate } from '../src/platform/db/database.ts';
import { PGliteDialect } from '../src/platform/db/pglite-dialect.ts';
import type { Database } from '../src/platform/db/schema.ts';

const iterations = Number(process.argv[2] ?? 500);
const storage = process.argv[3] === 'memory' ? 'memory' : 'disk';

async function time(label: string, fn: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(100, iterations); i++) await fn();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples[i] = performance.now() - start;
  }
  samples.sort();
  const mean = samples.reduce((a, b) => a + b, 0) / iterations;
  const p50 = samples[Math.floor(iterations / 2)]!;
  const p99 = samples[Math.min(iterations - 1, Math.ceil(iterations * 0.99) - 1)]!;
  process.stdout.write(
    `  ${label.padEnd(60)} mean ${mean.toFixed(3).padStart(7)}  p50 ${p50.toFixed(3).padStart(7)}  p99 ${p99.toFixed(3).padStart(7)} ms\n`,
  );
  return mean;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'omzien-profile-'));
try {
  // 1. The database layer, on our own PGlite so we can see the SQL and EXPLAIN it.
  const pglite = storage === 'memory' ? new PGlite() : new PGlite(path.join(tmp, 'pglite'));
  await pglite.waitReady;
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new PGliteDialect(pglite),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  await migrate(db);
  await loadContent(db, loadKnowledge());
  const words = searchWords('maatje');
  captured.length = 0;
  const rows = await findInterventions(db, words);
  const search = captured.at(-1)!;
  const count = await sql<{ n: number }>`select count(*)::int as n from interventions`.execute(db);
  process.stdout.write(
    `PGlite (${storage}); ${count.rows[0]?.n} interventions; q=maatje gives ${rows.length} candidate rows; ${iterations} iterations\n\n`,
  );

  process.stdout.write('database layer:\n');
  await time('raw PGlite: select 1', () => pglite.query('select 1'));
  await time('raw PGlite: select 1 via exec (simple protocol)', () => pglite.exec('select 1'));
  await time('Kysely: select 1', () => sql`select 1`.execute(db));
  await time('raw PGlite: the search query (q=maatje)', () =>
    pglite.query(search.sql, search.parameters as unknown[]),
  );
  await time('raw PGlite: the search query without ts_rank/order', () =>
    pglite.query(
      `select slug from interventions where search @@ to_tsquery('simple', 'maatj:*')`,
      [],
    ),
  );
  await time('raw PGlite: all 11 list columns of all rows, no search', () =>
    pglite.query(
      'select slug, name, summary, type, evidence_level, groups, loneliness_types, target_groups, elements, building_blocks, profiles from interventions',
    ),
  );
  await time('repo.findInterventions(q=maatje) (Kysely)', () => findInterventions(db, words));
  await time('use case listInterventions(q=maatje)', () =>
    listInterventions(db, { q: 'maatje', filters: {}, limit: 20, offset: 0 }),
  );
  await time('getLabels(nl) (the page asks it each time)', () => getLabels(db, 'nl'));
  const plan = await pglite.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, costs off) ${search.sql}`,
    search.parameters as unknown[],
  );
  process.stdout.write(
    `\nEXPLAIN ANALYZE of the search query (inside PostgreSQL):\n${plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}\n`,
  );
  await db.destroy();

  // 2. The whole app, through Fastify without sockets.
  const app = await buildApp(
    loadConfig({
      DATA_DIR: storage === 'memory' ? 'memory' : path.join(tmp, 'app'),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
    }),
  );
  await app.http.ready();
  const result = await listInterventions(app.database.db, {
    q: 'maatje',
    filters: {},
    limit: 20,
    offset: 0,
  });
  process.stdout.write('\nhttp layer (Fastify inject, no sockets):\n');
  await time('JSON.stringify of the use-case result', () => JSON.stringify(result));
  await time('GET /healthz (select 1)', () => app.http.inject({ method: 'GET', url: '/healthz' }));
  await time('GET /api/v1/openapi.json (no database)', () =>
    app.http.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
  );
  await time('GET /api/v1/interventions?q=maatje', () =>
    app.http.inject({ method: 'GET', url: '/api/v1/interventions?q=maatje' }),
  );
  await time('GET /kennisbank/activiteiten?q=maatje', () =>
    app.http.inject({ method: 'GET', url: '/kennisbank/activiteiten?q=maatje' }),
  );
  await app.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
