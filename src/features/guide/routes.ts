/** The Wegwijzer's JSON API. */
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import { buildGuide } from './build-guide.ts';
import { GuideQuery, GuideResponse } from './schema.ts';

export function registerGuideApi(api: ApiRegistry, db: Db): void {
  api.add({
    method: 'GET',
    path: '/api/v1/guide',
    operationId: 'getGuide',
    summary: 'The Wegwijzer: kinds of activity and fitting interventions for a group and choices',
    tag: 'Wegwijzer',
    query: GuideQuery,
    response: GuideResponse,
    errors: [404],
    handler: async ({ query }) => {
      const { lang, ...input } = query;
      const guide = await buildGuide(db, input, lang ?? 'nl');
      return {
        ...guide,
        interventions: guide.interventions.map((i) => ({
          ...i,
          url: `/api/v1/interventions/${i.slug}`,
        })),
      };
    },
  });
}
