/**
 * The browser side of single sign-on: start (to the municipality's provider), the callback, and
 * the code from the authenticator app where the provider's second factor is not trusted. The
 * login state lives in a short-lived HttpOnly, SameSite=Lax cookie (see login-state.ts); pages
 * answer in Dutch, never with a stack trace.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { UnauthorizedError } from '../../../platform/auth/actor.ts';
import { contextOf } from '../../../platform/http/api.ts';
import { html } from '../../../platform/http/html.ts';
import { renderPage } from '../../../platform/ui/layout.tsx';
import { clearSessionCookie, setSessionCookie } from '../http-session.ts';
import { safeReturn } from '../pages.tsx';
import { endSession } from '../sessions.ts';
import { CALLBACK_PATH } from './configure-identity-provider.ts';
import { finishSsoLogin, type RefusalReason, SECOND_FACTOR_PATH } from './finish-sso-login.ts';
import { LOGIN_STATE_COOKIE, LOGIN_STATE_MINUTES } from './login-state.ts';
import { passSecondFactor } from './pass-second-factor.ts';
import type { OidcDeps } from './routes.ts';
import { startSsoLogin } from './start-sso-login.ts';

const STATE_COOKIE_PATH = '/inloggen/sso';

const T = {
  ssoTitle: 'Inloggen via je organisatie',
  notConfigured:
    'Deze gemeente heeft (nog) geen eigen inlogdienst ingesteld. Log in met je e-mailadres en wachtwoord.',
  unreachable: (name: string) =>
    `De inlogdienst (${name}) antwoordt nu niet. Probeer het later opnieuw, of log in met je e-mailadres en wachtwoord.`,
  refused: 'Inloggen is niet gelukt',
  reasons: {
    'no-login-state':
      'Het inloggen duurde te lang of is in een ander venster begonnen. Begin opnieuw.',
    'state-mismatch': 'Het antwoord van de inlogdienst hoort niet bij dit inloggen. Begin opnieuw.',
    'provider-error': 'De inlogdienst heeft het inloggen afgebroken. Begin opnieuw als je wilt.',
    'invalid-response':
      'Het antwoord van de inlogdienst kon niet worden gecontroleerd. Begin opnieuw, of log in met je e-mailadres en wachtwoord.',
    'not-configured': 'Inloggen via deze inlogdienst staat uit.',
    'unknown-person':
      'Je bent aangemeld bij je organisatie, maar je hebt in Omzien geen account met een rol bij deze gemeente. Vraag de beheerder van Omzien in je gemeente om je uit te nodigen.',
    'email-not-verified':
      'Je inlogdienst heeft je e-mailadres niet als gecontroleerd doorgegeven. Daarom kunnen we je niet aan een account koppelen. Neem contact op met de beheerder van Omzien in je gemeente.',
    'subject-mismatch':
      'Je account in Omzien is al gekoppeld aan een ander account bij een inlogdienst. Neem contact op met de beheerder van Omzien in je gemeente.',
    locked:
      'Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.',
  } satisfies Record<RefusalReason, string>,
  again: 'Opnieuw proberen',
  withPassword: 'Inloggen met e-mailadres en wachtwoord',
  codeTitle: 'Inlogcode',
  codeIntro:
    'Je bent ingelogd via je organisatie. Omdat je met gegevens van inwoners werkt, vul je ook de code in uit de inlogcode-app op je telefoon.',
  code: 'Inlogcode (6 cijfers)',
  codeFormat: 'De code bestaat uit 6 cijfers.',
  codeWrong: 'Deze code klopt niet. Vul de code in die je app nu laat zien.',
  locked: (minutes: number) =>
    `Te veel mislukte pogingen. Je bent uitgelogd. Probeer het over ${minutes} minuten opnieuw.`,
  confirm: 'Bevestigen',
  errorSummary: 'Er ging iets mis. Kijk naar dit veld:',
};

const STATUS: Record<RefusalReason, number> = {
  'no-login-state': 400,
  'state-mismatch': 400,
  'provider-error': 400,
  'invalid-response': 502,
  'not-configured': 404,
  'unknown-person': 403,
  'email-not-verified': 403,
  'subject-mismatch': 403,
  locked: 423,
};

export function registerOidcPages(http: FastifyInstance, deps: OidcDeps): void {
  const { db } = deps;
  const settings = {
    baseUrl: deps.baseUrl,
    production: deps.production,
    session: deps.login,
  };
  const send = (reply: FastifyReply, body: string, status = 200) =>
    html(reply.code(status).header('cache-control', 'no-store'), body);
  const page = (request: FastifyRequest, title: string, children: ComponentChildren) =>
    renderPage({ locale: request.locale, title, url: request.url, children });
  const message = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: string,
    text: string,
    retry?: string,
  ) =>
    send(
      reply,
      page(
        request,
        title,
        <>
          <h1 class="utrecht-heading-1">{title}</h1>
          <div class="omzien-warning" role="alert">
            <p class="utrecht-paragraph">{text}</p>
          </div>
          <ul class="utrecht-unordered-list">
            {retry ? (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={retry}>
                  {T.again}
                </a>
              </li>
            ) : null}
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href="/inloggen">
                {T.withPassword}
              </a>
            </li>
          </ul>
        </>,
      ),
      status,
    );
  const stateCookie = {
    path: STATE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.cookie.secure,
  };

  // --- Start: to the municipality's provider ------------------------------------------------
  http.get<{ Params: { municipality: string }; Querystring: Record<string, unknown> }>(
    '/inloggen/sso/:municipality',
    async (request, reply) => {
      const key = request.params.municipality;
      const result = /^[A-Za-z0-9-]{1,80}$/.test(key)
        ? await startSsoLogin(db, key, safeReturn(request.query.terug), settings)
        : ({ ok: false, reason: 'not-configured' } as const);
      if (!result.ok) {
        return result.reason === 'not-configured'
          ? message(request, reply, 404, T.ssoTitle, T.notConfigured)
          : message(
              request,
              reply,
              502,
              T.ssoTitle,
              T.unreachable(result.displayName ?? ''),
              request.url,
            );
      }
      reply.setCookie(LOGIN_STATE_COOKIE, result.cookie, {
        ...stateCookie,
        maxAge: LOGIN_STATE_MINUTES * 60,
      });
      return reply.header('cache-control', 'no-store').redirect(result.url, 303);
    },
  );

  // --- Callback: the provider's answer -------------------------------------------------------
  http.get(CALLBACK_PATH, async (request, reply) => {
    const at = request.url.indexOf('?');
    const context = contextOf(request);
    const result = await finishSsoLogin(
      db,
      {
        cookie: request.cookies[LOGIN_STATE_COOKIE],
        query: at >= 0 ? request.url.slice(at) : '',
      },
      context,
      settings,
    );
    reply.clearCookie(LOGIN_STATE_COOKIE, stateCookie);
    if (!result.ok) {
      return message(request, reply, STATUS[result.reason], T.refused, T.reasons[result.reason]);
    }
    // A session of whoever was logged in before in this browser ends.
    if (request.actor) await endSession(db, request.actor.sessionTokenHash);
    setSessionCookie(reply, result.token, deps.cookie);
    return reply.header('cache-control', 'no-store').redirect(result.next, 303);
  });

  // --- The code from the authenticator app --------------------------------------------------
  const codePage = (
    request: FastifyRequest,
    reply: FastifyReply,
    error: string | undefined,
    status = 200,
  ) => {
    const back = safeReturn((request.query as Record<string, unknown>).terug);
    return send(
      reply,
      page(
        request,
        T.codeTitle,
        <>
          <h1 class="utrecht-heading-1">{T.codeTitle}</h1>
          <p class="utrecht-paragraph">{T.codeIntro}</p>
          {error ? (
            <div class="omzien-warning" role="alert">
              <h2 class="utrecht-heading-2">{T.errorSummary}</h2>
              <ul class="utrecht-unordered-list">
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href="#f-code">
                    {T.code}: {error}
                  </a>
                </li>
              </ul>
            </div>
          ) : null}
          <form
            method="post"
            action={`${SECOND_FACTOR_PATH}?terug=${encodeURIComponent(back)}`}
            aria-label={T.codeTitle}
            class="omzien-form"
            noValidate
          >
            <input type="hidden" name="_csrf" value={reply.generateCsrf()} />
            <div
              class={`omzien-field utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}
            >
              <label class="utrecht-form-label" for="f-code">
                {T.code}
              </label>
              {error ? (
                <p class="utrecht-form-field-error-message" id="f-code-error">
                  {error}
                </p>
              ) : null}
              <input
                class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
                id="f-code"
                name="code"
                type="text"
                inputMode="numeric"
                autocomplete="one-time-code"
                required
                aria-describedby={error ? 'f-code-error' : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
            </div>
            <p>
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {T.confirm}
              </button>
            </p>
          </form>
        </>,
      ),
      status,
    );
  };

  http.get(SECOND_FACTOR_PATH, async (request, reply) => {
    if (!request.actor) throw new UnauthorizedError();
    if (request.actor.mfaSetupRequired) return reply.redirect('/account/tweede-stap', 303);
    if (request.actor.mfaPassed) {
      return reply.redirect(safeReturn((request.query as Record<string, unknown>).terug), 303);
    }
    return codePage(request, reply, undefined);
  });

  http.post(SECOND_FACTOR_PATH, { preHandler: http.csrfProtection }, async (request, reply) => {
    const actor = request.actor;
    if (!actor) throw new UnauthorizedError();
    const back = safeReturn((request.query as Record<string, unknown>).terug);
    const raw = (request.body as Record<string, unknown> | undefined)?.code;
    const code = typeof raw === 'string' ? raw.trim() : '';
    if (!/^\d{6}$/.test(code)) return codePage(request, reply, T.codeFormat, 400);
    const result = await passSecondFactor(db, actor, code, contextOf(request), deps.login);
    if (result.ok || result.reason === 'not-needed') return reply.redirect(back, 303);
    if (result.reason === 'locked') {
      clearSessionCookie(reply, deps.cookie);
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return message(request, reply, 423, T.refused, T.locked(minutes));
    }
    return codePage(request, reply, T.codeWrong, 401);
  });
}
