/** The fields of a person that may leave the server: never hashes, secrets or lock state. */

import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.ts';
import type { MeOut } from './schema.ts';

export function presentMe(actor: Actor): z.input<typeof MeOut> {
  return {
    id: actor.personId,
    name: actor.name,
    email: actor.email,
    platformAdmin: actor.platformAdmin,
    mfa: { passed: actor.mfaPassed, setupRequired: actor.mfaSetupRequired },
    memberships: actor.memberships.map((m) => ({
      municipality: {
        code: m.municipalityCode,
        slug: m.municipalitySlug,
        name: m.municipalityName,
      },
      role: m.role,
    })),
  };
}
