/**
 * Risicogebieden: an explainable score per wijk or buurt (ADR 0008).
 *
 * For each factor f present for at least `MIN_AREAS` areas of the comparison (the wijken, or the
 * buurten, of one municipality), the area's value is standardised against those areas:
 *   z_f = direction_f × (value − mean_f) / sd_f            (population sd; z = 0 when sd = 0)
 * The score is the weighted mean of the z-scores the area has:
 *   score = Σ w_f z_f / Σ w_f     over the factors with a value for this area
 * and each factor's contribution is w_f z_f / Σ w_f, so the contributions add up to the score.
 * A score of 0 is "average for this municipality"; +1 is about one standard deviation above.
 * Measured loneliness weighs double (it is what the score is about); the four risk indicators
 * weigh one each. Low control over one's own life is a risk, so that factor counts inverted.
 */

/** One Dutch collator, made once (`localeCompare` with a locale builds one per call). */
const dutch = new Intl.Collator('nl');

export type RiskFactor =
  | 'lonely'
  | 'severely_lonely'
  | 'difficulty_making_ends_meet'
  | 'limited_by_health'
  | 'high_risk_anxiety_depression'
  | 'control_over_life';

export interface FactorDefinition {
  factor: RiskFactor;
  weight: number;
  /** +1: a higher value is more risk; −1: a lower value is more risk. */
  direction: 1 | -1;
  /** B1 Dutch: why this area stands out on this factor. */
  sentence: string;
  label: string;
}

export const RISK_FACTORS: readonly FactorDefinition[] = [
  {
    factor: 'lonely',
    weight: 2,
    direction: 1,
    label: 'Eenzaam',
    sentence: 'Hier voelen meer mensen zich eenzaam dan gemiddeld in de gemeente.',
  },
  {
    factor: 'severely_lonely',
    weight: 2,
    direction: 1,
    label: '(Zeer) ernstig eenzaam',
    sentence: 'Hier voelen meer mensen zich (zeer) ernstig eenzaam dan gemiddeld in de gemeente.',
  },
  {
    factor: 'difficulty_making_ends_meet',
    weight: 1,
    direction: 1,
    label: 'Moeite met rondkomen',
    sentence: 'Hier hebben meer mensen moeite met rondkomen dan gemiddeld in de gemeente.',
  },
  {
    factor: 'limited_by_health',
    weight: 1,
    direction: 1,
    label: 'Beperkt door gezondheid',
    sentence:
      'Hier worden meer mensen door hun gezondheid beperkt in wat ze doen dan gemiddeld in de gemeente.',
  },
  {
    factor: 'high_risk_anxiety_depression',
    weight: 1,
    direction: 1,
    label: 'Hoog risico op angst of depressie',
    sentence:
      'Hier hebben meer mensen een hoog risico op angst of depressie dan gemiddeld in de gemeente.',
  },
  {
    factor: 'control_over_life',
    weight: 1,
    direction: -1,
    label: 'Regie over eigen leven (weinig)',
    sentence:
      'Hier hebben minder mensen het gevoel dat ze hun eigen leven in de hand hebben dan gemiddeld in de gemeente.',
  },
];

/** A factor needs values for at least this many areas to be standardised. */
export const MIN_AREAS = 3;

export interface RiskInput {
  code: string;
  name: string;
  values: Partial<Record<RiskFactor, number | null>>;
}

export interface Contribution {
  factor: RiskFactor;
  value: number;
  mean: number;
  z: number;
  /** w × z / Σw: the part of the score this factor gives. */
  contribution: number;
  sentence: string;
  label: string;
}

export interface RiskResult {
  code: string;
  name: string;
  score: number;
  contributions: Contribution[];
  /** The 2–3 factors that raise the score most (positive contributions only). */
  top: Contribution[];
}

export interface FactorStats {
  factor: RiskFactor;
  mean: number;
  sd: number;
  n: number;
}

/** Mean and population standard deviation per factor, for factors with enough areas. */
export function factorStats(areas: readonly RiskInput[]): FactorStats[] {
  const stats: FactorStats[] = [];
  for (const def of RISK_FACTORS) {
    const values = areas
      .map((a) => a.values[def.factor])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length < MIN_AREAS) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    stats.push({ factor: def.factor, mean, sd, n: values.length });
  }
  return stats;
}

/** Score every area against the others; highest score first (ties by name). */
export function scoreAreas(areas: readonly RiskInput[], topFactors = 3): RiskResult[] {
  const stats = factorStats(areas);
  const results: RiskResult[] = [];
  for (const area of areas) {
    const parts: Omit<Contribution, 'contribution'>[] = [];
    let weights = 0;
    let weightsTimesZ = 0;
    for (const s of stats) {
      const value = area.values[s.factor];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const def = RISK_FACTORS.find((d) => d.factor === s.factor)!;
      const z = s.sd === 0 ? 0 : (def.direction * (value - s.mean)) / s.sd;
      weights += def.weight;
      weightsTimesZ += def.weight * z;
      parts.push({
        factor: s.factor,
        value,
        mean: s.mean,
        z,
        sentence: def.sentence,
        label: def.label,
      });
    }
    if (weights === 0) continue;
    const contributions = parts.map((p) => {
      const def = RISK_FACTORS.find((d) => d.factor === p.factor)!;
      return { ...p, contribution: (def.weight * p.z) / weights };
    });
    const top = contributions
      .filter((c) => c.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, topFactors);
    results.push({
      code: area.code,
      name: area.name,
      score: weightsTimesZ / weights,
      contributions,
      top,
    });
  }
  return results.sort((a, b) => b.score - a.score || dutch.compare(a.name, b.name));
}
