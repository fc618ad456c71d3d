/**
 * The Monitor's JSON API. Thin: validate (by the registry), call a use case.
 */
import type { Db } from '../../platform/db/database.ts';
import type { ApiRegistry } from '../../platform/http/api.ts';
import { getArea } from './get-area.ts';
import { listAreaChildren } from './list-area-children.ts';
import { AreaChildren, AreaCodeParams, AreaDetail } from './schema.ts';

export function registerMonitorApi(api: ApiRegistry, db: Db): void {
  api.add({
    method: 'GET',
    path: '/api/v1/monitor/areas/{code}',
    operationId: 'getMonitorArea',
    summary:
      'One area (country, gemeente, wijk, buurt) with its loneliness figures per year and age',
    tag: 'Monitor',
    params: AreaCodeParams,
    response: AreaDetail,
    errors: [404],
    handler: async ({ params }) => getArea(db, params.code),
  });

  api.add({
    method: 'GET',
    path: '/api/v1/monitor/areas/{code}/children',
    operationId: 'listMonitorAreaChildren',
    summary: 'The areas directly below one area, with their latest loneliness figures per age',
    tag: 'Monitor',
    params: AreaCodeParams,
    response: AreaChildren,
    errors: [404],
    handler: async ({ params }) => listAreaChildren(db, params.code),
  });
}
