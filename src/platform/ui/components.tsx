/**
 * Small server-rendered components on NL Design System (Utrecht) classes. Escaping is Preact's:
 * text is always escaped, never set as raw HTML.
 */
import type { ComponentChildren } from 'preact';

export function Breadcrumb({
  label,
  items,
}: {
  label: string;
  items: { href?: string; text: string }[];
}) {
  return (
    <nav class="omzien-breadcrumb" aria-label={label}>
      <ol>
        {items.map((item) => (
          <li key={item.text}>
            {item.href ? (
              <a class="utrecht-link" href={item.href}>
                {item.text}
              </a>
            ) : (
              <span aria-current="page">{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Heading({
  level,
  children,
  id,
}: {
  level: 1 | 2 | 3;
  children: ComponentChildren;
  id?: string;
}) {
  const Tag = `h${level}` as 'h1';
  return (
    <Tag class={`utrecht-heading-${level}`} id={id}>
      {children}
    </Tag>
  );
}

export function P({
  children,
  lead,
  lang,
}: {
  children: ComponentChildren;
  lead?: boolean;
  lang?: string | undefined;
}) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} lang={lang}>
      {children}
    </p>
  );
}

export function Link({
  href,
  children,
  lang,
}: {
  href: string;
  children: ComponentChildren;
  lang?: string | undefined;
}) {
  return (
    <a class="utrecht-link" href={href} lang={lang}>
      {children}
    </a>
  );
}

export function List({ items, lang }: { items: ComponentChildren[]; lang?: string | undefined }) {
  if (items.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list" lang={lang}>
      {items.map((item, i) => (
        <li key={i} class="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function Tags({
  items,
  label,
}: {
  items: { text: string; href?: string; strong?: boolean }[];
  label?: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul class="omzien-tags" aria-label={label}>
      {items.map((t) => (
        <li key={t.text} class={t.strong ? 'omzien-tag omzien-tag--strong' : 'omzien-tag'}>
          {t.href ? (
            <a class="utrecht-link" href={t.href} style={t.strong ? undefined : undefined}>
              {t.text}
            </a>
          ) : (
            t.text
          )}
        </li>
      ))}
    </ul>
  );
}

export function Note({ children, warning }: { children: ComponentChildren; warning?: boolean }) {
  return (
    <div class={warning ? 'omzien-warning' : 'omzien-note'} role={warning ? 'note' : undefined}>
      {children}
    </div>
  );
}

/** Links that leave Omzien: shown with their host so people know where they go. */
export function ExternalLinks({ links }: { links: string[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list">
      {links.map((href) => (
        <li key={href} class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={href} rel="noopener noreferrer">
            {linkText(href)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A readable text for a link: host plus the last part of the path. */
export function linkText(href: string): string {
  try {
    const u = new URL(href);
    const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '');
    const host = u.hostname.replace(/^www\./, '');
    return last ? `${host}: ${last}` : host;
  } catch {
    return href;
  }
}

/**
 * A wide table that may scroll sideways on a small screen: a named region that can take the
 * keyboard focus, so keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="omzien-table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

/** The header row of a data table: one column header per name. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        {columns.map((name) => (
          <th class="utrecht-table__header-cell" scope="col" key={name}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
