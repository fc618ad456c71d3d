/** One intervention: what it means, evidence, links, our classification, similar ones. */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { translator } from '../../../platform/i18n/index.ts';
import {
  Breadcrumb,
  ExternalLinks,
  Heading,
  Note,
  P,
  Tags,
} from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import type { Source } from '../content-schema.ts';
import { listConcepts } from '../get-concepts.ts';
import { getIntervention } from '../get-intervention.ts';
import { conceptKindOf, type FilterKey, getLabels } from '../labels.ts';
import { conceptHref, contentLang, InterventionResults, SourceLine } from './shared.tsx';

export async function interventionPage(
  db: Db,
  request: FastifyRequest,
  slug: string,
): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const [{ intervention: i, similar }, labels, sources] = await Promise.all([
    getIntervention(db, slug),
    getLabels(db, locale),
    listConcepts<Source>(db, 'source'),
  ]);
  const c = i.classification;
  const tagLinks = (key: FilterKey, ids: string[]) => {
    const kind = conceptKindOf(key);
    return ids.map((id) => ({
      text: labels[key][id] ?? id,
      ...(kind ? { href: conceptHref(kind, id) } : {}),
    }));
  };
  const lang = contentLang(locale);
  return renderPage({
    locale,
    title: i.name,
    url: request.url,
    description: i.summary,
    children: (
      <article>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[
            { href: '/kennisbank', text: t('kb.title') },
            { href: '/kennisbank/activiteiten', text: t('nav.interventions') },
            { text: i.name },
          ]}
        />
        <h1 class="utrecht-heading-1" lang="nl">
          {i.name}
        </h1>
        <Tags
          items={[
            {
              text: labels.evidence[i.evidence.level] ?? i.evidence.level,
              strong: i.evidence.level === 'substantiated',
            },
            { text: labels.type[i.type] ?? i.type },
          ]}
        />
        <Heading level={2}>{t('iv.essence')}</Heading>
        <P lang={lang}>{i.summary}</P>
        {locale === 'en' && i.en?.summary ? <P>{i.en.summary}</P> : null}
        <Heading level={2}>{t('iv.evidence')}</Heading>
        {i.evidence.level === 'substantiated' ? (
          <>
            <P>
              {t('iv.substantiated', {
                foundBy: i.evidence.foundBy,
                year: i.evidence.year ? ` (${i.evidence.year})` : '',
              })}
            </P>
            <P lang={lang}>{i.evidence.finding}</P>
          </>
        ) : (
          <P>{t('iv.promising')}</P>
        )}
        {i.links.length > 0 ? (
          <>
            <Heading level={2}>{t('common.links')}</Heading>
            <ExternalLinks links={i.links} />
          </>
        ) : null}
        <SourceLine t={t} sources={sources} id={i.source} where={i.where} />
        <section aria-labelledby="classification">
          <Heading level={2} id="classification">
            {t('common.ourClassification')}
          </Heading>
          <Note>
            <P>{t('common.ourClassificationNote')}</P>
          </Note>
          <dl class="omzien-definitions">
            {(
              [
                'group',
                'lonelinessType',
                'targetGroup',
                'element',
                'buildingBlock',
                'profile',
              ] as const
            ).map((key) => {
              const ids = {
                group: c.groups,
                lonelinessType: c.lonelinessTypes,
                targetGroup: c.targetGroups,
                element: c.elements,
                buildingBlock: c.buildingBlocks,
                profile: c.profiles,
              }[key];
              return (
                <div key={key}>
                  <dt>
                    <strong>{t(`filter.${key}`)}</strong>
                  </dt>
                  <dd>{ids.length ? <Tags items={tagLinks(key, ids)} /> : t('common.none')}</dd>
                </div>
              );
            })}
          </dl>
          <Heading level={3}>{t('iv.rationale')}</Heading>
          <P lang={lang}>{c.rationale}</P>
        </section>
        {similar.length > 0 ? (
          <section aria-labelledby="similar">
            <Heading level={2} id="similar">
              {t('iv.similar')}
            </Heading>
            <InterventionResults rows={similar} labels={labels} t={t} locale={locale} />
          </section>
        ) : null}
      </article>
    ),
  });
}
