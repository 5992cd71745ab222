/**
 * What the benchmark measures, one entry per variant: the files its page
 * loads (before any timing starts), how it mounts a registry, how it sorts
 * by purpose, and how to read its rows back (to check that every row is in
 * and in the new order). Each renders the columns and text of the
 * hand-written table (bench/vanilla.js) as far as the library allows.
 *
 * Imported by bench/run.mjs (for the names and files) and by the benchmark
 * page (for the rest): nothing here touches the DOM until it is called.
 */
import { COLUMNS, place, renderVanilla } from './vanilla.js';

const LABELS = COLUMNS.map(([, label]) => label);
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** One entry as the eight cells' HTML, for the libraries that take HTML strings. */
const cellsHtml = (e) => [
  `${esc(e.name)}<br>${esc(e.service)}`,
  esc(e.purpose),
  esc(e.entityLocation ? place(e.entityLocation) : ''),
  (e.dataLocations ?? []).map((l) => `<span>${esc(place(l))}</span>`).join(' '),
  (e.categories ?? []).map((c) => `<span>${esc(c)}</span>`).join(' '),
  esc(e.retention),
  esc(e.transfer),
  e.dpa ? `<a href="${esc(e.dpa)}">DPA</a>` : '',
];

/** Rows of a plain table in the light DOM, and their purpose (second cell). */
const lightRows = (stage) => stage.querySelectorAll('tbody tr');
const secondCell = (tr) => tr.cells[1]?.textContent.trim();

export const PEERS = {
  element: {
    label: '`<subprocessor-list>`',
    renders: 'the element as a page uses it (`controls="always" layout="table" legend="none"`): title, status line, search and filters, summary, sort buttons, location badges and category chips as buttons with tooltips',
    modules: ['/dist/subprocessor-list.js'],
    ready: () => customElements.whenDefined('subprocessor-list'),
    /** `until`: 'all' waits for every row (loadComplete), 'first' for the first slice. */
    async mount(stage, registry, until = 'all') {
      const el = document.createElement('subprocessor-list');
      el.setAttribute('controls', 'always');
      el.setAttribute('layout', 'table');
      el.setAttribute('legend', 'none');
      el.registry = registry;
      stage.append(el);
      if (until === 'all') await el.loadComplete;
      else {
        // The load runs in one update and renders in the next: then the first rows are in.
        await el.updateComplete;
        await el.updateComplete;
      }
      return el;
    },
    async sort(el) {
      el.shadowRoot.querySelector('[part~="sort-button"][data-column="purpose"]').click();
      await el.updateComplete;
    },
    async filter(el, query) {
      const input = el.shadowRoot.querySelector('[part~="search"]');
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    },
    rows: (stage) => stage.firstElementChild.shadowRoot.querySelectorAll('[part~="row"]'),
    purpose: (tr) => tr.querySelector('[data-column="purpose"]')?.textContent.trim(),
  },

  lit: {
    label: 'minimal Lit table',
    renders: 'the hand-written table\'s columns and text from nested `html` templates in a LitElement\'s shadow root, a sort button in each header (bench/lit-table.js)',
    modules: ['/bench/lit-table.bundle.js'],
    ready: () => customElements.whenDefined('bench-lit-table'),
    async mount(stage, registry) {
      const el = document.createElement('bench-lit-table');
      el.registry = registry;
      stage.append(el);
      await el.updateComplete;
      return el;
    },
    async sort(el) {
      el.shadowRoot.querySelector('button[data-column="purpose"]').click();
      await el.updateComplete;
    },
    rows: (stage) => stage.firstElementChild.shadowRoot.querySelectorAll('tbody tr'),
    purpose: secondCell,
  },

  datatables: {
    label: 'DataTables (paging off)',
    renders: 'DataTables with jQuery and its default styling (`datatables.net-dt`), from the cells as HTML strings, `paging: false`; its search box, info line and sortable headers',
    css: ['/node_modules/datatables.net-dt/css/dataTables.dataTables.min.css'],
    scripts: ['/node_modules/jquery/dist/jquery.min.js', '/node_modules/datatables.net/js/dataTables.min.js'],
    ready: async () => {},
    async mount(stage, registry) {
      const table = document.createElement('table');
      table.className = 'display';
      stage.append(table);
      return new window.DataTable(table, {
        data: registry.subprocessors.map(cellsHtml),
        paging: false,
        columns: LABELS.map((title) => ({ title })),
      });
    },
    async sort(dt) {
      dt.order([1, 'asc']).draw();
    },
    rows: lightRows,
    purpose: secondCell,
  },

  'simple-datatables': {
    label: 'simple-datatables (paging off)',
    renders: 'simple-datatables with its stylesheet, from the cells as HTML strings, `paging: false`; its search box, info line and sortable headers',
    css: ['/node_modules/simple-datatables/dist/style.css'],
    scripts: ['/node_modules/simple-datatables/dist/umd/simple-datatables.js'],
    ready: async () => {},
    async mount(stage, registry) {
      const table = document.createElement('table');
      stage.append(table);
      return new window.simpleDatatables.DataTable(table, {
        paging: false,
        data: { headings: LABELS, data: registry.subprocessors.map(cellsHtml) },
      });
    },
    async sort(dt) {
      dt.columns.sort(1, 'asc');
    },
    rows: lightRows,
    purpose: secondCell,
  },

  gridjs: {
    label: 'Grid.js',
    renders: 'Grid.js with its default theme (`mermaid.css`), `sort: true, search: true`, no pagination; cells with markup through its `html()` formatter; sorted by clicking its header button',
    css: ['/node_modules/gridjs/dist/theme/mermaid.min.css'],
    scripts: ['/node_modules/gridjs/dist/gridjs.umd.js'],
    ready: async () => {},
    async mount(stage, registry) {
      const { Grid, html } = window.gridjs;
      const marked = new Set([0, 3, 4, 7]);
      const grid = new Grid({
        columns: LABELS.map((name, i) => (marked.has(i) ? { name, formatter: (cell) => html(cell) } : { name })),
        data: registry.subprocessors.map(cellsHtml),
        sort: true,
        search: true,
      });
      grid.render(stage);
      return grid;
    },
    async sort(grid, stage) {
      stage.querySelectorAll('thead th')[1].querySelector('button').click();
    },
    rows: lightRows,
    purpose: secondCell,
  },

  vanilla: {
    label: 'hand-written table',
    renders: 'the same columns and text with plain DOM calls (bench/vanilla.js)',
    modules: ['/bench/vanilla.js'],
    ready: async () => {},
    mount: async (stage, registry) => renderVanilla(stage, registry),
    async sort(api) {
      api.sortBy('purpose');
    },
    async filter(api, query) {
      api.filter(query);
    },
    rows: lightRows,
    purpose: secondCell,
  },
};
