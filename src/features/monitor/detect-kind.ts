/**
 * What kind of open data file this is, from its first bytes, not its name: users rename
 * downloads, and StatLine names every export the same way.
 */
import { open } from 'node:fs/promises';
import { parseCsv } from './csv.ts';
import { looksLikeKwb } from './import-kwb.ts';

export const FILE_KINDS = ['statline', 'kwb', 'names', 'geojson', 'topojson', 'unknown'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Enough for any header we know (the kwb header is about 6 KB) and a JSON file's opening. */
const HEAD_BYTES = 64 * 1024;

/** Read the start of a file and tell its kind. */
export async function detectFileKind(filePath: string): Promise<FileKind> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return detectKind(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The kind of a file from its first bytes (at most {@link HEAD_BYTES} are looked at). */
export function detectKind(head: Uint8Array): FileKind {
  if (head.includes(0)) return 'unknown'; // binary: a spreadsheet, an archive, an image
  let text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const start = text.trimStart();
  if (start.startsWith('{')) return jsonKind(start);
  if (start === '' || start.startsWith('[') || start.startsWith('<')) return 'unknown';
  return csvKind(text);
}

/**
 * GeoJSON or TopoJSON by the top-level `type`. The type usually comes first, but need not: a
 * Topology may start with its arcs, so its typical keys count too.
 */
function jsonKind(text: string): FileKind {
  const head = text.slice(0, 4096);
  if (/"type"\s*:\s*"Topology"/.test(head)) return 'topojson';
  if (/"type"\s*:\s*"FeatureCollection"/.test(head)) return 'geojson';
  if (/^\{\s*"(arcs|objects|transform)"\s*:/.test(head)) return 'topojson';
  if (/^\{\s*"features"\s*:/.test(head)) return 'geojson';
  return 'unknown';
}

function csvKind(text: string): FileKind {
  // Only the header: cut at the first line break outside quotes, so a cut-off later line
  // (the head ends anywhere) cannot make the CSV reader fail.
  let end = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'unknown'; // no complete header line in the head
  let header: string[];
  try {
    header = (parseCsv(text.slice(0, end))[0]?.fields ?? []).map((f) => f.trim());
  } catch {
    return 'unknown';
  }
  if (header.length < 2) return 'unknown';
  if (header.includes('WijkenEnBuurten') && header.includes('Perioden')) return 'statline';
  const lower = header.map((h) => h.toLowerCase());
  if (looksLikeKwb(header)) return 'kwb';
  if (lower.includes('statcode') && lower.includes('statnaam')) return 'names';
  return 'unknown';
}
