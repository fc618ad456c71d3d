/**
 * Languages of the interface: Dutch first, English second. Every key in `nl` must exist in `en`
 * (the type says so); content items carry their own optional English.
 */
import { en } from './en.ts';
import { nl } from './nl.ts';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

const catalogue: Record<Locale, Messages> = { nl, en };

/** Pick a locale from an explicit choice (query or cookie); Dutch is the default. */
export function resolveLocale(...candidates: (string | undefined)[]): Locale {
  for (const c of candidates) if (c === 'nl' || c === 'en') return c;
  return 'nl';
}

/** A translator for one locale; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale) {
  const messages = catalogue[locale];
  return (key: MessageKey, vars: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
export type T = ReturnType<typeof translator>;
