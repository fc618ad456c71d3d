/**
 * Import one open data file, or every file in a folder and its subfolders, each with the
 * importer its kind needs (detect-kind.ts). Files are imported one after another in a fixed
 * order: StatLine exports first (they create the areas), then Kerncijfers, then names and
 * boundaries (which name areas that exist); within a kind by path. Each file is its own
 * transaction: a refused file does not stop the others and leaves nothing behind.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../platform/db/database.ts';
import { detectFileKind, type FileKind } from './detect-kind.ts';
import { importBoundariesFile } from './import-boundaries.ts';
import { importKwbFile } from './import-kwb.ts';
import { importNamesFile } from './import-names.ts';
import { type ImportReport, importStatlineFile, startReport } from './import-statline.ts';

export interface FileImport {
  /** The path as found (the folder joined with the file's relative path). */
  path: string;
  kind: FileKind;
  report: ImportReport;
}

export type ImportProgress =
  | { phase: 'start'; path: string; kind: FileKind; index: number; total: number }
  | { phase: 'done'; result: FileImport; index: number; total: number };

export interface ImportPathOptions {
  onProgress?: (event: ImportProgress) => void;
  /** The year for boundary and Kerncijfers files that carry none. */
  year?: number;
  /** Folders to leave out, e.g. the embedded database's DATA_DIR when it lies inside. */
  exclude?: readonly string[];
}

const ORDER: Record<FileKind, number> = {
  statline: 0,
  kwb: 1,
  names: 2,
  geojson: 3,
  topojson: 3,
  unknown: 4,
};

/**
 * The files under a path: the path itself when it is a file. Hidden files and folders (such as
 * the `.…part` files of a running download) and the `exclude` folders are left out.
 */
export async function listFiles(
  target: string,
  exclude: readonly string[] = [],
): Promise<string[]> {
  const excluded = exclude.map((dir) => path.resolve(dir));
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(target, full);
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (excluded.some((dir) => !path.relative(dir, full).startsWith('..'))) continue;
    files.push(full);
  }
  return files.sort();
}

/** Detect the kind of every file under `target` and import them in order. */
export async function importPath(
  db: Db,
  target: string,
  options: ImportPathOptions = {},
): Promise<FileImport[]> {
  const files = await listFiles(target, options.exclude);
  const kinds = await Promise.all(
    files.map(async (file) => ({ file, kind: await detectFileKind(file) })),
  );
  kinds.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.file < b.file ? -1 : 1));
  const results: FileImport[] = [];
  for (const [index, { file, kind }] of kinds.entries()) {
    options.onProgress?.({ phase: 'start', path: file, kind, index, total: kinds.length });
    const report = await importOne(db, file, kind, options);
    const result = { path: file, kind, report };
    results.push(result);
    options.onProgress?.({ phase: 'done', result, index, total: kinds.length });
  }
  return results;
}

async function importOne(
  db: Db,
  file: string,
  kind: FileKind,
  options: ImportPathOptions,
): Promise<ImportReport> {
  switch (kind) {
    case 'statline':
      return importStatlineFile(db, file);
    case 'kwb':
      return importKwbFile(db, file, { year: options.year });
    case 'names':
      return importNamesFile(db, file);
    case 'geojson':
    case 'topojson':
      return importBoundariesFile(db, file, { year: options.year });
    case 'unknown': {
      const { problem, done } = startReport(path.basename(file), '');
      problem({
        line: 1,
        column: null,
        reason:
          'not a known kind of file (a StatLine or Kerncijfers CSV export, a names CSV, ' +
          'GeoJSON or TopoJSON)',
      });
      return done();
    }
  }
}
