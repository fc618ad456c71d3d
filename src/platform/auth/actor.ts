/**
 * Who is calling: the person behind a valid session, with their roles per municipality. The
 * identity feature resolves it from the session cookie; routes and policies read it. Nothing here
 * imports Fastify.
 */
import type { Role } from '../db/schema.ts';

export interface Membership {
  municipalityId: string;
  municipalityCode: string;
  municipalitySlug: string;
  municipalityName: string;
  role: Role;
}

export interface Actor {
  personId: string;
  email: string;
  name: string;
  platformAdmin: boolean;
  memberships: Membership[];
  /** The second factor was given in this session (or the person is exempt: demo only). */
  mfaPassed: boolean;
  /** A role this person holds needs a second factor, and it is not set up yet. */
  mfaSetupRequired: boolean;
  sessionTokenHash: string;
}

/** Where a request came from; written into the audit trail. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  userAgent: string;
}

/** Not logged in (HTTP 401). */
export class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
  constructor(message = 'Log in om dit te zien.') {
    super(message);
  }
}

/** Logged in, but not allowed (HTTP 403). The message says what is missing, never what exists. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  constructor(message = 'Je hebt geen toegang tot deze gegevens.') {
    super(message);
  }
}
