/** The pages for everyone: "Wat kun je doen?" and "Eenzaamheid herkennen". */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { Heading, Link, List, P } from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import type { ElementT, PublicPage, Source } from '../content-schema.ts';
import { getConcept, listConcepts } from '../get-concepts.ts';
import { conceptHref, contentLang, SourceLine } from './shared.tsx';

export async function publicPage(db: Db, request: FastifyRequest, id: string): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const [page, sources, elements] = await Promise.all([
    getConcept<PublicPage>(db, 'page', id),
    listConcepts<Source>(db, 'source'),
    listConcepts<ElementT>(db, 'element'),
  ]);
  const lang = contentLang(locale);
  const title = locale === 'en' && page.en?.title ? page.en.title : page.title;
  return renderPage({
    locale,
    title,
    url: request.url,
    description: page.intro,
    children: (
      <article>
        <h1 class="utrecht-heading-1">{title}</h1>
        {locale === 'en' ? <P>{t('common.contentInDutch')}</P> : null}
        <div lang={lang}>
          <P lead>{page.intro}</P>
          {page.sections.map((s) => (
            <section key={s.heading}>
              <Heading level={2}>{s.heading}</Heading>
              <P>{s.body}</P>
              <List items={s.points} />
              {s.elements.length > 0 ? (
                <P>
                  {s.elements.map((e) => {
                    const el = elements.find((x) => x.id === e);
                    return el ? (
                      <Link key={e} href={conceptHref('element', e)}>
                        {t('concept.readMore', { name: el.name.toLowerCase() })}
                      </Link>
                    ) : null;
                  })}
                </P>
              ) : null}
            </section>
          ))}
        </div>
        <SourceLine t={t} sources={sources} id={page.source} where={page.where} />
      </article>
    ),
  });
}
