/**
 * The account pages: log in, log out, the second factor, accepting an invitation, a forgotten
 * password, the account overview, and for admins the people of their municipality and the audit
 * trail. Forms post back to the same page and work without JavaScript; every form carries a CSRF
 * token; errors are shown beside the field in Dutch (English when chosen).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import QRCode from 'qrcode';
import { type Actor, ForbiddenError, UnauthorizedError } from '../../platform/auth/actor.ts';
import { ConflictError, InvalidLinkError } from '../../platform/auth/errors.ts';
import { contextOf } from '../../platform/http/api.ts';
import { html } from '../../platform/http/html.ts';
import { NotFoundError, ValidationError } from '../../platform/http/problem.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { TableHead, TableRegion } from '../../platform/ui/components.tsx';
import { renderPage } from '../../platform/ui/layout.tsx';
import {
  AUDIT_EVENT_LABELS,
  AUDIT_EVENT_TYPES,
  type AuditEventType,
} from '../audit/event-types.ts';
import { listAuditEvents } from '../audit/list-events.ts';
import { acceptInvitation, findOpenToken } from './accept-invitation.ts';
import { clearSessionCookie, setSessionCookie } from './http-session.ts';
import { invitePerson, ROLE_LABELS } from './invite-person.ts';
import { listMembersOf } from './list-members.ts';
import { logIn } from './log-in.ts';
import { logOut, logOutEverywhere } from './log-out.ts';
import { resetSecondFactor, revokeRole } from './manage-members.ts';
import { listSsoProviders } from './oidc/repo.ts';
import { PASSWORD_MIN } from './password.ts';
import { ROLES } from './permissions.ts';
import { authorize, requireActor } from './policy.ts';
import { requestPasswordReset, resetPassword } from './reset-password.ts';
import type { IdentityDeps } from './routes.ts';
import { Email, InviteBody, LoginBody, RoleSchema } from './schema.ts';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN, demoEmail } from './seed-demo.ts';
import { confirmTotp, startTotp } from './set-up-totp.ts';
import { themeHref } from './theme.ts';

type Errors = Record<string, string>;

const T = {
  nl: {
    login: 'Inloggen',
    loginIntro:
      'Log in met je e-mailadres en wachtwoord. Heb je een inlogcode-app ingesteld? Vul dan ook de code in.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    passwordAgain: 'Wachtwoord nog een keer',
    totp: 'Inlogcode (6 cijfers)',
    totpHint: 'Alleen als je een inlogcode-app hebt ingesteld.',
    submitLogin: 'Inloggen',
    forgot: 'Wachtwoord vergeten?',
    ssoTitle: 'Inloggen via je organisatie',
    ssoLink: (name: string) => `Inloggen met je account van ${name}`,
    demoTitle: 'Demo-accounts',
    demoIntro: `Dit is een demo. Elk account heeft het wachtwoord ${DEMO_PASSWORD} en geen tweede stap.`,
    logout: 'Uitloggen',
    logoutEverywhere: 'Overal uitloggen',
    logoutEverywhereHint: 'Beëindigt je sessies op alle apparaten, ook deze.',
    account: 'Mijn account',
    roles: 'Mijn rollen',
    noRoles: 'Je hebt nog geen rol in een gemeente.',
    platformAdmin: 'Je bent platformbeheerder.',
    mfaOn: 'Je tweede stap (inlogcode-app) is ingesteld.',
    mfaMissing: 'Stel je tweede stap in. Zonder tweede stap kun je geen persoonsgegevens zien.',
    mfaOptional: 'Je rol vraagt geen tweede stap.',
    setUpMfa: 'Tweede stap instellen',
    mfaTitle: 'Tweede stap instellen',
    mfaIntro:
      'Je werkt met gegevens van inwoners. Daarom log je in met je wachtwoord én een code uit een app op je telefoon (zoals een authenticator-app).',
    mfaStep1: 'Open de inlogcode-app op je telefoon en scan deze QR-code.',
    mfaStep1b: 'Lukt scannen niet? Typ dan deze sleutel over:',
    mfaStep2: 'Vul de code in die de app nu laat zien.',
    mfaDone: 'Klaar. Je tweede stap is ingesteld.',
    code: 'Code uit de app',
    confirm: 'Bevestigen',
    invitation: 'Uitnodiging aannemen',
    invitationIntro: (name: string) => `Welkom, ${name}. Kies een wachtwoord voor je account.`,
    passwordHint: `Minstens ${PASSWORD_MIN} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`,
    choose: 'Wachtwoord opslaan',
    invitationDone: 'Je wachtwoord is opgeslagen. Log nu in.',
    linkInvalid:
      'Deze link is niet (meer) geldig. Vraag de beheerder om een nieuwe uitnodiging, of vraag een nieuw wachtwoord aan.',
    forgotTitle: 'Wachtwoord vergeten',
    forgotIntro:
      'Vul je e-mailadres in. Als er een account bij hoort, krijg je een e-mail met een link om een nieuw wachtwoord te kiezen.',
    send: 'Stuur de link',
    forgotSent:
      'Als dit e-mailadres bij een account hoort, is er nu een e-mail onderweg. De link is 1 uur geldig.',
    resetTitle: 'Nieuw wachtwoord kiezen',
    resetDone: 'Je nieuwe wachtwoord is opgeslagen. Je bent overal uitgelogd. Log opnieuw in.',
    mismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
    required: 'Vul dit veld in.',
    wrongLogin: 'Het e-mailadres of het wachtwoord klopt niet.',
    totpNeeded: 'Vul de code uit je inlogcode-app in.',
    totpWrong: 'Deze code klopt niet. Vul de code in die je app nu laat zien.',
    locked: (minutes: number) =>
      `Te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw, of vraag een nieuw wachtwoord aan.`,
    errorSummary: 'Er ging iets mis. Kijk naar deze velden:',
    admin: 'Beheer',
    people: 'Mensen en rollen',
    name: 'Naam',
    role: 'Rol',
    status: 'Status',
    secondFactor: 'Tweede stap',
    yes: 'ja',
    no: 'nee',
    statuses: { invited: 'uitgenodigd', active: 'actief', disabled: 'uitgeschakeld' } as Record<
      string,
      string
    >,
    invite: 'Iemand uitnodigen',
    inviteSubmit: 'Uitnodiging versturen',
    invited: (email: string) => `De uitnodiging is verstuurd naar ${email}.`,
    roleAdded: (email: string) => `${email} had al een account en heeft de rol nu ook.`,
    auditTitle: 'Logboek',
    auditIntro:
      'Wie zag en veranderde wat, en wanneer. Het logboek kan niet worden aangepast of gewist. Bekijken en exporteren komt ook in het logboek.',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    about: 'Over',
    fieldsCol: 'Velden',
    from: 'Van (datum)',
    to: 'Tot (datum)',
    anyType: 'Alle soorten',
    type: 'Soort',
    filter: 'Toon',
    auditFilter: 'Gebeurtenissen zoeken in het logboek',
    manage: 'Beheren',
    settings: 'Instellingen',
    revoke: (role: string, name: string) => `Rol ${role} van ${name} intrekken`,
    resetMfa: (name: string) => `Tweede stap van ${name} wissen`,
    revoked: 'De rol is ingetrokken. De persoon is overal uitgelogd.',
    mfaReset:
      'De tweede stap is gewist. Bij de volgende keer inloggen stelt de persoon een nieuwe in.',
    chooseRole: 'Kies een rol',
    loggedOut: 'Je bent uitgelogd.',
    entities: { person: 'persoon', municipality: 'gemeente', 'audit-trail': 'logboek' } as Record<
      string,
      string
    >,
    roleLabels: ROLE_LABELS as Record<string, string>,
    platformAdminLabel: 'platformbeheerder',
    qrLabel: 'QR-code voor je inlogcode-app',
    exportCsv: 'Download als CSV',
    none: 'Geen gebeurtenissen gevonden.',
    system: 'systeem',
    dateInvalid: 'Vul een datum in als jjjj-mm-dd.',
  },
  en: {} as Record<string, unknown>,
};
T.en = {
  ...T.nl,
  login: 'Log in',
  loginIntro:
    'Log in with your e-mail address and password. Set up an authenticator app? Then enter its code too.',
  email: 'E-mail address',
  password: 'Password',
  passwordAgain: 'Password again',
  totp: 'Login code (6 digits)',
  totpHint: 'Only if you have set up an authenticator app.',
  submitLogin: 'Log in',
  forgot: 'Forgot your password?',
  ssoTitle: 'Log in through your organisation',
  ssoLink: (name: string) => `Log in with your ${name} account`,
  demoTitle: 'Demo accounts',
  demoIntro: `This is a demo. Every account has the password ${DEMO_PASSWORD} and no second factor.`,
  logout: 'Log out',
  logoutEverywhere: 'Log out everywhere',
  logoutEverywhereHint: 'Ends your sessions on every device, this one too.',
  account: 'My account',
  roles: 'My roles',
  noRoles: 'You have no role in a municipality yet.',
  platformAdmin: 'You are a platform administrator.',
  mfaOn: 'Your second factor (authenticator app) is set up.',
  mfaMissing: 'Set up your second factor. Without it you cannot see personal data.',
  mfaOptional: 'Your role does not need a second factor.',
  setUpMfa: 'Set up second factor',
  mfaTitle: 'Set up your second factor',
  mfaIntro:
    "You work with residents' data, so you log in with your password and a code from an app on your phone.",
  mfaStep1: 'Open the authenticator app on your phone and scan this QR code.',
  mfaStep1b: 'Cannot scan? Type this key instead:',
  mfaStep2: 'Enter the code the app shows now.',
  mfaDone: 'Done. Your second factor is set up.',
  code: 'Code from the app',
  confirm: 'Confirm',
  invitation: 'Accept invitation',
  invitationIntro: (name: string) => `Welcome, ${name}. Choose a password for your account.`,
  passwordHint: `At least ${PASSWORD_MIN} characters. A sentence of a few words is strong and easy to remember.`,
  choose: 'Save password',
  invitationDone: 'Your password is saved. Log in now.',
  linkInvalid:
    'This link is not valid (any more). Ask the administrator for a new invitation, or ask for a new password.',
  forgotTitle: 'Forgot your password',
  forgotIntro:
    'Enter your e-mail address. If it belongs to an account, you get an e-mail with a link to choose a new password.',
  send: 'Send the link',
  forgotSent:
    'If this address belongs to an account, an e-mail is on its way. The link is valid for 1 hour.',
  resetTitle: 'Choose a new password',
  resetDone: 'Your new password is saved and you are logged out everywhere. Log in again.',
  mismatch: 'The two passwords are not the same.',
  required: 'Fill in this field.',
  wrongLogin: 'The e-mail address or the password is not right.',
  totpNeeded: 'Enter the code from your authenticator app.',
  totpWrong: 'This code is not right. Enter the code your app shows now.',
  locked: (minutes: number) =>
    `Too many failed attempts. Try again in ${minutes} minutes, or ask for a new password.`,
  errorSummary: 'Something went wrong. Look at these fields:',
  admin: 'Administration',
  people: 'People and roles',
  name: 'Name',
  role: 'Role',
  status: 'Status',
  secondFactor: 'Second factor',
  yes: 'yes',
  no: 'no',
  invite: 'Invite someone',
  inviteSubmit: 'Send invitation',
  invited: (email: string) => `The invitation was sent to ${email}.`,
  roleAdded: (email: string) => `${email} already had an account and now has this role too.`,
  auditTitle: 'Audit trail',
  auditIntro:
    'Who saw and changed what, and when. The trail cannot be changed or erased. Viewing and exporting are recorded too.',
  when: 'When',
  who: 'Who',
  what: 'What',
  about: 'About',
  fieldsCol: 'Fields',
  from: 'From (date)',
  to: 'Until (date)',
  anyType: 'All kinds',
  type: 'Kind',
  filter: 'Show',
  auditFilter: 'Search events in the audit trail',
  manage: 'Manage',
  settings: 'Settings',
  revoke: (role: string, name: string) => `Take back role ${role} from ${name}`,
  resetMfa: (name: string) => `Clear second factor of ${name}`,
  revoked: 'The role was taken back. The person is logged out everywhere.',
  mfaReset: 'The second factor was cleared. At the next login the person sets up a new one.',
  chooseRole: 'Choose a role',
  loggedOut: 'You are logged out.',
  entities: { person: 'person', municipality: 'municipality', 'audit-trail': 'audit trail' },
  roleLabels: {
    admin: 'administrator',
    coordinator: 'signal desk coordinator',
    worker: 'social worker',
    volunteer: 'home visitor',
    partner: 'signalling partner',
    analyst: 'policy officer',
  },
  platformAdminLabel: 'platform administrator',
  qrLabel: 'QR code for your authenticator app',
  exportCsv: 'Download as CSV',
  none: 'No events found.',
  system: 'system',
  dateInvalid: 'Enter a date as yyyy-mm-dd.',
};
type Texts = typeof T.nl;
const texts = (locale: Locale): Texts => (locale === 'en' ? (T.en as Texts) : T.nl);

/** A local path to return to after login; anything else becomes /account. */
export function safeReturn(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : '/account';
}

function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value?: string;
  hint?: string;
  error?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric';
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      class={`omzien-field utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="utrecht-form-field-description" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p class="utrecht-form-field-error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        required={props.required}
        inputMode={props.inputmode}
        aria-describedby={describedBy || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

function ErrorSummary({
  errors,
  t,
  labels,
}: {
  errors: Errors;
  t: Texts;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="omzien-warning" role="alert">
      <h2 class="utrecht-heading-2">{t.errorSummary}</h2>
      <ul class="utrecht-unordered-list">
        {entries.map(([field, message]) => (
          <li class="utrecht-unordered-list__item" key={field}>
            {labels[field] ? (
              <a class="utrecht-link" href={`#f-${field}`}>
                {labels[field]}: {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Form(props: { action: string; csrf: string; label: string; children: ComponentChildren }) {
  return (
    <form
      method="post"
      action={props.action}
      aria-label={props.label}
      class="omzien-form"
      noValidate
    >
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.children}
    </form>
  );
}

function Button({ children }: { children: ComponentChildren }) {
  return (
    <p>
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        {children}
      </button>
    </p>
  );
}

function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="omzien-note" role="status">
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

/** Map a ValidationError's `body.x` names to form field names. */
function fieldErrors(error: ValidationError): Errors {
  const out: Errors = {};
  for (const p of error.params) out[p.name.replace(/^body\./, '').split('.')[0]!] ??= p.reason;
  return out;
}

export function registerIdentityPages(
  http: FastifyInstance,
  deps: IdentityDeps,
  options: { demo: boolean },
): void {
  const { db } = deps;
  const send = (reply: FastifyReply, body: string, status = 200) =>
    html(reply.code(status).header('cache-control', 'no-store'), body);
  const page = (
    request: FastifyRequest,
    title: string,
    children: ComponentChildren,
    municipalitySlug?: string,
  ) =>
    renderPage({
      locale: request.locale,
      title,
      url: request.url,
      themeHref: municipalitySlug ? themeHref(municipalitySlug) : undefined,
      children,
    });
  const csrfProtected = { preHandler: http.csrfProtection };
  const loginLimited = {
    preHandler: http.csrfProtection,
    config: { rateLimit: { max: deps.login.ratePerMinute, timeWindow: '1 minute' } },
  };

  // --- Log in -------------------------------------------------------------------------------
  const loginPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { email?: string },
    errors: Errors,
    status = 200,
  ) => {
    const t = texts(request.locale);
    const back = safeReturn((request.query as Record<string, unknown>).terug);
    const sso = await listSsoProviders(db);
    const klaar = (request.query as Record<string, unknown>).klaar;
    const done =
      klaar === 'uitnodiging'
        ? t.invitationDone
        : klaar === 'wachtwoord'
          ? t.resetDone
          : klaar === 'uitgelogd'
            ? t.loggedOut
            : undefined;
    return send(
      reply,
      page(
        request,
        t.login,
        <>
          <h1 class="utrecht-heading-1">{t.login}</h1>
          {done ? <Notice>{done}</Notice> : null}
          <p class="utrecht-paragraph">{t.loginIntro}</p>
          <ErrorSummary
            errors={errors}
            t={t}
            labels={{ email: t.email, password: t.password, totp: t.totp }}
          />
          <Form
            action={`/inloggen?terug=${encodeURIComponent(back)}`}
            csrf={reply.generateCsrf()}
            label={t.login}
          >
            <Field
              id="f-email"
              name="email"
              label={t.email}
              type="email"
              autocomplete="username"
              value={values.email ?? ''}
              error={errors.email}
              required
            />
            <Field
              id="f-password"
              name="password"
              label={t.password}
              type="password"
              autocomplete="current-password"
              error={errors.password}
              required
            />
            <Field
              id="f-totp"
              name="totp"
              label={t.totp}
              hint={t.totpHint}
              autocomplete="one-time-code"
              inputmode="numeric"
              error={errors.totp}
            />
            <Button>{t.submitLogin}</Button>
          </Form>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/wachtwoord-vergeten">
              {t.forgot}
            </a>
          </p>
          {sso.length > 0 ? (
            <section aria-labelledby="sso-title">
              <h2 class="utrecht-heading-2" id="sso-title">
                {t.ssoTitle}
              </h2>
              <ul class="utrecht-unordered-list">
                {sso.map((p) => (
                  <li class="utrecht-unordered-list__item" key={p.municipalitySlug}>
                    <a class="utrecht-link" href={`${p.href}?terug=${encodeURIComponent(back)}`}>
                      {t.ssoLink(p.displayName)}
                    </a>{' '}
                    ({p.municipalityName})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {options.demo ? (
            <section aria-labelledby="demo-title" class="omzien-note">
              <h2 class="utrecht-heading-2" id="demo-title">
                {t.demoTitle}
              </h2>
              <p class="utrecht-paragraph">{t.demoIntro}</p>
              <ul class="utrecht-unordered-list">
                {ROLES.map((role) => (
                  <li class="utrecht-unordered-list__item" key={role}>
                    <code>{demoEmail(role)}</code>: {t.roleLabels[role]}
                  </li>
                ))}
                <li class="utrecht-unordered-list__item">
                  <code>{DEMO_PLATFORM_ADMIN}</code>: {t.platformAdminLabel}
                </li>
              </ul>
            </section>
          ) : null}
        </>,
      ),
      status,
    );
  };

  http.get('/inloggen', async (request, reply) => {
    if (request.actor)
      return reply.redirect(safeReturn((request.query as Record<string, unknown>).terug), 303);
    return loginPage(request, reply, {}, {});
  });

  http.post('/inloggen', loginLimited, async (request, reply) => {
    const t = texts(request.locale);
    const body = request.body as Record<string, unknown> | undefined;
    const email = field(body, 'email');
    const totp = field(body, 'totp').trim();
    const parsed = LoginBody.safeParse({
      email,
      password: field(body, 'password'),
      ...(totp ? { totp } : {}),
    });
    if (!parsed.success) {
      return loginPage(
        request,
        reply,
        { email },
        fieldErrors(ValidationError.fromZod('body', parsed.error)),
        400,
      );
    }
    const result = await logIn(db, parsed.data, contextOf(request), deps.login);
    if (!result.ok) {
      const errors: Errors =
        result.reason === 'locked'
          ? { email: t.locked(Math.ceil(result.retryAfterSeconds / 60)) }
          : result.reason === 'totp-required'
            ? { totp: t.totpNeeded }
            : result.reason === 'totp-invalid'
              ? { totp: t.totpWrong }
              : { password: t.wrongLogin };
      return loginPage(request, reply, { email }, errors, result.reason === 'locked' ? 423 : 401);
    }
    setSessionCookie(reply, result.token, deps.cookie);
    const back = safeReturn((request.query as Record<string, unknown>).terug);
    return reply.redirect(result.mfaSetupRequired ? '/account/tweede-stap' : back, 303);
  });

  http.post('/uitloggen', csrfProtected, async (request, reply) => {
    if (request.actor) await logOut(db, request.actor, contextOf(request));
    clearSessionCookie(reply, deps.cookie);
    return reply.redirect('/inloggen?klaar=uitgelogd', 303);
  });

  http.post('/account/overal-uitloggen', csrfProtected, async (request, reply) => {
    if (!request.actor) throw new UnauthorizedError();
    await logOutEverywhere(db, request.actor, contextOf(request));
    clearSessionCookie(reply, deps.cookie);
    return reply.redirect('/inloggen', 303);
  });

  // --- Account ------------------------------------------------------------------------------
  http.get('/account', async (request, reply) => {
    const actor = request.actor;
    if (!actor) throw new UnauthorizedError();
    const t = texts(request.locale);
    const csrf = reply.generateCsrf();
    const adminOf = actor.memberships.filter((m) => m.role === 'admin');
    return send(
      reply,
      page(
        request,
        t.account,
        <>
          <h1 class="utrecht-heading-1">{t.account}</h1>
          <p class="utrecht-paragraph">
            {actor.name} ({actor.email})
          </p>
          {actor.mfaSetupRequired ? (
            <div class="omzien-warning">
              <p class="utrecht-paragraph">{t.mfaMissing}</p>
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href="/account/tweede-stap">
                  {t.setUpMfa}
                </a>
              </p>
            </div>
          ) : (
            <p class="utrecht-paragraph">
              {actor.mfaPassed && !actor.memberships.every((m) => m.role === 'analyst')
                ? t.mfaOn
                : t.mfaOptional}
            </p>
          )}
          <h2 class="utrecht-heading-2">{t.roles}</h2>
          {actor.platformAdmin ? <p class="utrecht-paragraph">{t.platformAdmin}</p> : null}
          {actor.memberships.length === 0 ? (
            <p class="utrecht-paragraph">{t.noRoles}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {actor.memberships.map((m) => (
                <li class="utrecht-unordered-list__item" key={`${m.municipalityCode}-${m.role}`}>
                  {m.municipalityName}: {t.roleLabels[m.role]}
                </li>
              ))}
            </ul>
          )}
          {adminOf.length > 0 ? (
            <>
              <h2 class="utrecht-heading-2">{t.admin}</h2>
              <ul class="utrecht-unordered-list">
                {adminOf.map((m) => (
                  <li class="utrecht-unordered-list__item" key={m.municipalityCode}>
                    <a class="utrecht-link" href={`/beheer/${m.municipalitySlug}`}>
                      {t.people}: {m.municipalityName}
                    </a>
                    {' · '}
                    <a class="utrecht-link" href={`/beheer/${m.municipalitySlug}/logboek`}>
                      {t.auditTitle}: {m.municipalityName}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Form action="/uitloggen" csrf={csrf} label={t.logout}>
            <Button>{t.logout}</Button>
          </Form>
          <Form action="/account/overal-uitloggen" csrf={csrf} label={t.logoutEverywhere}>
            <p class="utrecht-paragraph">{t.logoutEverywhereHint}</p>
            <Button>{t.logoutEverywhere}</Button>
          </Form>
        </>,
      ),
    );
  });

  // --- Second factor ------------------------------------------------------------------------
  const mfaPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: Errors,
    status = 200,
  ) => {
    const t = texts(request.locale);
    const actor = request.actor;
    if (!actor) throw new UnauthorizedError();
    let body: ComponentChildren;
    try {
      const { secret, otpauthUri } = await startTotp(db, actor);
      const svg = await QRCode.toString(otpauthUri, {
        type: 'svg',
        margin: 2,
        errorCorrectionLevel: 'M',
      });
      const grouped = secret.match(/.{1,4}/g)!.join(' ');
      body = (
        <>
          <ErrorSummary errors={errors} t={t} labels={{ code: t.code }} />
          <ol class="utrecht-ordered-list">
            <li class="utrecht-ordered-list__item">
              <p class="utrecht-paragraph">{t.mfaStep1}</p>
              <div
                class="omzien-qr"
                role="img"
                aria-label={t.qrLabel}
                // The SVG comes from the qrcode library for our own otpauth address: no user input.
                dangerouslySetInnerHTML={{ __html: svg }}
              />
              <p class="utrecht-paragraph">
                {t.mfaStep1b} <code class="omzien-secret">{grouped}</code>
              </p>
            </li>
            <li class="utrecht-ordered-list__item">
              <p class="utrecht-paragraph">{t.mfaStep2}</p>
              <Form action="/account/tweede-stap" csrf={reply.generateCsrf()} label={t.mfaTitle}>
                <Field
                  id="f-code"
                  name="code"
                  label={t.code}
                  autocomplete="one-time-code"
                  inputmode="numeric"
                  error={errors.code}
                  required
                />
                <Button>{t.confirm}</Button>
              </Form>
            </li>
          </ol>
        </>
      );
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      body = <Notice>{t.mfaOn}</Notice>;
    }
    return send(
      reply,
      page(
        request,
        t.mfaTitle,
        <>
          <h1 class="utrecht-heading-1">{t.mfaTitle}</h1>
          <p class="utrecht-paragraph">{t.mfaIntro}</p>
          {body}
        </>,
      ),
      status,
    );
  };

  http.get('/account/tweede-stap', async (request, reply) => mfaPage(request, reply, {}));
  http.post('/account/tweede-stap', csrfProtected, async (request, reply) => {
    const t = texts(request.locale);
    const code = field(request.body, 'code').replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) return mfaPage(request, reply, { code: t.totpWrong }, 400);
    try {
      await confirmTotp(db, request.actor, code, contextOf(request), 'code');
    } catch (error) {
      if (error instanceof ValidationError)
        return mfaPage(request, reply, { code: t.totpWrong }, 400);
      throw error;
    }
    return reply.redirect('/account', 303);
  });

  // --- Invitation and password reset --------------------------------------------------------
  const passwordPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: 'invitation' | 'password-reset',
    token: string,
    errors: Errors,
    status = 200,
  ) => {
    const t = texts(request.locale);
    const open = await findOpenToken(db, token, kind);
    const title = kind === 'invitation' ? t.invitation : t.resetTitle;
    const action =
      kind === 'invitation' ? `/uitnodiging/${token}` : `/wachtwoord-herstellen/${token}`;
    return send(
      reply,
      page(
        request,
        title,
        <>
          <h1 class="utrecht-heading-1">{title}</h1>
          {open ? (
            <>
              {kind === 'invitation' ? (
                <p class="utrecht-paragraph">{t.invitationIntro(open.name)}</p>
              ) : null}
              <ErrorSummary
                errors={errors}
                t={t}
                labels={{ password: t.password, password2: t.passwordAgain }}
              />
              <Form action={action} csrf={reply.generateCsrf()} label={title}>
                <input type="hidden" name="username" value={open.email} autocomplete="username" />
                <Field
                  id="f-password"
                  name="password"
                  label={t.password}
                  type="password"
                  autocomplete="new-password"
                  hint={t.passwordHint}
                  error={errors.password}
                  required
                />
                <Field
                  id="f-password2"
                  name="password2"
                  label={t.passwordAgain}
                  type="password"
                  autocomplete="new-password"
                  error={errors.password2}
                  required
                />
                <Button>{t.choose}</Button>
              </Form>
            </>
          ) : (
            <div class="omzien-warning" role="alert">
              <p class="utrecht-paragraph">{t.linkInvalid}</p>
            </div>
          )}
        </>,
      ),
      open ? status : 410,
    );
  };

  const choosePassword =
    (kind: 'invitation' | 'password-reset') =>
    async (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
      const t = texts(request.locale);
      const { token } = request.params;
      const password = field(request.body, 'password');
      const password2 = field(request.body, 'password2');
      if (!password)
        return passwordPage(request, reply, kind, token, { password: t.required }, 400);
      if (password !== password2)
        return passwordPage(request, reply, kind, token, { password2: t.mismatch }, 400);
      try {
        if (kind === 'invitation')
          await acceptInvitation(db, { token, password }, contextOf(request));
        else await resetPassword(db, { token, password }, contextOf(request));
      } catch (error) {
        if (error instanceof ValidationError)
          return passwordPage(request, reply, kind, token, fieldErrors(error), 400);
        if (error instanceof InvalidLinkError)
          return passwordPage(request, reply, kind, token, {}, 410);
        throw error;
      }
      if (kind === 'password-reset') clearSessionCookie(reply, deps.cookie);
      return reply.redirect(
        `/inloggen?klaar=${kind === 'invitation' ? 'uitnodiging' : 'wachtwoord'}`,
        303,
      );
    };

  http.get<{ Params: { token: string } }>('/uitnodiging/:token', async (request, reply) =>
    passwordPage(request, reply, 'invitation', request.params.token, {}),
  );
  http.post<{ Params: { token: string } }>(
    '/uitnodiging/:token',
    csrfProtected,
    choosePassword('invitation'),
  );
  http.get<{ Params: { token: string } }>('/wachtwoord-herstellen/:token', async (request, reply) =>
    passwordPage(request, reply, 'password-reset', request.params.token, {}),
  );
  http.post<{ Params: { token: string } }>(
    '/wachtwoord-herstellen/:token',
    csrfProtected,
    choosePassword('password-reset'),
  );

  const forgotPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    state: { email?: string; sent?: boolean; errors?: Errors },
    status = 200,
  ) => {
    const t = texts(request.locale);
    return send(
      reply,
      page(
        request,
        t.forgotTitle,
        <>
          <h1 class="utrecht-heading-1">{t.forgotTitle}</h1>
          {state.sent ? (
            <Notice>{t.forgotSent}</Notice>
          ) : (
            <>
              <p class="utrecht-paragraph">{t.forgotIntro}</p>
              <ErrorSummary errors={state.errors ?? {}} t={t} labels={{ email: t.email }} />
              <Form action="/wachtwoord-vergeten" csrf={reply.generateCsrf()} label={t.forgotTitle}>
                <Field
                  id="f-email"
                  name="email"
                  label={t.email}
                  type="email"
                  autocomplete="username"
                  value={state.email ?? ''}
                  error={state.errors?.email}
                  required
                />
                <Button>{t.send}</Button>
              </Form>
            </>
          )}
        </>,
      ),
      status,
    );
  };
  http.get('/wachtwoord-vergeten', async (request, reply) => forgotPage(request, reply, {}));
  http.post('/wachtwoord-vergeten', csrfProtected, async (request, reply) => {
    const email = field(request.body, 'email');
    const parsed = Email.safeParse(email);
    if (!parsed.success) {
      return forgotPage(
        request,
        reply,
        { email, errors: { email: parsed.error.issues[0]!.message } },
        400,
      );
    }
    await requestPasswordReset(deps, parsed.data, contextOf(request));
    return forgotPage(request, reply, { sent: true });
  });

  // --- Admin: people and the audit trail ----------------------------------------------------
  const membersPage = async (
    request: FastifyRequest<{ Params: { municipality: string } }>,
    reply: FastifyReply,
    state: { values?: Record<string, string>; errors?: Errors; notice?: string },
    status = 200,
  ) => {
    const t = texts(request.locale);
    const context = contextOf(request);
    const membership = authorize(context.actor, 'members.read', request.params.municipality);
    const members = await listMembersOf(db, membership.municipalityCode, context);
    const csrf = reply.generateCsrf();
    const errors = state.errors ?? {};
    const values = state.values ?? {};
    return send(
      reply,
      page(
        request,
        `${t.people}: ${membership.municipalityName}`,
        <>
          <h1 class="utrecht-heading-1">
            {t.people}: {membership.municipalityName}
          </h1>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/beheer/${membership.municipalitySlug}/logboek`}>
              {t.auditTitle}
            </a>
            {' · '}
            <a class="utrecht-link" href={`/beheer/${membership.municipalitySlug}/instellingen`}>
              {t.settings}
            </a>
          </p>
          {state.notice ? <Notice>{state.notice}</Notice> : null}
          <TableRegion label={t.people}>
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">{t.people}</caption>
              <TableHead columns={[t.name, t.email, t.role, t.status, t.secondFactor, t.manage]} />
              <tbody class="utrecht-table__body">
                {members.map((m) => (
                  <tr class="utrecht-table__row" key={m.id}>
                    <td class="utrecht-table__cell">{m.name}</td>
                    <td class="utrecht-table__cell">{m.email}</td>
                    <td class="utrecht-table__cell">
                      {m.roles.map((r) => t.roleLabels[r] ?? r).join(', ')}
                    </td>
                    <td class="utrecht-table__cell">{t.statuses[m.status] ?? m.status}</td>
                    <td class="utrecht-table__cell">{m.mfa ? t.yes : t.no}</td>
                    <td class="utrecht-table__cell">
                      {m.roles
                        .filter((r) => !(m.id === context.actor?.personId && r === 'admin'))
                        .map((r) => (
                          <form
                            key={r}
                            method="post"
                            action={`/beheer/${membership.municipalitySlug}/mensen/${m.id}/rol-intrekken`}
                            class="omzien-inline-form"
                          >
                            <input type="hidden" name="_csrf" value={csrf} />
                            <input type="hidden" name="role" value={r} />
                            <button
                              type="submit"
                              class="utrecht-button utrecht-button--secondary-action"
                            >
                              {t.revoke(t.roleLabels[r] ?? r, m.name)}
                            </button>
                          </form>
                        ))}
                      {m.mfa ? (
                        <form
                          method="post"
                          action={`/beheer/${membership.municipalitySlug}/mensen/${m.id}/tweede-stap-wissen`}
                          class="omzien-inline-form"
                        >
                          <input type="hidden" name="_csrf" value={csrf} />
                          <button
                            type="submit"
                            class="utrecht-button utrecht-button--secondary-action"
                          >
                            {t.resetMfa(m.name)}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {membership && authorizeQuiet(context.actor, membership.municipalityCode) ? (
            <>
              <h2 class="utrecht-heading-2" id="uitnodigen">
                {t.invite}
              </h2>
              <ErrorSummary
                errors={errors}
                t={t}
                labels={{ name: t.name, email: t.email, role: t.role }}
              />
              <Form
                action={`/beheer/${membership.municipalitySlug}/uitnodigen`}
                csrf={reply.generateCsrf()}
                label={t.invite}
              >
                <Field
                  id="f-name"
                  name="name"
                  label={t.name}
                  autocomplete="off"
                  value={values.name ?? ''}
                  error={errors.name}
                  required
                />
                <Field
                  id="f-email"
                  name="email"
                  label={t.email}
                  type="email"
                  autocomplete="off"
                  value={values.email ?? ''}
                  error={errors.email}
                  required
                />
                <div
                  class={`omzien-field utrecht-form-field${errors.role ? ' utrecht-form-field--invalid' : ''}`}
                >
                  <label class="utrecht-form-label" for="f-role">
                    {t.role}
                  </label>
                  {errors.role ? (
                    <p class="utrecht-form-field-error-message" id="f-role-error">
                      {errors.role}
                    </p>
                  ) : null}
                  <select
                    class="utrecht-select utrecht-select--html-select"
                    id="f-role"
                    name="role"
                    aria-describedby={errors.role ? 'f-role-error' : undefined}
                  >
                    <option value="">{t.chooseRole}</option>
                    {ROLES.map((r) => (
                      <option key={r} value={r} selected={values.role === r}>
                        {t.roleLabels[r]}
                      </option>
                    ))}
                  </select>
                </div>
                <Button>{t.inviteSubmit}</Button>
              </Form>
            </>
          ) : null}
        </>,
        membership.municipalitySlug,
      ),
      status,
    );
  };

  http.get<{ Params: { municipality: string } }>('/beheer/:municipality', async (request, reply) =>
    membersPage(request, reply, {}),
  );
  http.post<{ Params: { municipality: string } }>(
    '/beheer/:municipality/uitnodigen',
    csrfProtected,
    async (request, reply) => {
      const t = texts(request.locale);
      const values = {
        name: field(request.body, 'name'),
        email: field(request.body, 'email'),
        role: field(request.body, 'role'),
      };
      const parsed = InviteBody.safeParse(values);
      if (!parsed.success) {
        const errors = fieldErrors(ValidationError.fromZod('body', parsed.error));
        if (errors.name && !values.name.trim()) errors.name = t.required;
        if (errors.role) errors.role = `${t.chooseRole}.`;
        return membersPage(request, reply, { values, errors }, 400);
      }
      try {
        const result = await invitePerson(
          deps,
          { municipality: request.params.municipality, ...parsed.data },
          contextOf(request),
        );
        const email = parsed.data.email.toLowerCase();
        return membersPage(request, reply, {
          notice: result.status === 'invited' ? t.invited(email) : t.roleAdded(email),
        });
      } catch (error) {
        if (error instanceof ConflictError)
          return membersPage(request, reply, { values, errors: { email: error.message } }, 409);
        throw error;
      }
    },
  );

  type MemberRoute = { Params: { municipality: string; person: string } };
  http.post<MemberRoute>(
    '/beheer/:municipality/mensen/:person/rol-intrekken',
    csrfProtected,
    async (request, reply) => {
      const t = texts(request.locale);
      const role = RoleSchema.safeParse(field(request.body, 'role'));
      if (!role.success || !/^[0-9a-f-]{36}$/i.test(request.params.person)) {
        throw new NotFoundError('Deze rol van deze persoon');
      }
      try {
        await revokeRole(
          db,
          request.params.municipality,
          { personId: request.params.person, role: role.data },
          contextOf(request),
        );
      } catch (error) {
        if (error instanceof ConflictError)
          return membersPage(request, reply, { notice: error.message }, 409);
        throw error;
      }
      return membersPage(request, reply, { notice: t.revoked });
    },
  );
  http.post<MemberRoute>(
    '/beheer/:municipality/mensen/:person/tweede-stap-wissen',
    csrfProtected,
    async (request, reply) => {
      const t = texts(request.locale);
      if (!/^[0-9a-f-]{36}$/i.test(request.params.person)) throw new NotFoundError('Deze persoon');
      await resetSecondFactor(
        db,
        request.params.municipality,
        request.params.person,
        contextOf(request),
      );
      return membersPage(request, reply, { notice: t.mfaReset });
    },
  );

  http.get<{ Params: { municipality: string }; Querystring: Record<string, string> }>(
    '/beheer/:municipality/logboek',
    async (request, reply) => auditPage(request, reply, 'html'),
  );
  http.get<{ Params: { municipality: string }; Querystring: Record<string, string> }>(
    '/beheer/:municipality/logboek.csv',
    async (request, reply) => auditPage(request, reply, 'csv'),
  );

  const auditPage = async (
    request: FastifyRequest<{
      Params: { municipality: string };
      Querystring: Record<string, string>;
    }>,
    reply: FastifyReply,
    format: 'html' | 'csv',
  ) => {
    const t = texts(request.locale);
    const context = contextOf(request);
    requireActor(context.actor);
    const q = request.query;
    const errors: Errors = {};
    const type = AUDIT_EVENT_TYPES.includes(q.type as AuditEventType)
      ? (q.type as AuditEventType)
      : undefined;
    const date = (name: 'van' | 'tot') => {
      const v = q[name];
      if (!v) return undefined;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        errors[name] = t.dateInvalid;
        return undefined;
      }
      return new Date(`${v}T00:00:00Z`);
    };
    const from = date('van');
    const toDay = date('tot');
    const to = toDay ? new Date(toDay.getTime() + 86_400_000) : undefined;
    const { events } = await listAuditEvents(
      db,
      {
        municipality: request.params.municipality,
        type,
        from,
        to,
        limit: format === 'csv' ? 1000 : 200,
      },
      context,
      format === 'csv' ? 'export' : 'read',
    );
    const membership = authorize(context.actor, 'audit.read', request.params.municipality);
    if (format === 'csv') {
      const cell = (v: unknown) => {
        const s = v === null || v === undefined ? '' : String(v);
        const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; // no formulas in spreadsheets
        return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      };
      const lines = [
        [
          'seq',
          'occurred_at',
          'actor_id',
          'actor_name',
          'actor_role',
          'type',
          'entity_type',
          'entity_id',
          'fields',
          'detail',
          'ip',
          'user_agent',
        ].join(','),
        ...events.map((e) =>
          [
            e.seq,
            e.occurredAt,
            e.actor?.id,
            e.actor?.name,
            e.actorRole,
            e.type,
            e.entityType,
            e.entityId,
            e.fields.join(' '),
            JSON.stringify(e.detail),
            e.ip,
            e.userAgent,
          ]
            .map(cell)
            .join(','),
        ),
      ];
      return reply
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="logboek-${membership.municipalityCode}.csv"`,
        )
        .type('text/csv; charset=utf-8')
        .send(`${lines.join('\n')}\n`);
    }
    const query = new URLSearchParams(
      Object.entries({ type: q.type ?? '', van: q.van ?? '', tot: q.tot ?? '' }).filter(
        ([, v]) => v,
      ),
    );
    return send(
      reply,
      page(
        request,
        `${t.auditTitle}: ${membership.municipalityName}`,
        <>
          <h1 class="utrecht-heading-1">
            {t.auditTitle}: {membership.municipalityName}
          </h1>
          <p class="utrecht-paragraph">{t.auditIntro}</p>
          <ErrorSummary errors={errors} t={t} labels={{ van: t.from, tot: t.to }} />
          <form
            method="get"
            action={`/beheer/${membership.municipalitySlug}/logboek`}
            aria-label={t.auditFilter}
            class="omzien-form"
          >
            <div class="omzien-field utrecht-form-field">
              <label class="utrecht-form-label" for="f-type">
                {t.type}
              </label>
              <select class="utrecht-select utrecht-select--html-select" id="f-type" name="type">
                <option value="">{t.anyType}</option>
                {AUDIT_EVENT_TYPES.map((ty) => (
                  <option key={ty} value={ty} selected={type === ty}>
                    {AUDIT_EVENT_LABELS[ty]}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id="f-van"
              name="van"
              label={t.from}
              type="date"
              value={q.van ?? ''}
              error={errors.van}
            />
            <Field
              id="f-tot"
              name="tot"
              label={t.to}
              type="date"
              value={q.tot ?? ''}
              error={errors.tot}
            />
            <Button>{t.filter}</Button>
          </form>
          <p class="utrecht-paragraph">
            <a
              class="utrecht-link"
              href={`/beheer/${membership.municipalitySlug}/logboek.csv${query.size ? `?${query}` : ''}`}
            >
              {t.exportCsv}
            </a>
          </p>
          {events.length === 0 ? (
            <p class="utrecht-paragraph">{t.none}</p>
          ) : (
            <TableRegion label={t.auditTitle}>
              <table class="utrecht-table">
                <caption class="utrecht-table__caption">{t.auditTitle}</caption>
                <TableHead columns={[t.when, t.who, t.what, t.about, t.fieldsCol]} />
                <tbody class="utrecht-table__body">
                  {events.map((e) => (
                    <tr class="utrecht-table__row" key={e.id}>
                      <td class="utrecht-table__cell">
                        <time dateTime={e.occurredAt}>
                          {formatTime(e.occurredAt, request.locale)}
                        </time>
                      </td>
                      <td class="utrecht-table__cell">
                        {e.actor ? e.actor.name : t.system}
                        {e.actorRole ? ` (${t.roleLabels[e.actorRole] ?? e.actorRole})` : ''}
                      </td>
                      <td class="utrecht-table__cell">
                        {AUDIT_EVENT_LABELS[e.type as AuditEventType] ?? e.type}
                      </td>
                      <td class="utrecht-table__cell">
                        {e.entityType ? (t.entities[e.entityType] ?? e.entityType) : ''}
                      </td>
                      <td class="utrecht-table__cell">{e.fields.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>,
        membership.municipalitySlug,
      ),
    );
  };
}

function authorizeQuiet(actor: Actor | null, municipality: string): boolean {
  try {
    authorize(actor, 'members.invite', municipality);
    return true;
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    throw error;
  }
}

function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
