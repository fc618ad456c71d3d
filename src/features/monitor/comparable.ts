/**
 * Comparable municipalities: which gemeenten are "like" this one, to put its figures beside.
 *
 * The rule (shown on the page in B1 Dutch, see `describeComparableRule`):
 * - the same CBS urbanity class (stedelijkheid 1 = zeer sterk stedelijk … 5 = niet stedelijk), and
 * - a population between half and double this municipality's (`POPULATION_BAND` = 2).
 * When this municipality has no urbanity class, the population band alone is used (`basis`
 * says so). When it has no population either, there is no group. A municipality is never its own
 * comparison. The group's figure is the plain (unweighted) mean of its members' figures: every
 * municipality counts once, as in the monitor's own comparisons.
 */

/** One Dutch collator, made once (`localeCompare` with a locale builds one per call). */
const dutch = new Intl.Collator('nl');

export interface MunicipalityFacts {
  code: string;
  name: string;
  population: number | null;
  urbanity: number | null;
}

export type ComparableBasis = 'urbanity-and-population' | 'population' | 'none';

export interface ComparableGroup {
  basis: ComparableBasis;
  /** The band used: population from `min` to `max` (inclusive). */
  min: number | null;
  max: number | null;
  urbanity: number | null;
  members: MunicipalityFacts[];
}

export const POPULATION_BAND = 2;

export function findComparable(
  target: MunicipalityFacts,
  all: readonly MunicipalityFacts[],
): ComparableGroup {
  if (target.population === null || target.population <= 0) {
    return { basis: 'none', min: null, max: null, urbanity: target.urbanity, members: [] };
  }
  const min = Math.ceil(target.population / POPULATION_BAND);
  const max = Math.floor(target.population * POPULATION_BAND);
  const basis: ComparableBasis =
    target.urbanity === null ? 'population' : 'urbanity-and-population';
  const members = all
    .filter(
      (m) =>
        m.code !== target.code &&
        m.population !== null &&
        m.population >= min &&
        m.population <= max &&
        (basis === 'population' || m.urbanity === target.urbanity),
    )
    .sort((a, b) => dutch.compare(a.name, b.name));
  return { basis, min, max, urbanity: target.urbanity, members };
}

/** The unweighted mean of the values that exist; null when none do. */
export function meanOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  return present.reduce((a, b) => a + b, 0) / present.length;
}

const URBANITY_NAMES: Record<number, string> = {
  1: 'zeer sterk stedelijk',
  2: 'sterk stedelijk',
  3: 'matig stedelijk',
  4: 'weinig stedelijk',
  5: 'niet stedelijk',
};

export function urbanityName(urbanity: number | null): string {
  return urbanity === null ? 'onbekend' : (URBANITY_NAMES[urbanity] ?? String(urbanity));
}

/** The rule in B1 Dutch, as applied to this municipality. */
export function describeComparableRule(group: ComparableGroup, name: string): string {
  const n = (v: number) => v.toLocaleString('nl-NL');
  if (group.basis === 'none') {
    return `Voor ${name} is het aantal inwoners niet bekend. Daarom kunnen we geen vergelijkbare gemeenten kiezen.`;
  }
  const band = `tussen ${n(group.min!)} en ${n(group.max!)} inwoners (de helft tot het dubbele van ${name})`;
  if (group.basis === 'population') {
    return `Vergelijkbare gemeenten hebben ${band}. De stedelijkheid van ${name} is niet bekend, daarom kijken we alleen naar het aantal inwoners.`;
  }
  return `Vergelijkbare gemeenten zijn even stedelijk als ${name} (${urbanityName(group.urbanity)}, klasse ${group.urbanity} van 5 bij het CBS) en hebben ${band}. Het cijfer van de groep is het gemiddelde van deze gemeenten; elke gemeente telt even zwaar.`;
}
