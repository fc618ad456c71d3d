import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Polygon } from 'geojson';
import {
  classBreaks,
  classify,
  escapeXml,
  type MapArea,
  RAMP,
  renderChoropleth,
  rewind,
} from './choropleth.ts';

/** A small square near Groningen, counter-clockwise (RFC 7946) or clockwise (d3). */
function square(x: number, y: number, clockwise = false): Polygon {
  const s = 0.01;
  const ring = [
    [6.5 + x * s, 53.2 + y * s],
    [6.5 + (x + 1) * s, 53.2 + y * s],
    [6.5 + (x + 1) * s, 53.2 + (y + 1) * s],
    [6.5 + x * s, 53.2 + (y + 1) * s],
    [6.5 + x * s, 53.2 + y * s],
  ];
  return { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] };
}

function grid(values: (number | null)[]): MapArea[] {
  return values.map((value, i) => ({
    code: `WK0014${String(i).padStart(2, '0')}`,
    name: `Wijk <${i}> & co`,
    geometry: square(i % 5, Math.floor(i / 5), i % 2 === 0),
    value,
  }));
}

const options = {
  id: 'map',
  title: 'Eenzaam per wijk',
  description: 'Kaart van de wijken van Groningen',
  legendTitle: 'Eenzaam, 18+, 2020 (%)',
  credits: ['Kaart: Kadaster / CBS, 2020'],
};

describe('classBreaks and classify', () => {
  test('ten values 1..10 give four quantile breaks and five classes of two', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const breaks = classBreaks(values);
    assert.deepEqual(
      breaks.map((b) => Number(b.toFixed(6))),
      [2.8, 4.6, 6.4, 8.2],
    );
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classify(v, breaks)]!++;
    assert.deepEqual(counts, [2, 2, 2, 2, 2]);
  });

  test('a value equal to a break belongs to the lower class', () => {
    assert.equal(classify(2.8, [2.8, 4.6]), 0);
    assert.equal(classify(2.81, [2.8, 4.6]), 1);
    assert.equal(classify(99, [2.8, 4.6]), 2);
  });

  test('equal values give fewer classes, never an empty top class', () => {
    assert.deepEqual(classBreaks([5, 5, 5, 5]), []);
    const breaks = classBreaks([1, 1, 1, 1, 1, 1, 1, 1, 9, 10]);
    assert.ok(breaks.length < 4);
    assert.equal(classify(10, breaks), breaks.length);
  });

  test('no values, no breaks; non-finite values are ignored', () => {
    assert.deepEqual(classBreaks([]), []);
    assert.deepEqual(classBreaks([Number.NaN, 3, 3]), []);
  });
});

describe('renderChoropleth', () => {
  const values = [40, 41, 42, 43, 44, 45, 46, 47, 48, 49, null, 50];
  const map = renderChoropleth(grid(values), options);

  test('every area is drawn once as a path with its code and a title', () => {
    for (let i = 0; i < values.length; i++) {
      const code = `WK0014${String(i).padStart(2, '0')}`;
      const matches = map.svg.match(
        new RegExp(`<path d="M[^"]+" fill="[^"]+" data-code="${code}">`, 'g'),
      );
      assert.equal(matches?.length, 1, code);
    }
    assert.equal(map.svg.match(/<title>/g)?.length, values.length);
  });

  test('five classes with ranges in the legend; the no-data area is hatched and named', () => {
    assert.equal(map.classes.length, 5);
    assert.deepEqual(
      map.classes.map((c) => c.count),
      [3, 2, 2, 2, 2],
    );
    assert.equal(map.classes[0]!.min, 40);
    assert.equal(map.classes[4]!.max, 50);
    assert.match(map.svg, /Klasse 1: 40,0 – 42,0 % \(3 gebieden\)/);
    assert.match(map.svg, /geen gegevens \(1\)/);
    assert.equal(map.noData, 1);
    assert.equal(map.classOf.get('WK001410'), null);
    assert.match(
      map.svg,
      /data-code="WK001410"><title>Wijk &lt;10&gt; &amp; co \(WK001410\): geen gegevens/,
    );
    assert.match(map.svg, /fill="url\(#map-nd\)" data-code="WK001410"/);
  });

  test('colour is not the only cue: classes 2..5 are patterns, class 1 the lightest colour', () => {
    assert.match(map.svg, new RegExp(`fill="${RAMP[0]}" data-code="WK001400"`));
    for (const n of [2, 3, 4, 5]) assert.match(map.svg, new RegExp(`<pattern id="map-c${n}"`));
    assert.match(map.svg, /stroke="#1b1b1b"/);
  });

  test('accessible, well-formed SVG: role img labelled by title and desc, credits shown', () => {
    assert.match(map.svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(map.svg, /<\/svg>$/);
    assert.match(map.svg, /role="img" aria-labelledby="map-title map-desc"/);
    assert.match(map.svg, /<title id="map-title">Eenzaam per wijk<\/title>/);
    assert.match(map.svg, /Kaart: Kadaster \/ CBS, 2020/);
    // Balanced tags: every opened element is closed or self-closed.
    for (const tag of ['g', 'path', 'pattern', 'defs', 'title', 'desc', 'text']) {
      const open = map.svg.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
      const selfClosed = map.svg.match(new RegExp(`<${tag}[^>]*/>`, 'g'))?.length ?? 0;
      const closed = map.svg.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
      assert.equal(open - selfClosed, closed, tag);
    }
    assert.doesNotMatch(map.svg, /NaN|undefined|Infinity/);
  });

  test('the projection keeps every area inside the view box (windings of both kinds)', () => {
    const points = [...map.svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) =>
      [...m[1]!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])]),
    );
    const viewBox = map.svg.match(/viewBox="0 0 (\d+) (\d+)"/)!;
    assert.ok(points.length >= values.length * 4);
    for (const [x, y] of points) {
      assert.ok(x! >= 0 && x! <= Number(viewBox[1]) && y! >= 0 && y! <= 520, `${x},${y}`);
    }
  });

  test('only no-data: still drawn, legend says so', () => {
    const empty = renderChoropleth(grid([null, null]), options);
    assert.equal(empty.classes.length, 0);
    assert.match(empty.svg, /geen gegevens \(2\)/);
    assert.equal(empty.svg.match(/data-code=/g)?.length, 2);
  });

  test('rewind turns a counter-clockwise ring the way d3 wants, and leaves a clockwise one', () => {
    const ccw = square(0, 0, false);
    const cw = square(0, 0, true);
    assert.deepEqual(rewind(cw), cw);
    assert.deepEqual(rewind(ccw), cw);
  });

  test('escapeXml', () => {
    assert.equal(escapeXml('a<b>&"c"'), 'a&lt;b&gt;&amp;&quot;c&quot;');
  });
});
