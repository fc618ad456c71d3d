/** The Kennisbank's pages over HTTP: they render, link, keep filter state in the URL, switch language. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { conceptKinds } from './kinds.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

async function page(path: string, init?: RequestInit) {
  const res = await t.get(path, init);
  return { status: res.status, html: await res.text(), res };
}

describe(`Kennisbank pages (${dbLabel})`, () => {
  test('every page has the frame: lang, title, skip link, navigation, main, footer with sources', async () => {
    for (const path of [
      '/',
      '/kennisbank',
      '/kennisbank/activiteiten',
      '/wegwijzer',
      '/wat-kun-je-doen',
      '/eenzaamheid-herkennen',
    ]) {
      const { status, html, res } = await page(path);
      assert.equal(status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(html, /^<!doctype html><html lang="nl">/, path);
      assert.match(
        html,
        /<a class="utrecht-skip-link[^"]*" href="#inhoud">Direct naar de inhoud<\/a>/,
      );
      assert.match(html, /<main id="inhoud"/);
      assert.match(html, /<nav class="omzien-nav" aria-label="Hoofdmenu">/);
      assert.match(html, /Handreiking lokale aanpak eenzaamheid/);
      assert.match(html, /EUPL-1\.2/);
      assert.equal((html.match(/<h1/g) ?? []).length, 1, `${path} has one h1`);
      assert.doesNotMatch(html, /<script/, `${path} needs no JavaScript`);
    }
  });

  test('a page per concept kind and per concept item', async () => {
    for (const kind of Object.values(conceptKinds)) {
      const { status, html } = await page(`/kennisbank/${kind.path}`);
      assert.equal(status, 200, kind.path);
      const links = [
        ...html.matchAll(new RegExp(`href="(/kennisbank/${kind.path}/[a-z0-9-]+)"`, 'g')),
      ];
      if (kind.path === 'paginas' || kind.path === 'cijfers') continue;
      assert.ok(links.length > 0, `${kind.path} links to its items`);
      const item = await page(links[0]?.[1] ?? '');
      assert.equal(item.status, 200, links[0]?.[1]);
    }
  });

  test('the interventions page searches and filters, with the state in the URL', async () => {
    const { html } = await page('/kennisbank/activiteiten?q=vriendschappen&evidence=substantiated');
    assert.match(html, /Zin in vriendschap/);
    assert.doesNotMatch(html, /Vriendschapscursus voor vrouwen/, 'promising ones are filtered out');
    assert.match(
      html,
      /<input class="utrecht-textbox" type="search" id="q" name="q" value="vriendschappen"/,
    );
    assert.match(html, /name="evidence" value="substantiated" checked/);
    assert.match(html, /Onderbouwd <span class="omzien-meta">\(\d+\)<\/span>/, 'counts per value');
    assert.match(html, /aria-label="Verwijder: Onderbouwd"/);
  });

  test('the interventions page pages through results', async () => {
    const first = await page('/kennisbank/activiteiten');
    assert.match(first.html, /63 activiteiten gevonden/);
    assert.match(first.html, /Pagina 1 van 4/);
    const last = await page('/kennisbank/activiteiten?page=4');
    assert.match(last.html, /Pagina 4 van 4/);
    assert.equal((last.html.match(/class="omzien-result"/g) ?? []).length, 3);
  });

  test('bad filter values on a page are dropped, not an error', async () => {
    const { status, html } = await page(
      `/kennisbank/activiteiten?type=walk&page=-3&q=${'x'.repeat(300)}`,
    );
    assert.equal(status, 200);
    assert.match(html, /63 activiteiten gevonden/);
  });

  test('an intervention page shows evidence, links, our classification and similar interventions', async () => {
    const { status, html } = await page('/kennisbank/activiteiten/vier-het-leven');
    assert.equal(status, 200);
    assert.match(html, /<h1 class="utrecht-heading-1" lang="nl">Vier het Leven<\/h1>/);
    assert.match(html, /Onderbouwd\. Onderzoek van/);
    assert.match(html, /Indeling door Omzien/);
    assert.match(html, /href="\/kennisbank\/werkzame-elementen\/[a-z-]+"/);
    assert.match(html, /Activiteiten die hierop lijken/);
    assert.match(html, /href="https:\/\/www\.4hetleven\.nl\/"/);
  });

  test('the profiles page says once, above all, that a profile is a tool and not a label', async () => {
    const { html } = await page('/kennisbank/profielen');
    assert.equal((html.match(/Een profiel is een hulpmiddel\./g) ?? []).length, 1);
    const one = await page('/kennisbank/profielen/survivors');
    assert.match(one.html, /Een profiel is een hulpmiddel\./);
  });

  test('a concept page lists the interventions that fit it', async () => {
    const { html } = await page('/kennisbank/groepen/severe');
    assert.match(html, /Activiteiten die hierbij passen/);
    assert.match(html, /href="\/kennisbank\/activiteiten\?group=severe"/);
  });

  test('unknown pages are a Dutch 404 page, never a stack trace', async () => {
    for (const path of [
      '/bestaat-niet',
      '/kennisbank/onzin',
      '/kennisbank/groepen/onzin',
      '/kennisbank/activiteiten/onzin',
      '/kennisbank/activiteiten/Hoofdletters',
    ]) {
      const { status, html } = await page(path);
      assert.equal(status, 404, path);
      assert.match(html, /Pagina niet gevonden/, path);
      assert.doesNotMatch(html, /at .*\.ts:\d+/);
    }
    const malformed = await page('/kennisbank/activiteiten/%E0%A4%A');
    assert.equal(malformed.status, 400);
    assert.match(malformed.html, /Er klopt iets niet in uw verzoek/);
    const api = await t.get('/api/v1/interventions/%E0%A4%A');
    assert.equal(api.status, 400);
    assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('the language switch shows English and remembers it in a cookie', async () => {
    const { html, res } = await page('/kennisbank?lang=en');
    assert.match(html, /<html lang="en">/);
    assert.match(html, />Knowledge base</);
    assert.match(html, /href="\/kennisbank\?lang=nl"/);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /lang=en/);
    const next = await page('/wegwijzer', { headers: { cookie: 'lang=en' } });
    assert.match(next.html, /<html lang="en">/);
    assert.match(next.html, /Show what fits/);
  });

  test('security headers are set on pages', async () => {
    const { res } = await page('/');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  test('the stylesheets are served', async () => {
    const ours = await t.get('/assets/omzien.css');
    assert.equal(ours.status, 200);
    assert.match(await ours.text(), /--utrecht-document-font-family/);
    const nlds = await t.get('/assets/nlds.css');
    assert.equal(nlds.status, 200);
    const css = await nlds.text();
    assert.match(css, /\.utrecht-heading-1/);
    assert.match(css, /@license EUPL-1\.2/);
    assert.doesNotMatch(css, /^\.utrecht-accordion \{/m, 'components we do not use are left out');
    assert.ok(css.length < 250_000, `subset is ${css.length} bytes`);
  });
});
