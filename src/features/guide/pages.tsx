/**
 * The Wegwijzer page: a GET form (works without JavaScript; the URL holds the choices, so a
 * result can be shared and printed) and the result below it. Bad values are shown beside their
 * field in Dutch, never as an error page.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { html } from '../../platform/http/html.ts';
import { translator } from '../../platform/i18n/index.ts';
import { Breadcrumb, Heading, Link, List, Note, P, Tags } from '../../platform/ui/components.tsx';
import { renderPage } from '../../platform/ui/layout.tsx';
import {
  GroupId,
  LonelinessTypeId,
  ProfileId,
  TargetGroupId,
  type WegwijsGroupT,
} from '../knowledge/content-schema.ts';
import { listConcepts } from '../knowledge/get-concepts.ts';
import { getLabels } from '../knowledge/labels.ts';
import { buildGuide, type Guide, type GuideInput } from './build-guide.ts';

type Field = 'group' | 'targetGroup' | 'lonelinessType' | 'profile';

const schemas = {
  group: GroupId,
  targetGroup: TargetGroupId,
  lonelinessType: LonelinessTypeId,
  profile: ProfileId,
};

/** Read the choices from the query; unknown values become field errors. */
export function readChoices(query: Record<string, unknown>): {
  input: Partial<GuideInput>;
  errors: Partial<Record<Field, true>>;
  submitted: boolean;
} {
  const input: Partial<Record<Field, string>> = {};
  const errors: Partial<Record<Field, true>> = {};
  let submitted = false;
  for (const field of Object.keys(schemas) as Field[]) {
    const raw = query[field];
    if (raw === undefined) continue;
    submitted = true;
    if (raw === '') continue;
    const parsed = schemas[field].safeParse(raw);
    if (parsed.success) input[field] = parsed.data;
    else errors[field] = true;
  }
  if (submitted && !input.group) errors.group = true;
  return { input: input as Partial<GuideInput>, errors, submitted };
}

async function guidePage(db: Db, request: FastifyRequest): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const { input, errors, submitted } = readChoices(request.query as Record<string, unknown>);
  const [labels, groups] = await Promise.all([
    getLabels(db, locale),
    listConcepts<WegwijsGroupT>(db, 'group'),
  ]);
  const hasErrors = Object.keys(errors).length > 0;
  const guide: Guide | undefined =
    submitted && !hasErrors && input.group
      ? await buildGuide(db, input as GuideInput, locale)
      : undefined;

  const selectField = (
    field: Exclude<Field, 'group'>,
    options: Record<string, string>,
    hint?: string,
  ) => {
    const id = `g-${field}`;
    const describedBy = [hint ? `${id}-hint` : '', errors[field] ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div
        class={`omzien-field utrecht-form-field${errors[field] ? ' utrecht-form-field--invalid' : ''}`}
      >
        <label for={id}>{t(`guide.${field}`)}</label>
        {hint ? (
          <div class="utrecht-form-field-description" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {errors[field] ? (
          <p class="utrecht-form-field-error-message" id={`${id}-error`}>
            {t('guide.error.value')}
          </p>
        ) : null}
        <select
          class={`utrecht-select utrecht-select--html-select${errors[field] ? ' utrecht-select--invalid' : ''}`}
          id={id}
          name={field}
          aria-describedby={describedBy || undefined}
          aria-invalid={errors[field] ? 'true' : undefined}
        >
          <option value="">{t('guide.any')}</option>
          {Object.entries(options).map(([value, label]) => (
            <option key={value} value={value} selected={input[field] === value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return renderPage({
    locale,
    title: guide ? `${t('guide.title')}: ${guide.choices.group.name}` : t('guide.title'),
    url: request.url,
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[{ href: '/', text: t('nav.home') }, { text: t('guide.title') }]}
        />
        <Heading level={1}>{t('guide.title')}</Heading>
        <P lead>{t('guide.intro')}</P>
        {hasErrors ? (
          <div class="omzien-warning" role="alert">
            <h2 class="utrecht-heading-2">{t('guide.errorSummary')}</h2>
            <ul class="utrecht-unordered-list">
              {(Object.keys(errors) as Field[]).map((f) => (
                <li class="utrecht-unordered-list__item" key={f}>
                  <a
                    class="utrecht-link"
                    href={f === 'group' ? `#g-group-${groups[0]?.id ?? ''}` : `#g-${f}`}
                  >
                    {t(`guide.${f}`)}:{' '}
                    {f === 'group' ? t('guide.error.group') : t('guide.error.value')}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="get" action="/wegwijzer" class="omzien-no-print" aria-label={t('guide.form')}>
          <fieldset
            class={`omzien-filters utrecht-form-fieldset${errors.group ? ' utrecht-form-field--invalid' : ''}`}
            aria-describedby={`g-group-hint${errors.group ? ' g-group-error' : ''}`}
          >
            <legend>{t('guide.group')}</legend>
            <div class="utrecht-form-field-description" id="g-group-hint">
              {t('guide.groupHint')}
            </div>
            {errors.group ? (
              <p class="utrecht-form-field-error-message" id="g-group-error">
                {t('guide.error.group')}
              </p>
            ) : null}
            {groups.map((g) => (
              <div class="omzien-check" key={g.id}>
                <input
                  type="radio"
                  class="utrecht-radio-button utrecht-radio-button--html-input"
                  id={`g-group-${g.id}`}
                  name="group"
                  value={g.id}
                  checked={input.group === g.id}
                  required
                />
                <label for={`g-group-${g.id}`}>
                  {g.number}. {labels.group[g.id] ?? g.name}
                </label>
              </div>
            ))}
          </fieldset>
          {selectField('targetGroup', labels.targetGroup)}
          {selectField('lonelinessType', labels.lonelinessType)}
          {selectField('profile', labels.profile, t('guide.profileHint'))}
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('guide.submit')}
          </button>
        </form>
        {guide ? <GuideResult guide={guide} t={t} evidenceLabels={labels.evidence} /> : null}
      </>
    ),
  });
}

function GuideResult({
  guide,
  t,
  evidenceLabels,
}: {
  guide: Guide;
  t: ReturnType<typeof translator>;
  evidenceLabels: Record<string, string>;
}) {
  const chosen = [
    guide.choices.group,
    guide.choices.targetGroup,
    guide.choices.lonelinessType,
    guide.choices.profile,
  ]
    .filter((c): c is { id: never; name: string } => Boolean(c))
    .map((c) => c.name)
    .join(', ');
  return (
    <section aria-labelledby="guide-result">
      <Heading level={2} id="guide-result">
        {t('guide.result')}
      </Heading>
      <P>{t('guide.chosen', { choices: chosen })}</P>
      <P>{guide.group.description}</P>
      <p class="utrecht-paragraph omzien-meta">{t('guide.share')}</p>
      {guide.warnings.length > 0 ? (
        <div class="omzien-warning">
          <Heading level={3}>{t('guide.warnings')}</Heading>
          <List items={guide.warnings.map((w) => w.text)} />
        </div>
      ) : null}
      <Heading level={3}>{t('guide.activities')}</Heading>
      <List
        items={guide.activities.map((a) => (
          <>
            <strong>{a.name}</strong>, {a.means}
          </>
        ))}
      />
      <Heading level={3}>{t('guide.interventions', { count: guide.interventions.length })}</Heading>
      <ol class="omzien-list-plain">
        {guide.interventions.map((i) => (
          <li class="omzien-result" key={i.slug}>
            <h4 class="utrecht-heading-4">
              <Link href={`/kennisbank/activiteiten/${i.slug}`}>{i.name}</Link>
            </h4>
            <Tags
              items={[
                {
                  text: evidenceLabels[i.evidence] ?? i.evidence,
                  strong: i.evidence === 'substantiated',
                },
              ]}
            />
            <P>{i.summary}</P>
            {i.caution ? (
              <Note warning>
                <P>{i.caution}</P>
              </Note>
            ) : null}
            <p class="utrecht-paragraph">
              <strong>{t('guide.whyFits')}:</strong>
            </p>
            <List items={i.why} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function registerGuidePages(app: FastifyInstance, db: Db): void {
  app.get('/wegwijzer', async (request, reply) => html(reply, await guidePage(db, request)));
}
