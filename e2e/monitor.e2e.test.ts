/**
 * The Monitor pages in Debian's Chromium with axe scans (WCAG 2.0/2.1 A and AA): the list of
 * municipalities, Groningen with its map, a wijk, and the factsheet; on a desktop, on a 360 px
 * phone, without JavaScript (GET form and sort links), and printed (A4 pages of the factsheet).
 * The app runs in-process on PGlite in memory with the shared open data imported.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { importBoundariesFile } from '../src/features/monitor/import-boundaries.ts';
import { importKwbFile } from '../src/features/monitor/import-kwb.ts';
import { importNamesFile } from '../src/features/monitor/import-names.ts';
import {
  describeReport,
  type ImportReport,
  importStatlineFile,
} from '../src/features/monitor/import-statline.ts';
import { clearMonitor, sharedFile, statlineFile } from '../src/features/monitor/test-data.ts';
import { startTestApp, type TestApp } from '../src/test-support/test-app.ts';
import { expectAccessible, launchChromium, openAt } from './support.ts';

const JOURNEY_TIMEOUT = 300_000;
/** Importing two StatLine exports with their facts takes a while on a busy machine. */
const SETUP_TIMEOUT = 600_000;
const PAGES = [
  '/monitor',
  '/monitor/gemeente/GM0014',
  '/monitor/gemeente/GM0014/factsheet',
  '/monitor/wijk/WK001410',
];

let app: TestApp;
let browser: Browser;

/** Open a path of the app, assert the HTTP status, and return the page. */
const open = (page: Page, path: string, status = 200) => openAt(app.base, page, path, status);

async function withPage(
  options: BrowserContextOptions,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

function imported(report: ImportReport): void {
  assert.equal(report.status, 'imported', describeReport(report));
}

describe('Monitor pages in the browser (Chromium + axe)', () => {
  before(
    async () => {
      app = await startTestApp();
      const { db } = app.app.database;
      await clearMonitor(db);
      imported(await importStatlineFile(db, statlineFile(2020, '18plus')));
      imported(await importStatlineFile(db, statlineFile(2020, '65plus')));
      imported(await importNamesFile(db, sharedFile('geo', 'wijk_2020_names.csv')));
      imported(await importBoundariesFile(db, sharedFile('geo', 'wijk_2020.topojson')));
      imported(await importKwbFile(db, sharedFile('kwb', 'kwb_2020_gemeenten_all.csv')));
      browser = await launchChromium();
    },
    { timeout: SETUP_TIMEOUT },
  );

  after(async () => {
    await browser?.close();
    if (app) await clearMonitor(app.app.database.db);
    await app?.close();
  });

  test('1. desktop: every Monitor page is axe-clean, the map is labelled', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    await withPage({}, async (page) => {
      for (const path of PAGES) {
        await open(page, path);
        await expectAccessible(page, path);
      }
      await open(page, '/monitor/gemeente/GM0014');
      const map = page.getByRole('img', {
        name: /Eenzaam, 18 jaar en ouder, 2020: kaart van de wijken van Groningen/,
      });
      await map.waitFor();
      assert.ok((await page.locator('svg.omzien-map path[data-code^="WK0014"]').count()) >= 15);
      const box = await map.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 200, `map size ${JSON.stringify(box)}`);
    });
  });

  test('2. phone: 360 px wide, no horizontal scrolling of the page, axe-clean', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    await withPage(
      { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      async (page) => {
        for (const path of PAGES) {
          await open(page, path);
          const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          assert.ok(
            widths.scroll <= 360,
            `${path} scrolls sideways at 360 px: scrollWidth ${widths.scroll}, clientWidth ${widths.client}`,
          );
          await expectAccessible(page, `${path} at 360 px`);
        }
      },
    );
  });

  test('3. without JavaScript: the map form and the sort links work', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, '/monitor/gemeente/GM0014');
      await page.getByLabel('Wat wilt u zien?').selectOption('emotionally_lonely');
      await page.getByLabel('Leeftijd').selectOption('65+');
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('measure') === 'emotionally_lonely'),
        page.getByRole('button', { name: 'Toon' }).click(),
      ]);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('age'), '65+');
      await page.getByRole('img', { name: /Emotioneel eenzaam, 65 jaar en ouder, 2020/ }).waitFor();
      const header = page
        .locator('#wijken th', { hasText: 'Emotioneel eenzaam' })
        .getByRole('link');
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('sort') === 'emotionally_lonely'),
        header.click(),
      ]);
      assert.equal(
        await page.locator('#wijken th[aria-sort]').getAttribute('aria-sort'),
        'descending',
      );
      assert.equal(await page.locator('script').count(), 0, 'the page needs no script at all');
      // axe needs the page's JavaScript, so the page reached is scanned again with it on.
      const reached = new URL(page.url());
      await withPage({}, async (scanPage) => {
        await open(scanPage, `${reached.pathname}${reached.search}`);
        await expectAccessible(
          scanPage,
          'GM0014 with the map form used (visited without JavaScript)',
        );
      });

      await open(page, '/monitor');
      await page.getByRole('searchbox', { name: 'Zoek een gemeente' }).fill('groningen');
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('q') === 'groningen'),
        page.getByRole('button', { name: 'Zoeken' }).click(),
      ]);
      assert.equal(await page.locator('#gemeenten tbody tr').count(), 2);
    });
  });

  test('4. print: the factsheet fits one or two A4 pages, without the menu', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    await withPage({}, async (page) => {
      await open(page, '/monitor/gemeente/GM0014/factsheet');
      assert.equal(await page.locator('nav').count(), 0);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.ok(pages >= 1 && pages <= 2, `the factsheet prints on ${pages} A4 pages`);

      await open(page, '/monitor/gemeente/GM0014');
      assert.equal(await page.locator('.omzien-nav').isVisible(), false, 'no menu in print');
      assert.equal(await page.locator('form.omzien-view-form').isVisible(), false);
    });
  });
});
