/**
 * The page frame every server-rendered page shares: skip link, header with navigation and a
 * language switch, the main content, and a footer naming the sources and licences.
 */
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { type Locale, type MessageKey, translator } from '../i18n/index.ts';

export interface FooterSource {
  title: string;
  publisher: string;
  year?: number | undefined;
  url?: string | undefined;
}

const site: { sources: FooterSource[]; selfCheck: boolean } = { sources: [], selfCheck: true };

/** Set once at start: the sources the footer names, and whether the self-check is on. */
export function configureSite(options: { sources: FooterSource[]; selfCheck: boolean }): void {
  site.sources = options.sources;
  site.selfCheck = options.selfCheck;
}

export interface PageOptions {
  locale: Locale;
  /** The page title, without the site name. */
  title: string;
  /** Request path with query, to mark the current menu item and build the language switch. */
  url: string;
  description?: string;
  /** A municipality's theme stylesheet (its colours as design tokens), after our own. */
  themeHref?: string | undefined;
  children: ComponentChildren;
}

const navItems: { href: string; key: MessageKey }[] = [
  { href: '/kennisbank', key: 'nav.knowledge' },
  { href: '/kennisbank/activiteiten', key: 'nav.interventions' },
  { href: '/wegwijzer', key: 'nav.guide' },
  { href: '/monitor', key: 'nav.monitor' },
  { href: '/eenzaamheidsmeter', key: 'nav.selfCheck' },
  { href: '/wat-kun-je-doen', key: 'nav.whatYouCanDo' },
  { href: '/eenzaamheid-herkennen', key: 'nav.recognise' },
];

/** The same URL with another language chosen. */
export function withLang(url: string, lang: Locale): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
}

function isCurrent(path: string, href: string): boolean {
  if (href === '/kennisbank')
    return (
      path === '/kennisbank' ||
      (path.startsWith('/kennisbank/') && !path.startsWith('/kennisbank/activiteiten'))
    );
  return path === href || path.startsWith(`${href}/`);
}

function Page({ locale, title, url, description, themeHref, children }: PageOptions) {
  const t = translator(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const path = new URL(url, 'http://x').pathname;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t('site.name')}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/assets/nlds.css" />
        <link rel="stylesheet" href="/assets/omzien.css" />
        {themeHref ? <link rel="stylesheet" href={themeHref} /> : null}
      </head>
      <body class="utrecht-document utrecht-document--surface omzien-theme">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('skip.content')}
        </a>
        <header class="omzien-header">
          <div class="omzien-container omzien-header__top">
            <a class="omzien-logo" href="/">
              <span class="omzien-logo__name">{t('site.name')}</span>
              <span class="omzien-logo__tagline">{t('site.tagline')}</span>
            </a>
            <a class="utrecht-link omzien-account-link" href="/account">
              {t('nav.account')}
            </a>
            <a
              class="utrecht-link omzien-lang"
              href={withLang(url, other)}
              lang={other}
              hrefLang={other}
              aria-label={t('lang.switchLabel')}
            >
              {t('lang.switch')}
            </a>
          </div>
          <nav class="omzien-nav" aria-label={t('nav.label')}>
            <ul class="omzien-container omzien-nav__list">
              {navItems
                .filter((item) => site.selfCheck || item.href !== '/eenzaamheidsmeter')
                .map((item) => {
                  const current = isCurrent(path, item.href);
                  return (
                    <li key={item.href}>
                      <a
                        class="omzien-nav__link"
                        href={item.href}
                        aria-current={current ? 'page' : undefined}
                      >
                        {t(item.key)}
                      </a>
                    </li>
                  );
                })}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="omzien-container omzien-main" tabIndex={-1}>
          {children}
        </main>
        <footer class="omzien-footer">
          <div class="omzien-container">
            <h2 class="utrecht-heading-2">{t('footer.sources')}</h2>
            <p class="utrecht-paragraph">{t('footer.sourcesIntro')}</p>
            <ul class="utrecht-unordered-list omzien-footer__sources">
              {site.sources.map((s) => (
                <li key={s.title} class="utrecht-unordered-list__item">
                  {s.url ? (
                    <a class="utrecht-link" href={s.url} lang="nl">
                      {s.title}
                    </a>
                  ) : (
                    <span lang="nl">{s.title}</span>
                  )}{' '}
                  ({s.publisher}
                  {s.year ? `, ${s.year}` : ''})
                </li>
              ))}
            </ul>
            <p class="utrecht-paragraph">{t('footer.licence')}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href="/api/v1/openapi.json">
                {t('footer.api')}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Render a whole HTML document. */
export function renderPage(options: PageOptions): string {
  return `<!doctype html>${render(<Page {...options} />)}`;
}
