/** The Eenzaamheidsmeter's JSON API. Thin: validate (by the registry), score, answer. */
import type { ApiRegistry } from '../../platform/http/api.ts';
import { DEFAULT_SUBSCALE_THRESHOLD, instruments, subscaleDefinitions } from './instruments.ts';
import { presentDefinition, presentInstrument } from './presenter.ts';
import { InstrumentsResponse, LangQuery, ScoreRequest, ScoreResponse } from './schema.ts';
import { scoreAssessment } from './score.ts';

export function registerAssessmentApi(api: ApiRegistry): void {
  api.add({
    method: 'GET',
    path: '/api/v1/assessments/instruments',
    operationId: 'listAssessmentInstruments',
    summary:
      'The loneliness scales: items, answer options, cut-offs, definitions and terms of use, to build a form',
    tag: 'Eenzaamheidsmeter',
    query: LangQuery,
    response: InstrumentsResponse,
    handler: async () => ({
      items: Object.values(instruments).map(presentInstrument),
      definitions: Object.values(subscaleDefinitions).map(presentDefinition),
      defaultDefinition: subscaleDefinitions[DEFAULT_SUBSCALE_THRESHOLD].id,
    }),
  });

  api.add({
    method: 'POST',
    path: '/api/v1/assessments/score',
    operationId: 'scoreAssessment',
    summary:
      'Score answers on the De Jong Gierveld scale (11 or 6 items): total, category, subscales, Wegwijs group. Nothing is stored.',
    tag: 'Eenzaamheidsmeter',
    query: LangQuery,
    body: ScoreRequest,
    response: ScoreResponse,
    handler: async ({ body }) =>
      scoreAssessment(body.instrument, body.answers, {
        subscaleThreshold: body.subscaleThreshold,
      }),
  });
}
