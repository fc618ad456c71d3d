/**
 * A choropleth map as a self-contained SVG string (pure: features + values in, text out).
 *
 * - Projection: Mercator fitted to the features (`fitExtent`); at the scale of a country or a
 *   municipality its distortion is small, and it keeps north up. Coordinates are written with one
 *   decimal (`geoPath().digits(1)`), a tenth of a pixel, which keeps the output small.
 * - Classes: five quantile classes (`classBreaks`): each class holds about a fifth of the areas
 *   that have a value, so every map shows contrast, whatever the spread. The legend shows, per
 *   class, the lowest and highest value actually in it. When many values are equal there may be
 *   fewer than five classes.
 * - Colour is never the only cue: every class also has its own hatching (none, sparse, medium,
 *   dense, crossed), and every area has a dark outline, so the boundary meets the 3:1 contrast of
 *   WCAG 1.4.11 against the white background and against its neighbours. Areas without a value
 *   are light grey with dots and are listed in the legend as "geen gegevens".
 * - Accessibility: `role="img"` with `aria-labelledby` pointing at the map's title and
 *   description. Each area has a `<title>` (name and value) for a tooltip; the page shows the
 *   same figures in a table beside the map, which is what screen readers use.
 * - Rings are rewound to the orientation d3-geo expects (clockwise on the sphere) when a source
 *   wrote them the other way (RFC 7946), so no area turns into "the whole world minus the area".
 */

import { type GeoStream, geoArea, geoMercator, geoPath, geoTransform } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface MapArea {
  code: string;
  name: string;
  geometry: Geometry;
  value: number | null;
}

export interface ChoroplethOptions {
  /** Prefix for ids inside the SVG (unique per page). */
  id: string;
  title: string;
  description: string;
  /** Legend heading, e.g. "Eenzaam, 18 jaar en ouder, 2020 (%)". */
  legendTitle: string;
  /** The attribution printed under the legend, e.g. "Kaart: Kadaster / CBS, 2020. Bron: …". */
  credits: string[];
  noDataLabel?: string;
  width?: number;
  /** Height of the map part (the legend is added below). */
  height?: number;
  formatValue?: (value: number) => string;
  /** Skip a vertex closer than this (in pixels, per axis) to the last one drawn; default 0.5. */
  minPointDistance?: number;
  /** Fixed breaks (upper bounds of classes 1..n-1); quantiles of the values when absent. */
  breaks?: number[];
}

export interface MapClass {
  /** 1-based class number. */
  number: number;
  fill: string;
  pattern: string;
  min: number;
  max: number;
  count: number;
}

export interface Choropleth {
  svg: string;
  classes: MapClass[];
  /** The class number of each area code, or null when it has no value. */
  classOf: Map<string, number | null>;
  noData: number;
}

/** Light to dark: ColorBrewer YlGnBu (5), colour-blind safe and printable in grey. */
export const RAMP = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const NO_DATA_FILL = '#e6e6e6';
/** The ink of the hatching: dark on the light classes, white on the dark ones. */
const HATCH_INK = ['#1b1b1b', '#1b1b1b', '#1b1b1b', '#ffffff', '#ffffff'] as const;
/** Hatching per class: spacing of the lines (0: none) and whether they cross. */
const HATCH: { spacing: number; cross: boolean; label: string }[] = [
  { spacing: 0, cross: false, label: 'geen arcering' },
  { spacing: 8, cross: false, label: 'wijde arcering' },
  { spacing: 5, cross: false, label: 'middel arcering' },
  { spacing: 3.5, cross: false, label: 'dichte arcering' },
  { spacing: 4, cross: true, label: 'kruisarcering' },
];

/**
 * Quantile class breaks: the upper bounds of the first k-1 classes, ascending and distinct.
 * A value v is in class i (0-based) when v ≤ breaks[i] and v > breaks[i-1]; above the last break
 * is the last class. Quantiles by the R-7 rule (as d3.quantile).
 */
export function classBreaks(values: readonly number[], k = 5): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const h = (sorted.length - 1) * (i / k);
    const lo = Math.floor(h);
    const loValue = sorted[lo]!;
    const value = loValue + (sorted[Math.min(lo + 1, sorted.length - 1)]! - loValue) * (h - lo);
    // A break at the maximum would leave the last class empty.
    if (value >= sorted[sorted.length - 1]!) continue;
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  return breaks;
}

/** The 0-based class of a value for the given breaks. */
export function classify(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value > breaks[i]!) i++;
  return i;
}

/** One formatter, made once: `toLocaleString` with options builds a new one per call. */
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const defaultFormat = (v: number) => oneDecimal.format(v);

/** Escape text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function reverseRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

/** A copy of the geometry with polygons wound as d3-geo expects (exterior clockwise). */
export function rewind(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? reverseRings(rings) : rings;
  };
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map(fix),
    };
    return multi;
  }
  return geometry;
}

function patternDefs(id: string, classCount: number): string {
  const defs: string[] = [];
  for (let i = 0; i < classCount; i++) {
    const fill = RAMP[rampIndex(i, classCount)]!;
    const hatch = HATCH[rampIndex(i, classCount)]!;
    const ink = HATCH_INK[rampIndex(i, classCount)]!;
    if (hatch.spacing === 0) continue;
    const s = hatch.spacing;
    const lines = hatch.cross
      ? `<path d="M0,0L${s},${s}M${s},0L0,${s}" stroke="${ink}" stroke-width="0.8"/>`
      : `<path d="M0,${s}L${s},0" stroke="${ink}" stroke-width="0.8"/>`;
    defs.push(
      `<pattern id="${id}-c${i + 1}" width="${s}" height="${s}" patternUnits="userSpaceOnUse"><rect width="${s}" height="${s}" fill="${fill}"/>${lines}</pattern>`,
    );
  }
  defs.push(
    `<pattern id="${id}-nd" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${NO_DATA_FILL}"/><circle cx="3" cy="3" r="1" fill="#474747"/></pattern>`,
  );
  return `<defs>${defs.join('')}</defs>`;
}

/** With fewer than five classes, spread them over the ramp (keep the ends). */
function rampIndex(i: number, classCount: number): number {
  if (classCount >= RAMP.length || classCount <= 1) return Math.min(i, RAMP.length - 1);
  return Math.round((i * (RAMP.length - 1)) / (classCount - 1));
}

function classFill(id: string, i: number, classCount: number): string {
  const hatch = HATCH[rampIndex(i, classCount)]!;
  return hatch.spacing === 0 ? RAMP[rampIndex(i, classCount)]! : `url(#${id}-c${i + 1})`;
}

const LEGEND_ROW = 24;

/**
 * Break a line of legend text into lines that fit `width` pixels (SVG text does not wrap), by
 * a generous estimate of the average glyph width of a sans-serif font.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A stream step after the projection that skips vertices within `min` pixels of the previous
 * one drawn: detail finer than half a pixel is invisible, and it is most of the bytes of a map of
 * the whole country. The first vertex of every ring is always kept (the path closes the ring).
 */
function pixelThinning(min: number) {
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  return geoTransform({
    lineStart(this: { stream: GeoStream }) {
      lastX = Number.NaN;
      this.stream.lineStart();
    },
    point(this: { stream: GeoStream }, x: number, y: number) {
      if (Number.isNaN(lastX) || Math.abs(x - lastX) >= min || Math.abs(y - lastY) >= min) {
        lastX = x;
        lastY = y;
        this.stream.point(x, y);
      }
    },
  });
}

/**
 * Drop line-to commands that repeat the previous point once rounded (many vertices of a detailed
 * boundary fall on the same tenth of a pixel), and rings that collapse to fewer than 3 points.
 */
export function dropRepeats(d: string): string {
  const out: string[] = [];
  for (const ring of d.split(/(?=M)/)) {
    const parts = ring.split(/(?=[LZ])/);
    const kept: string[] = [];
    let last = '';
    for (const part of parts) {
      const point = part.slice(1);
      if (part[0] === 'L' && point === last) continue;
      if (part[0] !== 'Z') last = point;
      kept.push(part);
    }
    if (kept.filter((p) => p[0] !== 'Z').length >= 3) out.push(kept.join(''));
  }
  return out.join('');
}

/** Draw the map. Every area is drawn, with or without a value. */
export function renderChoropleth(
  areas: readonly MapArea[],
  options: ChoroplethOptions,
): Choropleth {
  const width = options.width ?? 480;
  const mapHeight = options.height ?? 520;
  const format = options.formatValue ?? defaultFormat;
  const noDataLabel = options.noDataLabel ?? 'geen gegevens';
  const id = options.id.replace(/[^A-Za-z0-9_-]/g, '');

  const values = areas.map((a) => a.value).filter((v): v is number => v !== null);
  const breaks = options.breaks ?? classBreaks(values);
  const classCount = values.length === 0 ? 0 : breaks.length + 1;
  const classes: MapClass[] = [];
  for (let i = 0; i < classCount; i++) {
    classes.push({
      number: i + 1,
      fill: RAMP[rampIndex(i, classCount)]!,
      pattern: HATCH[rampIndex(i, classCount)]!.label,
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY,
      count: 0,
    });
  }
  const classOf = new Map<string, number | null>();
  let noData = 0;
  for (const area of areas) {
    if (area.value === null) {
      classOf.set(area.code, null);
      noData++;
      continue;
    }
    const i = classify(area.value, breaks);
    const c = classes[i]!;
    c.min = Math.min(c.min, area.value);
    c.max = Math.max(c.max, area.value);
    c.count++;
    classOf.set(area.code, i + 1);
  }

  const features = areas.map((a) => ({
    type: 'Feature' as const,
    properties: { code: a.code },
    geometry: rewind(a.geometry),
  }));
  const pad = 4;
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, mapHeight - pad],
    ],
    { type: 'FeatureCollection', features },
  );
  const thin = pixelThinning(options.minPointDistance ?? 0.5);
  const path = geoPath({
    stream: (output: GeoStream) => projection.stream(thin.stream(output)),
  }).digits(1);

  const paths: string[] = [];
  for (let n = 0; n < areas.length; n++) {
    const area = areas[n]!;
    const d = dropRepeats(path(features[n]!.geometry) ?? '');
    const cls = classOf.get(area.code);
    const fill =
      cls === null || cls === undefined ? `url(#${id}-nd)` : classFill(id, cls - 1, classCount);
    const label =
      area.value === null
        ? `${area.name} (${area.code}): ${noDataLabel}`
        : `${area.name} (${area.code}): ${format(area.value)} %, klasse ${cls}`;
    paths.push(
      `<path d="${d}" fill="${fill}" data-code="${escapeXml(area.code)}"><title>${escapeXml(label)}</title></path>`,
    );
  }

  // Legend below the map: one row per class, then "geen gegevens", then the credits.
  const legendRows = classes.filter((c) => c.count > 0);
  const legend: string[] = [];
  let y = mapHeight + 22;
  for (const line of wrapText(options.legendTitle, width - 2 * pad, 15)) {
    legend.push(
      `<text x="${pad}" y="${y}" font-weight="700" font-size="15">${escapeXml(line)}</text>`,
    );
    y += 19;
  }
  y -= 9;
  const row = (fill: string, text: string) => {
    legend.push(
      `<rect x="${pad}" y="${y}" width="28" height="18" fill="${fill}" stroke="#1b1b1b" stroke-width="1"/>`,
      `<text x="${pad + 36}" y="${y + 14}" font-size="14">${escapeXml(text)}</text>`,
    );
    y += LEGEND_ROW;
  };
  for (const c of legendRows) {
    const range = c.min === c.max ? `${format(c.min)} %` : `${format(c.min)} – ${format(c.max)} %`;
    row(
      classFill(id, c.number - 1, classCount),
      `Klasse ${c.number}: ${range} (${c.count} ${c.count === 1 ? 'gebied' : 'gebieden'})`,
    );
  }
  if (noData > 0 || legendRows.length === 0) row(`url(#${id}-nd)`, `${noDataLabel} (${noData})`);
  y += 6;
  for (const line of options.credits.flatMap((c) => wrapText(c, width - 2 * pad, 12))) {
    legend.push(
      `<text x="${pad}" y="${y + 12}" font-size="12" fill="#474747">${escapeXml(line)}</text>`,
    );
    y += 18;
  }
  const height = Math.ceil(y + 4);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="omzien-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif">` +
    `<title id="${id}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>` +
    patternDefs(id, classCount) +
    `<g stroke="#1b1b1b" stroke-width="0.6" stroke-linejoin="round">${paths.join('')}</g>` +
    `<g>${legend.join('')}</g>` +
    `</svg>`;
  return { svg, classes: legendRows, classOf, noData };
}
