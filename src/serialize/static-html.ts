/**
 * The element's no-JavaScript twin: a static, accessible HTML rendering of
 * the same list model — header, links, notice, EEA summary, sections with
 * descriptions, the same columns and cell texts, legend and recent changes —
 * in any of the UI languages. Responsive like the element (each row a card
 * of labelled fields when the list is narrower than 40rem: a container
 * query, so it works in an article column) and printable (always a table,
 * column names on every page).
 *
 * `fragment` gives only the list, its styles scoped under one class, for
 * pasting into a help-center article or placing inside
 * `<subprocessor-list>` as its fallback content.
 *
 * Everything from the registry goes through `esc()`; links only through
 * the URL gate (the model's facts carry the checked URLs).
 */
import type { ListModel } from '../model/list-model.js';
import { COLUMN, columnFloors, paperLabel, type CellFacts } from '../model/columns.js';
import { rowMarkers } from '../model/markers.js';
import { sections } from '../model/sections.js';
import { statusText } from '../model/list-model.js';
import type { Subprocessor } from '../lib/types.js';
import { esc } from './escape.js';

export interface StaticOptions {
  /** Only the list, without `<html>`, `<head>` and `<body>`. */
  fragment?: boolean;
}

const ROOT = 'subprocessor-list';

const link = (href: string, content: string, cls = '') =>
  `<a href="${esc(href)}" rel="noopener noreferrer"${cls ? ` class="${cls}"` : ''}>${content}</a>`;
const heading = (level: number, cls: string, content: string) => `<h${level} class="${cls}">${content}</h${level}>`;

/** A cell's markup; its text content is `cellText(facts)` (the parity test checks). */
function cell(facts: CellFacts): string {
  switch (facts.kind) {
    case 'none':
      return '<span class="spl-none" aria-hidden="true">—</span>';
    case 'name': {
      const name = `<span class="spl-name">${facts.href ? link(facts.href, esc(facts.name)) : esc(facts.name)}</span>`;
      return facts.service ? `${name} <span class="spl-service">${esc(facts.service)}</span>` : name;
    }
    case 'places':
      return facts.places
        .map((p, i) => `${i ? ' ' : ''}<span class="spl-place spl-${p.region}${p.wraps ? ' spl-wraps' : ''}" title="${esc(p.explanation)}">${esc(p.label)}</span>`)
        .join('');
    case 'data': {
      const chips = facts.chips.map((c, i) => `${i ? ' ' : ''}<span class="spl-code${c.index === undefined ? ' spl-unknown' : ''}" title="${esc(c.explanation)}">${esc(c.code)}</span>`);
      const text = facts.text ? `${chips.length ? ' ' : ''}<span class="spl-data">${esc(facts.text)}</span>` : '';
      return `${chips.join('')}${text}`;
    }
    case 'link':
      return facts.href ? `<a href="${esc(facts.href)}" rel="noopener noreferrer"${facts.label ? ` aria-label="${esc(facts.label)}"` : ''}>${esc(facts.text)}</a>` : esc(facts.text);
    case 'date':
      return `<time datetime="${esc(facts.iso)}">${esc(facts.text)}</time>`;
    case 'text':
      return esc(facts.text);
  }
}

function row(e: Subprocessor, m: ListModel): string {
  const markers = rowMarkers(e, m.ctx);
  const cells = m.columns.map((key) => {
    const column = COLUMN[key];
    const facts = column.cell(e, m.ctx);
    if (key === 'name') {
      const marks = markers.length
        ? ` <span class="spl-markers">${markers.map((x) => `<span class="spl-marker spl-${x.kind}">${esc(x.label)}</span>${x.detail ? ` <span class="spl-marker-text">${esc(x.detail)}</span>` : ''}`).join(' ')}</span>`
        : '';
      return `<th scope="row">${cell(facts)}${marks}</th>`;
    }
    // One wrapper, so the card layout's grid has two items: the label and the value.
    return `<td data-label="${esc(m.t[column.label])}"${facts.kind === 'none' ? ' class="spl-empty"' : ''}><span class="spl-value">${cell(facts)}</span></td>`;
  });
  const anchor = m.anchors.get(e);
  return `<tr${anchor ? ` id="${esc(anchor)}"` : ''}${markers.length ? ` class="${markers.map((x) => `spl-row-${x.kind}`).join(' ')}"` : ''}>${cells.join('')}</tr>`;
}

function header(m: ListModel, level: number): string {
  const h = m.header;
  const { t } = m;
  const meta = [
    h.publisher ? `<span>${esc(t.publishedBy)} ${h.publisher.href ? link(h.publisher.href, esc(h.publisher.text)) : esc(h.publisher.text)}</span>` : '',
    h.updated ? `<span>${esc(t.updated)} <time datetime="${esc(h.updated.iso)}">${esc(h.updated.text)}</time> (${esc(h.updated.relative)})</span>` : '',
    h.contact ? `<span>${esc(t.contact)}: ${h.contact.href ? link(h.contact.href, esc(h.contact.text)) : esc(h.contact.text)}</span>` : '',
  ].filter(Boolean);
  const links = [
    h.dpa ? (h.dpa.href ? link(h.dpa.href, esc(h.dpa.text)) : `<span>${esc(t.dpa)}: ${esc(h.dpa.text)}</span>`) : '',
    h.subscribe ? link(h.subscribe, esc(t.subscribe)) : '',
    h.feed ? link(h.feed, esc(t.feed)) : '',
  ].filter(Boolean);
  const title = h.title ?? t.defaultTitle;
  return [
    '<div class="spl-header">',
    heading(level, 'spl-title', esc(title)),
    h.intro ? `<p class="spl-intro">${esc(h.intro)}</p>` : '',
    meta.length ? `<p class="spl-meta">${meta.join('<span aria-hidden="true"> · </span>')}</p>` : '',
    h.stale ? `<p class="spl-stale">${esc(t.stale)}</p>` : '',
    links.length ? `<p class="spl-links">${links.join(' ')}</p>` : '',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function tables(m: ListModel, level: number): string {
  // Every table of the list has the same columns, so they line up from section to section, each at
  // least as wide as its longest word: where those do not fit, the table grows and scrolls inside its
  // region rather than break words apart; where they do, the rest of the width goes to each in
  // proportion. (A column width that mixes em and %, as this was, is no width at all to browsers:
  // every column got the same share.) On paper the browser sizes the columns by their words.
  const floors = columnFloors(m.registry.subprocessors, m.columns, m.ctx, undefined, false);
  const cols = `<colgroup>${floors.map((f) => `<col style="width:${f}em">`).join('')}</colgroup>`;
  // Firefox squeezes a fixed table to its width rather than grow it to its columns'.
  const least = Math.ceil(floors.reduce((n, f) => n + f, 0) * 10) / 10;
  const head = `<thead><tr>${m.columns.map((k) => `<th scope="col">${esc(paperLabel(k, m.t)).replaceAll('\u00AD', '&shy;')}</th>`).join('')}</tr></thead>`;
  return sections(m.registry, m.registry.subprocessors, m.t)
    .filter((s) => s.entries.length)
    .map((s) =>
      [
        `<section class="spl-group" data-group="${esc(s.id)}">`,
        s.heading ? heading(Math.min(6, level + 1), 'spl-group-heading', esc(s.title)) : '',
        s.description ? `<p class="spl-group-description">${esc(s.description)}</p>` : '',
        `<div class="spl-scroller"><table style="--spl-least:${least}em"><caption class="spl-sr">${esc(s.title)}</caption>`,
        cols,
        head,
        `<tbody>\n${s.entries.map((e) => row(e, m)).join('\n')}\n</tbody></table></div>`,
        '</section>',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}

function legend(m: ListModel): string {
  const l = m.legend;
  if (!l) return '';
  const { t } = m;
  const bodies = l.subjects.map(
    (s) =>
      `<tbody>${s.subject ? `<tr><th scope="rowgroup" colspan="4" class="spl-legend-subject">${esc(s.subject)}</th></tr>` : ''}${s.rows
        .map(
          (r) =>
            `<tr><th scope="row"><span class="spl-code">${esc(r.code)}</span></th><td>${esc(r.label)}${r.description ? ` <span class="spl-muted">${esc(r.description)}</span>` : ''}</td><td>${esc(r.direct)}</td><td>${esc(r.indirect)}</td></tr>`,
        )
        .join('')}</tbody>`,
  );
  return `<details class="spl-legend" open><summary>${esc(t.legend)} (${esc(l.count.toLocaleString(m.lang))})</summary>
<table class="spl-legend-table"><caption class="spl-sr">${esc(t.legend)}</caption><thead><tr><th scope="col">${esc(t.legendCode)}</th><th scope="col">${esc(t.legendData)}</th><th scope="col">${esc(t.legendDirect)}</th><th scope="col">${esc(t.legendIndirect)}</th></tr></thead>
${bodies.join('\n')}</table></details>`;
}

function changes(m: ListModel): string {
  const c = m.changes;
  if (!c) return '';
  const { t } = m;
  const items = c.items.map(
    (i) =>
      `<li>${i.date && i.dateText ? `<time datetime="${esc(i.date)}">${esc(i.dateText)}</time> ` : ''}<strong>${esc(i.action)}</strong>${i.subprocessor ? ` <bdi>${esc(i.subprocessor)}</bdi>` : ''}${i.description ? `: <bdi>${esc(i.description)}</bdi>` : ''}</li>`,
  );
  return `<details class="spl-changes" open><summary>${esc(t.changes)}${c.items.length ? ` (${esc(c.items.length.toLocaleString(m.lang))})` : ''}</summary>
${c.notice.length ? `<p class="spl-notice">${esc(c.notice.join(' '))}</p>` : ''}${items.length ? `<ul class="spl-change-list">\n${items.join('\n')}\n</ul>` : ''}</details>`;
}

const KEY = { eea: 'keyEea', adequate: 'keyAdequate', third: 'keyThird', unknown: 'keyUnknown' } as const;

/** The key to the place colours, in words. */
function key(m: ListModel): string {
  if (!m.badgeKinds.length) return '';
  const items = m.badgeKinds.map((k) => `<span class="spl-key-item"><span class="spl-swatch spl-${k}" aria-hidden="true"></span>${esc(m.t[KEY[k]])}</span>`);
  return `<p class="spl-key">${esc(m.t.keyLabel)} ${items.join(' ')}</p>`;
}

/** The list itself: what `--fragment` writes. */
export function staticList(m: ListModel): string {
  const level = m.headingLevel;
  const empty = !m.registry.subprocessors.length;
  return [
    `<div class="${ROOT}" lang="${esc(m.lang)}">`,
    `<style>${STYLES}</style>`,
    header(m, level),
    `<p class="spl-status">${esc(statusText(m, undefined))}</p>`,
    m.summary ? `<p class="spl-summary">${esc(m.summary)}</p>` : '',
    key(m),
    empty ? `<p class="spl-empty-list">${esc(m.t.empty)}</p>` : tables(m, level),
    empty ? '' : legend(m),
    changes(m),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A whole page, or with `fragment` the list alone. */
export function staticPage(m: ListModel, o: StaticOptions = {}): string {
  const list = staticList(m);
  if (o.fragment) return `${list}\n`;
  const title = m.header.title ?? m.t.defaultTitle;
  return `<!doctype html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{margin:0;padding:2rem clamp(1rem,4vw,3rem);font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328;background:#fff}.${ROOT}{max-width:80rem;margin:0 auto}@media print{body{padding:0}}</style>
</head>
<body>
${list}
</body>
</html>
`;
}

/**
 * The styles, scoped under `.subprocessor-list` so a fragment cannot touch
 * the page around it. Cards below 40rem of the list's own width; print is
 * always a table with the header row repeated on every page.
 */
const STYLES = `
.${ROOT}{container-type:inline-size;line-height:1.45;overflow-wrap:anywhere}
.${ROOT} .spl-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.${ROOT} .spl-title{margin:0 0 .5rem;font-size:1.5em;line-height:1.2}
.${ROOT} .spl-intro,.${ROOT} .spl-meta,.${ROOT} .spl-links,.${ROOT} .spl-status,.${ROOT} .spl-summary,.${ROOT} .spl-group-description{margin:0 0 .5rem}
.${ROOT} .spl-meta,.${ROOT} .spl-status,.${ROOT} .spl-muted,.${ROOT} .spl-service,.${ROOT} .spl-marker-text{color:color-mix(in srgb,currentColor 72%,transparent)}
.${ROOT} .spl-meta,.${ROOT} .spl-status{font-size:.9em}
.${ROOT} .spl-links{display:flex;flex-wrap:wrap;gap:1rem}
.${ROOT} .spl-stale{margin:0 0 .5rem;padding-inline-start:.6em;border-inline-start:3px solid #bc4c00}
.${ROOT} .spl-group{margin-block-start:2rem}
.${ROOT} .spl-group-heading{margin:0 0 .5rem;font-size:1.2em}
.${ROOT} .spl-scroller{overflow-x:auto}
.${ROOT} table{width:100%;border-collapse:collapse;font-size:.95em}
.${ROOT} .spl-group table{table-layout:fixed;min-width:var(--spl-least,0)}
.${ROOT} .spl-group :is(.spl-place,.spl-code,time){max-width:100%;white-space:normal}
.${ROOT} th,.${ROOT} td{padding:.6rem .5rem;border:1px solid color-mix(in srgb,currentColor 18%,transparent);text-align:start;vertical-align:top;overflow-wrap:break-word}
.${ROOT} thead th{background:color-mix(in srgb,currentColor 6%,transparent)}
.${ROOT} tbody th{font-weight:normal}
.${ROOT} .spl-name{display:block;font-weight:600}
.${ROOT} .spl-service{display:block;font-size:.9em}
.${ROOT} .spl-place,.${ROOT} .spl-code{display:inline-block;margin:0 .25rem .25rem 0;padding:.05em .5em;border:1px solid color-mix(in srgb,currentColor 22%,transparent);border-radius:999px;font-size:.9em;white-space:nowrap}
.${ROOT} .spl-code{border-radius:.25rem;font-variant-numeric:tabular-nums}
.${ROOT} .spl-wraps{white-space:normal;border-radius:.6em}
.${ROOT} .spl-unknown{border-style:dashed}
.${ROOT} .spl-key{display:flex;flex-wrap:wrap;gap:.25em .9em;margin:-.25rem 0 .75rem;font-size:.85em;color:color-mix(in srgb,currentColor 72%,transparent)}
.${ROOT} .spl-swatch{display:inline-block;width:.8em;height:.8em;margin-inline-end:.35em;border:2px solid color-mix(in srgb,currentColor 22%,transparent);border-radius:999px;vertical-align:-.05em}
.${ROOT} .spl-eea{border-color:#1a7f37}.${ROOT} .spl-adequate{border-color:#0969da}.${ROOT} .spl-third{border-color:#bc4c00}
.${ROOT} .spl-data{display:block}
.${ROOT} .spl-markers{display:block;margin-block-start:.25em}
.${ROOT} .spl-marker{padding:0 .45em;border-radius:999px;font-size:.8em;font-weight:600;background:color-mix(in srgb,#0b57c2 16%,transparent)}
.${ROOT} .spl-none{color:color-mix(in srgb,currentColor 60%,transparent)}
.${ROOT} details{margin-block-start:1.5rem}
.${ROOT} summary{font-weight:600;cursor:pointer}
.${ROOT} .spl-legend-table{width:auto;max-width:100%;margin-block-start:.5rem;font-size:.9em}
.${ROOT} .spl-legend-table th,.${ROOT} .spl-legend-table td{overflow-wrap:anywhere;hyphens:auto}
.${ROOT} .spl-legend-table th,.${ROOT} .spl-legend-table td{border-width:0 0 1px}
.${ROOT} .spl-legend-subject{padding-block-start:.9em;font-weight:600}
.${ROOT} time{white-space:nowrap}
@container (max-width: 40rem){
.${ROOT} .spl-group colgroup{display:none}.${ROOT} .spl-group table{min-width:0}
.${ROOT} .spl-group table,.${ROOT} .spl-group tbody,.${ROOT} .spl-group tr,.${ROOT} .spl-group td,.${ROOT} .spl-group tbody th{display:block}
.${ROOT} .spl-group thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.${ROOT} .spl-group tr{margin-block-end:.5rem;padding:.5rem .75rem;border:1px solid color-mix(in srgb,currentColor 18%,transparent);border-radius:.375rem}
.${ROOT} .spl-group td,.${ROOT} .spl-group tbody th{padding:.25rem 0;border:0}
.${ROOT} .spl-group td{display:grid;grid-template-columns:minmax(6rem,min(35%,11rem)) minmax(0,1fr);gap:.5rem}
.${ROOT} .spl-group td::before{content:attr(data-label);content:attr(data-label) / '';color:color-mix(in srgb,currentColor 72%,transparent);font-size:.9em}
.${ROOT} .spl-group td.spl-empty{display:none}
}
@media print{
.${ROOT} .spl-group table{table-layout:auto;min-width:0}.${ROOT} .spl-group :is(th,td){hyphens:auto}.${ROOT} col{width:auto!important}.${ROOT} .spl-scroller{overflow:visible}
.${ROOT} .spl-group table{display:table}.${ROOT} .spl-group thead{display:table-header-group;position:static;width:auto;height:auto;clip-path:none}
.${ROOT} .spl-group tbody{display:table-row-group}.${ROOT} .spl-group tr{display:table-row;border:0;padding:0}
.${ROOT} .spl-group td,.${ROOT} .spl-group tbody th{display:table-cell;padding:.3rem .4rem;border:1px solid #999}
.${ROOT} .spl-group td::before{content:none}.${ROOT} .spl-group td.spl-empty{display:table-cell}
.${ROOT} tr{break-inside:avoid}
.${ROOT} a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
}`.trim();
