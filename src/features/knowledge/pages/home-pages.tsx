/** The home page and the Kennisbank home. */
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Db } from '../../../platform/db/database.ts';
import { translator } from '../../../platform/i18n/index.ts';
import { Heading, Link, P } from '../../../platform/ui/components.tsx';
import { renderPage } from '../../../platform/ui/layout.tsx';
import { type ConceptKind, conceptKinds } from '../kinds.ts';
import { listInterventions } from '../list-interventions.ts';
import { conceptHref } from './shared.tsx';

interface KbLink {
  kind: ConceptKind;
}

export async function knowledgeHome(db: Db, request: FastifyRequest): Promise<string> {
  const { locale } = request;
  const t = translator(locale);
  const { total } = await listInterventions(db, { filters: {}, limit: 1, offset: 0 });
  const sections: { title: string; kinds: KbLink[]; extra?: ComponentChildren }[] = [
    {
      title: t('kb.section.about'),
      kinds: [
        { kind: 'definition' },
        { kind: 'loneliness-type' },
        { kind: 'cause' },
        { kind: 'consequence' },
        { kind: 'spiral' },
        { kind: 'figure' },
        { kind: 'target-group' },
      ],
    },
    {
      title: t('kb.section.works'),
      kinds: [
        { kind: 'element' },
        { kind: 'group' },
        { kind: 'profile' },
        { kind: 'prevention-level' },
      ],
      extra: (
        <li class="utrecht-unordered-list__item">
          <Link href="/kennisbank/activiteiten">{t('kb.interventions')}</Link> (
          {t('kb.interventionsCount', { count: total })})
        </li>
      ),
    },
    {
      title: t('kb.section.together'),
      kinds: [
        { kind: 'step' },
        { kind: 'building-block' },
        { kind: 'choice' },
        { kind: 'tip' },
        { kind: 'partner' },
        { kind: 'pillar' },
        { kind: 'toolkit' },
        { kind: 'action-line' },
        { kind: 'pilot' },
      ],
    },
  ];
  return renderPage({
    locale,
    title: t('kb.title'),
    url: request.url,
    children: (
      <>
        <Heading level={1}>{t('kb.title')}</Heading>
        <P lead>{t('kb.intro')}</P>
        <div class="omzien-cards">
          {sections.map((s) => (
            <section class="omzien-card" key={s.title}>
              <Heading level={2}>{s.title}</Heading>
              <ul class="utrecht-unordered-list">
                {s.extra}
                {s.kinds.map(({ kind }) => (
                  <li class="utrecht-unordered-list__item" key={kind}>
                    <Link href={conceptHref(kind)}>{conceptKinds[kind][locale]}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section class="omzien-card">
            <Heading level={2}>{t('kb.section.everyone')}</Heading>
            <ul class="utrecht-unordered-list">
              <li class="utrecht-unordered-list__item">
                <Link href="/wat-kun-je-doen">{t('nav.whatYouCanDo')}</Link>
              </li>
              <li class="utrecht-unordered-list__item">
                <Link href="/eenzaamheid-herkennen">{t('nav.recognise')}</Link>
              </li>
              <li class="utrecht-unordered-list__item">
                <Link href={conceptHref('source')}>{conceptKinds.source[locale]}</Link>
              </li>
            </ul>
          </section>
        </div>
      </>
    ),
  });
}

export function home(request: FastifyRequest): string {
  const { locale } = request;
  const t = translator(locale);
  const cards: { href: string; title: string; body: string }[] = [
    { href: '/kennisbank', title: t('home.knowledge.title'), body: t('home.knowledge.body') },
    {
      href: '/kennisbank/activiteiten',
      title: t('home.interventions.title'),
      body: t('home.interventions.body'),
    },
    { href: '/wegwijzer', title: t('home.guide.title'), body: t('home.guide.body') },
    { href: '/wat-kun-je-doen', title: t('home.public.title'), body: t('home.public.body') },
  ];
  return renderPage({
    locale,
    title: t('home.title'),
    url: request.url,
    children: (
      <>
        <Heading level={1}>{t('home.title')}</Heading>
        <P lead>{t('home.intro')}</P>
        <ul class="omzien-cards">
          {cards.map((c) => (
            <li class="omzien-card" key={c.href}>
              <h2 class="utrecht-heading-2">
                <Link href={c.href}>{c.title}</Link>
              </h2>
              <P>{c.body}</P>
            </li>
          ))}
        </ul>
      </>
    ),
  });
}
