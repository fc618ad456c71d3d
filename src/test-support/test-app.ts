/**
 * Start the real app for a test file: on PGlite in memory by default, or on the PostgreSQL
 * server named by TEST_DATABASE_URL (the test script sets it for the PostgreSQL run). Listens on
 * a free port so tests go over real HTTP.
 */
import { type App, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

export interface TestApp {
  app: App;
  base: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(path: string): Promise<{ status: number; body: T; type: string }>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    DATA_DIR: 'memory',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
    ...env,
  });
  const app = await buildApp(config);
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const address = app.http.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  const get = (path: string, init?: RequestInit) =>
    fetch(`${base}${path}`, { redirect: 'manual', ...init });
  return {
    app,
    base,
    get,
    async json<T>(path: string) {
      const res = await get(path);
      const type = res.headers.get('content-type') ?? '';
      return { status: res.status, body: (await res.json()) as T, type };
    },
    close: () => app.close(),
  };
}

/** Which database this run uses, for test names. */
export const dbLabel = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
