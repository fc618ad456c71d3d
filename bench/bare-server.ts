/**
 * The baseline for the benchmarks: a bare `node:http` server that answers precomputed bodies.
 * Run as a child process by `interventions.bench.ts`, so it does not share an event loop with
 * autocannon (the same as the app under test).
 *
 * Env: PORT, HOST (default 127.0.0.1), BENCH_BARE_ROUTES = JSON array of
 * `{ "url": "/path?query", "file": "/abs/body/file", "contentType": "…" }`. The request URL must
 * match exactly; `/healthz` answers `{"status":"ok"}`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface RouteSpec {
  url: string;
  file: string;
  contentType: string;
}

interface Answer {
  body: Buffer;
  headers: Record<string, string>;
}

function answer(body: Buffer, contentType: string): Answer {
  return {
    body,
    headers: { 'content-type': contentType, 'content-length': String(body.length) },
  };
}

const specs = JSON.parse(process.env.BENCH_BARE_ROUTES ?? '[]') as RouteSpec[];
const routes = new Map<string, Answer>();
for (const spec of specs) {
  routes.set(spec.url, answer(readFileSync(spec.file), spec.contentType));
}
routes.set('/healthz', answer(Buffer.from('{"status":"ok"}'), 'application/json; charset=utf-8'));
const notFound = answer(Buffer.from('not found'), 'text/plain; charset=utf-8');

const server = createServer((req, res) => {
  const found = routes.get(req.url ?? '');
  const { body, headers } = found ?? notFound;
  res.writeHead(found ? 200 : 404, headers);
  res.end(body);
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');

const shutdown = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
