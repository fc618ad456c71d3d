/**
 * The development outbox: `GET /dev/outbox` lists the mails the outbox mailer wrote, newest
 * first; `GET /dev/outbox/:id` shows one mail's text in a `<pre>`, links as plain text so an
 * invitation link can be copied. Only for development without SMTP_URL: app.ts decides whether
 * to register it. Answers are never cached and never indexed (the mails hold invitation links).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../http/html.ts';
import { type Locale, type T, translator } from '../i18n/index.ts';
import { Breadcrumb, Heading, Link, Note, P } from '../ui/components.tsx';
import { renderErrorPage } from '../ui/error-page.tsx';
import { renderPage } from '../ui/layout.tsx';
import { isOutboxId, listOutbox, type OutboxMail, readOutboxMail } from './outbox.ts';

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
}

function DevOnly({ t }: { t: T }) {
  return (
    <Note warning>
      <P>{t('devOutbox.devOnly')}</P>
    </Note>
  );
}

function listPage(request: FastifyRequest, mails: OutboxMail[]): string {
  const { locale } = request;
  const t = translator(locale);
  return renderPage({
    locale,
    title: t('devOutbox.title'),
    url: request.url,
    children: (
      <>
        <Heading level={1}>{t('devOutbox.title')}</Heading>
        <DevOnly t={t} />
        {mails.length === 0 ? (
          <P>{t('devOutbox.empty')}</P>
        ) : (
          <div class="omzien-table-wrap">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">{t('devOutbox.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('devOutbox.date')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('devOutbox.to')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('devOutbox.subject')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {mails.map((mail) => (
                  <tr class="utrecht-table__row" key={mail.id}>
                    <td class="utrecht-table__cell">
                      <time dateTime={mail.date}>{formatDate(mail.date, locale)}</time>
                    </td>
                    <td class="utrecht-table__cell">{mail.to}</td>
                    <td class="utrecht-table__cell">
                      <Link href={`/dev/outbox/${mail.id}`}>
                        {mail.subject || t('devOutbox.noSubject')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    ),
  });
}

function mailPage(request: FastifyRequest, mail: OutboxMail): string {
  const { locale } = request;
  const t = translator(locale);
  const subject = mail.subject || t('devOutbox.noSubject');
  return renderPage({
    locale,
    title: `${subject} | ${t('devOutbox.title')}`,
    url: request.url,
    children: (
      <>
        <Breadcrumb
          label={t('common.breadcrumb')}
          items={[{ href: '/dev/outbox', text: t('devOutbox.title') }, { text: subject }]}
        />
        <Heading level={1}>{subject}</Heading>
        <DevOnly t={t} />
        <dl class="omzien-definitions">
          <dt>{t('devOutbox.date')}</dt>
          <dd>
            <time dateTime={mail.date}>{formatDate(mail.date, locale)}</time>
          </dd>
          <dt>{t('devOutbox.from')}</dt>
          <dd>{mail.from}</dd>
          <dt>{t('devOutbox.to')}</dt>
          <dd>{mail.to}</dd>
        </dl>
        <Heading level={2} id="tekst">
          {t('devOutbox.text')}
        </Heading>
        <P>{t('devOutbox.textHint')}</P>
        {/* A long link stays on one line, whole and copyable; the box scrolls sideways. */}
        <div class="omzien-table-wrap">
          <pre>{mail.text}</pre>
        </div>
        <p class="utrecht-paragraph">
          <Link href="/dev/outbox">{t('devOutbox.back')}</Link>
        </p>
      </>
    ),
  });
}

function private_(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
}

/** Register `GET /dev/outbox` and `GET /dev/outbox/:id` over the mails in `outboxDir`. */
export function registerDevOutbox(http: FastifyInstance, outboxDir: string): void {
  http.get('/dev/outbox', async (request, reply) =>
    html(private_(reply), listPage(request, await listOutbox(outboxDir))),
  );
  http.get<{ Params: { id: string } }>('/dev/outbox/:id', async (request, reply) => {
    const { id } = request.params;
    const mail = isOutboxId(id) ? await readOutboxMail(outboxDir, id) : undefined;
    if (!mail) {
      return private_(reply)
        .code(404)
        .type('text/html; charset=utf-8')
        .send(renderErrorPage(request.locale, 404, request.url));
    }
    return html(private_(reply), mailPage(request, mail));
  });
}
