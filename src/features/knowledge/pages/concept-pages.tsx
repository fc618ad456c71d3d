/** A page per kind of concept and per concept, rendering whatever fields an item has. */
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { type Locale, type T, translator } from '../../../platform/i18n/index.ts';
import {
  Breadcrumb,
  ExternalLinks,
  Heading,
  Link,
  List,
  Note,
  P,
} from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import type { Figure, PublicPage, Source } from '../content-schema.ts';
import { getConcept, listConceptIds, listConcepts } from '../get-concepts.ts';
import { type ConceptKind, conceptKinds } from '../kinds.ts';
import { type FilterKey, getLabels } from '../labels.ts';
import { listInterventions } from '../list-interventions.ts';
import {
  conceptHref,
  contentLang,
  InterventionResults,
  listHref,
  localName,
  SourceLine,
} from './shared.tsx';

/** Every field a concept of any kind may have; the renderer shows those present. */
export interface AnyConcept {
  id?: string;
  name?: string;
  source?: string;
  where?: string;
  gloss?: string;
  description?: string;
  en?: { name?: string; summary?: string };
  points?: string[];
  duration?: 'situational' | 'structural';
  motivation?: 'participation' | 'no-participation';
  coping?: 'active' | 'passive';
  approach?: string;
  caution?: string;
  activities?: { name: string; means: string }[];
  helps?: string[];
  backfires?: string[];
  cautions?: string[];
  why?: string;
  figures?: z.infer<typeof Figure>[];
  asks?: string[];
  advice?: string[];
  networkExamples?: string[];
  neighbourhoodExamples?: string[];
  municipality?: string;
  leadOrganisation?: string;
  example?: string;
  links?: string[];
  area?: string;
  measure?: string;
}

export function FiguresTable({
  t,
  figures,
  caption,
}: {
  t: T;
  figures: z.infer<typeof Figure>[];
  caption: string;
}) {
  if (figures.length === 0) return null;
  const value = (f: z.infer<typeof Figure>) =>
    f.unit === 'percent'
      ? `${f.value.toLocaleString('nl-NL')} %`
      : f.unit === 'euro'
        ? `€ ${f.value.toLocaleString('nl-NL')}`
        : f.value.toLocaleString('nl-NL');
  return (
    <div class="omzien-table-wrap">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('figure.area')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('figure.measure')}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('figure.value')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('figure.age')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('figure.year')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {figures.map((f, i) => (
            <tr class="utrecht-table__row" key={i}>
              <td class="utrecht-table__cell" lang="nl">
                {f.area}
              </td>
              <td class="utrecht-table__cell" lang="nl">
                {f.measure}
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{value(f)}</td>
              <td class="utrecht-table__cell">{f.age ?? '—'}</td>
              <td class="utrecht-table__cell">{f.year ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The body of any concept: renders the fields the item has, in a fixed order. */
export function ConceptBody({
  item,
  t,
  locale,
  headingLevel,
}: {
  item: AnyConcept;
  t: T;
  locale: Locale;
  headingLevel: 2 | 3;
}) {
  const lang = contentLang(locale);
  const H = ({ children }: { children: ComponentChildren }) => (
    <Heading level={headingLevel}>{children}</Heading>
  );
  return (
    <div lang={lang}>
      {item.gloss ? <P lead>{item.gloss}</P> : null}
      {item.description ? <P>{item.description}</P> : null}
      {locale === 'en' && item.en?.summary ? <P lang="en">{item.en.summary}</P> : null}
      {item.points && item.points.length > 0 ? <List items={item.points} /> : null}
      {item.duration ? (
        <dl>
          <dt>
            <strong>{t('concept.duration')}</strong>
          </dt>
          <dd>{t(`duration.${item.duration}` as const)}</dd>
          {item.motivation ? (
            <>
              <dt>
                <strong>{t('concept.motivation')}</strong>
              </dt>
              <dd>{t(`motivation.${item.motivation}` as const)}</dd>
            </>
          ) : null}
          {item.coping ? (
            <>
              <dt>
                <strong>{t('concept.coping')}</strong>
              </dt>
              <dd>{t(`coping.${item.coping}` as const)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {item.approach ? (
        <>
          <H>{t('concept.approach')}</H>
          <P>{item.approach}</P>
        </>
      ) : null}
      {item.caution ? (
        <Note warning>
          <p class="utrecht-paragraph">
            <strong>{t('concept.caution')}.</strong> {item.caution}
          </p>
        </Note>
      ) : null}
      {item.activities && item.activities.length > 0 ? (
        <>
          <H>{t('concept.activities')}</H>
          <List
            items={item.activities.map((a) => (
              <>
                <strong>{a.name}</strong>, {a.means}
              </>
            ))}
          />
        </>
      ) : null}
      {item.helps && item.helps.length > 0 ? (
        <>
          <H>{t('concept.helps')}</H>
          <List items={item.helps} />
        </>
      ) : null}
      {item.backfires && item.backfires.length > 0 ? (
        <Note warning>
          <H>{t('concept.backfires')}</H>
          <List items={item.backfires} />
        </Note>
      ) : null}
      {item.cautions && item.cautions.length > 0 ? (
        <Note warning>
          <H>{t('concept.cautions')}</H>
          <List items={item.cautions} />
        </Note>
      ) : null}
      {item.why ? (
        <>
          <H>{t('concept.why')}</H>
          <P>{item.why}</P>
        </>
      ) : null}
      {item.figures && item.figures.length > 0 ? (
        <>
          <H>{t('concept.figures')}</H>
          <FiguresTable
            t={t}
            figures={item.figures}
            caption={`${t('concept.figures')}: ${item.name ?? ''}`}
          />
        </>
      ) : null}
      {item.asks && item.asks.length > 0 ? (
        <>
          <H>{t('concept.asks')}</H>
          <List items={item.asks} />
        </>
      ) : null}
      {item.advice && item.advice.length > 0 ? (
        <>
          <H>{t('concept.advice')}</H>
          <List items={item.advice} />
        </>
      ) : null}
      {item.networkExamples && item.networkExamples.length > 0 ? (
        <>
          <H>{t('concept.network')}</H>
          <List items={item.networkExamples} />
          <H>{t('concept.neighbourhood')}</H>
          <List items={item.neighbourhoodExamples ?? []} />
        </>
      ) : null}
      {item.leadOrganisation ? (
        <P>
          <strong>{t('concept.lead')}:</strong> {item.leadOrganisation}
        </P>
      ) : null}
      {item.example ? (
        <>
          <H>{t('concept.example')}</H>
          <P>{item.example}</P>
        </>
      ) : null}
      {item.links && item.links.length > 0 ? <ExternalLinks links={item.links} /> : null}
    </div>
  );
}

/** Which filter of the interventions list a kind of concept corresponds to. */
export const filterOfKind: Partial<Record<ConceptKind, FilterKey>> = {
  group: 'group',
  'loneliness-type': 'lonelinessType',
  'target-group': 'targetGroup',
  element: 'element',
  'building-block': 'buildingBlock',
  profile: 'profile',
};

export function itemTitle(kind: ConceptKind, item: AnyConcept, locale: Locale): string {
  if (kind === 'pilot') return item.municipality ?? '';
  if (kind === 'page') return (item as unknown as PublicPage).title;
  if (kind === 'figure') return `${item.area}: ${item.measure}`;
  if (kind === 'source') return (item as unknown as Source).title;
  return localName(item as { name: string; en?: { name?: string } }, locale);
}

export function itemId(kind: ConceptKind, item: AnyConcept, ids: string[], index: number): string {
  return kind === 'pilot' || kind === 'figure' ? (ids[index] ?? '') : (item.id ?? '');
}

export async function conceptListPage(
  db: Db,
  request: FastifyRequest,
  kind: ConceptKind,
): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const title = conceptKinds[kind][locale];
  const [items, sources, idRows] = await Promise.all([
    listConcepts<AnyConcept>(db, kind),
    listConcepts<Source>(db, 'source'),
    kind === 'pilot' || kind === 'figure' ? listConceptIds(db, kind) : Promise.resolve([]),
  ]);
  // The profile caution holds for all profiles: say it once, above them.
  const caution = kind === 'profile' ? items[0]?.caution : undefined;
  if (caution) for (const item of items) item.caution = undefined;
  const body =
    kind === 'figure' ? (
      <FiguresTable
        t={t}
        figures={items as unknown as z.infer<typeof Figure>[]}
        caption={t('figure.caption')}
      />
    ) : kind === 'page' ? (
      <ul class="utrecht-unordered-list">
        {(items as unknown as PublicPage[]).map((p) => (
          <li key={p.id} class="utrecht-unordered-list__item">
            <Link href={`/${p.id}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    ) : (
      items.map((item, index) => {
        const id = itemId(kind, item, idRows, index);
        const name = itemTitle(kind, item, locale);
        return (
          <section key={id} aria-labelledby={`c-${id}`}>
            <h2 class="utrecht-heading-2" id={`c-${id}`}>
              <Link href={conceptHref(kind, id)}>{name}</Link>
            </h2>
            {kind === 'source' ? (
              <P>{(item as unknown as Source).description}</P>
            ) : (
              <ConceptBody item={item} t={t} locale={locale} headingLevel={3} />
            )}
          </section>
        );
      })
    );
  const firstSource = items[0]?.source;
  return renderPage({
    locale,
    title,
    url: request.url,
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[{ href: '/kennisbank', text: t('kb.title') }, { text: title }]}
        />
        <Heading level={1}>{title}</Heading>
        {locale === 'en' ? <P>{t('common.contentInDutch')}</P> : null}
        {caution ? (
          <Note warning>
            <p class="utrecht-paragraph" lang={contentLang(locale)}>
              <strong>{t('concept.caution')}.</strong> {caution}
            </p>
          </Note>
        ) : null}
        {body}
        {firstSource && kind !== 'figure' && kind !== 'source' ? (
          <SourceLine t={t} sources={sources} id={firstSource} />
        ) : null}
      </>
    ),
  });
}

export async function conceptPage(
  db: Db,
  request: FastifyRequest,
  kind: ConceptKind,
  id: string,
): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const [item, sources, labels] = await Promise.all([
    getConcept<AnyConcept>(db, kind, id),
    listConcepts<Source>(db, 'source'),
    getLabels(db, locale),
  ]);
  const name = itemTitle(kind, item, locale);
  const filter = filterOfKind[kind];
  const related = filter
    ? await listInterventions(db, { filters: { [filter]: [id] }, limit: 10, offset: 0 })
    : undefined;
  return renderPage({
    locale,
    title: name,
    url: request.url,
    children: (
      <article>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[
            { href: '/kennisbank', text: t('kb.title') },
            { href: conceptHref(kind), text: conceptKinds[kind][locale] },
            { text: name },
          ]}
        />
        <h1 class="utrecht-heading-1">{name}</h1>
        {locale === 'en' ? <P>{t('common.contentInDutch')}</P> : null}
        {kind === 'figure' ? (
          <FiguresTable
            t={t}
            figures={[item as unknown as z.infer<typeof Figure>]}
            caption={name}
          />
        ) : kind === 'source' ? (
          <P lang={contentLang(locale)}>{(item as unknown as Source).description}</P>
        ) : (
          <ConceptBody item={item} t={t} locale={locale} headingLevel={2} />
        )}
        {item.source ? (
          <SourceLine t={t} sources={sources} id={item.source} where={item.where} />
        ) : null}
        {related && filter ? (
          <section aria-labelledby="related">
            <Heading level={2} id="related">
              {t('concept.related')}
            </Heading>
            {related.total === 0 ? (
              <P>{t('list.noResults')}</P>
            ) : (
              <>
                <InterventionResults rows={related.items} labels={labels} t={t} locale={locale} />
                <P>
                  <Link href={listHref({ [filter]: [id] })}>
                    {t('concept.allRelated', { count: related.total })}
                  </Link>
                </P>
              </>
            )}
          </section>
        ) : null}
      </article>
    ),
  });
}
