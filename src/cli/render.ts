/**
 * A static, accessible HTML page of a registry: for hosts that allow no
 * scripts at all, for search engines, for an archive copy or a PDF. The
 * same columns and words as the element (English).
 */
import type { Registry, Subprocessor } from '../lib/types.js';
import { usedColumns, COLUMN_LABEL, type ColumnKey } from '../lib/columns.js';
import { en } from '../lib/strings.js';
import { readLocation } from '../lib/locations.js';
import { formatDate } from '../lib/intl.js';
import { safeUrl } from '../lib/url.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function link(url: string | undefined, text: string): string {
  const href = safeUrl(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

function cell(e: Subprocessor, key: ColumnKey, lang: string): string {
  const place = (v: string) => esc(readLocation(v, lang).label);
  switch (key) {
    case 'name':
      return `${link(e.url, e.name)}${e.service && e.service !== e.name ? `<br><small>${esc(e.service)}</small>` : ''}`;
    case 'entity-location':
      return e.entityLocation ? place(e.entityLocation) : '';
    case 'data-locations':
      return (e.dataLocations ?? []).map(place).join(', ');
    case 'data':
      return [(e.categories ?? []).map(esc).join(' '), esc(e.data ?? '')].filter(Boolean).join('<br>');
    case 'dpa':
      return e.dpa ? (safeUrl(e.dpa) ? link(e.dpa, 'DPA') : esc(e.dpa)) : '';
    case 'added':
      return e.added ? `<time datetime="${esc(e.added)}">${esc(formatDate(e.added, lang))}</time>` : '';
    default:
      return esc(e[key] ?? '');
  }
}

export function renderHtml(r: Registry, lang = 'en'): string {
  const columns = usedColumns(r.subprocessors);
  const title = r.title ?? en.defaultTitle;
  const groups = r.groups ?? [];
  // One pass over the entries, by group id: linear however many groups there are.
  const byGroup = new Map<string, Subprocessor[]>(groups.map((g) => [g.id, []]));
  const rest: Subprocessor[] = [];
  for (const e of r.subprocessors) (e.group !== undefined ? (byGroup.get(e.group) ?? rest) : rest).push(e);
  const sections: [string | undefined, Subprocessor[]][] = groups.map((g) => [g.title ?? g.id, byGroup.get(g.id)!]);
  if (rest.length) sections.push([groups.length ? en.otherGroup : undefined, rest]);
  const table = (caption: string, entries: Subprocessor[]) => `<table>
<caption>${esc(caption)}</caption>
<thead><tr>${columns.map((k) => `<th scope="col">${esc(en[COLUMN_LABEL[k]] as string)}</th>`).join('')}</tr></thead>
<tbody>
${entries.map((e) => `<tr>${columns.map((k) => (k === 'name' ? `<th scope="row">${cell(e, k, lang)}</th>` : `<td>${cell(e, k, lang)}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #d0d7de;padding:.4rem .6rem;text-align:start;vertical-align:top}thead th{background:#f6f8fa}caption{text-align:start;font-weight:600;padding:.4rem 0}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${r.intro ? `<p>${esc(r.intro)}</p>` : ''}
${r.owner?.name || r.updated ? `<p>${r.owner?.name ? `${esc(en.publishedBy)} ${link(r.owner.url, r.owner.name)}` : ''}${r.updated ? ` · ${esc(en.updated)} <time datetime="${esc(r.updated)}">${esc(formatDate(r.updated, lang))}</time>` : ''}</p>` : ''}
${sections.filter(([, e]) => e.length).map(([heading, entries]) => `${heading ? `<h2>${esc(heading)}</h2>\n` : ''}${table(heading ?? title, entries)}`).join('\n')}
</body>
</html>
`;
}
