/**
 * Benchmark of the Monitor's rendering (`node --import tsx bench/monitor.bench.ts`).
 *
 * Measures, in one run, on PGlite in memory with the shared open data imported (StatLine 2020
 * 18+ with its health facts, wijk names, the 2020 wijk boundaries, kwb 2020):
 *  1. the municipality page `/monitor/gemeente/GM0014` through the whole app (Fastify inject:
 *     routing, queries, risk scores, map, render-to-string), time per request and size in bytes
 *     (raw and gzipped); baseline: a simple page of the same app in the same run (`/kennisbank`,
 *     memoised content, no map);
 *  2. the choropleth of all 3,177 wijken of the Netherlands (`renderChoropleth`: rewinding,
 *     quantile classes, patterns, pixel thinning, titles, legend); baseline: the same features
 *     drawn with plain d3 `geoPath` on the same fitted projection (default 3 digits, no classes,
 *     no titles, no legend), wrapped in a bare `<svg>`.
 * Each is run BENCH_WARMUP times (default 2) without measuring, then BENCH_ITER times (default 10),
 * interleaved with its baseline so drift in the machine's load hits both alike. Prints the median
 * and p90 per render, the sizes, and the ratios. It is a measurement, not a test: it asserts no
 * timing, and exits 1 only when it could not measure (missing data, a failed import or request).
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { renderChoropleth } from '../src/features/monitor/choropleth.ts';
import { importBoundariesFile } from '../src/features/monitor/import-boundaries.ts';
import { importKwbFile } from '../src/features/monitor/import-kwb.ts';
import { importNamesFile } from '../src/features/monitor/import-names.ts';
import { describeReport, importStatlineFile } from '../src/features/monitor/import-statline.ts';
import {
  getMunicipalityReport,
  getRiskSection,
} from '../src/features/monitor/municipality-report.ts';
import { sharedFile, statlineFile } from '../src/features/monitor/test-data.ts';

const ITER = Math.max(1, Math.round(Number(process.env.BENCH_ITER ?? 10)) || 10);
const WARMUP = Math.max(0, Math.round(Number(process.env.BENCH_WARMUP ?? 2)) || 0);

interface Stats {
  median: number;
  p90: number;
  min: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p90: at(0.9), min: s[0]! };
}

/** Run `a` and `b` alternately; returns the samples (ms) of each and their last outputs. */
async function pair<T>(
  a: () => Promise<T> | T,
  b: () => Promise<T> | T,
): Promise<{ a: Stats; b: Stats; outA: T; outB: T }> {
  let outA!: T;
  let outB!: T;
  for (let i = 0; i < WARMUP; i++) {
    outA = await a();
    outB = await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < ITER; i++) {
    let t0 = performance.now();
    outA = await a();
    sa.push(performance.now() - t0);
    t0 = performance.now();
    outB = await b();
    sb.push(performance.now() - t0);
  }
  return { a: stats(sa), b: stats(sb), outA, outB };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function row(label: string, s: Stats, body: string): string[] {
  const bytes = Buffer.byteLength(body);
  return [label, ms(s.median), ms(s.p90), kb(bytes), kb(gzipSync(body).length)];
}

function printTable(rows: string[][]): void {
  const header = ['', 'median', 'p90', 'bytes', 'gzip'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const r of all)
    console.log(
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    );
}

async function main(): Promise<void> {
  const config = loadConfig({
    DATA_DIR: 'memory',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const app = await buildApp(config);
  try {
    const { db } = app.database;
    console.log(
      'Importing the shared open data (StatLine 2020 18+, names, wijk boundaries, kwb) …',
    );
    const t0 = performance.now();
    for (const report of [
      await importStatlineFile(db, statlineFile(2020, '18plus')),
      await importNamesFile(db, sharedFile('geo', 'wijk_2020_names.csv')),
      await importBoundariesFile(db, sharedFile('geo', 'wijk_2020.topojson')),
      await importKwbFile(db, sharedFile('kwb', 'kwb_2020_gemeenten_all.csv')),
    ]) {
      if (report.status !== 'imported') throw new Error(describeReport(report));
    }
    console.log(
      `… done in ${((performance.now() - t0) / 1000).toFixed(1)} s. ${ITER} runs each after ${WARMUP} warm-up runs.\n`,
    );

    // 1. The municipality page against a simple page of the same app.
    const inject = async (url: string) => {
      const res = await app.http.inject({ method: 'GET', url });
      if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode}`);
      return res.body;
    };
    const pages = await pair(
      () => inject('/monitor/gemeente/GM0014'),
      () => inject('/kennisbank'),
    );

    // 1b. Where the page's time goes: its reads (report + risk scores) alone, same run.
    const reads = await pair(
      async () => {
        const report = await getMunicipalityReport(db, 'GM0014');
        await getRiskSection(db, report, 2020, '18+');
        return '';
      },
      () => '',
    );

    // 2. The national wijk map against plain geoPath.
    const rows = await db
      .selectFrom('area_geometries as g')
      .leftJoin('area_indicators as i', (join) =>
        join
          .onRef('i.area_code', '=', 'g.area_code')
          .on('i.year', '=', 2020)
          .on('i.age', '=', '18+'),
      )
      .leftJoin('areas as a', 'a.code', 'g.area_code')
      .select(['g.area_code', 'g.geometry', 'g.name', 'a.name as areaName', 'i.lonely'])
      .where('g.level', '=', 'district')
      .where('g.year', '=', 2020)
      .orderBy('g.area_code')
      .execute();
    const areas = rows.map((r) => ({
      code: r.area_code,
      name: r.areaName ?? r.name ?? r.area_code,
      geometry: (typeof r.geometry === 'string' ? JSON.parse(r.geometry) : r.geometry) as Geometry,
      value: r.lonely === null ? null : Number(r.lonely),
    }));
    const ours = () =>
      renderChoropleth(areas, {
        id: 'nl',
        title: 'Eenzaam, 18 jaar en ouder, 2020: kaart van alle wijken van Nederland',
        description: `Kaart met ${areas.length} wijken in vijf klassen.`,
        legendTitle: 'Eenzaam, 18 jaar en ouder, 2020 (%)',
        credits: [
          'Kaart: Kadaster / CBS, 2020',
          "Bron: Gezondheidsmonitor Volwassenen en Ouderen 2020, GGD'en, CBS en RIVM",
        ],
      }).svg;
    const plain = () => {
      const features: Feature[] = areas.map((a) => ({
        type: 'Feature',
        properties: {},
        geometry: a.geometry,
      }));
      const projection = geoMercator().fitExtent(
        [
          [4, 4],
          [476, 516],
        ],
        { type: 'FeatureCollection', features },
      );
      const path = geoPath(projection);
      const parts = features.map((f) => `<path d="${path(f) ?? ''}"/>`);
      return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 520">${parts.join('')}</svg>`;
    };
    const maps = await pair(ours, plain);

    console.log(
      'Municipality page (whole app, Fastify inject) against a simple page of the same app',
    );
    printTable([
      row('/monitor/gemeente/GM0014', pages.a, pages.outA),
      row('/kennisbank (baseline)', pages.b, pages.outB),
    ]);
    console.log(
      `ratio (median time): ${(pages.a.median / pages.b.median).toFixed(2)}×, ` +
        `ratio (bytes): ${(Buffer.byteLength(pages.outA) / Buffer.byteLength(pages.outB)).toFixed(2)}×`,
    );
    console.log(
      `of which the reads (report + risk scores, 9 queries on PGlite): median ${ms(reads.a.median)}, ` +
        `p90 ${ms(reads.a.p90)}; the rest is map, HTML rendering and Fastify\n`,
    );
    console.log(
      `Choropleth of all ${areas.length} wijken (${areas.filter((a) => a.value === null).length} without a value)`,
    );
    printTable([
      row('renderChoropleth', maps.a, maps.outA),
      row('plain geoPath (baseline)', maps.b, maps.outB),
    ]);
    console.log(
      `ratio (median time): ${(maps.a.median / maps.b.median).toFixed(2)}×, ` +
        `ratio (bytes): ${(Buffer.byteLength(maps.outA) / Buffer.byteLength(maps.outB)).toFixed(2)}×`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error('The benchmark could not measure:', error);
  process.exitCode = 1;
});
