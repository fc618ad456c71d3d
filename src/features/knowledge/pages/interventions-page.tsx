/** The interventions list: Dutch search, filters that combine, counts per value, pages. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { type T, translator } from '../../../platform/i18n/index.ts';
import { Breadcrumb, Heading, Link, P } from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import { type FilterKey, filterKeys, getLabels, type Labels } from '../labels.ts';
import { listInterventions } from '../list-interventions.ts';
import { InterventionFilterShape } from '../schema.ts';
import { InterventionResults, listHref } from './shared.tsx';

export const PAGE_SIZE = 20;

/** Query of the list page: like the API's, but a bad value is dropped, never an error page. */
export const ListPageQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  ...Object.fromEntries(
    Object.entries(InterventionFilterShape).map(([k, s]) => [k, (s as z.ZodType).catch(undefined)]),
  ),
}) as unknown as z.ZodType<{ q?: string; page: number } & Partial<Record<FilterKey, string[]>>>;

export function FilterForm({
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

export async function interventionsPage(db: Db, request: FastifyRequest): Promise<string> {
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
            <InterventionResults rows={result.items} labels={labels} t={t} locale={locale} />
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
