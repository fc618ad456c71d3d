#!/usr/bin/env node
/**
 * The one test command (`npm test`):
 *   1. unit, content and HTTP integration tests on the embedded database (PGlite);
 *   2. the integration tests again on a throwaway PostgreSQL server;
 *   3. the browser journeys in Chromium with axe scans.
 * Steps 2 and 3 need PostgreSQL 15 and Chromium from Debian (`.ci/run` installs them). In CI
 * (CI=true) a missing one fails the run; elsewhere the step is left out with a loud note.
 * `npm test -- pglite|postgres|e2e` runs one step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';

function find(dir, pattern) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name)) out.push(path.relative(root, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

function run(label, files, env = {}) {
  console.log(`\n=== ${label} (${files.length} files) ===`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  return result.status === 0;
}

function missing(what, how) {
  const message = `${what} is not installed: ${how}`;
  if (ci) {
    console.error(`FAIL: ${message}`);
    return false;
  }
  console.warn(`\n!!! NOT RUN: ${message}\n`);
  return true;
}

let ok = true;
const unitAndInt = [
  ...find(path.join(root, 'src'), /\.(unit|int)\.test\.tsx?$/),
  ...find(path.join(root, 'content'), /\.test\.ts$/),
];
const intOnly = find(path.join(root, 'src'), /\.int\.test\.tsx?$/);
const e2e = find(path.join(root, 'e2e'), /\.e2e\.test\.ts$/);
const only = process.argv[2];

if (!only || only === 'pglite') {
  ok = run('Unit, content and integration tests on PGlite', unitAndInt) && ok;
}

if (!only || only === 'postgres') {
  const pgScript = path.resolve(root, '..', 'shared', 'scripts', 'pg-throwaway.sh');
  const pgBin = '/usr/lib/postgresql/15/bin/initdb';
  if (process.env.TEST_DATABASE_URL) {
    ok = run('Integration tests on PostgreSQL (TEST_DATABASE_URL)', intOnly) && ok;
  } else if (!existsSync(pgBin) || !existsSync(pgScript)) {
    ok =
      missing(
        'PostgreSQL 15 (or ../shared/scripts/pg-throwaway.sh)',
        'apt-get install -y postgresql-15',
      ) && ok;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'omzien-pg-'));
    const port = String(55000 + Math.floor(Math.random() * 900));
    const start = spawnSync('bash', [pgScript, 'start', dir, port], { encoding: 'utf8' });
    if (start.status !== 0) {
      console.error(`FAIL: could not start PostgreSQL: ${start.stderr}`);
      ok = false;
    } else {
      const url = start.stdout.trim().split('\n').pop();
      try {
        ok =
          run(`Integration tests on PostgreSQL 15 (${url})`, intOnly, {
            TEST_DATABASE_URL: url,
          }) && ok;
      } finally {
        spawnSync('bash', [pgScript, 'stop', dir], { stdio: 'inherit' });
      }
    }
  }
}

if (!only || only === 'e2e') {
  if (!existsSync('/usr/bin/chromium')) {
    ok = missing('Chromium (/usr/bin/chromium)', 'apt-get install -y chromium') && ok;
  } else {
    ok = run('End-to-end journeys in Chromium', e2e) && ok;
  }
}

console.log(ok ? '\nAll test runs passed.' : '\nSome test runs FAILED.');
process.exit(ok ? 0 : 1);
