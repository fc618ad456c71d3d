/** The page shown for an error: calm words in the user's language, never a stack trace. */
import type { Locale } from '../i18n/index.ts';
import { translator } from '../i18n/index.ts';
import { renderPage } from './layout.tsx';

export function renderErrorPage(locale: Locale, status: number, url: string): string {
  const t = translator(locale);
  const key = status === 404 ? '404' : status === 400 ? '400' : status >= 500 ? '500' : 'other';
  const title = t(`error.${key}.title` as 'error.404.title');
  return renderPage({
    locale,
    title,
    url,
    children: (
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">{t(`error.${key}.body` as 'error.404.body')}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/">
            {t('error.home')}
          </a>
        </p>
      </>
    ),
  });
}
