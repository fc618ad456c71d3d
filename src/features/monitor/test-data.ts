/**
 * For tests: the open data in `../shared/data/` beside the repository (see its README). Users
 * download these files themselves; they are not part of the repository. A missing folder fails
 * the test with a clear message rather than skipping it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const sharedDataDir = path.resolve(repoRoot, '..', 'shared', 'data');

/** The path of a file in `../shared/data/gezondheidsmonitor/`; throws when it is not there. */
export function gezondheidsmonitorFile(name: string): string {
  const file = path.join(sharedDataDir, 'gezondheidsmonitor', name);
  if (!existsSync(file)) {
    throw new Error(
      `The shared open data is missing: ${file} does not exist. The Monitor tests need the RIVM ` +
        `StatLine exports in ${sharedDataDir}/gezondheidsmonitor/ (see the README there).`,
    );
  }
  return file;
}

/** `rivm_50090NED_<year>_<age>_all_indicators.csv`, age as in the file names: 18plus, 65plus. */
export function statlineFile(year: number, age: '18plus' | '65plus'): string {
  return gezondheidsmonitorFile(`rivm_50090NED_${year}_${age}_all_indicators.csv`);
}

/** The path of a file in `../shared/data/<folder>/`; throws when it is not there. */
export function sharedFile(
  folder: 'geo' | 'kwb' | 'codes' | 'gezondheidsmonitor',
  name: string,
): string {
  const file = path.join(sharedDataDir, folder, name);
  if (!existsSync(file)) {
    throw new Error(
      `The shared open data is missing: ${file} does not exist. The Monitor tests need the open ` +
        `data files in ${sharedDataDir}/${folder}/ (see ${sharedDataDir}/README.md).`,
    );
  }
  return file;
}

export const ALL_STATLINE_FILES = [
  [2012, '18plus'],
  [2016, '18plus'],
  [2016, '65plus'],
  [2020, '18plus'],
  [2020, '65plus'],
] as const;

/** Empty the Monitor's tables (the PostgreSQL run shares one database between test files). */
export async function clearMonitor(db: Db): Promise<void> {
  await sql`delete from area_facts`.execute(db);
  await sql`delete from area_geometries`.execute(db);
  await sql`delete from area_indicators`.execute(db);
  await sql`delete from areas`.execute(db);
}
