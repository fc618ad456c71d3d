/**
 * The Monitor's page routes (thin): which URL renders which page. A malformed code is a 400
 * page and an unknown one a 404 page, through the app's error handler (Dutch, in the frame).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { districtPage } from './district-page.tsx';
import { factsheetPage } from './factsheet-page.tsx';
import { municipalitiesPage } from './municipalities-page.tsx';
import { municipalityPage } from './municipality-page.tsx';

export function registerMonitorPages(app: FastifyInstance, db: Db): void {
  app.get('/monitor', (request, reply) => municipalitiesPage(db, request, reply));
  app.get<{ Params: { code: string } }>('/monitor/gemeente/:code', (request, reply) =>
    municipalityPage(db, request, reply),
  );
  app.get<{ Params: { code: string } }>('/monitor/gemeente/:code/factsheet', (request, reply) =>
    factsheetPage(db, request, reply),
  );
  app.get<{ Params: { code: string } }>('/monitor/wijk/:code', (request, reply) =>
    districtPage(db, request, reply),
  );
}
