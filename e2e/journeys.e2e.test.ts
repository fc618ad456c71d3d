/**
 * Browser journeys through the real app in Debian's Chromium, with an axe scan (WCAG 2.0/2.1 A
 * and AA) of every page visited. The app runs in-process on PGlite in memory; one browser is
 * shared by all journeys, each journey gets its own context (cookies, viewport, JavaScript).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';
import { startTestApp, type TestApp } from '../src/test-support/test-app.ts';
import { expectAccessible, launchChromium, openAt } from './support.ts';

/** A hung page or scan fails its journey instead of hanging the run. */
const JOURNEY_TIMEOUT = 90_000;
/** Results per page of the interventions list. */
const PAGE_SIZE = 20;

let app: TestApp;
let browser: Browser;

/** Open a path of the app, assert the HTTP status, and return the page. */
const open = (page: Page, path: string, status = 200) => openAt(app.base, page, path, status);

/** Click a link and wait until the browser is on the page it points to. */
async function follow(page: Page, link: Locator): Promise<string> {
  const href = await link.getAttribute('href');
  assert.ok(href, 'the link has an href');
  const target = new URL(href, page.url()).href;
  await Promise.all([page.waitForURL(target), link.click()]);
  return target;
}

/** Submit a GET form by clicking its button; resolves when the result page has loaded. */
async function submit(page: Page, button: Locator, pathname: string): Promise<URL> {
  const before = page.url();
  await Promise.all([
    page.waitForURL((u) => u.pathname === pathname && u.href !== before && u.search !== ''),
    button.click(),
  ]);
  await page.waitForLoadState('load');
  return new URL(page.url());
}

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

/**
 * The search journey on the interventions list: search, filter, open a result, follow our
 * classification to a concept page. `scan` checks each page visited.
 */
async function searchJourney(page: Page, scan: (label: string) => Promise<void>): Promise<void> {
  await open(page, '/');
  await scan('home');

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await follow(page, nav.getByRole('link', { name: 'Kennisbank', exact: true }));
  assert.equal(new URL(page.url()).pathname, '/kennisbank');
  assert.equal(await page.locator('h1').textContent(), 'Kennisbank');
  await scan('kennisbank');

  await follow(page, nav.getByRole('link', { name: 'Activiteiten', exact: true }));
  assert.equal(new URL(page.url()).pathname, '/kennisbank/activiteiten');
  await scan('activiteiten');

  const form = page.locator('form.omzien-filters');
  await form.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('vriendschappen');
  await form.locator('#f-evidence-substantiated').check();
  const url = await submit(
    page,
    form.getByRole('button', { name: 'Toon activiteiten' }),
    '/kennisbank/activiteiten',
  );
  assert.equal(url.searchParams.get('q'), 'vriendschappen');
  assert.deepEqual(url.searchParams.getAll('evidence'), ['substantiated']);
  assert.equal(await page.locator('#q').inputValue(), 'vriendschappen', 'search box keeps q');
  assert.ok(await page.locator('#f-evidence-substantiated').isChecked(), 'filter stays ticked');

  const heading = (await page.locator('#results-title').textContent()) ?? '';
  const total = Number(/^(\d+)/.exec(heading.trim())?.[1]);
  assert.ok(Number.isInteger(total), `result heading has a count: "${heading}"`);
  const results = page.locator('section[aria-labelledby="results-title"] li.omzien-result');
  const shown = await results.count();
  assert.ok(total >= 1, `"vriendschappen" with Onderbouwd finds something (heading "${heading}")`);
  assert.equal(shown, Math.min(total, PAGE_SIZE), 'the heading count matches the results shown');
  await scan('search results');

  const first = results.first().locator('h3 a');
  const name = ((await first.textContent()) ?? '').trim();
  await follow(page, first);
  assert.match(new URL(page.url()).pathname, /^\/kennisbank\/activiteiten\/[a-z0-9-]+$/);
  assert.equal(((await page.locator('h1').textContent()) ?? '').trim(), name);
  await scan(`intervention ${name}`);

  const classification = page.locator('section[aria-labelledby="classification"]');
  assert.equal(
    ((await classification.locator('h2').textContent()) ?? '').trim(),
    'Indeling door Omzien',
  );
  const conceptLink = classification.locator('dd a[href^="/kennisbank/"]').first();
  const conceptName = ((await conceptLink.textContent()) ?? '').trim();
  await follow(page, conceptLink);
  assert.equal(((await page.locator('h1').textContent()) ?? '').trim(), conceptName);
  const related = page.locator('section[aria-labelledby="related"]');
  assert.equal(await related.count(), 1, 'the concept page has a related activities section');
  assert.ok(
    (await related.locator('li.omzien-result').count()) > 0,
    'the concept page lists related activities',
  );
  assert.ok(
    (await related.getByRole('link', { name: name, exact: true }).count()) > 0 ||
      (await related.locator('a[href^="/kennisbank/activiteiten?"]').count()) > 0,
    'the related activities include the intervention or link to all of them',
  );
  await scan(`concept ${conceptName}`);
}

describe('browser journeys (Chromium + axe)', () => {
  before(
    async () => {
      app = await startTestApp();
      browser = await launchChromium();
    },
    { timeout: JOURNEY_TIMEOUT },
  );

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  test('1. search the Kennisbank, open a result, follow its classification', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await searchJourney(page, (label) => expectAccessible(page, label));
    } finally {
      await context.close();
    }
  });

  test('2. walk the Wegwijzer: error beside the field, then a result with warnings', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await open(page, '/wegwijzer');
      assert.equal(await page.locator('h1').textContent(), 'Wegwijzer');
      await expectAccessible(page, 'wegwijzer');

      // The radios are `required`; drop that so the server-side check answers.
      await page.evaluate(() => {
        for (const r of document.querySelectorAll('input[name="group"]')) {
          r.removeAttribute('required');
        }
      });
      const form = page.locator('form[action="/wegwijzer"]');
      await submit(page, form.getByRole('button', { name: 'Toon wat past' }), '/wegwijzer');
      const fieldset = form.locator('fieldset');
      const error = fieldset.locator('#g-group-error');
      assert.equal(
        ((await error.textContent()) ?? '').trim(),
        'Kies een van de vier groepen.',
        'the Dutch error is shown in the group fieldset',
      );
      assert.ok(await error.isVisible());
      assert.match((await fieldset.getAttribute('aria-describedby')) ?? '', /\bg-group-error\b/);
      const summary = page.getByRole('alert');
      assert.match((await summary.textContent()) ?? '', /Kies een van de vier groepen\./);
      const jump = (await summary.locator('a').first().getAttribute('href')) ?? '';
      assert.equal(await fieldset.locator(jump).count(), 1, 'the summary links into the fieldset');
      assert.equal(await page.locator('#guide-result').count(), 0, 'no result with an error');
      await expectAccessible(page, 'wegwijzer with error');

      await form.locator('#g-group-mild-moderate').check();
      const label = (await form.locator('label[for="g-group-mild-moderate"]').textContent()) ?? '';
      assert.match(label, /Mensen met lichte tot matige eenzaamheid/);
      await form.locator('#g-lonelinessType').selectOption('emotional');
      const url = await submit(
        page,
        form.getByRole('button', { name: 'Toon wat past' }),
        '/wegwijzer',
      );
      assert.equal(url.searchParams.get('group'), 'mild-moderate');
      assert.equal(url.searchParams.get('lonelinessType'), 'emotional');
      assert.equal(await page.locator('#g-group-error').count(), 0, 'the error is gone');

      const result = page.locator('section[aria-labelledby="guide-result"]');
      assert.equal(await result.count(), 1, 'a result is shown');
      const warning = result.locator('.omzien-warning', {
        has: page.locator('h3', { hasText: 'Let op' }),
      });
      assert.equal(await warning.count(), 1, 'the "Let op" block is shown');
      assert.ok((await warning.locator('li').count()) > 0, 'with at least one warning');
      const interventions = result.locator('ol > li.omzien-result');
      const count = await interventions.count();
      assert.ok(count > 0, 'interventions are listed');
      assert.match(
        (await result.locator('h3', { hasText: 'Activiteiten die passen' }).textContent()) ?? '',
        new RegExp(`\\(${count}\\)`),
      );
      await expectAccessible(page, 'wegwijzer result');

      const link = interventions.first().locator('h4 a');
      const name = ((await link.textContent()) ?? '').trim();
      await follow(page, link);
      assert.equal(((await page.locator('h1').textContent()) ?? '').trim(), name);
      await expectAccessible(page, `intervention ${name}`);
    } finally {
      await context.close();
    }
  });

  test('3. switch to English from the header', { timeout: JOURNEY_TIMEOUT }, async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await open(page, '/kennisbank');
      assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
      // The link reads "English"; its accessible name says what it does.
      const english = page.locator('header').getByRole('link', { name: 'English' });
      assert.equal(((await english.textContent()) ?? '').trim(), 'English');
      assert.equal(await english.getAttribute('aria-label'), 'Read this page in English');
      await follow(page, english);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.locator('html[lang="en"]').count(), 1);
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      assert.deepEqual(
        (await nav.getByRole('link').allTextContents()).map((s) => s.trim()),
        [
          'Knowledge base',
          'Activities',
          'Guide',
          'Monitor',
          'Loneliness check',
          'What can you do?',
          'Recognising loneliness',
        ],
      );
      assert.equal(await page.locator('h1').textContent(), 'Knowledge base');
      await expectAccessible(page, 'kennisbank in English');

      // The choice sticks (cookie): the next page is English too, and can switch back.
      await follow(page, nav.getByRole('link', { name: 'Guide', exact: true }));
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      const back = page
        .locator('header')
        .getByRole('link', { name: 'Lees deze pagina in het Nederlands' });
      assert.equal(((await back.textContent()) ?? '').trim(), 'Nederlands');
      await expectAccessible(page, 'wegwijzer in English');
    } finally {
      await context.close();
    }
  });

  test('4. phone: 360 px wide, no horizontal scrolling', { timeout: JOURNEY_TIMEOUT }, async () => {
    const context = await newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      for (const path of ['/', '/kennisbank/activiteiten', '/wegwijzer?group=severe']) {
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
    } finally {
      await context.close();
    }
  });

  test('5. without JavaScript: the search journey works (GET forms)', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    const context = await newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // axe needs the page's JavaScript (its queue runs on timers), so each page this journey
      // visits is scanned again, at the same URL, in a context with JavaScript on.
      const scanContext = await newContext();
      try {
        const scanPage = await scanContext.newPage();
        await searchJourney(page, async (label) => {
          const u = new URL(page.url());
          await open(scanPage, `${u.pathname}${u.search}`);
          await expectAccessible(scanPage, `${label} (visited without JavaScript)`);
        });
      } finally {
        await scanContext.close();
      }
      const scripts = await page.locator('script').count();
      assert.equal(scripts, 0, 'the pages need no script at all');
    } finally {
      await context.close();
    }
  });

  test('6. every page one click from the Kennisbank home, and more, is axe-clean', {
    timeout: JOURNEY_TIMEOUT,
  }, async (t) => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await open(page, '/kennisbank');
      const hrefs = await page
        .locator('main a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const paths = new Set<string>();
      for (const href of hrefs) {
        const u = new URL(href);
        if (u.origin !== app.base) continue;
        paths.add(`${u.pathname}${u.search}`);
      }
      assert.ok(paths.size >= 20, `the Kennisbank home links to many pages (found ${paths.size})`);
      paths.add('/kennisbank');
      paths.add('/wat-kun-je-doen');
      paths.add('/eenzaamheid-herkennen');

      // One intervention page: the first of the list.
      await open(page, '/kennisbank/activiteiten');
      const first = await page.locator('li.omzien-result h3 a').first().getAttribute('href');
      assert.ok(first);
      paths.add(first);

      const failures: string[] = [];
      for (const path of paths) {
        try {
          await open(page, path);
          await expectAccessible(page, path);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
      try {
        await open(page, '/bestaat-niet', 404);
        assert.equal(await page.locator('h1').count(), 1);
        await expectAccessible(page, '404 page');
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      t.diagnostic(`scanned ${paths.size + 1} pages`);
      assert.equal(
        failures.length,
        0,
        `${failures.length} of ${paths.size + 1} pages failed:\n${failures.join('\n\n')}`,
      );
    } finally {
      await context.close();
    }
  });
  test('7. the self-check on a phone: one statement at a time, errors, a kind result', {
    timeout: JOURNEY_TIMEOUT,
  }, async () => {
    const context = await newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await open(page, '/');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await follow(page, nav.getByRole('link', { name: 'Eenzaamheidsmeter', exact: true }));
      assert.equal(await page.locator('h1').textContent(), 'Hoe eenzaam voel ik me?');
      await expectAccessible(page, 'self-check form (phone)');

      // On a phone each statement fills most of the screen: one at a time.
      const statements = page.locator('fieldset.omzien-statement:not(.omzien-filters)');
      assert.equal(await statements.count(), 11);
      const box = await statements.first().boundingBox();
      assert.ok(box && box.height >= 0.7 * 740 - 1, `statement height ${box?.height}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `scrollWidth ${width}`);

      // Answer only three statements: the errors appear beside the others, answers kept.
      for (const n of [1, 2, 3]) {
        await page.locator(`#item-${n}`).getByLabel('Nee', { exact: true }).check();
      }
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Bekijk mijn uitkomst' }).click(),
      ]);
      await page.waitForSelector('[role="alert"]');
      assert.equal(await page.locator('.utrecht-form-field-error-message').count(), 8);
      assert.equal(await page.locator('#a1-no').isChecked(), true);
      await expectAccessible(page, 'self-check with errors (phone)');

      // Answer the rest "ja": lonely on the emotional items, not on the social ones.
      for (const n of [4, 5, 6, 7, 8, 9, 10, 11]) {
        await page.locator(`#item-${n}`).getByLabel('Ja', { exact: true }).check();
      }
      await page.locator('#event-alone').check();
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Bekijk mijn uitkomst' }).click(),
      ]);
      await page.waitForSelector('h1:text("Jouw uitkomst")');
      const text = (await page.locator('main').textContent()) ?? '';
      // Items 1 (social, "nee") = 1; 2, 3 (emotional, "nee") = 0; 5, 6, 9, 10 (emotional, "ja") = 4.
      assert.match(text, /Je score is 5 van de 11\./);
      assert.match(text, /De Luisterlijn/);
      await expectAccessible(page, 'self-check result (phone)');
      const cookies = await context.cookies();
      assert.deepEqual(cookies, [], 'the self-check sets no cookie');
    } finally {
      await context.close();
    }
  });
});
