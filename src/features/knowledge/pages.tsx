/**
 * The Kennisbank's pages: home, the interventions list with search and filters, an intervention,
 * and a page per concept. Server-rendered; every page works without JavaScript.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { type Locale, type T, translator } from '../../platform/i18n/index.ts';
import {
  Breadcrumb,
  ExternalLinks,
  Heading,
  Link,
  List,
  Note,
  P,
  Tags,
} from '../../platform/ui/components.tsx';
import { renderPage } from '../../platform/ui/layout.tsx';
import type { ElementT, Figure, PublicPage, Source } from './content-schema.ts';
import { getConcept, listConcepts } from './get-concepts.ts';
import { getIntervention } from './get-intervention.ts';
import { type ConceptKind, conceptKinds, kindByPath } from './kinds.ts';
import { conceptKindOf, type FilterKey, filterKeys, getLabels, type Labels } from './labels.ts';
import { listInterventions } from './list-interventions.ts';
import type { InterventionRow } from './repo.ts';
import { InterventionFilterShape } from './schema.ts';

const PAGE_SIZE = 20;

/** Query of the list page: like the API's, but a bad value is dropped, never an error page. */
const ListPageQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  ...Object.fromEntries(
    Object.entries(InterventionFilterShape).map(([k, s]) => [k, (s as z.ZodType).catch(undefined)]),
  ),
}) as unknown as z.ZodType<{ q?: string; page: number } & Partial<Record<FilterKey, string[]>>>;

export function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}

/** Text of a content item in the reader's language: English where the item has it. */
function localName(
  item: { name: string; en?: { name?: string | undefined } | undefined },
  locale: Locale,
) {
  return locale === 'en' && item.en?.name ? item.en.name : item.name;
}

/** Content is written in Dutch; on English pages it is marked as Dutch for screen readers. */
function contentLang(locale: Locale): string | undefined {
  return locale === 'en' ? 'nl' : undefined;
}

export function conceptHref(kind: ConceptKind, id?: string): string {
  return id
    ? `/kennisbank/${conceptKinds[kind].path}/${id}`
    : `/kennisbank/${conceptKinds[kind].path}`;
}

export function listHref(
  params: Partial<Record<FilterKey, string[]>> & { q?: string | undefined; page?: number },
): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  for (const key of filterKeys) for (const v of params[key] ?? []) search.append(key, v);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const s = search.toString();
  return `/kennisbank/activiteiten${s ? `?${s}` : ''}`;
}

function SourceLine({
  t,
  sources,
  id,
  where,
}: {
  t: T;
  sources: Source[];
  id: string;
  where?: string | undefined;
}) {
  const s = sources.find((x) => x.id === id);
  if (!s) return null;
  return (
    <p class="utrecht-paragraph omzien-meta">
      {t('source.label')}: <span lang="nl">{s.title}</span> ({s.publisher}
      {s.year ? `, ${s.year}` : ''}){where ? `, ${where}` : ''}
      {s.url ? (
        <>
          {' '}
          <a class="utrecht-link" href={s.url}>
            {s.url.replace(/^https?:\/\//, '')}
          </a>
        </>
      ) : null}
    </p>
  );
}

function InterventionTags({ row, labels, t }: { row: InterventionRow; labels: Labels; t: T }) {
  return (
    <Tags
      label={t('iv.type')}
      items={[
        {
          text: labels.evidence[row.evidence_level] ?? row.evidence_level,
          strong: row.evidence_level === 'substantiated',
        },
        { text: labels.type[row.type] ?? row.type },
        ...row.groups.map((g) => ({ text: labels.group[g] ?? g })),
      ]}
    />
  );
}

function InterventionResult({
  row,
  labels,
  t,
  locale,
}: {
  row: InterventionRow;
  labels: Labels;
  t: T;
  locale: Locale;
}) {
  return (
    <li class="omzien-result">
      <h3 class="utrecht-heading-3">
        <Link href={`/kennisbank/activiteiten/${row.slug}`} lang="nl">
          {row.name}
        </Link>
      </h3>
      <InterventionTags row={row} labels={labels} t={t} />
      <P lang={contentLang(locale)}>{row.summary}</P>
    </li>
  );
}

function FilterForm({
  t,
  labels,
  query,
  facets,
}: {
  t: T;
  labels: Labels;
  query: Partial<Record<FilterKey, string[]>> & { q?: string | undefined };
  facets: Record<FilterKey, Record<string, number>>;
}) {
  return (
    <form
      class="omzien-filters"
      method="get"
      action="/kennisbank/activiteiten"
      aria-label={t('list.search')}
    >
      <div class="omzien-field">
        <label for="q">{t('list.search')}</label>
        <div class="utrecht-form-field-description" id="q-hint">
          {t('list.searchHint')}
        </div>
        <input
          class="utrecht-textbox"
          type="search"
          id="q"
          name="q"
          value={query.q ?? ''}
          aria-describedby="q-hint"
          maxLength={200}
        />
      </div>
      <h2 class="utrecht-heading-2">{t('list.filters')}</h2>
      {filterKeys.map((key) => (
        <fieldset key={key}>
          <legend>{t(`filter.${key}`)}</legend>
          {Object.entries(labels[key]).map(([value, label]) => {
            const id = `f-${key}-${value}`;
            const checked = query[key]?.includes(value) ?? false;
            return (
              <div class="omzien-check" key={value}>
                <input
                  type="checkbox"
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  id={id}
                  name={key}
                  value={value}
                  checked={checked}
                />
                <label for={id}>
                  {label} <span class="omzien-meta">({facets[key][value] ?? 0})</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div class="omzien-actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('list.submit')}
        </button>
        <Link href="/kennisbank/activiteiten">{t('list.reset')}</Link>
      </div>
    </form>
  );
}

async function interventionsPage(db: Db, request: FastifyRequest): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const query = ListPageQuery.parse(request.query ?? {});
  const filters = Object.fromEntries(filterKeys.map((k) => [k, query[k] ?? []])) as Record<
    FilterKey,
    string[]
  >;
  const [labels, result] = await Promise.all([
    getLabels(db, locale),
    listInterventions(db, {
      q: query.q,
      filters,
      limit: PAGE_SIZE,
      offset: (query.page - 1) * PAGE_SIZE,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const active = filterKeys.flatMap((key) =>
    filters[key].map((value) => ({
      key,
      value,
      name: labels[key][value] ?? value,
      href: listHref({ ...filters, q: query.q, [key]: filters[key].filter((v) => v !== value) }),
    })),
  );
  return renderPage({
    locale,
    title: t('list.title'),
    url: request.url,
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[{ href: '/kennisbank', text: t('kb.title') }, { text: t('nav.interventions') }]}
        />
        <Heading level={1}>{t('list.title')}</Heading>
        <P lead>{t('list.intro')}</P>
        <div class="omzien-layout-filters">
          <FilterForm
            t={t}
            labels={labels}
            query={{ ...filters, q: query.q }}
            facets={result.facets}
          />
          <section aria-labelledby="results-title">
            <h2 class="utrecht-heading-2" id="results-title" aria-live="polite">
              {result.total === 1 ? t('list.result1') : t('list.results', { total: result.total })}
            </h2>
            {active.length > 0 ? (
              <>
                <p class="utrecht-paragraph omzien-meta">{t('list.active')}:</p>
                <ul class="omzien-tags">
                  {active.map((a) => (
                    <li class="omzien-tag" key={`${a.key}-${a.value}`}>
                      <a
                        class="utrecht-link"
                        href={a.href}
                        aria-label={t('list.remove', { name: a.name })}
                      >
                        {a.name} ×
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {result.total === 0 ? <P>{t('list.noResults')}</P> : null}
            <ul class="omzien-list-plain">
              {result.items.map((row) => (
                <InterventionResult
                  key={row.slug}
                  row={row}
                  labels={labels}
                  t={t}
                  locale={locale}
                />
              ))}
            </ul>
            {pages > 1 ? (
              <nav aria-label={t('list.pagination')} class="omzien-actions">
                {query.page > 1 ? (
                  <Link href={listHref({ ...filters, q: query.q, page: query.page - 1 })}>
                    {t('list.prev')}
                  </Link>
                ) : null}
                <span>{t('list.page', { page: query.page, pages })}</span>
                {query.page < pages ? (
                  <Link href={listHref({ ...filters, q: query.q, page: query.page + 1 })}>
                    {t('list.next')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      </>
    ),
  });
}

async function interventionPage(db: Db, request: FastifyRequest, slug: string): Promise<string> {
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
            <ul class="omzien-list-plain">
              {similar.map((row) => (
                <InterventionResult
                  key={row.slug}
                  row={row}
                  labels={labels}
                  t={t}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    ),
  });
}

/** Every field a concept of any kind may have; the renderer shows those present. */
interface AnyConcept {
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

function FiguresTable({
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
function ConceptBody({
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
const filterOfKind: Partial<Record<ConceptKind, FilterKey>> = {
  group: 'group',
  'loneliness-type': 'lonelinessType',
  'target-group': 'targetGroup',
  element: 'element',
  'building-block': 'buildingBlock',
  profile: 'profile',
};

function itemTitle(kind: ConceptKind, item: AnyConcept, locale: Locale): string {
  if (kind === 'pilot') return item.municipality ?? '';
  if (kind === 'page') return (item as unknown as PublicPage).title;
  if (kind === 'figure') return `${item.area}: ${item.measure}`;
  if (kind === 'source') return (item as unknown as Source).title;
  return localName(item as { name: string; en?: { name?: string } }, locale);
}

function itemId(kind: ConceptKind, item: AnyConcept, ids: string[], index: number): string {
  return kind === 'pilot' || kind === 'figure' ? (ids[index] ?? '') : (item.id ?? '');
}

async function conceptListPage(
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
    kind === 'pilot' || kind === 'figure'
      ? import('./repo.ts').then((r) => r.findConceptIds(db, kind))
      : Promise.resolve([]),
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

async function conceptPage(
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
                <ul class="omzien-list-plain">
                  {related.items.map((row) => (
                    <InterventionResult
                      key={row.slug}
                      row={row}
                      labels={labels}
                      t={t}
                      locale={locale}
                    />
                  ))}
                </ul>
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

async function publicPage(db: Db, request: FastifyRequest, id: string): Promise<string> {
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

interface KbLink {
  kind: ConceptKind;
}

async function knowledgeHome(db: Db, request: FastifyRequest): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const { total } = await listInterventions(db, { filters: {}, limit: 1, offset: 0 });
  const sections: { title: string; kinds: KbLink[]; extra?: ComponentChildren }[] = [
    {
      title: t('kb.section.about'),
      kinds: [
        { kind: 'definition' },
        { kind: 'loneliness-type' },
        { kind: 'cause' },
        { kind: 'consequence' },
        { kind: 'spiral' },
        { kind: 'figure' },
        { kind: 'target-group' },
      ],
    },
    {
      title: t('kb.section.works'),
      kinds: [
        { kind: 'element' },
        { kind: 'group' },
        { kind: 'profile' },
        { kind: 'prevention-level' },
      ],
      extra: (
        <li class="utrecht-unordered-list__item">
          <Link href="/kennisbank/activiteiten">{t('kb.interventions')}</Link> (
          {t('kb.interventionsCount', { count: total })})
        </li>
      ),
    },
    {
      title: t('kb.section.together'),
      kinds: [
        { kind: 'step' },
        { kind: 'building-block' },
        { kind: 'choice' },
        { kind: 'tip' },
        { kind: 'partner' },
        { kind: 'pillar' },
        { kind: 'toolkit' },
        { kind: 'action-line' },
        { kind: 'pilot' },
      ],
    },
  ];
  return renderPage({
    locale,
    title: t('kb.title'),
    url: request.url,
    children: (
      <>
        <Heading level={1}>{t('kb.title')}</Heading>
        <P lead>{t('kb.intro')}</P>
        <div class="omzien-cards">
          {sections.map((s) => (
            <section class="omzien-card" key={s.title}>
              <Heading level={2}>{s.title}</Heading>
              <ul class="utrecht-unordered-list">
                {s.extra}
                {s.kinds.map(({ kind }) => (
                  <li class="utrecht-unordered-list__item" key={kind}>
                    <Link href={conceptHref(kind)}>{conceptKinds[kind][locale]}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section class="omzien-card">
            <Heading level={2}>{t('kb.section.everyone')}</Heading>
            <ul class="utrecht-unordered-list">
              <li class="utrecht-unordered-list__item">
                <Link href="/wat-kun-je-doen">{t('nav.whatYouCanDo')}</Link>
              </li>
              <li class="utrecht-unordered-list__item">
                <Link href="/eenzaamheid-herkennen">{t('nav.recognise')}</Link>
              </li>
              <li class="utrecht-unordered-list__item">
                <Link href={conceptHref('source')}>{conceptKinds.source[locale]}</Link>
              </li>
            </ul>
          </section>
        </div>
      </>
    ),
  });
}

function home(request: FastifyRequest): string {
  const { locale } = request;
  const t = translator(locale);
  const cards: { href: string; title: string; body: string }[] = [
    { href: '/kennisbank', title: t('home.knowledge.title'), body: t('home.knowledge.body') },
    {
      href: '/kennisbank/activiteiten',
      title: t('home.interventions.title'),
      body: t('home.interventions.body'),
    },
    { href: '/wegwijzer', title: t('home.guide.title'), body: t('home.guide.body') },
    { href: '/wat-kun-je-doen', title: t('home.public.title'), body: t('home.public.body') },
  ];
  return renderPage({
    locale,
    title: t('home.title'),
    url: request.url,
    children: (
      <>
        <Heading level={1}>{t('home.title')}</Heading>
        <P lead>{t('home.intro')}</P>
        <ul class="omzien-cards">
          {cards.map((c) => (
            <li class="omzien-card" key={c.href}>
              <h2 class="utrecht-heading-2">
                <Link href={c.href}>{c.title}</Link>
              </h2>
              <P>{c.body}</P>
            </li>
          ))}
        </ul>
      </>
    ),
  });
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function registerKnowledgePages(app: FastifyInstance, db: Db): void {
  app.get('/', async (request, reply) => html(reply, home(request)));
  app.get('/kennisbank', async (request, reply) => html(reply, await knowledgeHome(db, request)));
  app.get('/kennisbank/activiteiten', async (request, reply) =>
    html(reply, await interventionsPage(db, request)),
  );
  app.get<{ Params: { slug: string } }>(
    '/kennisbank/activiteiten/:slug',
    async (request, reply) => {
      if (!slugPattern.test(request.params.slug)) throw new NotFoundError('Activiteit');
      return html(reply, await interventionPage(db, request, request.params.slug));
    },
  );
  app.get<{ Params: { kind: string } }>('/kennisbank/:kind', async (request, reply) => {
    const kind = kindByPath(request.params.kind);
    if (!kind) throw new NotFoundError('Pagina');
    return html(reply, await conceptListPage(db, request, kind));
  });
  app.get<{ Params: { kind: string; id: string } }>(
    '/kennisbank/:kind/:id',
    async (request, reply) => {
      const kind = kindByPath(request.params.kind);
      if (!kind || !slugPattern.test(request.params.id)) throw new NotFoundError('Pagina');
      return html(reply, await conceptPage(db, request, kind, request.params.id));
    },
  );
  app.get('/wat-kun-je-doen', async (request, reply) =>
    html(reply, await publicPage(db, request, 'wat-kun-je-doen')),
  );
  app.get('/eenzaamheid-herkennen', async (request, reply) =>
    html(reply, await publicPage(db, request, 'eenzaamheid-herkennen')),
  );
}
