/**
 * Load benchmark of the intervention search (`npm run bench`).
 *
 * Measures, in one run, with autocannon (32 connections, BENCH_DURATION seconds each, default 5,
 * after BENCH_WARMUP seconds of warm-up, default 2, in BENCH_ROUNDS rounds, default 3):
 *  - Omzien's `GET /api/v1/interventions` for two queries and the list page
 *    `GET /kennisbank/activiteiten?q=maatje`, on the embedded database (PGlite in a temp folder);
 *  - as the baseline for each, a bare `node:http` server answering the very bytes the app answered
 *    (same size, same content type).
 * Both servers run as child processes (`node --import tsx …`), so neither shares an event loop with
 * autocannon, which runs here in the parent. Each endpoint is measured on the app and right after
 * on the bare server (the idle one waits), so drift in the machine's load hits both sides alike;
 * that is repeated in rounds and the round with the median ratio is reported.
 *
 * Env: BENCH_DURATION, BENCH_WARMUP (seconds), BENCH_ROUNDS, BENCH_ONLY (endpoint ids, comma-separated),
 * BENCH_CPU_PROF (a folder: run the app with --cpu-prof; see bench/cpuprofile-summary.ts).
 *
 * Prints a table and the targets (API rate ≥ 30 % of the bare server's, API p99 < 50 ms) and writes
 * the figures to bench/results/latest.json. It is a measurement, not a test: it exits 0 when a
 * target is missed, and 1 only when it could not measure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = path.join(root, 'bench', 'results', 'latest.json');

const CONNECTIONS = 32;
const DURATION = seconds('BENCH_DURATION', 5);
/** Rounds of (app, then bare server) per endpoint; the round with the median ratio is reported. */
const ROUNDS = Math.max(1, Math.round(Number(process.env.BENCH_ROUNDS ?? 3)) || 3);
const WARMUP = seconds('BENCH_WARMUP', 2);
/** When set, the app child runs with `--cpu-prof` and writes its profile into this folder. */
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF?.trim()
  ? path.resolve(process.env.BENCH_CPU_PROF.trim())
  : undefined;
const TARGET_RATE_SHARE = 0.3;
const TARGET_P99_MS = 50;

interface Endpoint {
  id: string;
  label: string;
  url: string;
  /** Whether the API targets apply (the page is measured for information). */
  api: boolean;
}

const allEndpoints: Endpoint[] = [
  {
    id: 'api-maatje',
    label: 'API ?q=maatje',
    url: '/api/v1/interventions?q=maatje',
    api: true,
  },
  {
    id: 'api-vriendschappen-substantiated',
    label: 'API ?q=vriendschappen&evidence=substantiated',
    url: '/api/v1/interventions?q=vriendschappen&evidence=substantiated',
    api: true,
  },
  {
    id: 'page-maatje',
    label: 'Page /kennisbank/activiteiten?q=maatje',
    url: '/kennisbank/activiteiten?q=maatje',
    api: false,
  },
];

/** BENCH_ONLY=api-maatje,page-maatje measures just those endpoints (e.g. for a CPU profile). */
const only = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const endpoints = only?.length ? allEndpoints.filter((e) => only.includes(e.id)) : allEndpoints;
if (endpoints.length === 0) {
  throw new Error(
    `BENCH_ONLY matches no endpoint; ids: ${allEndpoints.map((e) => e.id).join(', ')}`,
  );
}

interface Sample {
  body: Buffer;
  contentType: string;
}

interface Measurement {
  url: string;
  requests: number;
  durationS: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  bodyBytes: number;
  wireBytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

function seconds(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Child {
  name: string;
  process: ChildProcess;
  output: () => string;
}

const children = new Set<Child>();
let tmpDir: string | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** Start `node --import tsx <script>` in the project folder, keeping the tail of its output. */
function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  nodeFlags: string[] = [],
): Child {
  const proc = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const child: Child = { name, process: proc, output: () => tail };
  children.add(child);
  proc.once('exit', () => children.delete(child));
  return child;
}

async function waitForHealth(child: Child, base: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(
        `${child.name} exited (${child.process.exitCode ?? child.process.signalCode}) before it was healthy:\n${child.output()}`,
      );
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name} was not healthy after ${timeoutMs} ms:\n${child.output()}`);
}

function exited(child: Child): boolean {
  return child.process.exitCode !== null || child.process.signalCode !== null;
}

/** A server that died under load would make every later figure meaningless. */
function assertRunning(child: Child): void {
  if (exited(child)) {
    throw new Error(
      `${child.name} exited during the measurement (${child.process.exitCode ?? child.process.signalCode}):\n${child.output()}`,
    );
  }
}

async function stopChild(child: Child): Promise<void> {
  const proc = child.process;
  if (exited(child)) return;
  const gone = once(proc, 'exit');
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Last resort (synchronous): on any exit of this process, no child outlives it. */
process.on('exit', () => {
  for (const child of children) child.process.kill('SIGKILL');
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers\n`);
    void Promise.allSettled([...children].map(stopChild)).then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring

async function fetchSample(base: string, url: string): Promise<Sample> {
  const res = await fetch(`${base}${url}`, { redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) {
    throw new Error(`GET ${url} answered ${res.status}: ${body.toString('utf8').slice(0, 500)}`);
  }
  return { body, contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function measure(base: string, url: string, bodyBytes: number): Promise<Measurement> {
  // Warm-up: JIT, caches, connection set-up; the figures are thrown away.
  await autocannon({ url: `${base}${url}`, connections: CONNECTIONS, duration: WARMUP });

  // autocannon's own latency histogram has whole milliseconds; record the exact times too.
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${base}${url}`,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  return {
    url,
    requests,
    durationS: result.duration,
    rps: requests / result.duration,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
    bodyBytes,
    wireBytesPerResponse: requests > 0 ? result.throughput.total / requests : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface Row {
  endpoint: Endpoint;
  app: Measurement;
  bare: Measurement;
  rateShare: number;
  targets?: { rateShareOk: boolean; p99Ok: boolean };
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '-';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function report(rows: Row[]): string {
  const header = [
    'Endpoint',
    'req/s',
    'p50 ms',
    'p99 ms',
    'body B',
    'B/resp (wire)',
    'vs bare',
    'errors',
  ];
  const cells: string[][] = [header];
  for (const row of rows) {
    for (const [who, m] of [
      ['Omzien', row.app],
      ['bare node:http', row.bare],
    ] as const) {
      cells.push([
        who === 'Omzien' ? row.endpoint.label : `  bare node:http, same ${fmt(m.bodyBytes)} B body`,
        fmt(m.rps),
        fmt(m.p50Ms, 2),
        fmt(m.p99Ms, 2),
        fmt(m.bodyBytes),
        fmt(m.wireBytesPerResponse),
        who === 'Omzien' ? `${fmt(row.rateShare * 100, 1)} %` : '',
        String(m.errors + m.non2xx),
      ]);
    }
  }
  const lines = [table(cells), '', 'Targets (API endpoints):'];
  for (const row of rows) {
    if (!row.targets) continue;
    const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    lines.push(
      `  ${row.endpoint.label}`,
      `    rate ${fmt(row.rateShare * 100, 1)} % of bare (target >= ${TARGET_RATE_SHARE * 100} %): ${mark(row.targets.rateShareOk)}`,
      `    p99 ${fmt(row.app.p99Ms, 2)} ms (target < ${TARGET_P99_MS} ms): ${mark(row.targets.p99Ok)}`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'omzien-bench-'));
  tmpDir = tmp;
  try {
    const baseEnv = { ...process.env };
    delete baseEnv.DATABASE_URL; // always the embedded database
    const log = (s: string) => process.stderr.write(`${s}\n`);
    const loadBefore = os.loadavg();
    log(
      `omzien bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per endpoint, ${os.cpus().length} CPUs, node ${process.version}, load average ${loadBefore[0]!.toFixed(2)}`,
    );
    if (loadBefore[0]! > 0.5) {
      log('note: the machine is busy before the start; the figures will be noisy');
    }

    // 1. The app on PGlite in a temp folder; keep the bytes it answers for the baseline.
    const appPort = await freePort();
    const appBase = `http://127.0.0.1:${appPort}`;
    const app = startChild(
      'Omzien',
      'src/server.ts',
      {
        ...baseEnv,
        PORT: String(appPort),
        HOST: '127.0.0.1',
        DATA_DIR: path.join(tmp, 'data'),
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
      CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
    );
    log('starting Omzien (PGlite) …');
    const startedAt = performance.now();
    await waitForHealth(app, appBase);
    const appReadyS = (performance.now() - startedAt) / 1000;
    log(`Omzien ready in ${appReadyS.toFixed(1)} s`);
    const samples = new Map<string, Sample>();
    for (const e of endpoints) samples.set(e.id, await fetchSample(appBase, e.url));

    // 2. The bare server, answering the same bytes under the same URLs.
    const routes = endpoints.map((e) => {
      const sample = samples.get(e.id)!;
      const file = path.join(tmp, `${e.id}.body`);
      writeFileSync(file, sample.body);
      return { url: e.url, file, contentType: sample.contentType };
    });
    const barePort = await freePort();
    const bareBase = `http://127.0.0.1:${barePort}`;
    const bare = startChild('bare node:http', 'bench/bare-server.ts', {
      ...baseEnv,
      PORT: String(barePort),
      HOST: '127.0.0.1',
      BENCH_BARE_ROUTES: JSON.stringify(routes),
    });
    await waitForHealth(bare, bareBase);
    for (const e of endpoints) {
      const sample = await fetchSample(bareBase, e.url);
      if (!sample.body.equals(samples.get(e.id)!.body)) {
        throw new Error(`the bare server answered other bytes for ${e.url}`);
      }
    }

    // 3. Measure each endpoint on the app and right after on the bare server, so a change in the
    // machine's load during the run hits both sides of a ratio alike. Only the server under load
    // is busy; the other one idles.
    // The machine's speed drifts (shared virtual cores), so this is done in ROUNDS rounds and
    // the round with the median ratio is reported; every round's ratio is printed too.
    const appResults = new Map<string, Measurement>();
    const bareResults = new Map<string, Measurement>();
    const roundShares = new Map<string, number[]>();
    for (const e of endpoints) {
      const size = samples.get(e.id)!.body.length;
      const rounds: { app: Measurement; bare: Measurement; share: number }[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        log(`round ${round}/${ROUNDS}: measuring Omzien ${e.url} …`);
        const appM = await measure(appBase, e.url, size);
        assertRunning(app);
        log(`round ${round}/${ROUNDS}: measuring bare node:http, same ${size} B …`);
        const bareM = await measure(bareBase, e.url, size);
        assertRunning(bare);
        rounds.push({ app: appM, bare: bareM, share: appM.rps / bareM.rps });
      }
      const byShare = [...rounds].sort((a, b) => a.share - b.share);
      const median = byShare[Math.floor((byShare.length - 1) / 2)]!;
      appResults.set(e.id, median.app);
      bareResults.set(e.id, median.bare);
      roundShares.set(
        e.id,
        rounds.map((r) => r.share),
      );
    }
    await Promise.all([stopChild(app), stopChild(bare)]);
    const loadAfter = os.loadavg();

    // 4. Report.
    const rows: Row[] = endpoints.map((endpoint) => {
      const appM = appResults.get(endpoint.id)!;
      const bareM = bareResults.get(endpoint.id)!;
      const rateShare = appM.rps / bareM.rps;
      return {
        endpoint,
        app: appM,
        bare: bareM,
        rateShare,
        ...(endpoint.api
          ? {
              targets: {
                rateShareOk: rateShare >= TARGET_RATE_SHARE,
                p99Ok: appM.p99Ms < TARGET_P99_MS,
              },
            }
          : {}),
      };
    });
    process.stdout.write(`\n${report(rows)}\n`);
    process.stdout.write(
      `\nRatio per round (${ROUNDS} rounds of ${DURATION} s; the table shows the median round):\n${endpoints
        .map(
          (e) =>
            `  ${e.label}: ${roundShares
              .get(e.id)!
              .map((x) => `${(x * 100).toFixed(1)} %`)
              .join(', ')}`,
        )
        .join('\n')}\n`,
    );
    process.stdout.write(
      `\nLoad average (1 min) before ${loadBefore[0]!.toFixed(2)}, after ${loadAfter[0]!.toFixed(2)} on ${os.cpus().length} CPUs; Omzien was ready in ${appReadyS.toFixed(1)} s.\n`,
    );
    for (const row of rows) {
      const failed = row.app.errors + row.app.non2xx + row.bare.errors + row.bare.non2xx;
      if (failed > 0) {
        process.stdout.write(
          `WARNING: ${row.endpoint.label}: ${failed} errors or non-2xx answers; the figures are suspect\n`,
        );
      }
    }

    const missed = rows.some((r) => r.targets && !(r.targets.rateShareOk && r.targets.p99Ok));
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: {
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model ?? 'unknown',
            platform: `${os.platform()} ${os.release()}`,
            node: process.version,
          },
          loadAverage1m: { before: loadBefore[0], after: loadAfter[0] },
          appReadyS,
          settings: {
            connections: CONNECTIONS,
            durationS: DURATION,
            warmupS: WARMUP,
            database: 'pglite',
          },
          targets: { rateShareOfBare: TARGET_RATE_SHARE, p99Ms: TARGET_P99_MS },
          allTargetsHold: !missed,
          results: rows.map((r) => ({
            id: r.endpoint.id,
            label: r.endpoint.label,
            url: r.endpoint.url,
            app: r.app,
            bare: r.bare,
            rateShareOfBare: r.rateShare,
            ...(r.targets ? { targets: r.targets } : {}),
          })),
        },
        null,
        2,
      )}\n`,
    );
    process.stdout.write(
      `\n${missed ? 'MISSED: at least one API target does not hold.' : 'All API targets hold.'}\nFigures written to ${path.relative(root, resultsFile)}\n`,
    );
  } finally {
    await Promise.allSettled([...children].map(stopChild));
    for (const child of children) child.process.kill('SIGKILL'); // if a stop failed
    rmSync(tmp, { recursive: true, force: true });
    tmpDir = undefined;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
