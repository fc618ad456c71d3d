/**
 * The account journey in Debian's Chromium, with an axe scan (WCAG 2.0/2.1 A and AA) of every
 * account page on the way: the demo admin logs in and invites a coordinator; the coordinator
 * takes the invitation from the e-mail (read from a local SMTP server), chooses a password, sets
 * up the second factor (TOTP), logs out and in again with a fresh code; the admin finds both
 * steps in the audit trail. Everything goes through the browser UI; the only shortcuts are
 * reading the mail and computing the TOTP codes. The tests run in order and share state.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';
import { totpAt } from '../src/features/identity/totp.ts';
import { type LocalSmtpServer, startSmtpServer } from '../src/test-support/smtp.ts';
import { startTestApp, type TestApp } from '../src/test-support/test-app.ts';
import { expectAccessible, launchChromium, openAt } from './support.ts';

/** A hung page or scan fails its step instead of hanging the run. */
const STEP_TIMEOUT = 90_000;

const ADMIN_EMAIL = 'admin@demo.omzien.nl';
const DEMO_PASSWORD = 'omzien-demo';
const COORDINATOR_NAME = 'Karin Coördinator';
const COORDINATOR_EMAIL = `karin.${process.pid}.${Date.now()}@gemeente-groningen.test`;
const COORDINATOR_PASSWORD = 'een lange zin als wachtwoord';

let app: TestApp;
let smtp: LocalSmtpServer;
let browser: Browser;
/** Contexts opened by the tests; all are closed in after(), whatever happened. */
const contexts: BrowserContext[] = [];

/** Shared between the ordered steps. */
const state: {
  admin?: Page;
  coordinator?: Page;
  secret?: string;
} = {};

/** Open a path of the app, assert the HTTP status, and return the page. */
const open = (page: Page, path: string, status = 200) => openAt(app.base, page, path, status);

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  contexts.push(context);
  return context;
}

/**
 * Submit a POST form by clicking its button. Resolves with the status of the POST's answer once
 * the page it leads to (the redirect's target, or the form again with errors) has loaded.
 */
async function post(page: Page, button: Locator): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.request().isNavigationRequest(),
    ),
    button.click(),
  ]);
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = response.headers().location ?? '';
    const target = new URL(location, response.url());
    await page.waitForURL((u) => u.pathname === target.pathname && u.search === target.search);
  }
  await page.waitForLoadState('load');
  return status;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const textOf = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Logged out, `path` sends the browser to the login page, which will bring it back. */
async function expectSentToLogin(page: Page, path: string): Promise<void> {
  await open(page, path);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/inloggen', `${path} without a session goes to the login page`);
  assert.equal(url.searchParams.get('terug'), path);
}

/** Fill the login form and submit it; resolves with the POST's status. */
async function logIn(page: Page, email: string, password: string, code?: string): Promise<number> {
  const form = page.getByRole('form', { name: 'Inloggen' });
  await form.getByLabel('E-mailadres', { exact: true }).fill(email);
  await form.getByLabel('Wachtwoord', { exact: true }).fill(password);
  if (code !== undefined) await form.getByLabel('Inlogcode (6 cijfers)').fill(code);
  return post(page, form.getByRole('button', { name: 'Inloggen', exact: true }));
}

describe('account journeys (Chromium + axe + SMTP)', () => {
  before(
    async () => {
      smtp = await startSmtpServer();
      app = await startTestApp({ SMTP_URL: smtp.url });
      browser = await launchChromium();
    },
    { timeout: STEP_TIMEOUT },
  );

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  test('1. the demo admin logs in and lands on /account', { timeout: STEP_TIMEOUT }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await open(page, '/inloggen');
    assert.equal(await textOf(page.locator('h1')), 'Inloggen');
    await expectAccessible(page, '/inloggen');

    assert.equal(await logIn(page, ADMIN_EMAIL, DEMO_PASSWORD), 303);
    assert.equal(pathOf(page), '/account');
    assert.equal(await textOf(page.locator('h1')), 'Mijn account');
    const main = await textOf(page.locator('main'));
    assert.match(main, /Anna Beheer \(demo\) \(admin@demo\.omzien\.nl\)/);
    assert.match(main, /Groningen: beheerder/);
    assert.equal(
      await page.getByRole('link', { name: 'Mensen en rollen: Groningen' }).count(),
      1,
      'the admin sees a link to the people of Groningen',
    );
    await expectAccessible(page, '/account (admin)');
    state.admin = page;
  });

  test('2. the admin invites a coordinator at /beheer/groningen', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const page = state.admin;
    assert.ok(page, 'step 1 logged the admin in');
    await open(page, '/beheer/groningen');
    assert.equal(await textOf(page.locator('h1')), 'Mensen en rollen: Groningen');
    const table = page.getByRole('table', { name: 'Mensen en rollen' });
    assert.ok((await table.locator('tbody tr').count()) >= 6, 'the demo people are listed');

    const form = page.getByRole('form', { name: 'Iemand uitnodigen' });
    await form.getByLabel('Naam', { exact: true }).fill(COORDINATOR_NAME);
    await form.getByLabel('E-mailadres', { exact: true }).fill(COORDINATOR_EMAIL);
    await form
      .getByLabel('Rol', { exact: true })
      .selectOption({ label: 'coördinator signaalpunt' });
    assert.equal(await form.getByLabel('Rol', { exact: true }).inputValue(), 'coordinator');
    const status = await post(page, form.getByRole('button', { name: 'Uitnodiging versturen' }));
    assert.equal(status, 200);

    const notice = page.getByRole('status');
    assert.equal(
      await textOf(notice),
      `De uitnodiging is verstuurd naar ${COORDINATOR_EMAIL.toLowerCase()}.`,
    );
    assert.ok(await notice.isVisible());
    const row = table.locator('tbody tr', { hasText: COORDINATOR_EMAIL.toLowerCase() });
    assert.equal(await row.count(), 1, 'the new person is in the table');
    assert.deepEqual(
      (await row.locator('td').allTextContents()).map((s) => s.trim()),
      [
        COORDINATOR_NAME,
        COORDINATOR_EMAIL.toLowerCase(),
        'coördinator signaalpunt',
        'uitgenodigd',
        'nee',
        `Rol coördinator signaalpunt van ${COORDINATOR_NAME} intrekken`,
      ],
    );
    // The admin's own admin role has no "take back" button.
    const own = table.locator('tbody tr', { hasText: 'admin@demo.omzien.nl' });
    assert.equal(await own.getByRole('button', { name: /Rol beheerder/ }).count(), 0);
    await expectAccessible(page, '/beheer/groningen (after inviting)');
  });

  test('3. the coordinator accepts the invitation and sets up the second factor', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const mail = await smtp.waitFor((m) => m.to.includes(COORDINATOR_EMAIL.toLowerCase()), 10_000);
    assert.equal(mail.subject, 'Uitnodiging voor Omzien Groningen');
    assert.match(mail.text, /als coördinator signaalpunt/);
    const link = /https?:\/\/\S+\/uitnodiging\/\S+/.exec(mail.text)?.[0];
    assert.ok(link, `the mail holds an invitation link:\n${mail.text}`);
    const invitationPath = new URL(link).pathname;

    const context = await newContext();
    const page = await context.newPage();
    state.coordinator = page;
    await open(page, invitationPath);
    assert.equal(await textOf(page.locator('h1')), 'Uitnodiging aannemen');
    assert.match(await textOf(page.locator('main')), new RegExp(`Welkom, ${COORDINATOR_NAME}\\.`));
    await expectAccessible(page, '/uitnodiging/<token>');

    // Two different passwords: the error beside the second field.
    const form = page.getByRole('form', { name: 'Uitnodiging aannemen' });
    const password = form.getByLabel('Wachtwoord', { exact: true });
    const again = form.getByLabel('Wachtwoord nog een keer', { exact: true });
    await password.fill(COORDINATOR_PASSWORD);
    await again.fill(`${COORDINATOR_PASSWORD}!`);
    assert.equal(await post(page, form.getByRole('button', { name: 'Wachtwoord opslaan' })), 400);
    assert.equal(pathOf(page), invitationPath, 'the form comes back at the same address');
    const error = page.locator('#f-password2-error');
    assert.equal(await textOf(error), 'De twee wachtwoorden zijn niet hetzelfde.');
    assert.ok(await error.isVisible(), 'the error is visible');
    assert.equal(await again.getAttribute('aria-invalid'), 'true');
    assert.match((await again.getAttribute('aria-describedby')) ?? '', /\bf-password2-error\b/);
    assert.equal(await password.getAttribute('aria-invalid'), null, 'the first field is fine');
    const summary = page.getByRole('alert');
    assert.match(
      await textOf(summary),
      /Wachtwoord nog een keer: De twee wachtwoorden zijn niet hetzelfde\./,
    );
    const jump = (await summary.locator('a').first().getAttribute('href')) ?? '';
    assert.equal(jump, '#f-password2', 'the summary links to the field');
    await expectAccessible(page, '/uitnodiging/<token> with an error');

    // A good password: on to the login page.
    await password.fill(COORDINATOR_PASSWORD);
    await again.fill(COORDINATOR_PASSWORD);
    assert.equal(await post(page, form.getByRole('button', { name: 'Wachtwoord opslaan' })), 303);
    assert.equal(pathOf(page), '/inloggen');
    assert.equal(await textOf(page.locator('h1')), 'Inloggen');

    // First login: password only, straight to the second factor setup.
    assert.equal(await logIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD), 303);
    assert.equal(pathOf(page), '/account/tweede-stap');
    assert.equal(await textOf(page.locator('h1')), 'Tweede stap instellen');
    const qr = page.getByRole('img', { name: 'QR-code voor je inlogcode-app' });
    assert.equal(await qr.count(), 1, 'the QR code has a text alternative');
    assert.equal(await qr.locator('svg').count(), 1, 'the QR code is an inline SVG');
    assert.ok(await qr.isVisible());
    // Scannable, and not bigger than a screen: from a desktop and on a 360 px phone.
    const desktop = await qr.boundingBox();
    assert.ok(
      desktop && desktop.width >= 150 && desktop.width <= 400,
      `the QR code is ${desktop?.width} px wide at 1280 px`,
    );
    await page.setViewportSize({ width: 360, height: 740 });
    const phone = await qr.boundingBox();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(
      scrollWidth <= 360,
      `/account/tweede-stap scrolls sideways at 360 px: ${scrollWidth}`,
    );
    assert.ok(
      phone && phone.width >= 150 && phone.x + phone.width <= 360,
      `QR at 360 px: ${JSON.stringify(phone)}`,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, '/account/tweede-stap');

    const secret = (await textOf(page.locator('code.omzien-secret'))).replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/, 'a 160-bit base32 secret');
    state.secret = secret;
    const setup = page.getByRole('form', { name: 'Tweede stap instellen' });
    await setup.getByLabel('Code uit de app').fill(totpAt(secret, Date.now()));
    assert.equal(await post(page, setup.getByRole('button', { name: 'Bevestigen' })), 303);
    assert.equal(pathOf(page), '/account');
    const main = await textOf(page.locator('main'));
    assert.match(main, /Je tweede stap \(inlogcode-app\) is ingesteld\./);
    assert.doesNotMatch(main, /Stel je tweede stap in\./);
    assert.match(main, /Groningen: coördinator signaalpunt/);
    await expectAccessible(page, '/account (coordinator, second factor set up)');
  });

  test('4. the coordinator logs out and in again with a fresh code', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const page = state.coordinator;
    const secret = state.secret;
    assert.ok(page && secret, 'step 3 set up the second factor');
    assert.equal(pathOf(page), '/account');
    assert.equal(
      await post(page, page.getByRole('button', { name: 'Uitloggen', exact: true })),
      303,
    );
    assert.equal(pathOf(page), '/inloggen');
    assert.equal(await textOf(page.locator('[role="status"]')), 'Je bent uitgelogd.');
    await expectSentToLogin(page, '/account');
    // Without the code the login stops at the code field.
    assert.equal(await logIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD), 401);
    const totpError = page.locator('#f-totp-error');
    assert.equal(await textOf(totpError), 'Vul de code uit je inlogcode-app in.');
    assert.equal(await page.locator('#f-totp').getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.locator('#f-email').inputValue(),
      COORDINATOR_EMAIL,
      'the e-mail address is kept',
    );
    await expectAccessible(page, '/inloggen with a code error');

    // The code used for the setup cannot be used again: the next step's code.
    assert.equal(
      await logIn(
        page,
        COORDINATOR_EMAIL,
        COORDINATOR_PASSWORD,
        totpAt(secret, Date.now() + 30_000),
      ),
      303,
    );
    assert.equal(pathOf(page), '/account');
    assert.equal(await textOf(page.locator('h1')), 'Mijn account');
    assert.match(
      await textOf(page.locator('main')),
      /Je tweede stap \(inlogcode-app\) is ingesteld\./,
    );
  });

  test('5. the admin finds the invitation and its acceptance in the audit trail', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const page = state.admin;
    assert.ok(page, 'step 1 logged the admin in');
    await open(page, '/beheer/groningen');
    const row = page
      .getByRole('table', { name: 'Mensen en rollen' })
      .locator('tbody tr', { hasText: COORDINATOR_EMAIL.toLowerCase() });
    assert.deepEqual(
      (await row.locator('td').allTextContents()).slice(3, 5).map((s) => s.trim()),
      ['actief', 'ja'],
      'the coordinator is now active, with a second factor',
    );
    await page.getByRole('link', { name: 'Logboek', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/beheer/groningen/logboek');
    assert.equal(await textOf(page.locator('h1')), 'Logboek: Groningen');
    const table = page.getByRole('table', { name: 'Logboek' });
    const what = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).map((s) =>
      s.trim(),
    );
    assert.ok(what.includes('Persoon uitgenodigd'), `"Persoon uitgenodigd" in ${what.join(' | ')}`);
    assert.ok(
      what.includes('Uitnodiging aangenomen'),
      `"Uitnodiging aangenomen" in ${what.join(' | ')}`,
    );
    const invited = table.locator('tbody tr', { hasText: 'Persoon uitgenodigd' }).first();
    assert.match(await textOf(invited.locator('td').nth(1)), /Anna Beheer \(demo\)/);
    await expectAccessible(page, '/beheer/groningen/logboek');
  });

  test('6. /wachtwoord-vergeten is axe-clean and answers without saying whether the address exists', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await open(page, '/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.waitForURL((u) => u.pathname === '/wachtwoord-vergeten');
    assert.equal(await textOf(page.locator('h1')), 'Wachtwoord vergeten');
    await expectAccessible(page, '/wachtwoord-vergeten');

    const form = page.getByRole('form', { name: 'Wachtwoord vergeten' });
    await form.getByLabel('E-mailadres', { exact: true }).fill('niet-een-adres');
    assert.equal(await post(page, form.getByRole('button', { name: 'Stuur de link' })), 400);
    assert.equal(await page.locator('#f-email').getAttribute('aria-invalid'), 'true');
    assert.ok(await page.locator('#f-email-error').isVisible());
    await expectAccessible(page, '/wachtwoord-vergeten with an error');

    await form.getByLabel('E-mailadres', { exact: true }).fill('niemand@gemeente-groningen.test');
    assert.equal(await post(page, form.getByRole('button', { name: 'Stuur de link' })), 200);
    assert.match(
      await textOf(page.getByRole('status')),
      /Als dit e-mailadres bij een account hoort/,
    );
    await expectAccessible(page, '/wachtwoord-vergeten sent');
  });

  test('7. without JavaScript: logging in and out works (POST forms)', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, '/inloggen');
    assert.equal(await page.locator('script').count(), 0, 'the login page needs no script');

    // A wrong password: the error comes back beside the field, from the server.
    assert.equal(await logIn(page, ADMIN_EMAIL, 'niet-het-wachtwoord'), 401);
    assert.equal(
      await textOf(page.locator('#f-password-error')),
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    assert.equal(await page.locator('#f-password').getAttribute('aria-invalid'), 'true');

    assert.equal(await logIn(page, ADMIN_EMAIL, DEMO_PASSWORD), 303);
    assert.equal(pathOf(page), '/account');
    assert.equal(await textOf(page.locator('h1')), 'Mijn account');
    assert.equal(await page.locator('script').count(), 0, 'the account page needs no script');
    assert.equal(
      await post(page, page.getByRole('button', { name: 'Uitloggen', exact: true })),
      303,
    );
    assert.equal(pathOf(page), '/inloggen');

    // A page that needs a login sends the browser to it, and the login brings it back.
    await expectSentToLogin(page, '/beheer/groningen/logboek');
    assert.equal(await logIn(page, ADMIN_EMAIL, DEMO_PASSWORD), 303);
    assert.equal(pathOf(page), '/beheer/groningen/logboek');
    assert.equal(await textOf(page.locator('h1')), 'Logboek: Groningen');
    assert.equal(await page.locator('script').count(), 0, 'the audit trail needs no script');
  });

  test('8. phone: the admin tables at 360 px, no sideways page scroll, axe-clean', {
    timeout: STEP_TIMEOUT,
  }, async () => {
    const context = await newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await open(page, '/inloggen');
    assert.equal(await logIn(page, ADMIN_EMAIL, DEMO_PASSWORD), 303);
    const failures: string[] = [];
    const check = async (path: string) => {
      await open(page, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) failures.push(`${path} scrolls sideways at 360 px: scrollWidth ${width}`);
      await expectAccessible(page, `${path} at 360 px`).catch((error: Error) =>
        failures.push(error.message),
      );
    };
    for (const path of [
      '/account',
      '/beheer/groningen',
      '/beheer/groningen/logboek',
      '/beheer/groningen/instellingen',
    ]) {
      await check(path);
    }
    // A social worker's page of measurements in follow-up, with one stored.
    await open(page, '/account');
    await post(page, page.getByRole('button', { name: 'Uitloggen', exact: true }));
    await open(page, '/inloggen');
    assert.equal(await logIn(page, 'worker@demo.omzien.nl', DEMO_PASSWORD), 303);
    const measurements = `/werk/groningen/metingen/casus/${randomUUID()}`;
    await open(page, measurements);
    await page.fill('#f-takenOn', '2026-01-15');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) await page.check(`#a${n}-more-or-less`);
    await page.check('#f-consent-given');
    await page.check('#f-consent-verbal');
    assert.equal(
      await post(page, page.getByRole('button', { name: 'Meting opslaan', exact: true })),
      303,
    );
    assert.equal(await textOf(page.locator('[role="status"]')), 'De meting is opgeslagen.');
    await check(measurements);
    assert.equal(failures.length, 0, failures.join('\n\n'));
  });
});
