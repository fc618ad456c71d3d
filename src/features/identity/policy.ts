/**
 * The checks every protected use case makes: logged in, second factor done, and the action
 * allowed for one of the caller's roles in that municipality. A municipality the caller has no
 * role in answers the same as one that does not exist (no hint that it exists).
 */
import {
  type Actor,
  ForbiddenError,
  type Membership,
  UnauthorizedError,
} from '../../platform/auth/actor.ts';
import type { Action } from './permissions.ts';
import { roleAllows } from './permissions.ts';

/** The caller, with a finished login (second factor given where the roles need it). */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthorizedError();
  if (!actor.mfaPassed) {
    throw new ForbiddenError(
      actor.mfaSetupRequired
        ? 'Stel eerst je tweede stap (inlogcode-app) in op /account/tweede-stap.'
        : 'Log opnieuw in met je inlogcode.',
    );
  }
  return actor;
}

/**
 * The caller's membership that allows `action` in the municipality (by code or slug), or a
 * ForbiddenError. Answers the role used, for the audit trail.
 */
export function authorize(actor: Actor | null, action: Action, municipality: string): Membership {
  const a = requireActor(actor);
  const key = municipality.toLowerCase();
  const match = a.memberships.find(
    (m) =>
      (m.municipalityCode.toLowerCase() === key || m.municipalitySlug === key) &&
      roleAllows(m.role, action),
  );
  if (!match) throw new ForbiddenError();
  return match;
}

/** The municipalities where the caller may do `action`. */
export function municipalitiesAllowing(actor: Actor, action: Action): Membership[] {
  return actor.memberships.filter((m) => roleAllows(m.role, action));
}

export function requirePlatformAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!a.platformAdmin) throw new ForbiddenError();
  return a;
}
