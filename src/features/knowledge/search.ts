/**
 * Turning what a person types into search words. Pure; the Dutch stemming itself happens in
 * PostgreSQL (`dutch_stem`), see `repo.ts`.
 */

/** At most this many words from a query are used. */
export const MAX_SEARCH_WORDS = 8;

/** The words of a query: letters and digits only, lowercased, without duplicates. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words =
    q
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 2))].slice(0, MAX_SEARCH_WORDS);
}
