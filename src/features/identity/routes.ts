/**
 * The identity API: session (log in / out), me, municipalities, members, invitations, password
 * reset, the second factor, and settings. Thin: validation by the schemas, work in the use cases.
 */
import { z } from 'zod';
import { UnauthorizedError } from '../../platform/auth/actor.ts';
import { LockedError } from '../../platform/auth/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import { ValidationError } from '../../platform/http/problem.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { type CookiePolicy, clearSessionCookie, setSessionCookie } from './http-session.ts';
import { invitePerson } from './invite-person.ts';
import { listMembersOf } from './list-members.ts';
import { type LoginPolicy, logIn } from './log-in.ts';
import { logOut, logOutEverywhere } from './log-out.ts';
import { resetSecondFactor, revokeRole } from './manage-members.ts';
import { createMunicipality, getSettings, updateSettings } from './municipalities.ts';
import { requireActor } from './policy.ts';
import { presentMe } from './presenter.ts';
import { listMunicipalities } from './repo.ts';
import { requestPasswordReset, resetPassword } from './reset-password.ts';
import {
  CreateMunicipalityBody,
  InviteBody,
  InviteOut,
  LoginBody,
  MemberOut,
  MeOut,
  MunicipalityKey,
  MunicipalityOut,
  MunicipalitySettings,
  ResetRequestBody,
  RoleSchema,
  SessionOut,
  TokenPassword,
  TotpConfirmBody,
  TotpStartOut,
} from './schema.ts';
import { resolveSession } from './sessions.ts';
import { confirmTotp, startTotp } from './set-up-totp.ts';

export interface IdentityDeps {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  login: LoginPolicy;
  cookie: CookiePolicy;
}

const tag = 'Accounts and access';
const Done = z.object({ ok: z.literal(true) });
const MunicipalityParams = z.strictObject({ municipality: MunicipalityKey });

export function registerIdentityApi(api: ApiRegistry, deps: IdentityDeps): void {
  const { db } = deps;

  api.add({
    method: 'POST',
    path: '/api/v1/session',
    operationId: 'logIn',
    summary:
      'Log in with e-mail, password and (once set up) the 6-digit code; sets the session cookie',
    tag,
    body: LoginBody,
    response: SessionOut,
    rateLimitPerMinute: deps.login.ratePerMinute,
    errors: [401, 423],
    handler: async ({ body, context, http }) => {
      const result = await logIn(db, body, context, deps.login);
      if (!result.ok) {
        if (result.reason === 'locked') {
          http.reply.header('retry-after', String(result.retryAfterSeconds));
          throw new LockedError(
            `Te veel mislukte pogingen. Probeer het over ${Math.ceil(result.retryAfterSeconds / 60)} minuten opnieuw, of vraag een nieuw wachtwoord aan.`,
          );
        }
        if (result.reason === 'totp-required') {
          throw new ValidationError([
            { name: 'body.totp', reason: 'Vul de code uit je inlogcode-app in.' },
          ]);
        }
        throw new UnauthorizedError(
          result.reason === 'totp-invalid'
            ? 'Deze code klopt niet. Vul de code in die je app nu laat zien.'
            : 'Het e-mailadres of het wachtwoord klopt niet.',
        );
      }
      setSessionCookie(http.reply, result.token, deps.cookie);
      const actor = await resolveSession(db, result.token, deps.login);
      if (!actor) throw new UnauthorizedError();
      return { mfaSetupRequired: result.mfaSetupRequired, me: presentMe(actor) };
    },
  });

  api.add({
    method: 'DELETE',
    path: '/api/v1/session',
    operationId: 'logOut',
    summary: 'Log out: ends this session and clears the cookie',
    tag,
    auth: 'session',
    status: 204,
    response: z.undefined(),
    handler: async ({ context, http }) => {
      await logOut(db, context.actor!, context);
      clearSessionCookie(http.reply, deps.cookie);
      return undefined;
    },
  });

  api.add({
    method: 'DELETE',
    path: '/api/v1/sessions',
    operationId: 'logOutEverywhere',
    summary: 'Log out everywhere: ends every session of the caller',
    tag,
    auth: 'session',
    response: z.object({ ended: z.number().int() }),
    handler: async ({ context, http }) => {
      const ended = await logOutEverywhere(db, context.actor!, context);
      clearSessionCookie(http.reply, deps.cookie);
      return { ended };
    },
  });

  api.add({
    method: 'GET',
    path: '/api/v1/me',
    operationId: 'getMe',
    summary: 'The logged-in person and their roles per municipality',
    tag,
    auth: 'session',
    response: MeOut,
    handler: async ({ context }) => presentMe(context.actor!),
  });

  api.add({
    method: 'POST',
    path: '/api/v1/me/totp',
    operationId: 'startTotp',
    summary: 'Start setting up the second factor: a secret and its otpauth:// address (shown once)',
    tag,
    auth: 'session',
    response: TotpStartOut,
    errors: [409],
    handler: async ({ context }) => startTotp(db, context.actor),
  });

  api.add({
    method: 'POST',
    path: '/api/v1/me/totp/confirm',
    operationId: 'confirmTotp',
    summary: 'Finish the second factor with the first code from the app',
    tag,
    auth: 'session',
    body: TotpConfirmBody,
    response: Done,
    errors: [409],
    handler: async ({ body, context }) => {
      await confirmTotp(db, context.actor, body.code, context);
      return { ok: true as const };
    },
  });

  api.add({
    method: 'POST',
    path: '/api/v1/invitations/accept',
    operationId: 'acceptInvitation',
    summary: 'Choose a password with the one-time link of an invitation',
    tag,
    body: TokenPassword,
    response: Done,
    handler: async ({ body, context }) => {
      await acceptInvitation(db, body, context);
      return { ok: true as const };
    },
  });

  api.add({
    method: 'POST',
    path: '/api/v1/password-reset',
    operationId: 'requestPasswordReset',
    summary: 'Ask for a password link by e-mail (same answer whether or not the address is known)',
    tag,
    body: ResetRequestBody,
    status: 202,
    response: Done,
    handler: async ({ body, context }) => {
      await requestPasswordReset(deps, body.email, context);
      return { ok: true as const };
    },
  });

  api.add({
    method: 'POST',
    path: '/api/v1/password-reset/complete',
    operationId: 'resetPassword',
    summary: 'Choose a new password with the one-time link; ends all sessions',
    tag,
    body: TokenPassword,
    response: Done,
    handler: async ({ body, context }) => {
      await resetPassword(db, body, context);
      return { ok: true as const };
    },
  });

  api.add({
    method: 'GET',
    path: '/api/v1/municipalities',
    operationId: 'listMunicipalities',
    summary: 'Municipalities: all for a platform administrator, otherwise those you have a role in',
    tag,
    auth: 'session',
    response: z.array(MunicipalityOut),
    handler: async ({ context }) => {
      const actor = requireActor(context.actor);
      if (actor.platformAdmin) return listMunicipalities(db);
      const seen = new Map(actor.memberships.map((m) => [m.municipalityCode, m]));
      return [...seen.values()].map((m) => ({
        code: m.municipalityCode,
        slug: m.municipalitySlug,
        name: m.municipalityName,
      }));
    },
  });

  api.add({
    method: 'POST',
    path: '/api/v1/municipalities',
    operationId: 'createMunicipality',
    summary: 'Create a municipality (platform administrator)',
    tag,
    auth: 'session',
    body: CreateMunicipalityBody,
    status: 201,
    response: MunicipalityOut,
    errors: [409],
    handler: async ({ body, context }) => {
      const row = await createMunicipality(db, body, context);
      return { code: row.code, slug: row.slug, name: row.name };
    },
  });

  api.add({
    method: 'GET',
    path: '/api/v1/municipalities/{municipality}/members',
    operationId: 'listMembers',
    summary: 'People with a role in the municipality (admin); the read is recorded',
    tag,
    auth: 'session',
    params: MunicipalityParams,
    response: z.array(MemberOut),
    handler: async ({ params, context }) => listMembersOf(db, params.municipality, context),
  });

  api.add({
    method: 'POST',
    path: '/api/v1/municipalities/{municipality}/invitations',
    operationId: 'invitePerson',
    summary: 'Invite a person into a role (admin); e-mails a one-time link',
    tag,
    auth: 'session',
    params: MunicipalityParams,
    body: InviteBody,
    status: 201,
    response: InviteOut,
    errors: [409],
    handler: async ({ params, body, context }) =>
      invitePerson(deps, { municipality: params.municipality, ...body }, context),
  });

  const MemberParams = z.strictObject({ municipality: MunicipalityKey, person: z.uuid() });

  api.add({
    method: 'DELETE',
    path: '/api/v1/municipalities/{municipality}/members/{person}/roles/{role}',
    operationId: 'revokeRole',
    summary: "Take back a person's role in the municipality (admin); ends the person's sessions",
    tag,
    auth: 'session',
    params: z.strictObject({ municipality: MunicipalityKey, person: z.uuid(), role: RoleSchema }),
    response: z.object({ remainingRoles: z.number().int() }),
    errors: [404, 409],
    handler: async ({ params, context }) =>
      revokeRole(db, params.municipality, { personId: params.person, role: params.role }, context),
  });

  api.add({
    method: 'POST',
    path: '/api/v1/municipalities/{municipality}/members/{person}/reset-second-factor',
    operationId: 'resetSecondFactor',
    summary:
      "Clear a person's second factor (a lost phone) so they set it up again at the next login (admin); ends their sessions",
    tag,
    auth: 'session',
    params: MemberParams,
    response: Done,
    errors: [404],
    handler: async ({ params, context }) => {
      await resetSecondFactor(db, params.municipality, params.person, context);
      return { ok: true as const };
    },
  });

  api.add({
    method: 'GET',
    path: '/api/v1/municipalities/{municipality}/settings',
    operationId: 'getSettings',
    summary: "The municipality's settings (admin)",
    tag,
    auth: 'session',
    params: MunicipalityParams,
    response: MunicipalitySettings,
    handler: async ({ params, context }) => getSettings(db, params.municipality, context),
  });

  api.add({
    method: 'PUT',
    path: '/api/v1/municipalities/{municipality}/settings',
    operationId: 'updateSettings',
    summary:
      "Replace the municipality's settings (admin); changed field names go to the audit trail",
    tag,
    auth: 'session',
    params: MunicipalityParams,
    body: MunicipalitySettings,
    response: MunicipalitySettings,
    handler: async ({ params, body, context }) =>
      updateSettings(db, params.municipality, body, context),
  });
}
