/**
 * The pure parts behind the Monitor pages: the comparable-municipality rule, the CSV writer, and
 * the lenient reading and sorting of the page's choices.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeComparableRule,
  findComparable,
  type MunicipalityFacts,
  meanOf,
} from '../comparable.ts';
import { parseCsv } from '../csv.ts';
import { csvCell, csvFileName, toCsv } from '../csv-export.ts';
import { type Column, diff, pct, readView, sortRows, sourceLine, withQuery } from './shared.tsx';

const m = (
  code: string,
  population: number | null,
  urbanity: number | null,
  name = code,
): MunicipalityFacts => ({ code, name, population, urbanity });

describe('findComparable', () => {
  const all = [
    m('GM0001', 100_000, 1, 'Target'),
    m('GM0002', 50_000, 1, 'Half'),
    m('GM0003', 200_000, 1, 'Double'),
    m('GM0004', 49_999, 1, 'Too small'),
    m('GM0005', 200_001, 1, 'Too big'),
    m('GM0006', 100_000, 2, 'Other urbanity'),
    m('GM0007', null, 1, 'No population'),
  ];

  test('same urbanity and half to double the population, never itself, by name', () => {
    const group = findComparable(all[0]!, all);
    assert.equal(group.basis, 'urbanity-and-population');
    assert.equal(group.min, 50_000);
    assert.equal(group.max, 200_000);
    assert.deepEqual(
      group.members.map((x) => x.name),
      ['Double', 'Half'],
    );
    assert.match(
      describeComparableRule(group, 'Target'),
      /even stedelijk als Target \(zeer sterk stedelijk, klasse 1 van 5/,
    );
    assert.match(describeComparableRule(group, 'Target'), /tussen 50\.000 en 200\.000 inwoners/);
  });

  test('without an urbanity class: population only, and the page says so', () => {
    const group = findComparable(m('GM0001', 100_000, null, 'Target'), all);
    assert.equal(group.basis, 'population');
    assert.deepEqual(
      group.members.map((x) => x.code),
      ['GM0003', 'GM0002', 'GM0006'].sort((a, b) =>
        all.find((x) => x.code === a)!.name.localeCompare(all.find((x) => x.code === b)!.name),
      ),
    );
    assert.match(describeComparableRule(group, 'Target'), /alleen naar het aantal inwoners/);
  });

  test('without a population: no group', () => {
    const group = findComparable(m('GM0007', null, 1), all);
    assert.equal(group.basis, 'none');
    assert.deepEqual(group.members, []);
    assert.match(describeComparableRule(group, 'X'), /geen vergelijkbare gemeenten/);
  });

  test('meanOf: unweighted, ignores missing values', () => {
    assert.equal(meanOf([10, null, 20, undefined]), 15);
    assert.equal(meanOf([null]), null);
  });
});

describe('CSV export', () => {
  test('RFC 4180 quoting, CRLF, empty cells, notes after an empty line; our reader reads it back', () => {
    const text = toCsv(
      ['code', 'naam', 'waarde'],
      [
        ['GM0820', 'Nuenen, Gerwen en Nederwetten', 42.4],
        ['GM0014', 'Say "hi"', null],
        ['X', ' padded', 1 / 3],
      ],
      ["Bron: GGD'en, CBS en RIVM"],
    );
    assert.equal(
      text,
      'code,naam,waarde\r\nGM0820,"Nuenen, Gerwen en Nederwetten",42.4\r\nGM0014,"Say ""hi""",\r\nX," padded",0.333\r\n\r\n"Bron: GGD\'en, CBS en RIVM"\r\n',
    );
    const records = parseCsv(text).map((r) => r.fields);
    assert.deepEqual(records[1], ['GM0820', 'Nuenen, Gerwen en Nederwetten', '42.4']);
    assert.deepEqual(records[2], ['GM0014', 'Say "hi"', '']);
    assert.equal(csvCell(Number.NaN), '');
  });

  test('file names are plain ASCII', () => {
    assert.equal(
      csvFileName('omzien', 'GM0014', 'wijken', 2020, '18+'),
      'omzien-gm0014-wijken-2020-18plus.csv',
    );
    assert.equal(csvFileName('Súdwest-Fryslân "x"'), 'sudwest-fryslan-x.csv');
  });
});

describe('page choices', () => {
  const years = { '18+': [2012, 2016, 2020], '65+': [2016, 2020] };

  test('defaults, valid choices, and bad values falling back', () => {
    assert.deepEqual(readView({}, years), {
      measure: 'lonely',
      age: '18+',
      year: 2020,
      sort: 'name',
      dir: 'asc',
      format: 'html',
      q: '',
      table: '',
    });
    const v = readView(
      {
        measure: 'socially_lonely',
        age: '65+',
        year: '2016',
        sort: 'lonely',
        dir: 'desc',
        format: 'csv',
      },
      years,
    );
    assert.deepEqual(
      [v.measure, v.age, v.year, v.sort, v.dir, v.format],
      ['socially_lonely', '65+', 2016, 'lonely', 'desc', 'csv'],
    );
    // 65+ has no 2012: the latest year instead. Unknown values: the defaults.
    const bad = readView(
      { measure: 'x', age: '65+', year: '2012', sort: 'drop table', dir: 'up' },
      years,
    );
    assert.deepEqual([bad.measure, bad.year, bad.sort, bad.dir], ['lonely', 2020, 'name', 'asc']);
    assert.equal(readView({ q: ['a', 'b'] }, years).q, 'a');
  });

  test('sortRows: numbers and names, missing values last in both directions', () => {
    const rows = [
      { name: 'b', v: 2 },
      { name: 'a', v: null },
      { name: 'c', v: 3 },
      { name: 'Á', v: 1 },
    ];
    const columns: Column<(typeof rows)[number]>[] = [
      { key: 'name', label: 'Naam', value: (r) => r.name, cell: (r) => r.name },
      {
        key: 'lonely',
        label: 'Eenzaam',
        value: (r) => r.v,
        cell: (r) => String(r.v),
        numeric: true,
      },
    ];
    assert.deepEqual(
      sortRows(rows, columns, 'lonely', 'desc').map((r) => r.name),
      ['c', 'b', 'Á', 'a'],
    );
    assert.deepEqual(
      sortRows(rows, columns, 'lonely', 'asc').map((r) => r.name),
      ['Á', 'b', 'c', 'a'],
    );
    assert.deepEqual(
      sortRows(rows, columns, 'name', 'asc').map((r) => r.name),
      ['a', 'Á', 'b', 'c'],
    );
  });

  test('formats: Dutch decimals, signed differences, source line with years', () => {
    assert.equal(pct(48.6), '48,6');
    assert.equal(pct(32), '32,0');
    assert.equal(pct(null), '–');
    assert.equal(diff(48.6, 47), '+1,6');
    assert.equal(diff(8.7, 10.1), '−1,4');
    assert.equal(diff(null, 1), '–');
    assert.equal(
      sourceLine([2020, 2012, 2016]),
      "Bron: Gezondheidsmonitor Volwassenen en Ouderen 2012, 2016 en 2020, GGD'en, CBS en RIVM (RIVM StatLine 50090NED)",
    );
    assert.equal(
      withQuery(
        '/monitor?sort=name&lang=en',
        { sort: 'lonely', dir: 'desc', format: undefined },
        '#x',
      ),
      '/monitor?sort=lonely&dir=desc#x',
    );
  });
});
