/**
 * Queries for the Kennisbank's reads. (Loading content, the one write, is `load-content.ts`.)
 */
import { sql } from 'kysely';
import { MemoCache } from '../../platform/cache.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ConceptKind } from './kinds.ts';

/** The columns a list or a filter needs; the full item stays in `data`. */
export interface InterventionRow {
  slug: string;
  name: string;
  summary: string;
  type: string;
  evidence_level: string;
  groups: string[];
  loneliness_types: string[];
  target_groups: string[];
  elements: string[];
  building_blocks: string[];
  profiles: string[];
  rank: number;
}

/**
 * Dutch search with stemming. Each word is stemmed by PostgreSQL's Dutch snowball stemmer and
 * matched as a prefix after trimming what the stemmer leaves on plural and diminutive forms
 * (doubled final consonant, -jes, final z/v), so "vriendschappen" finds "vriendschap" and
 * "buurthuizen" finds "buurthuis". All words must match. Stop words are ignored.
 */
function searchQuery(words: string[]) {
  return sql<string | null>`(
    select to_tsquery('simple', string_agg(quote_literal(p) || ':*', ' & '))
    from (
      select case when length(t) >= 3 then t else s end as p
      from (
        select s, regexp_replace(regexp_replace(regexp_replace(s,
                 '([bcdfgklmnprstz])\\1$', '\\1'), 'j(es|e)$', 'j'), '[zv]$', '') as t
        from (select (ts_lexize('dutch_stem', w))[1] as s
              from unnest(${words}::text[]) as w) as stems
        where s is not null
      ) as trimmed
    ) as prefixes
  )`;
}

/**
 * Knowledge content changes only when `loadContent` reloads it (at start), so the list reads
 * are memoised per database handle; `loadContent` clears them. At most this many searches kept.
 */
const MAX_CACHED_SEARCHES = 1000;
const searchCaches = new WeakMap<Db, MemoCache<readonly InterventionRow[]>>();
const nameCaches = new WeakMap<Db, MemoCache<readonly ConceptName[]>>();

function cacheFor<V>(map: WeakMap<Db, MemoCache<V>>, db: Db, max: number): MemoCache<V> {
  let cache = map.get(db);
  if (!cache) {
    cache = new MemoCache<V>(max);
    map.set(db, cache);
  }
  return cache;
}

/** Forget the memoised reads (after the content was reloaded). */
export function clearKnowledgeCache(db: Db): void {
  searchCaches.get(db)?.clear();
  nameCaches.get(db)?.clear();
}

/** Rows are shared between requests: frozen, so no caller can change them for another. */
function freezeRows<T extends object>(rows: T[]): readonly T[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows);
}

/** Interventions matching the words (all of them when there are none), best match first. */
export function findInterventions(db: Db, words: string[]): Promise<readonly InterventionRow[]> {
  return cacheFor(searchCaches, db, MAX_CACHED_SEARCHES).get(words.join(' '), async () =>
    freezeRows(await queryInterventions(db, words)),
  );
}

async function queryInterventions(db: Db, words: string[]): Promise<InterventionRow[]> {
  const columns = sql`slug, name, summary, type, evidence_level, groups, loneliness_types,
    target_groups, elements, building_blocks, profiles`;
  if (words.length === 0) {
    const result = await sql<InterventionRow>`
      select ${columns}, 0::float4 as rank from interventions
      order by case evidence_level when 'substantiated' then 0 else 1 end, name`.execute(db);
    return result.rows;
  }
  const result = await sql<InterventionRow>`
    select ${columns}, ts_rank(search, q.query) as rank
    from interventions, (select ${searchQuery(words)} as query) as q
    where q.query is null or search @@ q.query
    order by rank desc, case evidence_level when 'substantiated' then 0 else 1 end, name`.execute(
    db,
  );
  return result.rows;
}

/** One intervention's full content item, or undefined. */
export async function findIntervention(db: Db, slug: string): Promise<unknown | undefined> {
  const row = await db
    .selectFrom('interventions')
    .select('data')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.data;
}

/** Several interventions' full items, in content order. */
export async function findInterventionsBySlug(db: Db, slugs: string[]): Promise<unknown[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .selectFrom('interventions')
    .select('data')
    .where('slug', 'in', slugs)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.data);
}

/** All items of one kind of concept, in content order. */
export async function findConcepts(db: Db, kind: ConceptKind): Promise<unknown[]> {
  const rows = await db
    .selectFrom('concepts')
    .select('data')
    .where('kind', '=', kind)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.data);
}

export interface ConceptName {
  kind: string;
  id: string;
  name: string;
  en_name: string | null;
}

/** Id and name of every concept of the given kinds (for labels and links). */
export function findConceptNames(db: Db, kinds: ConceptKind[]): Promise<readonly ConceptName[]> {
  return cacheFor(nameCaches, db, 50).get(kinds.join(','), async () =>
    freezeRows(await queryConceptNames(db, kinds)),
  );
}

async function queryConceptNames(db: Db, kinds: ConceptKind[]): Promise<ConceptName[]> {
  return db
    .selectFrom('concepts')
    .select(['kind', 'id', 'name', sql<string | null>`data->'en'->>'name'`.as('en_name')])
    .where('kind', 'in', kinds)
    .orderBy('position')
    .execute();
}

/** One concept item, or undefined. */
export async function findConcept(
  db: Db,
  kind: ConceptKind,
  id: string,
): Promise<unknown | undefined> {
  const row = await db
    .selectFrom('concepts')
    .select('data')
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.data;
}

/** Ids of concepts of a kind, in order (to build links to single items). */
export async function findConceptIds(db: Db, kind: ConceptKind): Promise<string[]> {
  const rows = await db
    .selectFrom('concepts')
    .select('id')
    .where('kind', '=', kind)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.id);
}
