/**
 * Import area boundaries into `area_geometries`: GeoJSON FeatureCollections (the CBS wijk- en
 * buurtkaart via PDOK, the CBS gebiedsindelingen) and TopoJSON (cartomap's `wijk_2020`, turned
 * into GeoJSON features with topojson-client).
 *
 * - The code, name and year are read from the property names these products use (`statcode`,
 *   `gm_code`, `gemeentecode`, …); the year from `jaar`, from the prefix of `jrstatcode`
 *   (`2024GM0014`), else from `options.year`, else from a year in the file name.
 * - Every feature is validated first: the area code, a gemeente code that fits it, a Polygon or
 *   MultiPolygon of finite lon/lat positions within the rough bounds of the Netherlands (so a file
 *   in RD coordinates is refused, not drawn in the ocean), no (code, year) twice. Any problem
 *   refuses the whole file, naming the feature index and property; nothing is written.
 * - Coordinates are rounded to 5 decimals (about 1 m): finer is noise at map scale and only
 *   makes the rows bigger. Repeated positions this leaves are dropped.
 * - Upserted by (code, year), only rewritten when something differs: importing twice changes
 *   nothing. Boundaries do not create areas (figures do), but an area still named by its code
 *   gets the feature's name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { sql } from 'kysely';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Db } from '../../platform/db/database.ts';
import type { AreaLevel } from '../../platform/db/schema.ts';
import { AREA_CODE_DESCRIPTION, AREA_CODE_PATTERN, levelOf, municipalityOf } from './areas.ts';
import { updateNames } from './import-names.ts';
import { type ImportReport, startReport, yearInFileName } from './import-statline.ts';

export interface BoundariesOptions {
  /** The boundary year when the features do not carry one (`jaar`, `jrstatcode`). */
  year?: number;
}

/** Property names per meaning, in order of preference. */
const CODE_PROPERTIES = [
  'statcode',
  'gemeentecode',
  'gm_code',
  'wijkcode',
  'wk_code',
  'buurtcode',
  'bu_code',
];
const NAME_PROPERTIES = [
  'statnaam',
  'gemeentenaam',
  'gm_naam',
  'wijknaam',
  'wk_naam',
  'buurtnaam',
  'bu_naam',
];
const MUNICIPALITY_PROPERTIES = ['gm_code', 'gemeentecode'];

/** Rough bounds of the Netherlands with its coastal waters, in WGS84 degrees. */
const BOUNDS = { minLon: 3.0, maxLon: 7.5, minLat: 50.5, maxLat: 54.0 };
const DECIMALS = 1e5;
const BATCH_SIZE = 500;

interface GeometryRow {
  area_code: string;
  year: number;
  level: AreaLevel;
  name: string | null;
  municipality_code: string | null;
  geometry: Polygon | MultiPolygon;
  source: string;
}

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** Read and import one GeoJSON or TopoJSON file. */
export async function importBoundariesFile(
  db: Db,
  filePath: string,
  options: BoundariesOptions = {},
): Promise<ImportReport> {
  const text = await readFile(filePath, 'utf8');
  return importBoundaries(db, text, path.basename(filePath), options);
}

/** Import GeoJSON or TopoJSON text; `file` names it in the report (and may carry the year). */
export async function importBoundaries(
  db: Db,
  text: string,
  file: string,
  options: BoundariesOptions = {},
): Promise<ImportReport> {
  const { report, problem, done } = startReport(file, 'Kadaster / CBS');
  const whole = (reason: string) => {
    problem({ line: 1, column: null, reason });
    return done();
  };

  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return whole(`not JSON: ${(error as Error).message}`);
  }
  const features = readFeatures(json);
  if (typeof features === 'string') return whole(features);
  if (features.length === 0) return whole('the file has no features');

  const fallbackYear = options.year ?? yearInFileName(file);
  const layer = 'rubriek' in features[0]!.properties ? 'gebiedsindelingen' : 'wijk- en buurtkaart';

  const rows: GeometryRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, feature] of features.entries()) {
    report.rows++;
    const found: { column: string; reason: string }[] = [];
    const props = feature.properties;
    const codeKey = CODE_PROPERTIES.find((k) => typeof props[k] === 'string');
    const code = codeKey ? String(props[codeKey]).trim() : '';
    if (!codeKey) found.push({ column: CODE_PROPERTIES[0]!, reason: 'no area code property' });
    else if (!AREA_CODE_PATTERN.test(code)) {
      found.push({ column: codeKey, reason: `not an area code (${AREA_CODE_DESCRIPTION})` });
    }
    const nameKey = NAME_PROPERTIES.find((k) => typeof props[k] === 'string');
    const name = nameKey ? String(props[nameKey]).trim() || null : null;
    const year = yearOf(props) ?? fallbackYear;
    if (year === undefined) {
      found.push({
        column: 'jaar',
        reason: 'no year: not in the properties, the file name or --year',
      });
    } else if (!Number.isInteger(year) || year < 1900 || year > 2999) {
      found.push({ column: 'jaar', reason: `not a year (${year})` });
    }
    const valid = AREA_CODE_PATTERN.test(code);
    for (const key of MUNICIPALITY_PROPERTIES) {
      const value = props[key];
      if (key === codeKey || value === undefined || value === null || !valid) continue;
      if (String(value).trim() !== municipalityOf(code)) {
        found.push({ column: key, reason: `${String(value)} does not fit area code ${code}` });
      }
    }
    const geometry = checkGeometry(feature.geometry);
    if (typeof geometry === 'string') found.push({ column: 'geometry', reason: geometry });
    if (found.length === 0 && year !== undefined) {
      const key = `${code}|${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        found.push({ column: codeKey!, reason: `${code} ${year} is also feature ${earlier}` });
      }
      seen.set(key, index);
    }
    if (found.length > 0 || typeof geometry === 'string' || year === undefined) {
      report.refused++;
      for (const f of found) problem({ line: 0, feature: index, ...f });
      continue;
    }
    rows.push({
      area_code: code,
      year,
      level: levelOf(code),
      name,
      municipality_code: municipalityOf(code),
      geometry,
      source: `Kadaster / CBS, ${layer} ${year}`,
    });
  }
  if (report.refused > 0) return done();

  report.source = rows[0]!.source;
  report.areas = new Set(rows.map((r) => r.area_code)).size;
  const named = rows.flatMap((r) => (r.name ? [{ code: r.area_code, name: r.name }] : []));
  report.taken = await db.transaction().execute(async (trx) => {
    let taken = 0;
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      taken += await upsertGeometries(trx, rows.slice(i, i + BATCH_SIZE));
    }
    await updateNames(trx, named, { onlyCodeNames: true });
    return taken;
  });
  report.unchanged = rows.length - report.taken;
  report.status = 'imported';
  return done();
}

/** The features of a GeoJSON FeatureCollection or of every object of a TopoJSON Topology. */
function readFeatures(json: unknown): RawFeature[] | string {
  if (typeof json !== 'object' || json === null || !('type' in json)) {
    return 'not GeoJSON or TopoJSON (no "type")';
  }
  const toRaw = (f: unknown): RawFeature => {
    const o = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    const properties = o.properties;
    return {
      properties:
        typeof properties === 'object' && properties !== null
          ? (properties as Record<string, unknown>)
          : {},
      geometry: o.geometry,
    };
  };
  if (json.type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features)) return 'a FeatureCollection without a "features" list';
    return features.map(toRaw);
  }
  if (json.type === 'Topology') {
    const topology = json as Topology;
    if (typeof topology.objects !== 'object' || topology.objects === null) {
      return 'a Topology without "objects"';
    }
    const out: RawFeature[] = [];
    try {
      for (const object of Object.values(topology.objects)) {
        const converted = topoFeature(topology, object) as
          | GeoJSON.Feature
          | GeoJSON.FeatureCollection;
        const list = converted.type === 'FeatureCollection' ? converted.features : [converted];
        out.push(...list.map(toRaw));
      }
    } catch (error) {
      return `a damaged Topology: ${(error as Error).message}`;
    }
    return out;
  }
  return `not a FeatureCollection or a Topology (type ${JSON.stringify(json.type)})`;
}

/** `jaar` (a number or digits), else the 4-digit prefix of `jrstatcode`. */
function yearOf(props: Record<string, unknown>): number | undefined {
  const jaar = props.jaar;
  if (typeof jaar === 'number') return jaar;
  if (typeof jaar === 'string' && /^\d{4}$/.test(jaar.trim())) return Number(jaar.trim());
  const prefix = typeof props.jrstatcode === 'string' ? /^(\d{4})/.exec(props.jrstatcode) : null;
  return prefix ? Number(prefix[1]) : undefined;
}

/** The geometry, checked and rounded; or why it cannot be stored. */
function checkGeometry(geometry: unknown): Polygon | MultiPolygon | string {
  if (typeof geometry !== 'object' || geometry === null) return 'no geometry';
  const g = geometry as Geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return `a ${String(g.type)}, not a Polygon or MultiPolygon`;
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'no coordinates';
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'a polygon without rings';
    const rings: Position[][] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring)) return 'a ring that is not a list of positions';
      const rounded: Position[] = [];
      for (const position of ring) {
        const problem = checkPosition(position);
        if (problem) return problem;
        const [lon, lat] = position as [number, number];
        const p: Position = [
          Math.round(lon * DECIMALS) / DECIMALS,
          Math.round(lat * DECIMALS) / DECIMALS,
        ];
        const last = rounded[rounded.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
      }
      const first = rounded[0];
      const last = rounded[rounded.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        return 'a ring that is not closed';
      }
      if (rounded.length >= 4) rings.push(rounded);
      else if (rings.length === 0) return 'an outer ring with fewer than 4 positions';
      // A hole that shrank below 4 positions when rounded is below map precision: dropped.
    }
    out.push(rings);
  }
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: out[0]! }
    : { type: 'MultiPolygon', coordinates: out };
}

function checkPosition(position: unknown): string | null {
  if (!Array.isArray(position) || position.length < 2) return 'a position that is not [lon, lat]';
  const [lon, lat] = position as unknown[];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat)
  ) {
    return `a position that is not two finite numbers (${JSON.stringify(position)})`;
  }
  if (lon < BOUNDS.minLon || lon > BOUNDS.maxLon || lat < BOUNDS.minLat || lat > BOUNDS.maxLat) {
    return `position [${lon}, ${lat}] lies outside the Netherlands (WGS84 lon/lat expected)`;
  }
  return null;
}

/** Insert or change geometries; returns how many were inserted or changed. */
async function upsertGeometries(db: Db, rows: GeometryRow[]): Promise<number> {
  const json = JSON.stringify(rows);
  const r = await sql<{ n: number }>`
    with written as (
      insert into area_geometries (area_code, year, level, name, municipality_code, geometry, source)
      select area_code, year, level, name, municipality_code, geometry, source
      from json_to_recordset(${json}::json) as r(area_code text, year integer, level text,
        name text, municipality_code text, geometry jsonb, source text)
      on conflict (area_code, year) do update
        set level = excluded.level, name = excluded.name,
            municipality_code = excluded.municipality_code,
            geometry = excluded.geometry, source = excluded.source
        where (area_geometries.level, area_geometries.name, area_geometries.municipality_code,
               area_geometries.geometry, area_geometries.source)
          is distinct from (excluded.level, excluded.name, excluded.municipality_code,
               excluded.geometry, excluded.source)
      returning 1
    )
    select count(*)::int as n from written`.execute(db);
  return r.rows[0]?.n ?? 0;
}
