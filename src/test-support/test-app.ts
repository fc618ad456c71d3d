/**
 * Start the real app for a test file: on PGlite in memory by default, or on the PostgreSQL
 * server named by TEST_DATABASE_URL (the test script sets it for the PostgreSQL run). Listens on
 * a free port so tests go over real HTTP.
 */
import { createServer } from 'node:net';
import { type App, buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';

export interface TestApp {
  app: App;
  base: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(path: string): Promise<{ status: number; body: T; type: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Choose the port first and make `http://127.0.0.1:<port>` the BASE_URL (redirect URIs). */
  baseUrlFromPort?: boolean;
  /** Runs after the app is built, before it listens: may add routes. */
  beforeListen?: (app: App, config: Config) => void | Promise<void>;
}

/** A port that was free a moment ago (for a BASE_URL that must be known before listening). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const fixedPort = options.baseUrlFromPort ? await freePort() : 0;
  const config = loadConfig({
    DATA_DIR: 'memory',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
    ...(fixedPort ? { BASE_URL: `http://127.0.0.1:${fixedPort}` } : {}),
    ...env,
  });
  const app = await buildApp(config);
  await options.beforeListen?.(app, config);
  await app.http.listen({ port: fixedPort, host: '127.0.0.1' });
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
