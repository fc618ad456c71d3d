/** Pieces the Kennisbank pages share: links, the source line, intervention results. */
import type { Locale, T } from '../../../platform/i18n/index.ts';
import { Link, P, Tags } from '../../../platform/ui/components.tsx';
import type { Source } from '../content-schema.ts';
import { type ConceptKind, conceptKinds } from '../kinds.ts';
import { type FilterKey, filterKeys, type Labels } from '../labels.ts';
import type { InterventionRow } from '../repo.ts';

/** Text of a content item in the reader's language: English where the item has it. */
export function localName(
  item: { name: string; en?: { name?: string | undefined } | undefined },
  locale: Locale,
) {
  return locale === 'en' && item.en?.name ? item.en.name : item.name;
}

/** Content is written in Dutch; on English pages it is marked as Dutch for screen readers. */
export function contentLang(locale: Locale): string | undefined {
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

export function SourceLine({
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

export function InterventionTags({
  row,
  labels,
  t,
}: {
  row: InterventionRow;
  labels: Labels;
  t: T;
}) {
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

export function InterventionResult({
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

/** A list of interventions as results, each with its tags and summary. */
export function InterventionResults({
  rows,
  labels,
  t,
  locale,
}: {
  rows: readonly InterventionRow[];
  labels: Labels;
  t: T;
  locale: Locale;
}) {
  return (
    <ul class="omzien-list-plain">
      {rows.map((row) => (
        <InterventionResult key={row.slug} row={row} labels={labels} t={t} locale={locale} />
      ))}
    </ul>
  );
}
