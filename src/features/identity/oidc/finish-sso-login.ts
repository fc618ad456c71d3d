/**
 * Finish single sign-on: check the provider's answer (state, PKCE, ID token with nonce, issuer
 * and audience, all through openid-client), then let the person in only when they already have
 * an active account with a role in that municipality. Matched first by the stored subject
 * (`<issuer>|<sub>`), otherwise by a verified e-mail address, after which the subject is stored.
 * Nobody is created here. Every login and every refusal is in the audit trail.
 *
 * The second factor: when the municipality trusts its provider's, or none of the person's roles
 * needs one, the session counts as complete. Otherwise a person with an authenticator app gives
 * its code on /inloggen/code first; one without is sent to set it up, as after a password login.
 */
import * as oidc from 'openid-client';
import type { RequestContext } from '../../../platform/auth/actor.ts';
import type { Db } from '../../../platform/db/database.ts';
import { recordAuditEvent } from '../../audit/record-event.ts';
import { membershipsOf, normaliseEmail } from '../repo.ts';
import { createSession, needsMfa, type SessionPolicy } from '../sessions.ts';
import { clientFor } from './client.ts';
import { redirectUri, type SsoSettings } from './configure-identity-provider.ts';
import { municipalityOf, openLoginState } from './login-state.ts';
import { findProviderWithSecret } from './repo.ts';

export type RefusalReason =
  /** No or an unreadable/expired login-state cookie. */
  | 'no-login-state'
  /** The `state` in the answer is not the one we sent. */
  | 'state-mismatch'
  /** The provider answered with an error (the person cancelled, or it refused). */
  | 'provider-error'
  /** The answer or the tokens did not pass the checks, or the provider was unreachable. */
  | 'invalid-response'
  | 'not-configured'
  /** No active account with a role in this municipality for this subject or verified e-mail. */
  | 'unknown-person'
  /** The provider did not say the e-mail address is verified. */
  | 'email-not-verified'
  /** The account found by e-mail is already linked to another subject. */
  | 'subject-mismatch'
  | 'locked';

export type FinishResult =
  | {
      ok: true;
      token: string;
      personId: string;
      /** Where to send the browser next. */
      next: string;
    }
  | { ok: false; reason: RefusalReason; municipalityName?: string; displayName?: string };

export const SECOND_FACTOR_PATH = '/inloggen/code';

export async function finishSsoLogin(
  db: Db,
  input: { cookie: string | undefined; query: string },
  context: RequestContext,
  settings: SsoSettings & { session: SessionPolicy },
): Promise<FinishResult> {
  const audit = { ip: context.ip, userAgent: context.userAgent };
  const refuse = async (
    reason: RefusalReason,
    extra: { municipalityId?: string | null; personId?: string | null } = {},
    names: { municipalityName?: string; displayName?: string } = {},
  ): Promise<FinishResult> => {
    await db.transaction().execute((trx) =>
      recordAuditEvent(trx, {
        type: 'session.login-sso-refused',
        actorId: extra.personId ?? null,
        municipalityId: extra.municipalityId ?? null,
        entityType: extra.personId ? 'person' : null,
        entityId: extra.personId ?? null,
        detail: { method: 'oidc', reason },
        ...audit,
      }),
    );
    return { ok: false, reason, ...names };
  };

  const municipalityId = municipalityOf(input.cookie);
  const provider = municipalityId ? await findProviderWithSecret(db, municipalityId) : undefined;
  if (!provider || !input.cookie) return refuse('no-login-state');
  const names = {
    municipalityName: provider.municipality_name,
    displayName: provider.display_name,
  };
  const scope = { municipalityId: provider.municipality_id };
  const saved = openLoginState(provider.client_secret, input.cookie);
  if (!saved) return refuse('no-login-state', scope, names);
  if (!provider.enabled) return refuse('not-configured', scope, names);

  const currentUrl = new URL(`${redirectUri(settings.baseUrl)}${input.query}`);
  const params = currentUrl.searchParams;
  if (params.get('state') !== saved.state) return refuse('state-mismatch', scope, names);
  if (params.has('error')) return refuse('provider-error', scope, names);

  let subject: string;
  let email: string | undefined;
  let emailVerified = false;
  try {
    const config = await clientFor(provider, !settings.production);
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: saved.codeVerifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return refuse('invalid-response', scope, names);
    subject = `${claims.iss}|${claims.sub}`;
    let info: Record<string, unknown> = claims;
    const complete = typeof claims.email === 'string' && claims.email_verified !== undefined;
    if (!complete && config.serverMetadata().userinfo_endpoint) {
      info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    }
    if (typeof info.email === 'string') email = normaliseEmail(info.email);
    emailVerified = info.email_verified === true;
  } catch {
    return refuse('invalid-response', scope, names);
  }

  const columns = [
    'id',
    'status',
    'locked_until',
    'oidc_subject',
    'platform_admin',
    'mfa_exempt',
    'totp_confirmed_at',
    'totp_secret',
  ] as const;
  let person = await db
    .selectFrom('people')
    .select(columns)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
  if (!person) {
    if (!email) return refuse('unknown-person', scope, names);
    if (!emailVerified) return refuse('email-not-verified', scope, names);
    person = await db
      .selectFrom('people')
      .select(columns)
      .where('email', '=', email)
      .executeTakeFirst();
    if (person?.oidc_subject && person.oidc_subject !== subject) {
      return refuse('subject-mismatch', { ...scope, personId: person.id }, names);
    }
  }
  const memberships = person ? await membershipsOf(db, person.id) : [];
  const hasRole = memberships.some((m) => m.municipalityId === provider.municipality_id);
  if (person?.status !== 'active' || !hasRole) {
    return refuse('unknown-person', { ...scope, personId: person?.id ?? null }, names);
  }
  if (person.locked_until && person.locked_until.getTime() > Date.now()) {
    return refuse('locked', { ...scope, personId: person.id }, names);
  }

  // The session reaches only this municipality, so only its roles decide the second factor.
  const required = needsMfa(
    false,
    memberships.filter((m) => m.municipalityId === provider.municipality_id),
  );
  const mfaPassed = provider.trust_idp_mfa || !required;
  const hasTotp = person.totp_confirmed_at !== null && person.totp_secret !== null;
  const askCode = !mfaPassed && !person.mfa_exempt && hasTotp;
  const setUp = !mfaPassed && !person.mfa_exempt && !hasTotp;
  const found = person;
  const token = await db.transaction().execute(async (trx) => {
    if (found.oidc_subject !== subject) {
      await trx
        .updateTable('people')
        .set({ oidc_subject: subject })
        .where('id', '=', found.id)
        .execute();
    }
    await recordAuditEvent(trx, {
      type: 'session.login',
      actorId: found.id,
      municipalityId: provider.municipality_id,
      entityType: 'person',
      entityId: found.id,
      detail: {
        method: 'oidc',
        secondFactor: provider.trust_idp_mfa ? 'provider' : askCode ? 'pending' : 'none',
        linked: found.oidc_subject !== subject,
      },
      ...audit,
    });
    return createSession(trx, {
      personId: found.id,
      mfaPassed,
      method: 'oidc',
      municipalityId: provider.municipality_id,
      ip: context.ip,
      userAgent: context.userAgent,
      policy: settings.session,
    });
  });
  const next = askCode
    ? `${SECOND_FACTOR_PATH}?terug=${encodeURIComponent(saved.returnTo)}`
    : setUp
      ? '/account/tweede-stap'
      : saved.returnTo;
  return { ok: true, token, personId: found.id, next };
}
