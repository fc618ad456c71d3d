/**
 * A municipality's colours as design tokens: `GET /assets/thema/{slug}.css` answers a small
 * stylesheet that overrides Omzien's colour tokens on that municipality's pages. The colours
 * were checked for contrast when they were saved (schema.ts); without a theme it is empty.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/http/problem.ts';
import { parseSettings } from './municipalities.ts';

export function themeHref(slug: string): string {
  return `/assets/thema/${slug}.css`;
}

export function themeCss(
  theme:
    | { primary: string; secondary?: string | undefined; accent?: string | undefined }
    | undefined,
): string {
  if (!theme) return '/* no theme: Omzien’s own colours */\n';
  const lines = [
    `  --omzien-color-primary: ${theme.primary};`,
    `  --omzien-color-primary-dark: ${theme.secondary ?? theme.primary};`,
    ...(theme.accent ? [`  --omzien-color-subtle: ${theme.accent};`] : []),
  ];
  return `.omzien-theme {\n${lines.join('\n')}\n}\n`;
}

export function registerThemeRoute(http: FastifyInstance, db: Db): void {
  http.get<{ Params: { file: string } }>('/assets/thema/:file', async (request, reply) => {
    const slug = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.css$/.exec(request.params.file)?.[1];
    if (!slug) throw new NotFoundError('Dit thema');
    const row = await db
      .selectFrom('municipalities')
      .select('settings')
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('Dit thema');
    const css = themeCss(parseSettings(row.settings).theme);
    const etag = `"${createHash('sha256').update(css).digest('base64url').slice(0, 16)}"`;
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(css);
  });
}
