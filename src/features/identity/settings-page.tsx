/**
 * `/beheer/{gemeente}/instellingen`: the municipality's settings as a form for its admins (the
 * same zod contract as `PUT …/settings`). Errors beside the field; every change is recorded with
 * the names of the changed settings.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { contextOf } from '../../platform/http/api.ts';
import { html } from '../../platform/http/html.ts';
import { ValidationError } from '../../platform/http/problem.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { renderPage } from '../../platform/ui/layout.tsx';
import { getSettings, updateSettings } from './municipalities.ts';
import { authorize } from './policy.ts';
import { MunicipalitySettings, type MunicipalitySettingsT } from './schema.ts';
import { themeHref } from './theme.ts';

const TEXT = {
  nl: {
    title: 'Instellingen',
    intro:
      'Deze instellingen gelden alleen voor jullie gemeente. Elke wijziging komt in het logboek.',
    signals: 'Signalen en opvolging',
    responseDeadlineDays: 'Reactietermijn op een signaal (werkdagen)',
    retentionSignals: 'Bewaartermijn van afgesloten signalen (maanden)',
    retentionCases: 'Bewaartermijn van afgesloten casussen (maanden)',
    retentionHint: 'Daarna worden de gegevens geanonimiseerd.',
    contact: 'Contact voor inwoners',
    contactHint: 'Inwoners zien dit bij de uitslag van de eenzaamheidsmeter van jullie gemeente.',
    text: 'Tekst',
    phone: 'Telefoonnummer',
    email: 'E-mailadres',
    website: 'Website (https://…)',
    look: 'Kleuren',
    lookHint:
      'Kleuren als #rrggbb. Hoofdkleur en tweede kleur moeten genoeg contrast hebben met wit (4,5:1), de accentkleur met donkere tekst. Leeg laten: de kleuren van Omzien.',
    primary: 'Hoofdkleur',
    secondary: 'Tweede kleur',
    accent: 'Accentkleur (lichte achtergrond)',
    logoUrl: 'Logo (https://…)',
    selfCheck: 'Openbare eenzaamheidsmeter',
    selfCheckLabel: 'Inwoners kunnen de zelftest doen op de pagina van onze gemeente.',
    selfCheckHint:
      'Zet dit uit als het gebruik van de schaal niet onder de voorwaarden valt. Metingen in de opvolging blijven mogelijk.',
    save: 'Instellingen opslaan',
    saved: 'De instellingen zijn opgeslagen.',
    errorSummary: 'De instellingen zijn niet opgeslagen. Kijk naar de gemarkeerde velden.',
    number: 'Vul een heel getal in.',
  },
  en: {
    title: 'Settings',
    intro:
      'These settings apply to your municipality only. Every change goes into the audit trail.',
    signals: 'Signals and follow-up',
    responseDeadlineDays: 'Response deadline for a signal (working days)',
    retentionSignals: 'Retention of closed signals (months)',
    retentionCases: 'Retention of closed cases (months)',
    retentionHint: 'After that the data is anonymised.',
    contact: 'Contact for residents',
    contactHint: "Residents see this with the result of your municipality's loneliness check.",
    text: 'Text',
    phone: 'Phone number',
    email: 'E-mail address',
    website: 'Website (https://…)',
    look: 'Colours',
    lookHint:
      'Colours as #rrggbb. Main and second colour need enough contrast with white (4.5:1), the accent colour with dark text. Leave empty: the Omzien colours.',
    primary: 'Main colour',
    secondary: 'Second colour',
    accent: 'Accent colour (light background)',
    logoUrl: 'Logo (https://…)',
    selfCheck: 'Public loneliness check',
    selfCheckLabel: "Residents can take the self-check on our municipality's page.",
    selfCheckHint:
      'Switch this off where the use of the scale is not covered by its terms. Measurements in follow-up stay possible.',
    save: 'Save settings',
    saved: 'The settings are saved.',
    errorSummary: 'The settings were not saved. Look at the marked fields.',
    number: 'Enter a whole number.',
  },
};
type Texts = (typeof TEXT)['nl'];

type FieldName =
  | 'responseDeadlineDays'
  | 'retentionSignals'
  | 'retentionCases'
  | 'text'
  | 'phone'
  | 'email'
  | 'website'
  | 'primary'
  | 'secondary'
  | 'accent'
  | 'logoUrl';

/** The form's fields → the settings document (strings as typed; empty optional fields left out). */
export function readSettingsForm(body: unknown): {
  input: unknown;
  values: Record<string, string>;
} {
  const f = (body ?? {}) as Record<string, unknown>;
  const v = (k: string) => (typeof f[k] === 'string' ? (f[k] as string).trim() : '');
  const values: Record<string, string> = {};
  for (const k of [
    'responseDeadlineDays',
    'retentionSignals',
    'retentionCases',
    'text',
    'phone',
    'email',
    'website',
    'primary',
    'secondary',
    'accent',
    'logoUrl',
  ]) {
    values[k] = v(k);
  }
  const num = (s: string) => (/^\d{1,4}$/.test(s) ? Number(s) : s === '' ? undefined : Number.NaN);
  const optional = (s: string) => (s === '' ? undefined : s);
  const contact = Object.fromEntries(
    (['text', 'phone', 'email', 'website'] as const)
      .map((k) => [k, optional(values[k]!)])
      .filter(([, x]) => x !== undefined),
  );
  const theme =
    values.primary || values.secondary || values.accent
      ? {
          primary: values.primary,
          ...(values.secondary ? { secondary: values.secondary } : {}),
          ...(values.accent ? { accent: values.accent } : {}),
        }
      : undefined;
  return {
    values,
    input: {
      responseDeadlineDays: num(values.responseDeadlineDays!),
      retentionMonths: {
        signals: num(values.retentionSignals!),
        cases: num(values.retentionCases!),
      },
      contact,
      ...(values.logoUrl ? { logoUrl: values.logoUrl } : {}),
      ...(theme ? { theme } : {}),
      publicSelfCheck: f.publicSelfCheck === 'on',
    },
  };
}

function fieldOf(name: string): FieldName | 'form' {
  const [, a, b] = name.split('.');
  if (a === 'retentionMonths') return b === 'cases' ? 'retentionCases' : 'retentionSignals';
  if (a === 'contact' || a === 'theme') return (b ?? 'form') as FieldName;
  return (a ?? 'form') as FieldName;
}

function valuesOf(settings: MunicipalitySettingsT): Record<string, string> {
  return {
    responseDeadlineDays: String(settings.responseDeadlineDays),
    retentionSignals: String(settings.retentionMonths.signals),
    retentionCases: String(settings.retentionMonths.cases),
    text: settings.contact.text ?? '',
    phone: settings.contact.phone ?? '',
    email: settings.contact.email ?? '',
    website: settings.contact.website ?? '',
    primary: settings.theme?.primary ?? '',
    secondary: settings.theme?.secondary ?? '',
    accent: settings.theme?.accent ?? '',
    logoUrl: settings.logoUrl ?? '',
  };
}

function Input(props: {
  name: FieldName;
  t: Texts;
  values: Record<string, string>;
  errors: Record<string, string>;
  type?: string;
  hint?: string;
}) {
  const id = `f-${props.name}`;
  const error = props.errors[props.name];
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`omzien-field utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {props.t[props.name]}
      </label>
      {props.hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {error ? (
        <p class="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.values[props.name] ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export function registerSettingsPage(http: FastifyInstance, db: Db): void {
  type Route = { Params: { municipality: string }; Querystring: Record<string, string> };

  const render = async (
    request: FastifyRequest<Route>,
    reply: FastifyReply,
    state: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      selfCheck?: boolean;
      saved?: boolean;
    },
    status = 200,
  ) => {
    const locale: Locale = request.locale;
    const t = TEXT[locale];
    const context = contextOf(request);
    const membership = authorize(context.actor, 'settings.update', request.params.municipality);
    const current = await getSettings(db, membership.municipalityCode, context);
    const values = state.values ?? valuesOf(current);
    const errors = state.errors ?? {};
    const selfCheck = state.selfCheck ?? current.publicSelfCheck;
    const p = { t, values, errors };
    return html(
      reply.code(status).header('cache-control', 'no-store'),
      renderPage({
        locale,
        title: `${t.title}: ${membership.municipalityName}`,
        url: request.url,
        themeHref: themeHref(membership.municipalitySlug),
        children: (
          <>
            <h1 class="utrecht-heading-1">
              {t.title}: {membership.municipalityName}
            </h1>
            <p class="utrecht-paragraph">{t.intro}</p>
            {state.saved ? (
              <div class="omzien-note" role="status">
                <p class="utrecht-paragraph">{t.saved}</p>
              </div>
            ) : null}
            {Object.keys(errors).length > 0 ? (
              <div class="omzien-warning" role="alert">
                <p class="utrecht-paragraph">{t.errorSummary}</p>
                <ul class="utrecht-unordered-list">
                  {Object.entries(errors).map(([name, message]) => (
                    <li class="utrecht-unordered-list__item" key={name}>
                      <a class="utrecht-link" href={`#f-${name}`}>
                        {(t as Record<string, unknown>)[name] as string}: {message}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <form
              method="post"
              action={`/beheer/${membership.municipalitySlug}/instellingen`}
              class="omzien-form"
              aria-label={t.title}
              noValidate
            >
              <input type="hidden" name="_csrf" value={reply.generateCsrf()} />
              <fieldset class="utrecht-form-fieldset omzien-statement">
                <legend>{t.signals}</legend>
                <Input name="responseDeadlineDays" type="number" {...p} />
                <Input name="retentionSignals" type="number" hint={t.retentionHint} {...p} />
                <Input name="retentionCases" type="number" {...p} />
              </fieldset>
              <fieldset
                class="utrecht-form-fieldset omzien-statement"
                aria-describedby="contact-hint"
              >
                <legend>{t.contact}</legend>
                <div class="utrecht-form-field-description" id="contact-hint">
                  {t.contactHint}
                </div>
                <Input name="text" {...p} />
                <Input name="phone" type="tel" {...p} />
                <Input name="email" type="email" {...p} />
                <Input name="website" type="url" {...p} />
              </fieldset>
              <fieldset class="utrecht-form-fieldset omzien-statement" aria-describedby="look-hint">
                <legend>{t.look}</legend>
                <div class="utrecht-form-field-description" id="look-hint">
                  {t.lookHint}
                </div>
                <Input name="primary" {...p} />
                <Input name="secondary" {...p} />
                <Input name="accent" {...p} />
                <Input name="logoUrl" type="url" {...p} />
              </fieldset>
              <fieldset
                class="utrecht-form-fieldset omzien-statement"
                aria-describedby="self-check-hint"
              >
                <legend>{t.selfCheck}</legend>
                <div class="utrecht-form-field-description" id="self-check-hint">
                  {t.selfCheckHint}
                </div>
                <div class="omzien-check">
                  <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    id="f-publicSelfCheck"
                    name="publicSelfCheck"
                    checked={selfCheck}
                  />
                  <label for="f-publicSelfCheck">{t.selfCheckLabel}</label>
                </div>
              </fieldset>
              <p>
                <button type="submit" class="utrecht-button utrecht-button--primary-action">
                  {t.save}
                </button>
              </p>
            </form>
          </>
        ),
      }),
    );
  };

  const path = '/beheer/:municipality/instellingen';
  http.get<Route>(path, async (request, reply) =>
    render(request, reply, { saved: request.query.opgeslagen === '1' }),
  );
  http.post<Route>(path, { preHandler: http.csrfProtection }, async (request, reply) => {
    const t = TEXT[request.locale];
    const { input, values } = readSettingsForm(request.body);
    const selfCheck =
      (request.body as Record<string, unknown> | undefined)?.publicSelfCheck === 'on';
    const parsed = MunicipalitySettings.safeParse(input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const p of ValidationError.fromZod('body', parsed.error).params) {
        const name = fieldOf(p.name);
        errors[name] ??= /expected number|NaN/i.test(p.reason) ? t.number : p.reason;
      }
      return render(request, reply, { values, errors, selfCheck }, 400);
    }
    const membership = authorize(
      contextOf(request).actor,
      'settings.update',
      request.params.municipality,
    );
    await updateSettings(db, membership.municipalityCode, parsed.data, contextOf(request));
    return reply.redirect(`/beheer/${membership.municipalitySlug}/instellingen?opgeslagen=1`, 303);
  });
}
