/**
 * The Monitor pages over HTTP on the real app, with the shared open data imported by the real
 * importers: StatLine 2012 18+, 2020 18+ and 2020 65+ (figures and health facts), wijk names,
 * the 2020 wijk boundaries and the kwb 2020 Kerncijfers (population, urbanity).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../../test-support/test-app.ts';
import { parseCsv } from '../csv.ts';
import { importBoundariesFile } from '../import-boundaries.ts';
import { importKwbFile } from '../import-kwb.ts';
import { importNamesFile } from '../import-names.ts';
import { describeReport, type ImportReport, importStatlineFile } from '../import-statline.ts';
import { clearMonitor, sharedFile, statlineFile } from '../test-data.ts';

const SOURCE_2020 = "Bron: Gezondheidsmonitor Volwassenen en Ouderen 2020, GGD'en, CBS en RIVM";

let t: TestApp;
let gm0014Wijken: string[];

function imported(report: ImportReport): void {
  assert.equal(report.status, 'imported', describeReport(report));
}

before(async () => {
  t = await startTestApp();
  const { db } = t.app.database;
  await clearMonitor(db);
  imported(await importStatlineFile(db, statlineFile(2020, '18plus')));
  imported(await importStatlineFile(db, statlineFile(2020, '65plus')));
  imported(await importStatlineFile(db, statlineFile(2012, '18plus')));
  imported(await importNamesFile(db, sharedFile('geo', 'wijk_2020_names.csv')));
  imported(await importBoundariesFile(db, sharedFile('geo', 'wijk_2020.topojson')));
  imported(await importKwbFile(db, sharedFile('kwb', 'kwb_2020_gemeenten_all.csv')));
  gm0014Wijken = (
    await db
      .selectFrom('areas')
      .select('code')
      .where('municipality_code', '=', 'GM0014')
      .where('level', '=', 'district')
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
});
after(async () => {
  await clearMonitor(t.app.database.db);
  await t.close();
});

async function page(path: string, status = 200): Promise<string> {
  const res = await t.get(path);
  assert.equal(res.status, status, `status of ${path}`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
  return res.text();
}

async function csv(path: string): Promise<{ text: string; disposition: string }> {
  const res = await t.get(path);
  assert.equal(res.status, 200, `status of ${path}`);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  return { text: await res.text(), disposition: res.headers.get('content-disposition') ?? '' };
}

/** The rows of the tbody of the element with this id: row header text and cell texts. */
function tableRows(html: string, id: string): { head: string; cells: string[] }[] {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no element #${id}`);
  const body = html.slice(html.indexOf('<tbody', start), html.indexOf('</tbody>', start));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => {
    const row = m[1]!;
    const text = (s: string) => s.replace(/<[^>]+>/g, '').trim();
    return {
      head: text(row.match(/<th[^>]*>(.*?)<\/th>/s)?.[1] ?? ''),
      cells: [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => text(c[1]!)),
    };
  });
}

/** "48,6" (or "48,6, klasse 4") → 48.6; "–" → null. */
function value(cell: string): number | null {
  const m = cell.match(/^(\d+),(\d)/);
  return m ? Number(`${m[1]}.${m[2]}`) : null;
}

function assertSorted(values: (number | null)[], dir: 'asc' | 'desc'): void {
  const present = values.filter((v): v is number => v !== null);
  assert.ok(present.length > 1);
  for (let i = 1; i < present.length; i++) {
    if (dir === 'desc')
      assert.ok(present[i - 1]! >= present[i]!, `${present[i - 1]} < ${present[i]}`);
    else assert.ok(present[i - 1]! <= present[i]!, `${present[i - 1]} > ${present[i]}`);
  }
  // Missing values come last.
  const firstNull = values.indexOf(null);
  if (firstNull >= 0) assert.ok(values.slice(firstNull).every((v) => v === null));
}

describe(`/monitor (${dbLabel})`, () => {
  test('every municipality with its 2020 18+ figures, the Netherlands and the source', async () => {
    const html = await page('/monitor');
    const rows = tableRows(html, 'gemeenten');
    assert.equal(rows.length, 355);
    const groningen = rows.find((r) => r.head === 'Groningen');
    assert.deepEqual(groningen?.cells, ['48,6', '12,4', '32,0', '30,3']);
    assert.match(html, /<a class="utrecht-link" href="\/monitor\/gemeente\/GM0014">Groningen<\/a>/);
    assert.match(html, /<tfoot[^>]*>.*?Nederland.*?47,0.*?11,2.*?28,9.*?30,0/s);
    assert.ok(html.includes(SOURCE_2020));
    assert.match(html, /href="\/monitor"[^>]*aria-current="page"/);
  });

  test('sorted by a measure through links (server-side), high to low and back', async () => {
    const desc = tableRows(await page('/monitor?sort=lonely&dir=desc'), 'gemeenten');
    assertSorted(
      desc.map((r) => value(r.cells[0]!)),
      'desc',
    );
    const asc = tableRows(await page('/monitor?sort=severely_lonely&dir=asc'), 'gemeenten');
    assertSorted(
      asc.map((r) => value(r.cells[1]!)),
      'asc',
    );
    const html = await page('/monitor?sort=lonely&dir=desc');
    assert.match(html, /aria-sort="descending"/);
    // The header link of the current column turns the order round.
    assert.match(html, /href="\/monitor\?sort=lonely&amp;dir=asc#gemeenten"/);
  });

  test('search, another year and age, and lenient parameters', async () => {
    const found = tableRows(await page('/monitor?q=gron'), 'gemeenten');
    const names = found.map((r) => r.head);
    assert.ok(names.includes('Groningen') && names.includes('Midden-Groningen'), names.join());
    assert.ok(
      names.every((n) => n.toLowerCase().includes('gron')),
      names.join(),
    );
    const y2012 = tableRows(await page('/monitor?year=2012&age=18%2B'), 'gemeenten');
    const g2012 = y2012.find((r) => r.head === 'Groningen')!;
    assert.equal(g2012.cells[3], '–', 'no sociaal eenzaam in 2012');
    const odd = await page('/monitor?sort=nonsense&dir=up&year=1999&age=7&measure=x');
    assert.equal(tableRows(odd, 'gemeenten').length, 355);
    assert.ok(odd.includes(SOURCE_2020));
  });

  test('CSV download of the table, with file name and source', async () => {
    const { text, disposition } = await csv('/monitor?format=csv&sort=lonely&dir=desc');
    assert.equal(disposition, 'attachment; filename="omzien-gemeenten-2020-18plus.csv"');
    const lines = text.split('\r\n');
    assert.equal(
      lines[0],
      'code,gemeente,jaar,leeftijd,lonely,severely_lonely,emotionally_lonely,socially_lonely',
    );
    assert.ok(lines.includes('GM0014,Groningen,2020,18+,48.6,12.4,32,30.3'));
    assert.ok(lines.includes('NL01,Nederland,2020,18+,47,11.2,28.9,30'));
    assert.ok(
      lines.some((l) => l.startsWith(`"${SOURCE_2020}`)),
      'the source line',
    );
    assert.ok(lines.includes('GM0820,"Nuenen, Gerwen en Nederwetten",2020,18+,42.4,9.1,24.2,27.3'));
    const records = parseCsv(text).map((r) => r.fields);
    assert.equal(records.length, 1 + 355 + 1 + 1 + 2, 'header, gemeenten, NL, empty line, notes');
    assertSorted(
      records.slice(1, 356).map((r) => Number(r[4])),
      'desc',
    );
  });

  test('in English the interface is English', async () => {
    const html = await page('/monitor?lang=en');
    assert.match(html, /<h1[^>]*>Loneliness monitor<\/h1>/);
  });
});

describe(`/monitor/gemeente/:code (${dbLabel})`, () => {
  test('Groningen against the Netherlands and comparable municipalities, every year', async () => {
    const html = await page('/monitor/gemeente/GM0014');
    assert.match(html, /<h1[^>]*>Eenzaamheid in Groningen<\/h1>/);
    const rows = tableRows(html, 'overzicht-18');
    const lonely2020 = rows.find((r) => r.head === 'Eenzaam, 2020')!;
    assert.equal(lonely2020.cells[0], '48,6');
    assert.equal(lonely2020.cells[2], '47,0');
    assert.equal(lonely2020.cells[3], '+1,6');
    assert.equal(value(lonely2020.cells[1]!) !== null, true, 'a comparable figure');
    const social2012 = rows.find((r) => r.head === 'Sociaal eenzaam, 2012')!;
    assert.equal(social2012.cells[0], '–');
    assert.ok(tableRows(html, 'overzicht-65').some((r) => r.head === 'Eenzaam, 2020'));
    assert.ok(html.includes(SOURCE_2020));
    assert.ok(
      html.includes("Bron: Gezondheidsmonitor Volwassenen en Ouderen 2012 en 2020, GGD'en"),
    );
    // The comparable rule, explained.
    assert.match(
      html,
      /Vergelijkbare gemeenten zijn even stedelijk als Groningen \(zeer sterk stedelijk/,
    );
    assert.match(html, /de helft tot het dubbele van Groningen/);
  });

  test('the map draws every wijk of Groningen as a path, beside the table, with credits', async () => {
    assert.ok(gm0014Wijken.length >= 15, `Groningen has wijken (${gm0014Wijken.length})`);
    const html = await page('/monitor/gemeente/GM0014');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    assert.match(svg, /role="img" aria-labelledby="kaart-svg-title kaart-svg-desc"/);
    for (const code of gm0014Wijken) {
      assert.match(svg, new RegExp(`<path d="M[^"]+" fill="[^"]+" data-code="${code}">`), code);
    }
    assert.equal(svg.match(/data-code="/g)?.length, gm0014Wijken.length);
    assert.ok(svg.includes('Kaart: Kadaster / CBS, 2020'));
    assert.match(svg, /Klasse 1: /);
    assert.ok(html.includes('Kaart: Kadaster / CBS, 2020.'));
    const wijken = tableRows(html, 'wijken');
    assert.equal(wijken.length, gm0014Wijken.length);
    assert.ok(wijken.some((r) => r.head.startsWith('Centrum')));
    assert.ok(
      wijken.every((r) => /klasse [1-5]/.test(r.cells[0]!)),
      'class beside the value',
    );
  });

  test('the map form chooses measure, age and year; the wijk table sorts server-side', async () => {
    const html = await page(
      '/monitor/gemeente/GM0014?measure=emotionally_lonely&age=65%2B&year=2020&sort=emotionally_lonely&dir=desc',
    );
    assert.match(html, /<option value="emotionally_lonely" selected>/);
    assert.match(html, /<option value="65\+" selected>/);
    assert.match(html, /<title id="kaart-svg-title">Emotioneel eenzaam, 65 jaar en ouder, 2020/);
    const rows = tableRows(html, 'wijken');
    assertSorted(
      rows.map((r) => value(r.cells[2]!)),
      'desc',
    );
    assert.ok(rows.every((r) => /klasse [1-5]/.test(r.cells[2]!)));
    const byName = tableRows(await page('/monitor/gemeente/GM0014?sort=name&dir=desc'), 'wijken');
    const names = byName.map((r) => r.head);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => b.localeCompare(a, 'nl')),
    );
  });

  test('risk areas: top wijken with their main reasons in plain Dutch, and the limits', async () => {
    const html = await page('/monitor/gemeente/GM0014');
    const section = html.slice(html.indexOf('id="risico"'), html.indexOf('id="blinde-vlekken"'));
    assert.match(section, /Wijken met de hoogste score/);
    assert.match(section, /dan gemiddeld in de gemeente/);
    assert.match(section, /moeite met rondkomen/);
    assert.match(section, /score \+\d,\d/);
    assert.match(section, /schattingen, niet van tellingen/);
    assert.match(section, /Hoe berekenen we de score\?/);
    const items = section.match(/<li class="omzien-risk">/g)?.length ?? 0;
    assert.ok(items >= 2 && items <= 10, String(items));
  });

  test('blind spots: honest that the Sociale kaart and Signaalpunt are missing, with questions', async () => {
    const html = await page('/monitor/gemeente/GM0014');
    const section = html.slice(html.indexOf('id="blinde-vlekken"'), html.indexOf('id="downloads"'));
    assert.match(section, /Sociale kaart/);
    assert.match(section, /Signaalpunt/);
    assert.match(section, /nog niet aanwijzen/);
    assert.match(section, /Vraag: welke activiteiten en contactpunten zijn er in Noordwest/);
  });

  test('CSV downloads of every table', async () => {
    const wijken = await csv(
      '/monitor/gemeente/GM0014?format=csv&table=wijken&sort=lonely&dir=desc',
    );
    assert.equal(wijken.disposition, 'attachment; filename="omzien-gm0014-wijken-2020-18plus.csv"');
    const lines = wijken.text.split('\r\n');
    assert.equal(
      lines[0],
      'code,wijk,gemeente,jaar,leeftijd,lonely,severely_lonely,emotionally_lonely,socially_lonely',
    );
    const data = parseCsv(wijken.text)
      .map((r) => r.fields)
      .slice(1, 1 + gm0014Wijken.length);
    assert.deepEqual(data.map((r) => r[0]).sort(), gm0014Wijken);
    assertSorted(
      data.map((r) => Number(r[5])),
      'desc',
    );
    assert.ok(wijken.text.includes(SOURCE_2020));

    const overview = await csv('/monitor/gemeente/GM0014?format=csv&table=overzicht');
    assert.equal(overview.disposition, 'attachment; filename="omzien-gm0014-overzicht.csv"');
    assert.ok(
      overview.text
        .split('\r\n')
        .some((l) => /^GM0014,Groningen,2020,18\+,lonely,48.6,[\d.]+,47$/.test(l)),
    );

    const risk = await csv('/monitor/gemeente/GM0014?format=csv&table=risico');
    assert.match(risk.text, /^code,naam,niveau,jaar,leeftijd,score,lonely,lonely_bijdrage,/);
    assert.match(risk.text, /\r\nWK001410,Noordwest,wijk,2020,18\+,/);
    assert.match(risk.text, /BU0014\d{4},BU0014\d{4},buurt,2020,18\+/);
  });

  test('unknown code: 404 page; malformed code: 400 page, both in Dutch', async () => {
    assert.match(await page('/monitor/gemeente/GM9999', 404), /Pagina niet gevonden/);
    assert.match(await page('/monitor/gemeente/GM14', 400), /Er klopt iets niet in uw verzoek/);
    assert.match(await page('/monitor/gemeente/WK001400', 400), /Er klopt iets niet/);
    assert.match(await page('/monitor/gemeente/GM9999/factsheet', 404), /Pagina niet gevonden/);
  });
});

describe(`/monitor/wijk/:code and the factsheet (${dbLabel})`, () => {
  test('a wijk: its figures against the municipality, its buurten sortable, no map (said so)', async () => {
    const html = await page('/monitor/wijk/WK001410?sort=lonely&dir=desc');
    assert.match(html, /<h1[^>]*>Eenzaamheid in wijk Noordwest<\/h1>/);
    assert.match(html, /De grenzen van buurten zitten nog niet in Omzien/);
    assert.doesNotMatch(html, /<svg/);
    const buurten = tableRows(html, 'buurten');
    assert.ok(buurten.length > 3);
    assert.ok(buurten.every((r) => r.head.startsWith('BU001410')));
    assertSorted(
      buurten.map((r) => value(r.cells[0]!)),
      'desc',
    );
    assert.ok(html.includes(SOURCE_2020));
    const { text, disposition } = await csv('/monitor/wijk/WK001410?format=csv');
    assert.equal(disposition, 'attachment; filename="omzien-wk001410-buurten-2020-18plus.csv"');
    assert.equal(text.split('\r\n').filter((l) => l.startsWith('BU001410')).length, buurten.length);
    const overview = await csv('/monitor/wijk/WK001410?format=csv&table=overzicht');
    assert.equal(overview.disposition, 'attachment; filename="omzien-wk001410-overzicht.csv"');
    assert.match(overview.text, /\r\nWK001410,Noordwest,2020,18\+,lonely,55.6,48.6,47\r\n/);
    assert.match(await page('/monitor/wijk/WK999999', 404), /Pagina niet gevonden/);
    assert.match(await page('/monitor/wijk/BU00140000', 400), /Er klopt iets niet/);
  });

  test('factsheet: its own document without the menu, key figures, map, risk and sources', async () => {
    const html = await page('/monitor/gemeente/GM0014/factsheet');
    assert.doesNotMatch(html, /omzien-nav/);
    assert.match(html, /<h1[^>]*>Factsheet eenzaamheid Groningen<\/h1>/);
    assert.match(html, /48,6/);
    assert.match(html, /47,0/);
    assert.ok(html.includes(SOURCE_2020));
    assert.ok(html.includes('Kaart: Kadaster / CBS, 2020'));
    assert.equal(
      html.match(/<path d="M[^"]+" fill="[^"]+" data-code="WK0014/g)?.length,
      gm0014Wijken.length,
    );
    assert.match(html, /Risicogebieden/);
    assert.match(html, /Blinde vlekken/);
    assert.ok((html.match(/<li class="omzien-risk">/g)?.length ?? 0) <= 6);
  });
});
