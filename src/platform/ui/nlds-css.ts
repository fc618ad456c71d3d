/**
 * The NL Design System (Utrecht) component CSS, cut down to the components Omzien uses. The
 * full file is about 400 kB; pages need a small part of it. Built once at start from the
 * installed package (so updates of the package come along), served with a content hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/**
 * The components Omzien renders (block names; their `__element` and `--modifier` classes come
 * along). Add one here when a page starts using it.
 */
export const usedComponents = [
  'utrecht-document',
  'utrecht-heading-1',
  'utrecht-heading-2',
  'utrecht-heading-3',
  'utrecht-heading-4',
  'utrecht-paragraph',
  'utrecht-link',
  'utrecht-unordered-list',
  'utrecht-ordered-list',
  'utrecht-button',
  'utrecht-textbox',
  'utrecht-select',
  'utrecht-checkbox',
  'utrecht-radio-button',
  'utrecht-form-field',
  'utrecht-form-field-description',
  'utrecht-form-field-error-message',
  'utrecht-form-fieldset',
  'utrecht-form-label',
  'utrecht-table',
  'utrecht-skip-link',
] as const;

/** Split CSS into its top-level blocks (rules, at-rules with their bodies, comments). */
export function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < css.length) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      const stop = end === -1 ? css.length : end + 2;
      if (depth === 0) {
        blocks.push(css.slice(i, stop));
        start = stop;
      }
      i = stop;
      continue;
    }
    const ch = css[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        blocks.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (ch === ';' && depth === 0) {
      blocks.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
    i += 1;
  }
  return blocks.filter((b) => b.length > 0);
}

/** Keep the blocks that style a used component, and the first licence notice. */
export function subsetCss(css: string, components: readonly string[] = usedComponents): string {
  const pattern = new RegExp(
    `\\.(?:${components.map((c) => c.replace(/-/g, '\\-')).join('|')})(?:__[\\w-]+|--[\\w-]+)?(?![\\w-])`,
  );
  const uses = (text: string) => pattern.test(text);
  let licence = false;
  const kept = topLevelBlocks(css).filter((block) => {
    if (block.startsWith('/*')) {
      if (!licence && block.includes('@license')) {
        licence = true;
        return true;
      }
      return false;
    }
    // The charset comes from the Content-Type header; an @charset after a comment is invalid.
    if (block.startsWith('@charset')) return false;
    const selector = block.slice(0, block.indexOf('{'));
    return block.startsWith('@') ? uses(block) : uses(selector);
  });
  return `${kept.map(compact).join('\n')}\n`;
}

/** Drop line breaks and indentation (CSS strings here never span lines). */
function compact(block: string): string {
  return block.startsWith('/*') ? block : block.replace(/\n\s*/g, '').replace(/:\s+/g, ':');
}

export interface BuiltCss {
  body: string;
  gzip: Buffer;
  etag: string;
}

/** Read the installed package's CSS and build the subset. */
export function buildNldsCss(): BuiltCss {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@utrecht/component-library-css/dist/index.css');
  const body = subsetCss(readFileSync(file, 'utf8'));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  return { body, gzip: gzipSync(body), etag };
}
