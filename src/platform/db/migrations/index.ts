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

/**
 * The Monitor (issue 4): areas by CBS code and the RIVM loneliness estimates per area, year and
 * age group. `municipality_code` sits on every area below the country so a national
 * installation can distribute or filter by municipality. ADR 0007.
 */
const m0002_monitor: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table areas (
        code text primary key
          check (code ~ '^(NL01|GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        name text not null,
        level text not null
          check (level in ('country', 'municipality', 'district', 'neighbourhood')),
        parent_code text,
        municipality_code text
      )`.execute(db);
    await sql`create index areas_parent_idx on areas (parent_code)`.execute(db);
    await sql`create index areas_municipality_idx on areas (municipality_code)`.execute(db);
    await sql`
      create table area_indicators (
        area_code text not null references areas (code),
        year integer not null check (year between 1900 and 2999),
        age text not null check (age in ('18+', '65+')),
        lonely numeric,
        severely_lonely numeric,
        emotionally_lonely numeric,
        socially_lonely numeric,
        source text not null,
        primary key (area_code, year, age)
      )`.execute(db);
  },
};

/**
 * The Monitor's other open data (issue 4): boundaries per area and boundary year (GeoJSON
 * geometry, WGS84 lon/lat, as imported) and CBS Kerncijfers (risk factors) in long form, one row
 * per area, year and key. No foreign key to `areas`: boundary and kerncijfer files of other years
 * name municipalities that merged away or did not exist yet; each keeps its own code and year.
 */
const m0003_monitor_open_data: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table area_geometries (
        area_code text not null
          check (area_code ~ '^(NL01|GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        year integer not null check (year between 1900 and 2999),
        level text not null
          check (level in ('country', 'municipality', 'district', 'neighbourhood')),
        name text,
        municipality_code text,
        geometry jsonb not null,
        source text not null,
        primary key (area_code, year)
      )`.execute(db);
    await sql`create index area_geometries_municipality_idx on area_geometries (municipality_code, year)`.execute(
      db,
    );
    await sql`
      create table area_facts (
        area_code text not null
          check (area_code ~ '^(NL01|GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        year integer not null check (year between 1900 and 2999),
        key text not null,
        value numeric not null,
        source text not null,
        primary key (area_code, year, key)
      )`.execute(db);
  },
};

/** All migrations by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001_knowledge': m0001_knowledge,
  '0002_monitor': m0002_monitor,
  '0003_monitor_open_data': m0003_monitor_open_data,
};
