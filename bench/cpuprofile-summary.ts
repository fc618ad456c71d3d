/**
 * Summarise a V8 `.cpuprofile` (e.g. from `BENCH_CPU_PROF=/tmp/prof npm run bench`):
 * self time per area (PGlite, Kysely, Fastify, zod, preact, our code, GC, idle, …) and the
 * functions with the most inclusive time.
 *
 *   node --import tsx bench/cpuprofile-summary.ts /tmp/prof/CPU.….cpuprofile [top] [skip]
 *
 * `skip`: seconds at the start of the profile to leave out (the app's start-up, which the bench
 * prints as "ready in … s").
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: cpuprofile-summary.ts <file.cpuprofile> [top] [skip seconds]\n');
  process.exit(2);
}
const top = Number(process.argv[3] ?? 30);
const skipUs = Number(process.argv[4] ?? 0) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map<number, ProfileNode>();
const parent = new Map<number, number>();
for (const node of profile.nodes) {
  byId.set(node.id, node);
  for (const child of node.children ?? []) parent.set(child, node.id);
}

function area(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) {
    if (functionName.startsWith('(')) return functionName; // (idle), (garbage collector), (program)
    return 'native/builtin';
  }
  if (url.startsWith('wasm://')) return 'PGlite WASM (postgres)';
  const areas: [RegExp, string][] = [
    [/@electric-sql\/pglite/, 'PGlite JS'],
    [/node_modules\/kysely/, 'Kysely'],
    [
      /node_modules\/(fastify|@fastify|find-my-way|light-my-request|avvio|fast-json-stringify)/,
      'Fastify',
    ],
    [/node_modules\/(helmet|@fastify\/helmet)/, 'helmet'],
    [/node_modules\/zod/, 'zod'],
    [/node_modules\/preact/, 'preact'],
    [/node_modules\/(pino|sonic-boom|thread-stream)/, 'pino'],
    [/node_modules\/tsx/, 'tsx'],
    [/node_modules\//, 'other node_modules'],
    [/\/src\/platform\/db\//, 'src/platform/db'],
    [/\/src\//, 'src (our code)'],
    [/^node:/, 'node internals'],
  ];
  for (const [re, name] of areas) if (re.test(url)) return name;
  return url;
}

const selfByArea = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let elapsed = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  elapsed += dt;
  if (elapsed < skipUs) continue;
  const leaf = byId.get(profile.samples[i]!);
  if (!leaf) continue;
  total += dt;
  const a = area(leaf);
  selfByArea.set(a, (selfByArea.get(a) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const busy = total - (selfByArea.get('(idle)') ?? 0);
process.stdout.write(
  `profile: ${(total / 1e6).toFixed(2)} s sampled, ${(busy / 1e6).toFixed(2)} s busy (${pct(busy)})\n\nself time by area:\n`,
);
for (const [name, us] of [...selfByArea].sort((a, b) => b[1] - a[1])) {
  process.stdout.write(`  ${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`);
}
process.stdout.write(`\ntop ${top} functions by inclusive time:\n`);
for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`  ${pct(us)}  ${name}\n`);
}
