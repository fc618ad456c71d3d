/**
 * Download the open data the Monitor imports into a folder, in the formats `omzien import` reads:
 *
 * - RIVM StatLine tables (50090NED …) from the CBS OData feed (`dataderden.cbs.nl/ODataFeed`,
 *   OData v3; v4 answers are read too), only the point estimates (`Marges eq 'MW00000'`), page by
 *   page along `odata.nextLink`, written as CSV with the StatLine keys as header
 *   (`rivm_<table>_odata.csv`, so the importer names the table as the source).
 * - CBS gebiedsindelingen boundaries from the PDOK OGC API Features (CRS84 lon/lat GeoJSON), page
 *   by page along the `next` link, written as one FeatureCollection per collection
 *   (`pdok_<collection>.geojson`).
 *
 * A download is written to a hidden `.…part` file and renamed when complete, so a broken
 * download never leaves a half file that an import (which skips hidden files) would read. Next
 * links are only followed on the host the download started on.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_STATLINE_URL = 'https://dataderden.cbs.nl/ODataFeed/odata';
export const DEFAULT_PDOK_URL = 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1';
export const DEFAULT_TABLES = ['50090NED'] as const;
export const DEFAULT_COLLECTIONS = ['gemeente_gegeneraliseerd', 'wijk_gegeneraliseerd'] as const;

/** The paths below one base URL that stands in for both services (tests, a mirror). */
export function urlsFromBase(base: string): { statlineUrl: string; pdokUrl: string } {
  const root = base.replace(/\/+$/, '');
  return {
    statlineUrl: `${root}/ODataFeed/odata`,
    pdokUrl: `${root}/cbs/gebiedsindelingen/ogc/v1`,
  };
}

export interface FetchOptions {
  /** The folder to write to; created when missing. */
  target: string;
  statlineUrl?: string;
  pdokUrl?: string;
  tables?: readonly string[];
  collections?: readonly string[];
  /** Features per PDOK page (the API's maximum is 1000). */
  pageSize?: number;
  onProgress?: (line: string) => void;
}

export interface FetchedFile {
  file: string;
  /** Rows (StatLine) or features (PDOK) written. */
  records: number;
  pages: number;
}

/** Thrown for an answer that is not what the service should send; names the URL. */
export class FetchError extends Error {
  override name = 'FetchError';
}

const TIMEOUT_MS = 120_000;

export async function fetchOpenData(options: FetchOptions): Promise<FetchedFile[]> {
  const statlineUrl = (options.statlineUrl ?? DEFAULT_STATLINE_URL).replace(/\/+$/, '');
  const pdokUrl = (options.pdokUrl ?? DEFAULT_PDOK_URL).replace(/\/+$/, '');
  const progress = options.onProgress ?? (() => {});
  await mkdir(options.target, { recursive: true });
  const files: FetchedFile[] = [];
  for (const table of options.tables ?? DEFAULT_TABLES) {
    if (!/^\w+$/.test(table)) throw new FetchError(`not a StatLine table id: ${table}`);
    const filter = encodeURIComponent("Marges eq 'MW00000'");
    const url = `${statlineUrl}/${table}/TypedDataSet?$format=json&$filter=${filter}`;
    const file = path.join(options.target, `rivm_${table}_odata.csv`);
    files.push(await fetchStatline(url, file, progress));
  }
  for (const collection of options.collections ?? DEFAULT_COLLECTIONS) {
    if (!/^\w+$/.test(collection)) throw new FetchError(`not a collection name: ${collection}`);
    const limit = options.pageSize ?? 1000;
    const url = `${pdokUrl}/collections/${collection}/items?f=json&limit=${limit}`;
    const file = path.join(options.target, `pdok_${collection}.geojson`);
    files.push(await fetchFeatures(url, file, progress));
  }
  return files;
}

/** Page through an OData TypedDataSet and write it as CSV (CRLF, StatLine keys as header). */
async function fetchStatline(
  first: string,
  file: string,
  progress: (line: string) => void,
): Promise<FetchedFile> {
  return writeAtomically(file, async (write) => {
    let keys: string[] | undefined;
    let records = 0;
    let pages = 0;
    for (let url: string | undefined = first; url; ) {
      const page = (await getJson(url)) as Record<string, unknown>;
      pages++;
      const rows = page.value;
      if (!Array.isArray(rows)) throw new FetchError(`${url}: no "value" list in the answer`);
      const lines: string[] = [];
      for (const row of rows as Record<string, unknown>[]) {
        const rowKeys = Object.keys(row).filter(
          (k) => !k.startsWith('odata.') && !k.startsWith('@'),
        );
        if (!keys) {
          keys = rowKeys;
          lines.push(keys.map(csvField).join(','));
        } else if (rowKeys.join(',') !== keys.join(',')) {
          throw new FetchError(`${url}: a row with other columns than the first page`);
        }
        lines.push(keys.map((k) => csvField(row[k])).join(','));
        records++;
      }
      if (lines.length > 0) await write(`${lines.join('\r\n')}\r\n`);
      progress(`${path.basename(file)}: page ${pages}, ${records} rows`);
      const next = page['odata.nextLink'] ?? page['@odata.nextLink'];
      url = typeof next === 'string' ? sameOrigin(next, url, first) : undefined;
    }
    if (!keys) throw new FetchError(`${first}: the table has no rows`);
    return { file, records, pages };
  });
}

/** Page through OGC API Features items and write one GeoJSON FeatureCollection. */
async function fetchFeatures(
  first: string,
  file: string,
  progress: (line: string) => void,
): Promise<FetchedFile> {
  return writeAtomically(file, async (write) => {
    await write('{"type":"FeatureCollection","features":[\n');
    let records = 0;
    let pages = 0;
    for (let url: string | undefined = first; url; ) {
      const page = (await getJson(url)) as {
        type?: unknown;
        features?: unknown;
        links?: { rel?: string; href?: string }[];
      };
      pages++;
      if (page.type !== 'FeatureCollection' || !Array.isArray(page.features)) {
        throw new FetchError(`${url}: not a GeoJSON FeatureCollection`);
      }
      for (const feature of page.features) {
        await write(`${records > 0 ? ',\n' : ''}${JSON.stringify(feature)}`);
        records++;
      }
      progress(`${path.basename(file)}: page ${pages}, ${records} features`);
      const next = Array.isArray(page.links)
        ? page.links.find((l) => l.rel === 'next')?.href
        : undefined;
      url = next && page.features.length > 0 ? sameOrigin(next, url, first) : undefined;
    }
    await write('\n]}\n');
    return { file, records, pages };
  });
}

async function getJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json, application/geo+json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new FetchError(`${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new FetchError(`${url}: HTTP ${response.status} ${response.statusText}`);
  try {
    return await response.json();
  } catch {
    throw new FetchError(`${url}: the answer is not JSON`);
  }
}

/** A next link, resolved against the current page, only when it stays on the first host. */
function sameOrigin(next: string, current: string, first: string): string {
  const resolved = new URL(next, current);
  if (resolved.origin !== new URL(first).origin) {
    throw new FetchError(`${current}: the next page lies on another host (${resolved.origin})`);
  }
  return resolved.href;
}

/** CSV text of one value: empty for null, numbers as JSON writes them, text quoted when needed. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Write through a hidden part file and rename it into place only when everything succeeded. */
async function writeAtomically(
  file: string,
  fill: (write: (text: string) => Promise<void>) => Promise<FetchedFile>,
): Promise<FetchedFile> {
  const part = path.join(path.dirname(file), `.${path.basename(file)}.part`);
  const handle = await open(part, 'w');
  let result: FetchedFile;
  try {
    result = await fill(async (text) => {
      await handle.write(text);
    });
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(part, { force: true });
    throw error;
  }
  await rename(part, file);
  return result;
}
