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

/**
 * Municipalities, people, roles, sessions and the audit trail (issue 5). Every row of municipal
 * data carries `municipality_id`. The audit trail is append-only: a trigger refuses update and
 * delete, and each event holds the hash of the one before (ADR 0008).
 */
const m0004_identity: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table municipalities (
        id uuid primary key default gen_random_uuid(),
        code text not null unique check (code ~ '^GM[0-9]{4}$'),
        name text not null check (length(name) between 1 and 200),
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        settings jsonb not null default '{}',
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table people (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(email)),
        name text not null,
        status text not null default 'invited' check (status in ('invited', 'active', 'disabled')),
        password_hash text,
        totp_secret text,
        totp_confirmed_at timestamptz,
        totp_last_step bigint,
        mfa_exempt boolean not null default false,
        platform_admin boolean not null default false,
        failed_logins integer not null default 0,
        locked_until timestamptz,
        oidc_subject text,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table memberships (
        person_id uuid not null references people (id),
        municipality_id uuid not null references municipalities (id),
        role text not null
          check (role in ('admin', 'coordinator', 'worker', 'volunteer', 'partner', 'analyst')),
        created_at timestamptz not null default now(),
        primary key (person_id, municipality_id, role)
      )`.execute(db);
    await sql`create index memberships_municipality_idx on memberships (municipality_id)`.execute(
      db,
    );
    await sql`
      create table role_permissions (
        role text not null,
        action text not null,
        primary key (role, action)
      )`.execute(db);
    await sql`
      create table sessions (
        token_hash text primary key,
        person_id uuid not null references people (id),
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        mfa_passed boolean not null,
        method text not null check (method in ('password', 'oidc')),
        ip text,
        user_agent text
      )`.execute(db);
    await sql`create index sessions_person_idx on sessions (person_id)`.execute(db);
    await sql`
      create table one_time_tokens (
        token_hash text primary key,
        purpose text not null check (purpose in ('invitation', 'password-reset')),
        person_id uuid not null references people (id),
        municipality_id uuid references municipalities (id),
        role text,
        created_by uuid references people (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      )`.execute(db);
    await sql`
      create table audit_events (
        seq bigint generated always as identity primary key,
        id uuid not null unique default gen_random_uuid(),
        occurred_at timestamptz not null,
        actor_id uuid,
        actor_role text,
        municipality_id uuid,
        type text not null,
        entity_type text,
        entity_id text,
        fields text[] not null default '{}',
        detail jsonb not null default '{}',
        ip text,
        user_agent text,
        prev_hash text not null,
        hash text not null
      )`.execute(db);
    await sql`create index audit_events_municipality_idx on audit_events (municipality_id, seq)`.execute(
      db,
    );
    await sql`
      create function audit_events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_events is append-only';
      end $$`.execute(db);
    await sql`
      create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only()`.execute(db);
    await sql`
      create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only()`.execute(db);
  },
};

/**
 * Single sign-on per municipality: its own OpenID Connect provider. The client secret is
 * write-only (no API or page returns it). A person's link to a provider account is unique.
 */
const m0005_identity_providers: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table identity_providers (
        municipality_id uuid primary key references municipalities (id),
        issuer text not null,
        client_id text not null,
        client_secret text not null,
        display_name text not null,
        trust_idp_mfa boolean not null default false,
        enabled boolean not null default true,
        updated_at timestamptz not null default now()
      )`.execute(db);
    // Logins match on the subject (`<issuer>|<sub>`); one subject belongs to one person.
    await sql`
      create unique index people_oidc_subject_idx on people (oidc_subject)
      where oidc_subject is not null`.execute(db);
    // A session started through a municipality's provider reaches only that municipality.
    await sql`
      alter table sessions add column municipality_id uuid references municipalities (id)`.execute(
      db,
    );
  },
};

/**
 * Stored Eenzaamheidsmeter measurements in follow-up (issue 3): one row per assessment of a case
 * or a home-visit series, with the answers, the scores as computed then, who took it and the
 * person's consent. `subject_id` will reference cases and visits once those exist.
 */
const m0006_assessments: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table assessments (
        id uuid primary key default gen_random_uuid(),
        municipality_id uuid not null references municipalities (id),
        subject_type text not null check (subject_type in ('case', 'home-visit')),
        subject_id uuid not null,
        instrument text not null check (instrument in ('djg-11', 'djg-6')),
        taken_on date not null,
        answers jsonb not null,
        total integer,
        category text check (category in ('not-lonely', 'moderate', 'severe', 'very-severe')),
        emotional integer,
        social integer,
        emotionally_lonely boolean,
        socially_lonely boolean,
        missing integer not null,
        definition text not null,
        consent text not null check (consent in ('verbal', 'written')),
        taken_by uuid not null references people (id),
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index assessments_subject_idx on assessments (municipality_id, subject_type, subject_id, taken_on)`.execute(
      db,
    );
  },
};

/** All migrations by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001_knowledge': m0001_knowledge,
  '0002_monitor': m0002_monitor,
  '0003_monitor_open_data': m0003_monitor_open_data,
  '0004_identity': m0004_identity,
  '0005_identity_providers': m0005_identity_providers,
  '0006_assessments': m0006_assessments,
};
