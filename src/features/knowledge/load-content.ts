/**
 * Load the validated knowledge into the database, in one transaction. Skips the work when the
 * database already holds this exact content (same hash), so starting many instances is cheap.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { Knowledge } from './content.ts';
import type { ConceptKind } from './kinds.ts';
import { clearKnowledgeCache } from './repo.ts';
import { slugify } from './slugify.ts';

const HASH_KEY = 'knowledge_hash';
/** Any fixed number: serialises loaders of several instances on one PostgreSQL. */
const LOCK_ID = 72_011_001;

interface ConceptRow {
  kind: ConceptKind;
  id: string;
  name: string;
  data: unknown;
}

/** All concept items as rows, in the order the content gives them. */
export function conceptRows(k: Knowledge): ConceptRow[] {
  const rows: ConceptRow[] = [];
  const add = (kind: ConceptKind, id: string, name: string, data: unknown) =>
    rows.push({ kind, id, name, data });
  for (const s of k.sources) add('source', s.id, s.title, s);
  for (const g of k.groups) add('group', g.id, g.name, g);
  for (const t of k.lonelinessTypes) add('loneliness-type', t.id, t.name, t);
  for (const t of k.definitions) add('definition', t.id, t.name, t);
  for (const t of k.causes) add('cause', t.id, t.name, t);
  for (const t of k.consequences) add('consequence', t.id, t.name, t);
  add('spiral', k.spiral.id, k.spiral.name, k.spiral);
  k.figures.forEach((f, i) => {
    add(
      'figure',
      `${slugify(f.area)}-${slugify(f.measure)}-${f.age ? slugify(f.age) : 'alle'}-${f.year ?? 'x'}-${i + 1}`,
      `${f.area}: ${f.measure}`,
      f,
    );
  });
  for (const t of k.targetGroups) add('target-group', t.id, t.name, t);
  for (const e of k.elements) add('element', e.id, e.name, e);
  for (const b of k.buildingBlocks) add('building-block', b.id, b.name, b);
  for (const t of k.preventionLevels) add('prevention-level', t.id, t.name, t);
  for (const p of k.profiles) add('profile', p.id, p.name, { ...p, caution: k.profileCaution });
  for (const s of k.steps) add('step', s.id, s.name, s);
  for (const t of k.choices) add('choice', t.id, t.name, t);
  for (const t of k.tips) add('tip', t.id, t.name, t);
  for (const t of k.partners) add('partner', t.id, t.name, t);
  for (const p of k.pilots) add('pilot', slugify(p.municipality), p.municipality, p);
  for (const p of k.pillars) add('pillar', p.id, p.name, p);
  for (const t of k.toolkit) add('toolkit', t.id, t.name, t);
  for (const t of k.actionLines) add('action-line', t.id, t.name, t);
  for (const p of k.pages) add('page', p.id, p.title, p);
  return rows;
}

/** Dutch names of classification values, so a search for "mantelzorgers" finds what suits carers. */
function labelText(k: Knowledge, i: Knowledge['interventions'][number]): string {
  const name = <T extends { id: string; name: string }>(list: T[], ids: string[]) =>
    list.filter((x) => ids.includes(x.id)).map((x) => x.name);
  return [
    ...name(k.groups, i.classification.groups),
    ...name(k.lonelinessTypes, i.classification.lonelinessTypes),
    ...name(k.targetGroups, i.classification.targetGroups),
    ...name(k.elements, i.classification.elements),
  ].join('. ');
}

export async function loadContent(db: Db, k: Knowledge): Promise<{ changed: boolean }> {
  const hash = createHash('sha256').update(JSON.stringify(k)).digest('hex');
  const result = await writeContent(db, k, hash);
  if (result.changed) clearKnowledgeCache(db);
  return result;
}

async function writeContent(db: Db, k: Knowledge, hash: string): Promise<{ changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_ID})`.execute(trx);
    const current = await trx
      .selectFrom('content_meta')
      .select('value')
      .where('key', '=', HASH_KEY)
      .executeTakeFirst();
    if (current?.value === hash) return { changed: false };

    await trx.deleteFrom('interventions').execute();
    await trx.deleteFrom('concepts').execute();
    let position = 0;
    for (const i of k.interventions) {
      position += 1;
      const evidenceText = i.evidence.level === 'substantiated' ? i.evidence.finding : '';
      await trx
        .insertInto('interventions')
        .values({
          slug: i.slug,
          position,
          name: i.name,
          summary: i.summary,
          type: i.type,
          evidence_level: i.evidence.level,
          source: i.source,
          groups: i.classification.groups,
          loneliness_types: i.classification.lonelinessTypes,
          target_groups: i.classification.targetGroups,
          elements: i.classification.elements,
          building_blocks: i.classification.buildingBlocks,
          profiles: i.classification.profiles,
          data: JSON.stringify(i),
          search: sql<string>`setweight(to_tsvector('dutch', ${i.name}), 'A')
            || setweight(to_tsvector('dutch', ${i.summary}), 'B')
            || setweight(to_tsvector('dutch', ${`${evidenceText} ${i.classification.rationale}`}), 'C')
            || setweight(to_tsvector('dutch', ${labelText(k, i)}), 'D')`,
        })
        .execute();
    }
    const rows = conceptRows(k);
    for (const [index, row] of rows.entries()) {
      await trx
        .insertInto('concepts')
        .values({ ...row, position: index + 1, data: JSON.stringify(row.data) })
        .execute();
    }
    await trx
      .insertInto('content_meta')
      .values({ key: HASH_KEY, value: hash })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: sql`now()` }))
      .execute();
    return { changed: true };
  });
}
