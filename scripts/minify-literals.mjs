/**
 * Vite plugin: minifies the CSS and HTML inside Lit's css`` and html``
 * template literals of our own sources, for the script-tag bundle.
 *
 * Conservative on purpose: CSS loses comments and layout whitespace; HTML
 * only has runs of whitespace that span a line break folded into one space,
 * which renders the same (no <pre> in our templates).
 */
const CSS = /\bcss`([^`]*)`/g;
const HTML = /\b(html|staticHtml)`((?:[^`\\]|\\.)*)`/g;

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

export function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code
        .replace(CSS, (_m, body) => (body.includes('${') ? _m : `css\`${minifyCss(body)}\``))
        .replace(HTML, (_m, tag, body) => `${tag}\`${minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
