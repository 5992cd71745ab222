/**
 * Vite plugin: minifies the CSS and HTML inside Lit's css`` and html``
 * template literals of our own sources, for the script-tag bundle.
 *
 * It parses the compiled module (acorn) and rewrites only the static parts
 * of tagged templates, never the expressions inside `${…}`. Conservative on
 * purpose: CSS loses comments and layout whitespace; HTML only has runs of
 * whitespace that span a line break folded into one space, which renders
 * the same (our templates have no <pre> or <textarea>).
 */
import { parse } from 'acorn';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const TAGS = { css: minifyCss, html: minifyHtml, staticHtml: minifyHtml };

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|staticHtml)`/.test(code)) return null;
      const edits = [];
      walk(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = TAGS[node.tag.name];
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const out = minify(raw);
          if (out !== raw) edits.push([quasi.start, quasi.end, out]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
