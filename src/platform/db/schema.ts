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

export type AreaLevel = 'country' | 'municipality' | 'district' | 'neighbourhood';

/** An area by its CBS code (NL01, GM0014, WK001400, BU00140000). */
export interface AreaTable {
  code: string;
  name: string;
  level: AreaLevel;
  parent_code: string | null;
  /** The municipality the area lies in (itself for a municipality); null for the country. */
  municipality_code: string | null;
}

/** A percentage as PostgreSQL `numeric`: read as a string, written as the published text. */
type Percentage = ColumnType<string | null, string | null, string | null>;

/** RIVM loneliness estimates for one area, year and age group (percentages). */
export interface AreaIndicatorTable {
  area_code: string;
  year: number;
  age: '18+' | '65+';
  lonely: Percentage;
  severely_lonely: Percentage;
  emotionally_lonely: Percentage;
  socially_lonely: Percentage;
  source: string;
}

/** A boundary of one area in one boundary year: a GeoJSON geometry in WGS84 (lon/lat). */
export interface AreaGeometryTable {
  area_code: string;
  year: number;
  level: AreaLevel;
  name: string | null;
  municipality_code: string | null;
  geometry: Json;
  source: string;
}

/** One CBS Kerncijfer (risk factor) of one area in one year; `key` is one of FACT_KEYS. */
export interface AreaFactTable {
  area_code: string;
  year: number;
  key: string;
  value: ColumnType<string, string | number, string | number>;
  source: string;
}

export type Role = 'admin' | 'coordinator' | 'worker' | 'volunteer' | 'partner' | 'analyst';

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  slug: string;
  settings: Json;
  created_at: Generated<Date>;
}

export interface PersonTable {
  id: Generated<string>;
  email: string;
  name: string;
  status: ColumnType<
    'invited' | 'active' | 'disabled',
    'invited' | 'active' | 'disabled' | undefined
  >;
  password_hash: string | null;
  totp_secret: string | null;
  totp_confirmed_at: Date | null;
  /** The last TOTP time step used, so a code is not accepted twice. */
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  /** Only demo users: no second factor. Refused in production. */
  mfa_exempt: Generated<boolean>;
  platform_admin: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  oidc_subject: string | null;
  created_at: Generated<Date>;
}

export interface MembershipTable {
  person_id: string;
  municipality_id: string;
  role: Role;
  created_at: Generated<Date>;
}

export interface RolePermissionTable {
  role: string;
  action: string;
}

export interface SessionTable {
  token_hash: string;
  person_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  mfa_passed: boolean;
  method: 'password' | 'oidc';
  /** Set for a single sign-on session: it reaches only this municipality. */
  municipality_id: ColumnType<string | null, string | null | undefined, string | null>;
  ip: string | null;
  user_agent: string | null;
}

export interface OneTimeTokenTable {
  token_hash: string;
  purpose: 'invitation' | 'password-reset';
  person_id: string;
  municipality_id: string | null;
  role: Role | null;
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface AuditEventTable {
  seq: ColumnType<string, never, never>;
  id: Generated<string>;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  municipality_id: string | null;
  type: string;
  entity_type: string | null;
  entity_id: string | null;
  fields: string[];
  detail: Json;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

/** A municipality's own OpenID Connect provider (single sign-on). The secret never leaves. */
export interface IdentityProviderTable {
  municipality_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  display_name: string;
  trust_idp_mfa: Generated<boolean>;
  enabled: Generated<boolean>;
  updated_at: Generated<Date>;
}

/** A stored Eenzaamheidsmeter measurement of a case or home-visit series. */
export interface AssessmentTable {
  id: Generated<string>;
  municipality_id: string;
  subject_type: 'case' | 'home-visit';
  subject_id: string;
  instrument: 'djg-11' | 'djg-6';
  /** A date (yyyy-mm-dd); read back as text. */
  taken_on: ColumnType<string, string, string>;
  answers: Json;
  total: number | null;
  category: 'not-lonely' | 'moderate' | 'severe' | 'very-severe' | null;
  emotional: number | null;
  social: number | null;
  emotionally_lonely: boolean | null;
  socially_lonely: boolean | null;
  missing: number;
  definition: string;
  consent: 'verbal' | 'written';
  taken_by: string;
  created_at: Generated<Date>;
}

export interface Database {
  interventions: InterventionTable;
  concepts: ConceptTable;
  content_meta: ContentMetaTable;
  areas: AreaTable;
  area_indicators: AreaIndicatorTable;
  area_geometries: AreaGeometryTable;
  area_facts: AreaFactTable;
  municipalities: MunicipalityTable;
  people: PersonTable;
  memberships: MembershipTable;
  role_permissions: RolePermissionTable;
  sessions: SessionTable;
  one_time_tokens: OneTimeTokenTable;
  audit_events: AuditEventTable;
  assessments: AssessmentTable;
  identity_providers: IdentityProviderTable;
}
