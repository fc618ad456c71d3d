/**
 * For the Monitor page tests and the benchmark: fill the database from the shared open data with
 * the real importers (figures and health facts of every StatLine export, wijk names, the
 * municipality and wijk boundaries of 2020, the kwb 2020 Kerncijfers). A missing file fails with
 * the message of `test-data.ts`; a refused file fails with the importer's report.
 */
import assert from 'node:assert/strict';
import type { Db } from '../../../platform/db/database.ts';
import { importBoundariesFile } from '../import-boundaries.ts';
import { importKwbFile } from '../import-kwb.ts';
import { importNamesFile } from '../import-names.ts';
import { describeReport, type ImportReport, importStatlineFile } from '../import-statline.ts';
import { ALL_STATLINE_FILES, sharedFile, statlineFile } from '../test-data.ts';

function imported(report: ImportReport): void {
  assert.equal(report.status, 'imported', describeReport(report));
}

/** Everything the Monitor pages show. Takes some seconds (five StatLine files). */
export async function importMonitorData(db: Db): Promise<void> {
  for (const [year, age] of ALL_STATLINE_FILES) {
    imported(await importStatlineFile(db, statlineFile(year, age)));
  }
  imported(await importNamesFile(db, sharedFile('geo', 'wijk_2020_names.csv')));
  imported(await importBoundariesFile(db, sharedFile('geo', 'wijk_2020.topojson')));
  imported(await importBoundariesFile(db, sharedFile('geo', 'gemeenten_2020_kwb2020.geojson')));
  imported(await importKwbFile(db, sharedFile('kwb', 'kwb_2020_gemeenten_all.csv')));
}
