/**
 * /eenzaamheidsmeter: the public, anonymous self-check. One form, posted to the same address so
 * the answers never appear in a URL or a log; nothing is stored and no cookie is set. Works
 * without JavaScript; on a phone each statement fills the screen, one at a time.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Db } from '../../platform/db/database.ts';
import { html } from '../../platform/http/html.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { type Locale, type T, translator } from '../../platform/i18n/index.ts';
import { Heading, Link, List, Note, P } from '../../platform/ui/components.tsx';
import { renderPage } from '../../platform/ui/layout.tsx';
import { findPublicMunicipality, type PublicContact } from '../identity/municipalities.ts';
import { themeHref } from '../identity/theme.ts';
import type { WegwijsGroupT } from '../knowledge/content-schema.ts';
import { getConcept } from '../knowledge/get-concepts.ts';
import { subscaleDefinitions } from './instruments.ts';
import type { AssessmentScore } from './score.ts';
import {
  checkSelf,
  lifeEvents,
  readSelfCheckForm,
  type SelfCheckForm,
  selfCheckAnswers,
  selfCheckInstrument,
} from './self-check.ts';

const PATH = '/eenzaamheidsmeter';

function About({ t, locale }: { t: T; locale: Locale }) {
  const p = selfCheckInstrument.provenance;
  const def = subscaleDefinitions[2];
  return (
    <section aria-labelledby="about">
      <Heading level={2} id="about">
        {t('self.about')}
      </Heading>
      <P>{t('self.source')}</P>
      <P>{p.caution[locale]}</P>
      <p class="utrecht-paragraph omzien-meta">
        {p.authors}, <span lang="en">{p.citation}</span>.{' '}
        {t('self.definition', { n: def.subscaleThreshold, source: def.source })}
      </p>
    </section>
  );
}

function SelfCheckFormView({
  t,
  locale,
  action,
  form,
  unanswered,
}: {
  t: T;
  locale: Locale;
  action: string;
  form?: SelfCheckForm | undefined;
  unanswered?: number[] | undefined;
}) {
  const errors = new Set([...(form?.invalid ?? []), ...(unanswered ?? [])]);
  const total = selfCheckInstrument.items.length;
  return (
    <form method="post" action={action} class="omzien-self-check" noValidate>
      <p class="utrecht-paragraph">
        <strong>{t('self.question')}</strong>
      </p>
      {selfCheckInstrument.items.map((item, index) => {
        const id = `a${item.number}`;
        const invalid = errors.has(item.number);
        return (
          <fieldset
            key={id}
            class={`omzien-statement${invalid ? ' omzien-statement--invalid' : ''}`}
            id={`item-${item.number}`}
            aria-describedby={invalid ? `${id}-error` : undefined}
          >
            <legend>
              <span class="omzien-meta">{t('self.progress', { n: index + 1, total })}</span>
              <span class="omzien-statement__text" lang={locale}>
                {item.text[locale]}
              </span>
            </legend>
            {invalid ? (
              <p class="utrecht-form-field-error-message" id={`${id}-error`}>
                {t('self.error.answer')}
              </p>
            ) : null}
            <div class="omzien-statement__answers">
              {selfCheckAnswers.map((value) => (
                <div class="omzien-check" key={value}>
                  <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    id={`${id}-${value}`}
                    name={id}
                    value={value}
                    checked={form?.answers[String(item.number)] === value}
                    aria-invalid={invalid ? 'true' : undefined}
                  />
                  <label for={`${id}-${value}`}>{t(`self.answer.${value}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset class="omzien-statement omzien-filters" aria-describedby="events-hint">
        <legend>{t('self.events')}</legend>
        <div class="utrecht-form-field-description" id="events-hint">
          {t('self.eventsHint')}
        </div>
        {lifeEvents.map((e) => (
          <div class="omzien-check" key={e}>
            <input
              type="checkbox"
              class="utrecht-checkbox utrecht-checkbox--html-input"
              id={`event-${e}`}
              name="event"
              value={e}
              checked={form?.events.includes(e) ?? false}
            />
            <label for={`event-${e}`}>{t(`self.event.${e}`)}</label>
          </div>
        ))}
      </fieldset>
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {t('self.submit')}
      </button>
    </form>
  );
}

/**
 * Where the self-check is offered: the installation's own page, or a municipality's page with
 * the municipality's name and the contact details it set for residents.
 */
export interface Place {
  action: string;
  municipality?: { name: string; contact: PublicContact; themeHref: string };
}

function formPage(
  locale: Locale,
  url: string,
  place: Place,
  form?: SelfCheckForm,
  unanswered?: number[],
) {
  const t = translator(locale);
  const total = selfCheckInstrument.items.length;
  const min = total - selfCheckInstrument.maxMissing;
  const errors = form
    ? [...new Set([...form.invalid, ...(unanswered ?? [])])].sort((a, b) => a - b)
    : [];
  return renderPage({
    locale,
    title: form ? `${t('self.errorSummary')}: ${t('self.title')}` : t('self.title'),
    url,
    themeHref: place.municipality?.themeHref,
    children: (
      <>
        <Heading level={1}>{t('self.title')}</Heading>
        {place.municipality ? (
          <P>{t('self.forMunicipality', { name: place.municipality.name })}</P>
        ) : null}
        {form ? (
          <div class="omzien-warning" role="alert" aria-labelledby="error-summary">
            <h2 class="utrecht-heading-2" id="error-summary">
              {t('self.errorSummary')}
            </h2>
            <P>{t('self.errorSummaryBody', { min, total })}</P>
            <ul class="utrecht-unordered-list">
              {errors.map((n) => (
                <li class="utrecht-unordered-list__item" key={n}>
                  <a class="utrecht-link" href={`#item-${n}`}>
                    {t('self.progress', {
                      n: selfCheckInstrument.items.findIndex((i) => i.number === n) + 1,
                      total,
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <P lead>{t('self.intro')}</P>
        <Note>
          <P>{t('self.private')}</P>
          <P>{t('self.notDiagnosis')}</P>
        </Note>
        <SelfCheckFormView
          t={t}
          locale={locale}
          action={place.action}
          form={form}
          unanswered={unanswered}
        />
        <About t={t} locale={locale} />
      </>
    ),
  });
}

function resultMessage(t: T, score: AssessmentScore): string {
  switch (score.category) {
    case 'not-lonely':
      return score.group === 'at-risk'
        ? t('self.result.not-lonely-risk')
        : t('self.result.not-lonely');
    case 'moderate':
      return t('self.result.moderate');
    case 'severe':
      return t('self.result.severe');
    default:
      return t('self.result.very-severe');
  }
}

function typeMessage(t: T, score: AssessmentScore): string | undefined {
  if (score.category === 'not-lonely') return undefined;
  if (score.emotionallyLonely && score.sociallyLonely) return t('self.result.both');
  if (score.emotionallyLonely) return t('self.result.emotional');
  if (score.sociallyLonely) return t('self.result.social');
  return undefined;
}

function ContactItem({
  t,
  municipality,
}: {
  t: T;
  municipality: NonNullable<Place['municipality']>;
}) {
  const c = municipality.contact;
  return (
    <>
      <strong>{t('self.talk.contactIn', { name: municipality.name })}</strong>
      {c.text ? <> {c.text}</> : null}
      {c.phone ? (
        <>
          {' '}
          <a class="utrecht-link" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
            {c.phone}
          </a>
        </>
      ) : null}
      {c.email ? (
        <>
          {' '}
          <a class="utrecht-link" href={`mailto:${c.email}`}>
            {c.email}
          </a>
        </>
      ) : null}
      {c.website ? (
        <>
          {' '}
          <a class="utrecht-link" href={c.website}>
            {c.website}
          </a>
        </>
      ) : null}
    </>
  );
}

function talkItems(t: T, place: Place) {
  const items: ComponentChildren[] = [];
  const c = place.municipality?.contact;
  if (place.municipality && c && (c.text || c.phone || c.email || c.website)) {
    items.push(<ContactItem t={t} municipality={place.municipality} />);
  }
  return [...items, t('self.talk.luisterlijn'), t('self.talk.gp'), t('self.talk.local')];
}

async function resultPage(
  db: Db,
  locale: Locale,
  url: string,
  score: AssessmentScore,
  place: Place,
) {
  const t = translator(locale);
  const groupId = score.group ?? 'not-lonely';
  const group = await getConcept<WegwijsGroupT>(db, 'group', groupId);
  const type =
    score.emotionallyLonely && !score.sociallyLonely
      ? 'emotional'
      : score.sociallyLonely && !score.emotionallyLonely
        ? 'social'
        : undefined;
  const guide = `/wegwijzer?group=${groupId}${type ? `&lonelinessType=${type}` : ''}`;
  const typeText = typeMessage(t, score);
  return renderPage({
    locale,
    title: t('self.result.title'),
    url,
    themeHref: place.municipality?.themeHref,
    children: (
      <>
        <Heading level={1}>{t('self.result.title')}</Heading>
        <P lead>{resultMessage(t, score)}</P>
        {typeText ? <P>{typeText}</P> : null}
        <P>
          {t('self.result.score', {
            total: score.total ?? 0,
            max: selfCheckInstrument.items.length,
          })}
        </P>
        {score.missing > 0 ? <P>{t('self.result.missing', { missing: score.missing })}</P> : null}
        <section aria-labelledby="talk">
          <Heading level={2} id="talk">
            {t('self.talk.title')}
          </Heading>
          <List items={talkItems(t, place)} />
        </section>
        <section aria-labelledby="help">
          <Heading level={2} id="help">
            {t('self.help.title')}
          </Heading>
          <List
            lang={locale === 'en' ? 'nl' : undefined}
            items={group.activities.map((a) => (
              <>
                <strong>{a.name}</strong>, {a.means}
              </>
            ))}
          />
          <P>
            <Link href="/wat-kun-je-doen">{t('self.help.more')}</Link>
          </P>
          <P>
            <Link href={guide}>{t('guide.title')}</Link>
          </P>
        </section>
        <P>
          <Link href={place.action}>{t('self.again')}</Link>
        </P>
        <About t={t} locale={locale} />
      </>
    ),
  });
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export function registerSelfCheckPages(app: FastifyInstance, db: Db, enabled: boolean): void {
  const off = (request: FastifyRequest, reply: FastifyReply, municipality?: string) => {
    const t = translator(request.locale);
    return html(
      reply.code(404),
      renderPage({
        locale: request.locale,
        title: t('self.title'),
        url: request.url,
        children: (
          <>
            <Heading level={1}>{t('self.title')}</Heading>
            <P>
              {municipality ? t('self.offMunicipality', { name: municipality }) : t('self.off')}
            </P>
            <List items={[t('self.talk.luisterlijn'), t('self.talk.gp'), t('self.talk.local')]} />
          </>
        ),
      }),
    );
  };
  const answer = async (request: FastifyRequest, reply: FastifyReply, place: Place) => {
    if (request.method === 'GET') {
      return html(noStore(reply), formPage(request.locale, request.url, place));
    }
    const outcome = checkSelf(readSelfCheckForm(request.body));
    if (outcome.kind === 'incomplete') {
      return html(
        noStore(reply).code(400),
        formPage(request.locale, request.url, place, outcome.form, outcome.unanswered),
      );
    }
    return html(
      noStore(reply),
      await resultPage(db, request.locale, request.url, outcome.score, place),
    );
  };
  const installation = async (request: FastifyRequest, reply: FastifyReply) =>
    enabled ? answer(request, reply, { action: PATH }) : off(request, reply);
  app.get(PATH, installation);
  app.post(PATH, installation);

  // A municipality's own self-check: its name and contact details, and its own switch
  // (settings.publicSelfCheck), under the installation's switch.
  const ofMunicipality = async (
    request: FastifyRequest<{ Params: { municipality: string } }>,
    reply: FastifyReply,
  ) => {
    const key = request.params.municipality;
    const municipality = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)
      ? await findPublicMunicipality(db, key)
      : undefined;
    if (!municipality) throw new NotFoundError('Deze gemeente');
    if (!enabled || !municipality.settings.publicSelfCheck) {
      return off(request, reply, municipality.name);
    }
    return answer(request, reply, {
      action: `${PATH}/${municipality.slug}`,
      municipality: {
        name: municipality.name,
        contact: municipality.settings.contact,
        themeHref: themeHref(municipality.slug),
      },
    });
  };
  app.get(`${PATH}/:municipality`, ofMunicipality);
  app.post(`${PATH}/:municipality`, ofMunicipality);
}
