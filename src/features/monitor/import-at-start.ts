/**
 * Import the open data folder (OMZIEN_OPEN_DATA_DIR) when the app starts, once: the names, sizes
 * and modification times of its files are hashed and kept in `content_meta` under
 * `open-data:<absolute path>`; a start with the same hash imports nothing. A changed, added or
 * removed file imports the folder again, which is cheap where nothing changed (the importers
 * only rewrite differing rows).
 *
 * Instances that start together take turns on a PostgreSQL advisory lock; the ones that wait
 * find the new hash and skip. A refused or unknown file is logged, and the hash is still stored:
 * the same file would be refused again at every start. An error (the database gone) stores
 * nothing, so the next start tries again.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import { type FileImport, importPath, listFiles } from './import-path.ts';
import { describeReport } from './import-statline.ts';

export interface StartImport {
  status: 'imported' | 'unchanged' | 'missing';
  results: FileImport[];
}

/** Problems logged per refused file; the rest is in `omzien import`'s output. */
const LOGGED_PROBLEMS = 5;

/**
 * Import everything in `dir` unless the same files were imported before. `exclude` leaves out
 * folders inside it (the app's DATA_DIR, whose files change at every start).
 */
export async function importOpenDataAtStart(
  db: Db,
  dir: string,
  log: (line: string) => void,
  options: { exclude?: readonly string[] } = {},
): Promise<StartImport> {
  const exclude = options.exclude ?? [];
  const folder = path.resolve(dir);
  try {
    await stat(folder);
  } catch {
    log(`open data: ${folder} does not exist; nothing imported`);
    return { status: 'missing', results: [] };
  }
  const key = `open-data:${folder}`;
  const hash = await folderHash(folder, exclude);

  // One connection for lock, imports and unlock: a session advisory lock belongs to the
  // connection that took it.
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${key}))`.execute(conn);
    try {
      const stored = await conn
        .selectFrom('content_meta')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      if (stored?.value === hash) {
        log(`open data: ${folder} unchanged since the last import; skipped`);
        return { status: 'unchanged', results: [] };
      }
      const started = performance.now();
      log(`open data: importing ${folder}`);
      const results = await importPath(conn, folder, {
        exclude,
        onProgress(event) {
          if (event.phase !== 'done') return;
          const { report, kind, path: file } = event.result;
          const shown = { ...report, file: path.relative(folder, file) || report.file };
          if (kind === 'unknown') {
            log(`open data: ${shown.file}: not a known kind of file; not imported`);
            return;
          }
          const lines = describeReport({
            ...shown,
            problems: report.problems.slice(0, LOGGED_PROBLEMS),
          }).split('\n');
          for (const line of lines) log(`open data: ${line}`);
        },
      });
      await conn
        .insertInto('content_meta')
        .values({ key, value: hash })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: sql`now()` }))
        .execute();
      const imported = results.filter((r) => r.report.status === 'imported').length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        `open data: ${imported} of ${results.length} files imported from ${folder} in ${seconds} s`,
      );
      return { status: 'imported', results };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(conn);
    }
  });
}

/** SHA-256 over each file's relative path, size and modification time, in path order. */
async function folderHash(folder: string, exclude: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const base = (await stat(folder)).isDirectory() ? folder : path.dirname(folder);
  for (const file of await listFiles(folder, exclude)) {
    const info = await stat(file);
    hash.update(`${path.relative(base, file)}\0${info.size}\0${Math.trunc(info.mtimeMs)}\n`);
  }
  return hash.digest('hex');
}
