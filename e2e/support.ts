/**
 * What every browser journey shares: Debian's Chromium with the flags this machine needs, the
 * axe scan against WCAG 2.1 AA, and opening a page with its status checked.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Start Chromium; a missing browser fails the run (never a skip). */
export async function launchChromium(): Promise<Browser> {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}: install Debian's chromium package (.ci/run does).`,
  );
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** Run axe on the page as it is now; fail with every violation's id, targets and help. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (result.violations.length === 0) return;
  const lines = result.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 10)
      .map(
        (n) =>
          `      - ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
      )
      .join('\n');
    const more = v.nodes.length > 10 ? `\n      … and ${v.nodes.length - 10} more` : '';
    return `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    ${v.helpUrl}\n${targets}${more}`;
  });
  assert.fail(
    `axe found ${result.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}

/** Open a path of the app at `base`, assert the HTTP status, and return the page. */
export async function openAt(base: string, page: Page, path: string, status = 200): Promise<Page> {
  const response = await page.goto(`${base}${path}`);
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), status, `status of ${path}`);
  return page;
}
