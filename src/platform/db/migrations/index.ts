/**
 * Migrations, in order. Plain SQL that runs on PostgreSQL and PGlite alike. Forward-only once
 * landed: never edit a migration that is on main, add a new one.
 */
import { type Kysely, type Migration, sql } from 'kysely';

const m0001_knowledge: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table interventions (
        slug text primary key,
        position integer not null,
        name text not null,
        summary text not null,
        type text not null check (type in ('meeting', 'one-to-one', 'course')),
        evidence_level text not null check (evidence_level in ('substantiated', 'promising')),
        source text not null,
        groups text[] not null default '{}',
        loneliness_types text[] not null default '{}',
        target_groups text[] not null default '{}',
        elements text[] not null default '{}',
        building_blocks text[] not null default '{}',
        profiles text[] not null default '{}',
        data jsonb not null,
        search tsvector not null
      )`.execute(db);
    await sql`create index interventions_search_idx on interventions using gin (search)`.execute(
      db,
    );
    await sql`
      create table concepts (
        kind text not null,
        id text not null,
        position integer not null,
        name text not null,
        data jsonb not null,
        primary key (kind, id)
      )`.execute(db);
    await sql`
      create table content_meta (
        key text primary key,
        value text not null,
        updated_at timestamptz not null default now()
      )`.execute(db);
  },
};

/** All migrations by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001_knowledge': m0001_knowledge,
};
