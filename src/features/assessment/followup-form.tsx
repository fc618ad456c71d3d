/**
 * The measurement form for follow-up, as a component the Signaalpunt and home visits embed:
 * the statements of the chosen instrument with the three- or five-point answers, the date, and
 * the person's consent. Server-rendered, no JavaScript; errors beside their field. `readForm`
 * turns the posted fields into the API's request shape, so pages and API share one contract.
 */
import type { Locale } from '../../platform/i18n/index.ts';
import { type InstrumentId, instruments } from './instruments.ts';

export type AnswerFormId = 'three-point' | 'five-point';

export interface FollowupFormValues {
  instrument: InstrumentId;
  answerForm: AnswerFormId;
  takenOn?: string;
  consentKind?: string;
  consentGiven?: boolean;
  answers?: Record<string, string>;
}

const TEXT = {
  nl: {
    question:
      'Lees elke uitspraak voor. Welk antwoord past het best bij hoe de persoon zich nu voelt?',
    date: 'Datum van de meting',
    consent: 'Toestemming',
    consentGiven: 'De persoon geeft toestemming om deze meting vast te leggen.',
    consentHint:
      'Vraag het eerst. Zonder toestemming leg je niets vast; het gesprek kan gewoon doorgaan.',
    consentKind: 'Hoe gaf de persoon toestemming?',
    verbal: 'mondeling',
    written: 'schriftelijk',
    submit: 'Meting opslaan',
  },
  en: {
    question: 'Read each statement aloud. Which answer fits best how the person feels now?',
    date: 'Date of the measurement',
    consent: 'Consent',
    consentGiven: 'The person agrees that this measurement is stored.',
    consentHint: 'Ask first. Without consent nothing is stored; the conversation can go on.',
    consentKind: 'How did the person give consent?',
    verbal: 'verbally',
    written: 'in writing',
    submit: 'Save measurement',
  },
};

/** Posted form fields → the body of POST …/assessments (without subject). */
export function readForm(body: unknown, instrument: InstrumentId) {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : '');
  const answers: Record<string, string | null> = {};
  for (const item of instruments[instrument].items) {
    const v = text(`a${item.number}`);
    answers[String(item.number)] = v === '' ? null : v;
  }
  return {
    takenOn: text('takenOn'),
    consent: { given: text('consent') === 'yes', kind: text('consentKind') },
    instrument,
    answers,
  };
}

export function FollowupForm(props: {
  locale: Locale;
  action: string;
  csrf: string;
  values: FollowupFormValues;
  /** Errors by field: `takenOn`, `consent`, `consentKind`, `a<item>`. */
  errors: Record<string, string>;
}) {
  const t = TEXT[props.locale];
  const instrument = instruments[props.values.instrument];
  const form =
    instrument.answerForms.find((f) => f.id === props.values.answerForm) ??
    instrument.answerForms[0]!;
  const e = props.errors;
  return (
    <form method="post" action={props.action} class="omzien-self-check omzien-form" noValidate>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <div
        class={`omzien-field utrecht-form-field${e.takenOn ? ' utrecht-form-field--invalid' : ''}`}
      >
        <label class="utrecht-form-label" for="f-takenOn">
          {t.date}
        </label>
        {e.takenOn ? (
          <p class="utrecht-form-field-error-message" id="f-takenOn-error">
            {e.takenOn}
          </p>
        ) : null}
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          id="f-takenOn"
          name="takenOn"
          value={props.values.takenOn ?? ''}
          aria-invalid={e.takenOn ? 'true' : undefined}
          aria-describedby={e.takenOn ? 'f-takenOn-error' : undefined}
        />
      </div>
      <p class="utrecht-paragraph">
        <strong>{t.question}</strong>
      </p>
      {instrument.items.map((item, index) => {
        const id = `a${item.number}`;
        const error = e[id];
        return (
          <fieldset
            key={id}
            class={`omzien-statement${error ? ' omzien-statement--invalid' : ''}`}
            id={`item-${item.number}`}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend>
              <span class="omzien-meta">
                {index + 1}/{instrument.items.length}
              </span>{' '}
              <span class="omzien-statement__text" lang="nl">
                {item.text.nl}
              </span>
            </legend>
            {error ? (
              <p class="utrecht-form-field-error-message" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
            <div class="omzien-statement__answers">
              {form.options.map((option) => (
                <div class="omzien-check" key={option.value}>
                  <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    id={`${id}-${option.value}`}
                    name={id}
                    value={option.value}
                    checked={props.values.answers?.[String(item.number)] === option.value}
                    aria-invalid={error ? 'true' : undefined}
                  />
                  <label for={`${id}-${option.value}`} lang="nl">
                    {option.label.nl}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset
        class={`omzien-statement${e.consent || e.consentKind ? ' omzien-statement--invalid' : ''}`}
        id="f-consent"
        aria-describedby="f-consent-hint"
      >
        <legend>{t.consent}</legend>
        <div class="utrecht-form-field-description" id="f-consent-hint">
          {t.consentHint}
        </div>
        {e.consent ? <p class="utrecht-form-field-error-message">{e.consent}</p> : null}
        <div class="omzien-check">
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            id="f-consent-given"
            name="consent"
            value="yes"
            checked={props.values.consentGiven ?? false}
          />
          <label for="f-consent-given">{t.consentGiven}</label>
        </div>
        <p class="utrecht-paragraph">{t.consentKind}</p>
        {e.consentKind ? <p class="utrecht-form-field-error-message">{e.consentKind}</p> : null}
        {(['verbal', 'written'] as const).map((kind) => (
          <div class="omzien-check" key={kind}>
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              id={`f-consent-${kind}`}
              name="consentKind"
              value={kind}
              checked={props.values.consentKind === kind}
            />
            <label for={`f-consent-${kind}`}>{t[kind]}</label>
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t.submit}
        </button>
      </p>
    </form>
  );
}
