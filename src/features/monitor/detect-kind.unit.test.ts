/**
 * File kinds are told by content, not by name: every shared open data file, and a few that are
 * none of the known kinds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { detectKind } from './detect-kind.ts';
import { sharedFile, statlineFile } from './test-data.ts';

describe('detectKind', () => {
  test('tells each kind by its first bytes', () => {
    const kind = (text: string) => detectKind(new TextEncoder().encode(text));
    const head = (file: string) => readFileSync(file).subarray(0, 65536);
    assert.equal(detectKind(head(statlineFile(2012, '18plus'))), 'statline');
    assert.equal(detectKind(head(sharedFile('kwb', 'kwb_2020_gemeenten_all.csv'))), 'kwb');
    assert.equal(detectKind(head(sharedFile('kwb', 'kwb_2023_gemeenten_demografie.csv'))), 'kwb');
    assert.equal(detectKind(head(sharedFile('geo', 'wijk_2020_names.csv'))), 'names');
    assert.equal(detectKind(head(sharedFile('geo', 'wijk_2020.topojson'))), 'topojson');
    for (const f of ['gemeenten_2020_kwb2020', 'gemeenten_2023_kwb2023']) {
      assert.equal(detectKind(head(sharedFile('geo', `${f}.geojson`))), 'geojson');
    }
    assert.equal(
      detectKind(head(sharedFile('geo', 'gemeenten_2024_cbs_gebiedsindelingen.geojson'))),
      'geojson',
    );
    assert.equal(
      detectKind(head(sharedFile('gezondheidsmonitor', 'validation_2020.json'))),
      'unknown',
    );
    assert.equal(detectKind(head(sharedFile('codes', 'gemeenten_2020.csv'))), 'unknown');
    assert.equal(kind('{"arcs": [], "objects": {}, "type": "Topology"}'), 'topojson');
    assert.equal(kind('PK\u0003\u0004\u0000\u0000'), 'unknown'); // an xlsx (zip)
    assert.equal(kind('# Title\n\nSome text\n'), 'unknown');
    assert.equal(kind(''), 'unknown');
  });
});
