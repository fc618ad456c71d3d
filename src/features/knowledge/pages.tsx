/**
 * The Kennisbank's pages: home, the interventions list with search and filters, an intervention,
 * and a page per concept. Server-rendered; every page works without JavaScript.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { html } from '../../platform/http/html.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { kindByPath } from './kinds.ts';
import { conceptListPage, conceptPage } from './pages/concept-pages.tsx';
import { home, knowledgeHome } from './pages/home-pages.tsx';
import { interventionPage } from './pages/intervention-page.tsx';
import { interventionsPage } from './pages/interventions-page.tsx';
import { publicPage } from './pages/public-page.tsx';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function registerKnowledgePages(app: FastifyInstance, db: Db): void {
  app.get('/', async (request, reply) => html(reply, home(request)));
  app.get('/kennisbank', async (request, reply) => html(reply, await knowledgeHome(db, request)));
  app.get('/kennisbank/activiteiten', async (request, reply) =>
    html(reply, await interventionsPage(db, request)),
  );
  app.get<{ Params: { slug: string } }>(
    '/kennisbank/activiteiten/:slug',
    async (request, reply) => {
      if (!slugPattern.test(request.params.slug)) throw new NotFoundError('Activiteit');
      return html(reply, await interventionPage(db, request, request.params.slug));
    },
  );
  app.get<{ Params: { kind: string } }>('/kennisbank/:kind', async (request, reply) => {
    const kind = kindByPath(request.params.kind);
    if (!kind) throw new NotFoundError('Pagina');
    return html(reply, await conceptListPage(db, request, kind));
  });
  app.get<{ Params: { kind: string; id: string } }>(
    '/kennisbank/:kind/:id',
    async (request, reply) => {
      const kind = kindByPath(request.params.kind);
      if (!kind || !slugPattern.test(request.params.id)) throw new NotFoundError('Pagina');
      return html(reply, await conceptPage(db, request, kind, request.params.id));
    },
  );
  app.get('/wat-kun-je-doen', async (request, reply) =>
    html(reply, await publicPage(db, request, 'wat-kun-je-doen')),
  );
  app.get('/eenzaamheid-herkennen', async (request, reply) =>
    html(reply, await publicPage(db, request, 'eenzaamheid-herkennen')),
  );
}
