/**
 * The Kennisbank's JSON API. Thin: validate (by the registry), call a use case, present.
 */
import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import {
  BuildingBlock,
  Element,
  Figure,
  LonelinessType,
  Pillar,
  Pilot,
  Profile,
  PublicPage,
  Source,
  Step,
  TargetGroup,
  Topic,
  WegwijsGroup,
} from './content-schema.ts';
import { getConcept, listConcepts, listRiskGroups } from './get-concepts.ts';
import { getIntervention } from './get-intervention.ts';
import { type ConceptKind, conceptKindIds } from './kinds.ts';
import type { FilterKey } from './labels.ts';
import { listInterventions } from './list-interventions.ts';
import { presentInterventionDetail, presentInterventionSummary } from './presenter.ts';
import {
  IdParams,
  InterventionDetail,
  LangQuery,
  ListInterventionsQuery,
  ListInterventionsResponse,
  SlugParams,
} from './schema.ts';

/** Concepts with their own endpoints: path segment, kind, item schema. */
const conceptEndpoints: { path: string; kind: ConceptKind; schema: z.ZodType; name: string }[] = [
  { path: 'groups', kind: 'group', schema: WegwijsGroup, name: 'Wegwijs groups' },
  {
    path: 'loneliness-types',
    kind: 'loneliness-type',
    schema: LonelinessType,
    name: 'loneliness types',
  },
  { path: 'elements', kind: 'element', schema: Element, name: 'effective elements' },
  {
    path: 'building-blocks',
    kind: 'building-block',
    schema: BuildingBlock,
    name: 'building blocks',
  },
  { path: 'steps', kind: 'step', schema: Step, name: 'steps of cooperation' },
  { path: 'pillars', kind: 'pillar', schema: Pillar, name: 'pillars' },
  {
    path: 'profiles',
    kind: 'profile',
    schema: Profile.extend({ caution: z.string() }),
    name: 'Machielse profiles',
  },
  { path: 'target-groups', kind: 'target-group', schema: TargetGroup, name: 'target groups' },
];

const genericSchema: Partial<Record<ConceptKind, z.ZodType>> = {
  source: Source,
  figure: Figure,
  pilot: Pilot,
  page: PublicPage,
};

export function registerKnowledgeApi(api: ApiRegistry, db: Db): void {
  api.add({
    method: 'GET',
    path: '/api/v1/interventions',
    operationId: 'listInterventions',
    summary: 'Search and filter the interventions of the handreiking',
    tag: 'Kennisbank',
    query: ListInterventionsQuery,
    response: ListInterventionsResponse,
    handler: async ({ query }) => {
      const { q, limit, offset, lang: _lang, ...filters } = query;
      const result = await listInterventions(db, {
        q,
        limit,
        offset,
        filters: filters as Partial<Record<FilterKey, string[]>>,
      });
      return {
        items: result.items.map(presentInterventionSummary),
        total: result.total,
        limit,
        offset,
        facets: result.facets,
      };
    },
  });

  api.add({
    method: 'GET',
    path: '/api/v1/interventions/{slug}',
    operationId: 'getIntervention',
    summary: 'One intervention with similar ones',
    tag: 'Kennisbank',
    params: SlugParams,
    query: LangQuery,
    response: InterventionDetail,
    errors: [404],
    handler: async ({ params }) =>
      presentInterventionDetail(await getIntervention(db, params.slug)),
  });

  for (const e of conceptEndpoints) {
    api.add({
      method: 'GET',
      path: `/api/v1/${e.path}`,
      operationId: `list-${e.path}`,
      summary: `All ${e.name}`,
      tag: 'Kennisbank',
      query: LangQuery,
      response: z.object({ items: z.array(e.schema) }),
      handler: async () => ({ items: await listConcepts(db, e.kind) }),
    });
    api.add({
      method: 'GET',
      path: `/api/v1/${e.path}/{id}`,
      operationId: `get-${e.path}`,
      summary: `One of the ${e.name}`,
      tag: 'Kennisbank',
      params: IdParams,
      query: LangQuery,
      response: e.schema,
      errors: [404],
      handler: async ({ params }) => getConcept(db, e.kind, params.id),
    });
  }

  api.add({
    method: 'GET',
    path: '/api/v1/risk-groups',
    operationId: 'listRiskGroups',
    summary: 'The risk groups, with the figures the sources give',
    tag: 'Kennisbank',
    query: LangQuery,
    response: z.object({ items: z.array(TargetGroup) }),
    handler: async () => ({ items: await listRiskGroups<z.input<typeof TargetGroup>>(db) }),
  });

  const KindParams = z.object({ kind: z.enum(conceptKindIds as [ConceptKind, ...ConceptKind[]]) });
  api.add({
    method: 'GET',
    path: '/api/v1/concepts/{kind}',
    operationId: 'listConcepts',
    summary: 'All concepts of one kind (causes, tips, partners, pilots, figures, …)',
    tag: 'Kennisbank',
    params: KindParams,
    query: LangQuery,
    response: z.object({ kind: z.string(), items: z.array(z.unknown()) }),
    handler: async ({ params }) => ({
      kind: params.kind,
      items: await listConcepts(db, params.kind),
    }),
  });
  api.add({
    method: 'GET',
    path: '/api/v1/concepts/{kind}/{id}',
    operationId: 'getConcept',
    summary: 'One concept',
    tag: 'Kennisbank',
    params: KindParams.extend(IdParams.shape),
    query: LangQuery,
    response: z.union([Topic, ...Object.values(genericSchema)] as unknown as [
      z.ZodType,
      z.ZodType,
    ]),
    errors: [404],
    handler: async ({ params }) => getConcept(db, params.kind, params.id),
  });
}
