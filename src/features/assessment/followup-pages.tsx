/**
 * The page of a person's measurements in follow-up: the trend (a small chart with the same
 * figures in a table), the change from the first to the latest, and the form for a new one.
 * Host page for the form component until the Signaalpunt (cases) and home visits embed it:
 * `/werk/{gemeente}/metingen/{casus|huisbezoek}/{id}`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { contextOf } from '../../platform/http/api.ts';
import { html } from '../../platform/http/html.ts';
import { NotFoundError, ValidationError } from '../../platform/http/problem.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { TableHead, TableRegion } from '../../platform/ui/components.tsx';
import { renderPage } from '../../platform/ui/layout.tsx';
import {
  type AnswerFormId,
  FollowupForm,
  type FollowupFormValues,
  readForm,
} from './followup-form.tsx';
import type { AssessmentHistory } from './followup-schema.ts';
import { RecordAssessmentBody } from './followup-schema.ts';
import { type Category, type InstrumentId, instruments } from './instruments.ts';
import { listAssessments } from './list-assessments.ts';
import { type RecordAssessmentInput, recordAssessment } from './record-assessment.ts';

const SUBJECTS = { casus: 'case', huisbezoek: 'home-visit' } as const;
type SubjectSlug = keyof typeof SUBJECTS;
type History = z.input<typeof AssessmentHistory>;

const TEXT = {
  nl: {
    title: { casus: 'Metingen van een casus', huisbezoek: 'Metingen bij huisbezoeken' },
    intro:
      'De eenzaamheidsschaal van De Jong Gierveld, afgenomen in een gesprek. Een meting zegt iets over hoe iemand zich nu voelt; het is geen diagnose.',
    history: 'Eerdere metingen',
    none: 'Nog geen metingen.',
    trend: 'Verloop van de score (hoe hoger, hoe eenzamer)',
    date: 'Datum',
    instrument: 'Schaal',
    score: 'Score',
    category: 'Uitkomst',
    emotional: 'Emotioneel',
    social: 'Sociaal',
    by: 'Afgenomen door',
    noTotal: 'geen score (te veel vragen niet beantwoord)',
    change: (from: string, to: string, diff: number, n: number) =>
      diff === 0
        ? `Van de eerste meting (${from}) tot de laatste (${to}) bleef de score gelijk (${n} metingen).`
        : `Van de eerste meting (${from}) tot de laatste (${to}) ging de score ${diff < 0 ? 'omlaag' : 'omhoog'} met ${Math.abs(diff)}: ${diff < 0 ? 'minder' : 'meer'} eenzaam (${n} metingen).`,
    newTitle: 'Nieuwe meting',
    long: '11 uitspraken',
    short: '6 uitspraken',
    three: 'drie antwoorden',
    five: 'vijf antwoorden',
    choose: 'Kies de vorm',
    saved: 'De meting is opgeslagen.',
    errorSummary: 'De meting is niet opgeslagen. Kijk naar de gemarkeerde velden.',
    answer: 'Kies een antwoord, of sla deze uitspraak over als de persoon geen antwoord wil geven.',
  },
  en: {
    title: { casus: 'Measurements of a case', huisbezoek: 'Measurements at home visits' },
    intro:
      'The De Jong Gierveld loneliness scale, taken in a conversation. A measurement says something about how someone feels now; it is not a diagnosis.',
    history: 'Earlier measurements',
    none: 'No measurements yet.',
    trend: 'Score over time (higher is lonelier)',
    date: 'Date',
    instrument: 'Scale',
    score: 'Score',
    category: 'Outcome',
    emotional: 'Emotional',
    social: 'Social',
    by: 'Taken by',
    noTotal: 'no score (too many statements unanswered)',
    change: (from: string, to: string, diff: number, n: number) =>
      diff === 0
        ? `From the first measurement (${from}) to the latest (${to}) the score stayed the same (${n} measurements).`
        : `From the first measurement (${from}) to the latest (${to}) the score went ${diff < 0 ? 'down' : 'up'} by ${Math.abs(diff)}: ${diff < 0 ? 'less' : 'more'} lonely (${n} measurements).`,
    newTitle: 'New measurement',
    long: '11 statements',
    short: '6 statements',
    three: 'three answers',
    five: 'five answers',
    choose: 'Choose the form',
    saved: 'The measurement is saved.',
    errorSummary: 'The measurement was not saved. Look at the marked fields.',
    answer: 'Choose an answer, or skip this statement if the person does not want to answer.',
  },
};

function categoryLabel(
  instrument: InstrumentId,
  category: Category | null,
  locale: Locale,
): string {
  return instruments[instrument].cutOffs.find((c) => c.category === category)?.label[locale] ?? '';
}

/** A small line chart of the totals, with the same figures in the table beside it. */
export function TrendChart({ items, title }: { items: History['items']; title: string }) {
  const points = items.filter((i) => i.total !== null);
  if (points.length < 2) return null;
  const width = 320;
  const height = 120;
  const pad = 24;
  const max = Math.max(...points.map((p) => (p.instrument === 'djg-6' ? 6 : 11)));
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.total!).toFixed(1)}`)
    .join(' ');
  return (
    <figure class="omzien-trend">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="trend-title"
        width={width}
        height={height}
      >
        <title id="trend-title">{`${title}: ${points.map((p) => `${p.takenOn} ${p.total}`).join(', ')}`}</title>
        <line
          x1={pad}
          y1={height - pad}
          x2={width - pad}
          y2={height - pad}
          class="omzien-trend__axis"
        />
        <path d={path} class="omzien-trend__line" fill="none" />
        {points.map((p, i) => (
          <g key={p.id}>
            <circle cx={x(i)} cy={y(p.total!)} r={4} class="omzien-trend__point" />
            <text x={x(i)} y={y(p.total!) - 8} text-anchor="middle" class="omzien-trend__label">
              {p.total}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="utrecht-paragraph">{title}</figcaption>
    </figure>
  );
}

function errorsOf(error: ValidationError, locale: Locale): Record<string, string> {
  const t = TEXT[locale];
  const out: Record<string, string> = {};
  for (const p of error.params) {
    const parts = p.name.split('.');
    const key =
      parts[1] === 'answers'
        ? `a${parts[2]}`
        : parts[1] === 'consent'
          ? parts[2] === 'kind'
            ? 'consentKind'
            : 'consent'
          : (parts[1] ?? 'form');
    out[key] ??= key.startsWith('a') && key !== 'answers' ? t.answer : p.reason;
  }
  return out;
}

export function registerFollowupPages(http: FastifyInstance, db: Db): void {
  type Route = {
    Params: { municipality: string; subject: string; id: string };
    Querystring: Record<string, string>;
  };
  type Req = FastifyRequest<Route>;

  const render = async (
    request: Req,
    reply: FastifyReply,
    state: {
      values?: Partial<FollowupFormValues>;
      errors?: Record<string, string>;
      saved?: boolean;
    },
    status = 200,
  ) => {
    const { municipality, subject, id } = request.params;
    if (!(subject in SUBJECTS) || !/^[0-9a-f-]{36}$/i.test(id))
      throw new NotFoundError('Deze pagina');
    const slug = subject as SubjectSlug;
    const locale = request.locale;
    const t = TEXT[locale];
    const context = contextOf(request);
    const history = await listAssessments(
      db,
      municipality,
      { subjectType: SUBJECTS[slug], subjectId: id },
      context,
    );
    const q = request.query;
    const instrument: InstrumentId = (state.values?.instrument ??
      (q.schaal === '6' ? 'djg-6' : 'djg-11')) as InstrumentId;
    const answerForm: AnswerFormId =
      state.values?.answerForm ?? (q.antwoorden === '5' ? 'five-point' : 'three-point');
    const base = `/werk/${encodeURIComponent(municipality)}/metingen/${slug}/${id}`;
    const variant = (s: string, a: string) => `${base}?schaal=${s}&antwoorden=${a}`;
    const action = variant(
      instrument === 'djg-6' ? '6' : '11',
      answerForm === 'five-point' ? '5' : '3',
    );
    const errors = state.errors ?? {};
    const change = history.change;
    return html(
      reply.code(status).header('cache-control', 'no-store'),
      renderPage({
        locale,
        title: t.title[slug],
        url: request.url,
        children: (
          <>
            <h1 class="utrecht-heading-1">{t.title[slug]}</h1>
            <p class="utrecht-paragraph">{t.intro}</p>
            {state.saved ? (
              <div class="omzien-note" role="status">
                <p class="utrecht-paragraph">{t.saved}</p>
              </div>
            ) : null}
            <h2 class="utrecht-heading-2">{t.history}</h2>
            {history.items.length === 0 ? (
              <p class="utrecht-paragraph">{t.none}</p>
            ) : (
              <>
                {change ? (
                  <p class="utrecht-paragraph">
                    {t.change(
                      change.from.takenOn,
                      change.to.takenOn,
                      change.totalChange,
                      change.measurements,
                    )}
                  </p>
                ) : null}
                <TrendChart items={history.items} title={t.trend} />
                <TableRegion label={t.history}>
                  <table class="utrecht-table">
                    <caption class="utrecht-table__caption">{t.history}</caption>
                    <TableHead
                      columns={[
                        t.date,
                        t.instrument,
                        t.score,
                        t.category,
                        t.emotional,
                        t.social,
                        t.by,
                      ]}
                    />
                    <tbody class="utrecht-table__body">
                      {history.items.map((a) => (
                        <tr class="utrecht-table__row" key={a.id}>
                          <td class="utrecht-table__cell">{a.takenOn}</td>
                          <td class="utrecht-table__cell">
                            {a.instrument === 'djg-6' ? t.short : t.long}
                          </td>
                          <td class="utrecht-table__cell">
                            {a.total === null
                              ? t.noTotal
                              : `${a.total} / ${a.instrument === 'djg-6' ? 6 : 11}`}
                          </td>
                          <td class="utrecht-table__cell">
                            {categoryLabel(a.instrument, a.category ?? null, locale)}
                          </td>
                          <td class="utrecht-table__cell">{a.emotional ?? '–'}</td>
                          <td class="utrecht-table__cell">{a.social ?? '–'}</td>
                          <td class="utrecht-table__cell">{a.takenBy.name}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
              </>
            )}
            <h2 class="utrecht-heading-2" id="nieuw">
              {t.newTitle}
            </h2>
            <nav aria-label={t.choose}>
              <ul class="utrecht-unordered-list">
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={`${variant('11', '3')}#nieuw`}>
                    {t.long}, {t.three}
                  </a>
                </li>
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={`${variant('11', '5')}#nieuw`}>
                    {t.long}, {t.five}
                  </a>
                </li>
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={`${variant('6', '3')}#nieuw`}>
                    {t.short}, {t.three}
                  </a>
                </li>
              </ul>
            </nav>
            {Object.keys(errors).length > 0 ? (
              <div class="omzien-warning" role="alert">
                <p class="utrecht-paragraph">{t.errorSummary}</p>
              </div>
            ) : null}
            <FollowupForm
              locale={locale}
              action={action}
              csrf={reply.generateCsrf()}
              values={{ instrument, answerForm, ...state.values }}
              errors={errors}
            />
          </>
        ),
      }),
    );
  };

  const path = '/werk/:municipality/metingen/:subject/:id';
  http.get<Route>(path, async (request, reply) =>
    render(request, reply, { saved: request.query.opgeslagen === '1' }),
  );
  http.post<Route>(path, { preHandler: http.csrfProtection }, async (request, reply) => {
    const { municipality, subject, id } = request.params;
    if (!(subject in SUBJECTS)) throw new NotFoundError('Deze pagina');
    const instrument: InstrumentId = request.query.schaal === '6' ? 'djg-6' : 'djg-11';
    const answerForm: AnswerFormId =
      request.query.antwoorden === '5' ? 'five-point' : 'three-point';
    const form = readForm(request.body, instrument);
    const values: Partial<FollowupFormValues> = {
      instrument,
      answerForm,
      takenOn: form.takenOn,
      consentGiven: form.consent.given,
      consentKind: form.consent.kind,
      answers: Object.fromEntries(
        Object.entries(form.answers).filter(([, v]) => v !== null),
      ) as Record<string, string>,
    };
    const parsed = RecordAssessmentBody.safeParse({
      subjectType: SUBJECTS[subject as SubjectSlug],
      subjectId: id,
      ...form,
    });
    if (!parsed.success) {
      const errors = errorsOf(ValidationError.fromZod('body', parsed.error), request.locale);
      return render(request, reply, { values, errors }, 400);
    }
    await recordAssessment(
      db,
      municipality,
      parsed.data as RecordAssessmentInput,
      contextOf(request),
    );
    const back = `/werk/${encodeURIComponent(municipality)}/metingen/${subject}/${id}?opgeslagen=1`;
    return reply.redirect(back, 303);
  });
}
