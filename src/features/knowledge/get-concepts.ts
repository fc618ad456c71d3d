/**
 * Use cases: read the concepts of the Kennisbank, one kind at a time or one item.
 */
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import type { ConceptKind } from './kinds.ts';
import { findConcept, findConceptIds, findConcepts } from './repo.ts';

export async function listConcepts<T = unknown>(db: Db, kind: ConceptKind): Promise<T[]> {
  return (await findConcepts(db, kind)) as T[];
}

export async function getConcept<T = unknown>(db: Db, kind: ConceptKind, id: string): Promise<T> {
  const item = await findConcept(db, kind, id);
  if (item === undefined) throw new NotFoundError(`Begrip "${id}"`);
  return item as T;
}

/** Risk groups are the target groups the sources name as such. */
export async function listRiskGroups<T extends { riskGroup: boolean }>(db: Db): Promise<T[]> {
  return (await listConcepts<T>(db, 'target-group')).filter((t) => t.riskGroup);
}

/** The ids of one kind of concept, in order (for items whose id is made at load time). */
export async function listConceptIds(db: Db, kind: ConceptKind): Promise<string[]> {
  return findConceptIds(db, kind);
}
