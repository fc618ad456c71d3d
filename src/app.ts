/**
 * The composition root: platform + features. Used by `server.ts` and by the tests, so tests run
 * the very app that users get.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { registerFollowupPages } from './features/assessment/followup-pages.tsx';
import { registerFollowupApi } from './features/assessment/followup-routes.ts';
import { registerAssessmentApi } from './features/assessment/routes.ts';
import { registerSelfCheckPages } from './features/assessment/self-check-page.tsx';
import { registerAuditApi } from './features/audit/routes.ts';
import { registerGuidePages } from './features/guide/pages.tsx';
import { registerGuideApi } from './features/guide/routes.ts';
import { registerSessionHook } from './features/identity/http-session.ts';
import { registerOidc } from './features/identity/oidc/register.ts';
import { registerIdentityPages } from './features/identity/pages.tsx';
import { syncPermissions } from './features/identity/permissions.ts';
import { registerIdentityApi } from './features/identity/routes.ts';
import { assertNoDemoAccounts, seedDemo } from './features/identity/seed-demo.ts';
import { purgeExpired } from './features/identity/sessions.ts';
import { registerSettingsPage } from './features/identity/settings-page.tsx';
import { registerThemeRoute } from './features/identity/theme.ts';
import { loadKnowledge } from './features/knowledge/content.ts';
import { loadContent } from './features/knowledge/load-content.ts';
import { registerKnowledgePages } from './features/knowledge/pages.tsx';
import { registerKnowledgeApi } from './features/knowledge/routes.ts';
import { importOpenDataAtStart } from './features/monitor/import-at-start.ts';
import { registerMonitorPages } from './features/monitor/pages/index.tsx';
import { registerMonitorApi } from './features/monitor/routes.ts';
import { configureSecretBox, DEVELOPMENT_KEY } from './platform/crypto/secret-box.ts';
import { type DatabaseHandle, isReachable, migrate, openDatabase } from './platform/db/database.ts';
import { ApiRegistry } from './platform/http/api.ts';
import { createHttp } from './platform/http/server.ts';
import { createMailer, type Mailer } from './platform/mail/mailer.ts';
import { registerDevOutbox } from './platform/mail/outbox-page.tsx';
import { configureSite } from './platform/ui/layout.tsx';

export interface App {
  http: FastifyInstance;
  database: DatabaseHandle;
  mailer: Mailer;
  close(): Promise<void>;
}

/** What the `type` of a validation problem means; the URI answers with this text. */
const VALIDATION_PROBLEM_DOC = `Validation problem (HTTP 400)

The request had one or more invalid values. The problem document's "invalid-params" lists each
one: "name" says where the value came from and its path (query.limit, query.type.1, path.slug),
"reason" says what is wrong. Unknown query parameters are reported as query.<name>.
See /api/v1/openapi.json for what each endpoint accepts.
`;

const assetsDir = fileURLToPath(new URL('./platform/ui/assets/', import.meta.url));

/**
 * Open the database, migrate, load the knowledge, and build the HTTP app (not yet listening).
 * `dataDir: 'memory'` gives an in-memory embedded database.
 */
export async function buildApp(config: Config): Promise<App> {
  configureSecretBox(config.secretKey ?? DEVELOPMENT_KEY);
  const knowledge = loadKnowledge();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database.db);
    await loadContent(database.db, knowledge);
    await syncPermissions(database.db);
    if (config.production) await assertNoDemoAccounts(database.db);
    else if (config.demo) await seedDemo(database.db);
    if (config.openDataDir) {
      // Open data (RIVM, CBS, PDOK) in a folder, imported once: skipped while the folder is unchanged.
      const log = (line: string) => {
        if (config.logLevel !== 'silent') process.stdout.write(`${line}\n`);
      };
      await importOpenDataAtStart(database.db, config.openDataDir, log, {
        exclude: config.dataDir === 'memory' ? [] : [config.dataDir],
      });
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  configureSite({ sources: knowledge.sources, selfCheck: config.publicSelfCheck });

  const http = await createHttp({
    logLevel: config.logLevel,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    assetsDir,
  });
  const { db } = database;
  const outboxDir = path.resolve(config.dataDir === 'memory' ? tmpdir() : config.dataDir, 'outbox');
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir });
  registerSessionHook(http, db, config.session);
  const identity = {
    db,
    mailer,
    baseUrl: config.baseUrl,
    login: { ...config.session, ...config.login },
    cookie: { secure: config.baseUrl.startsWith('https://') },
  };

  http.get('/healthz', async (_request, reply) => {
    if (await isReachable(db)) return { status: 'ok' };
    return reply.code(503).type('application/problem+json').send({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The database is not reachable.',
    });
  });

  const api = new ApiRegistry();
  registerKnowledgeApi(api, db);
  registerGuideApi(api, db);
  registerAssessmentApi(api);
  registerMonitorApi(api, db);
  registerIdentityApi(api, identity);
  registerOidc(http, api, { ...identity, production: config.production });
  registerAuditApi(api, db);
  registerFollowupApi(api, db);
  api.mount(http);
  const openapi = api.openapi({
    title: 'Omzien API',
    version: '1.0.0',
    description:
      'Open API of Omzien, the platform for the Dutch local approach to loneliness. Errors are application/problem+json; `invalid-params` names each bad field.',
  });
  http.get('/api/v1/openapi.json', async () => openapi);
  http.get('/api/v1/problems/validation', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(VALIDATION_PROBLEM_DOC),
  );

  registerKnowledgePages(http, db);
  registerGuidePages(http, db);
  registerSelfCheckPages(http, db, config.publicSelfCheck);
  registerMonitorPages(http, db);
  registerIdentityPages(http, identity, { demo: config.demo });
  registerFollowupPages(http, db);
  registerThemeRoute(http, db);
  registerSettingsPage(http, db);
  if (!config.production && !config.smtpUrl) registerDevOutbox(http, outboxDir);

  // Ended sessions and spent links are removed now and then (resolving also drops what it meets).
  const purge = setInterval(
    () =>
      void purgeExpired(db, config.session).catch((error) =>
        http.log.error({ err: error }, 'purge failed'),
      ),
    15 * 60_000,
  );
  purge.unref();

  return {
    http,
    database,
    mailer,
    async close() {
      clearInterval(purge);
      await http.close();
      await mailer.close();
      await database.close();
    },
  };
}
