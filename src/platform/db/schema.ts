/** The database's tables as Kysely sees them. Migrations in `migrations/` create them. */
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export interface InterventionTable {
  slug: string;
  position: number;
  name: string;
  summary: string;
  type: string;
  evidence_level: string;
  source: string;
  groups: string[];
  loneliness_types: string[];
  target_groups: string[];
  elements: string[];
  building_blocks: string[];
  profiles: string[];
  /** The whole validated content item. */
  data: Json;
  /** Full-text search vector (Dutch), written by the loader. */
  search: ColumnType<string, string, never>;
}

export interface ConceptTable {
  kind: string;
  id: string;
  position: number;
  name: string;
  data: Json;
}

export interface ContentMetaTable {
  key: string;
  value: string;
  updated_at: Generated<Date>;
}

export interface Database {
  interventions: InterventionTable;
  concepts: ConceptTable;
  content_meta: ContentMetaTable;
}
