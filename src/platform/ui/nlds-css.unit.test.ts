import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildNldsCss, subsetCss, topLevelBlocks } from './nlds-css.ts';

describe('NL Design System CSS subset', () => {
  const sample = `/** @license EUPL-1.2 a */
/** @license EUPL-1.2 b */
@charset "UTF-8";
.utrecht-link { color: red; }
.utrecht-link-list { gap: 1px; }
.utrecht-link--visited, .x { color: blue; }
.utrecht-accordion { display: grid; }
@media (prefers-reduced-motion: reduce) {
  .utrecht-link { transition: none; }
}
@media screen { .utrecht-accordion { margin: 0; } }`;

  test('splits top-level blocks, with nested at-rules whole', () => {
    const blocks = topLevelBlocks(sample);
    assert.equal(blocks.length, 9);
    assert.match(blocks[7] ?? '', /^@media \(prefers-reduced-motion[\s\S]*\}\s*\}$/);
  });

  test('keeps the used components with their modifiers, and one licence notice', () => {
    const out = subsetCss(sample, ['utrecht-link']);
    assert.match(out, /@license EUPL-1\.2 a/);
    assert.doesNotMatch(out, /@license EUPL-1\.2 b/);
    assert.match(out, /\.utrecht-link \{ color:red; \}/);
    assert.match(out, /\.utrecht-link--visited/);
    assert.match(out, /prefers-reduced-motion/);
    assert.doesNotMatch(out, /utrecht-link-list|utrecht-accordion|@charset/);
  });

  test('the real subset is much smaller than the package file and compresses well', () => {
    const built = buildNldsCss();
    assert.ok(built.body.length < 250_000);
    assert.ok(built.gzip.length < 20_000);
    for (const cls of [
      '.utrecht-heading-1',
      '.utrecht-button',
      '.utrecht-table',
      '.utrecht-skip-link',
    ]) {
      assert.ok(built.body.includes(cls), cls);
    }
  });
});
