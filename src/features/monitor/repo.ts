/**
 * The Monitor's read queries. (The write path is `import-statline.ts`.)
 */
import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { AreaIndicatorTable, AreaTable } from '../../platform/db/schema.ts';

export type AreaRow = Selectable<AreaTable>;
export type IndicatorRow = Selectable<AreaIndicatorTable>;

export async function findArea(db: Db, code: string): Promise<AreaRow | undefined> {
  return db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Every indicator row of one area, oldest year first, 18+ before 65+. */
export async function findIndicators(db: Db, code: string): Promise<IndicatorRow[]> {
  return db
    .selectFrom('area_indicators')
    .selectAll()
    .where('area_code', '=', code)
    .orderBy('year')
    .orderBy('age')
    .execute();
}

/** The areas directly below one area, by code. */
export async function findChildren(db: Db, code: string): Promise<AreaRow[]> {
  return db
    .selectFrom('areas')
    .selectAll()
    .where('parent_code', '=', code)
    .orderBy('code')
    .execute();
}

/** For each area directly below `code` and each age group: the row of the latest year. */
export async function findChildrenLatestIndicators(db: Db, code: string): Promise<IndicatorRow[]> {
  return db
    .selectFrom('area_indicators')
    .selectAll()
    .distinctOn(['area_code', 'age'])
    .where('area_code', 'in', (eb) =>
      eb.selectFrom('areas').select('code').where('parent_code', '=', code),
    )
    .orderBy('area_code')
    .orderBy('age')
    .orderBy('year', 'desc')
    .execute();
}
