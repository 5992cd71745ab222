import { css } from 'lit';

/**
 * The card layout: each row a card of labelled fields, the header row a bar
 * of sort buttons. Applied below 40rem of the element's own width (a
 * container query: it often sits in a narrow article column), or always
 * with layout="cards". The table keeps its semantics through explicit ARIA
 * roles in the markup.
 */
const cards = css`
  .scroller {
    overflow: visible;
  }
  table,
  tbody,
  tr,
  td,
  tbody th {
    display: block;
  }
  table {
    border: 0;
  }
  thead tr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  thead tr::before {
    content: attr(data-sort-label) / '';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  thead th {
    padding: 0;
    border: 0;
    background: none;
  }
  [part~='sort-button'] {
    padding: 0.2em 0.6em;
    border: 1px solid var(--_border-color);
    border-radius: 999px;
    font-weight: normal;
  }
  th[aria-sort] [part~='sort-button'] {
    font-weight: 600;
  }
  tbody tr {
    margin-block-end: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  tbody tr:hover {
    background: none;
  }
  .long tbody {
    contain-intrinsic-size: auto calc(var(--_rows, 100) * 16rem);
  }
  tbody th,
  td {
    padding: calc(var(--_space) / 2) 0;
    border: 0;
  }
  td {
    display: grid;
    grid-template-columns: minmax(6rem, min(35%, 11rem)) minmax(0, 1fr);
    overflow-wrap: anywhere;
    justify-items: start;
    gap: var(--_space);
  }
  td::before {
    content: attr(data-label) / '';
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Empty fields take no room in a card, but stay in the table for screen readers (so columns keep their headers). */
  td.empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;

/**
 * Styles of <subprocessor-list>.
 *
 * Theming: every public `--subprocessor-list-*` variable is read once, on
 * :host, into a private `--_*` one with its default. Public variables can
 * thus be set on the element or on any ancestor (`:root` included), and the
 * defaults derive from the page's own text colour so the widget blends in.
 * The `cssprop` list in the element's JSDoc documents each of them.
 */
export const styles = css`
  :host {
    --_accent: var(--subprocessor-list-accent, light-dark(#0b57c2, #8cb4ff));
    --_text: var(--subprocessor-list-text, currentColor);
    --_muted: var(--subprocessor-list-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_background: var(--subprocessor-list-background, transparent);
    --_border-color: var(--subprocessor-list-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--subprocessor-list-radius, 0.375rem);
    --_header-background: var(--subprocessor-list-header-background, color-mix(in srgb, currentColor 6%, transparent));
    --_row-hover: var(--subprocessor-list-row-hover-background, color-mix(in srgb, currentColor 4%, transparent));
    --_badge-background: var(--subprocessor-list-badge-background, color-mix(in srgb, currentColor 7%, transparent));
    --_badge-border: var(--subprocessor-list-badge-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_chip-background: var(--subprocessor-list-chip-background, color-mix(in srgb, var(--_accent) 12%, transparent));
    --_chip-text: var(--subprocessor-list-chip-text, currentColor);
    --_unknown: var(--subprocessor-list-unknown-color, light-dark(#a4262c, #ff9c9c));
    --_error-background: var(--subprocessor-list-error-background, light-dark(#fdf1f1, #3a1d1e));
    --_error-border: var(--subprocessor-list-error-border-color, light-dark(#d13438, #ff8a8a));
    --_eea: var(--subprocessor-list-eea-color, light-dark(#1a7f37, #3fb950));
    --_adequate: var(--subprocessor-list-adequate-color, light-dark(#0969da, #58a6ff));
    --_third: var(--subprocessor-list-third-country-color, light-dark(#bc4c00, #f0883e));
    --_tooltip-background: var(--subprocessor-list-tooltip-background, light-dark(#1f2328, #f0f3f6));
    --_tooltip-text: var(--subprocessor-list-tooltip-text, light-dark(#ffffff, #1f2328));
    --_space: var(--subprocessor-list-space, 0.5rem);
    --_focus-ring: var(--subprocessor-list-focus-ring, 2px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    /* The page's font family, size and colour come in; see .root for the rest. */
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* light-dark() picks from color-scheme: the page's colours decide in auto mode (data-dark is set by the element). */
  :host {
    color-scheme: light;
  }
  :host([data-dark]) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .root {
    container: subprocessor-list / inline-size;
    position: relative;
    /* Inherited text properties a page may set on everything (* { line-height: 3 }) are reset here, inside the shadow root, where page rules cannot reach. */
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
    /* Long words wrap rather than widen the page; in table cells, see below. */
    overflow-wrap: anywhere;
  }

  /* Filtered-out rows and sections (the card layout gives rows display: block). */
  [hidden] {
    display: none !important;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  .scroller:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  [part~='header'] {
    margin-block-end: calc(var(--_space) * 2);
  }
  [part~='title'] {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.2;
  }
  [part~='intro'],
  [part~='meta'],
  [part~='links'] {
    margin: 0 0 var(--_space);
  }
  [part~='meta'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }

  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    max-width: 100%;
    font-size: 0.9em;
  }
  .search-field {
    flex: 1 1 14em;
  }
  .field-label {
    color: var(--_muted);
  }
  input,
  select {
    min-height: 2.25rem;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
    max-width: 100%;
  }
  input:focus-visible,
  select:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0;
  }

  [part~='status'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Kept in the accessibility tree even when empty, so its next message is announced. */
  [part~='status']:empty {
    margin: 0;
  }
  .loading {
    /* Reserve room while loading so the page does not jump when rows arrive. */
    min-height: var(--subprocessor-list-loading-height, 12rem);
  }

  [part~='group'] + [part~='group'] {
    margin-block-start: calc(var(--_space) * 4);
  }
  [part~='caption'] {
    text-align: start;
    caption-side: top;
    padding-block-end: var(--_space);
  }
  [part~='group-heading'] {
    margin: 0 0 var(--_space);
    font-size: 1.2em;
    line-height: 1.3;
  }
  [part~='group-description'] {
    margin: 0 0 var(--_space);
  }

  .scroller {
    /* Positioned, so that it also clips the visually hidden caption. */
    position: relative;
    overflow-x: auto;
  }
  [part~='table'] {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    font-size: 0.95em;
  }
  th,
  td {
    /* "anywhere" would let columns shrink to a letter; break only words longer than the column. */
    overflow-wrap: break-word;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_border-color);
  }
  thead th {
    padding: 0;
    border-block-start: 0;
    background: var(--_header-background);
  }
  [part~='sort-button'] {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    width: 100%;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  [part~='sort-button']:hover {
    text-decoration: underline;
  }
  [part~='sort-button']:focus-visible {
    outline-offset: -2px;
  }
  .arrow {
    font-size: 0.75em;
    color: var(--_muted);
  }
  th:not([aria-sort]) .arrow {
    opacity: 0.6;
  }
  time {
    white-space: nowrap;
  }
  thead th:first-child {
    border-start-start-radius: var(--_radius);
  }
  thead th:last-child {
    border-start-end-radius: var(--_radius);
  }
  tbody th {
    font-weight: normal;
  }
  tbody tr:hover {
    background: var(--_row-hover);
  }
  /*
   * Long tables (over 150 rows, see table.ts): every row is a grid on the
   * same column tracks, set up front from the data, instead of a table row
   * whose widths depend on every other row. Rows off screen can then be
   * skipped (content-visibility) and a change costs what is on screen, not
   * the whole table. Rows stay in the DOM: find-in-page, screen readers and
   * print (a real table again, below) still reach every one.
   */
  table.long,
  .long thead,
  .long tbody {
    display: block;
  }
  .long tr {
    display: grid;
    grid-template-columns: var(--_columns);
  }
  /* One row group per 100 rows: measuring visibility per row would cost more than it saves. */
  .long tbody {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_rows, 100) * 5rem);
  }
  /* (table.long: to win over the minimum widths of the plain table's columns, below.) */
  table.long th,
  table.long td {
    min-width: 0;
  }
  /* A badge wider than its column wraps inside rather than spill over the next one. */
  .long .tip {
    white-space: normal;
  }
  td[data-column='purpose'] {
    min-width: 10em;
  }
  td[data-column='data'] {
    min-width: 12em;
  }
  [part~='name'] {
    display: block;
    font-weight: 600;
  }
  /* Registry text may hold bidi controls (U+202E …): keep them from reordering the text around it. */
  [part~='name'],
  [part~='service'],
  [part~='meta'] span,
  .tip,
  td {
    unicode-bidi: isolate;
  }
  [part~='service'] {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .none {
    color: var(--_muted);
  }
  .no-match p {
    margin: 0 0 var(--_space);
  }

  .badges,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .chips + .data-text {
    display: block;
    margin-block-start: 0.25rem;
  }
  .tip {
    /* Chips and badges are buttons (they open tooltips); they look like labels. */
    margin: 0;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.4;
    color: inherit;
    cursor: help;
  }
  [part~='location-badge'] {
    --_tone: var(--_border-color);
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0.05em 0.55em;
    border: 1px solid var(--_badge-border);
    border-color: color-mix(in srgb, var(--_tone) 60%, transparent);
    border-radius: 999px;
    background: var(--_badge-background);
    background: color-mix(in srgb, var(--_tone) 9%, transparent);
    max-width: 100%;
    text-align: start;
    /* A place name stays on one line; only long free text may wrap. */
    white-space: nowrap;
  }
  [part~='location-badge'].long {
    white-space: normal;
  }
  [part~='location-badge'][part~='unknown'] {
    border-color: var(--_badge-border);
    background: var(--_badge-background);
  }
  [part~='eea'] {
    --_tone: var(--_eea);
  }
  [part~='adequate'] {
    --_tone: var(--_adequate);
  }
  [part~='third'] {
    --_tone: var(--_third);
  }
  .mark {
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  [part~='category'],
  .legend-code {
    display: inline-block;
    min-width: 2.2em;
    padding: 0.05em 0.4em;
    border: 1px solid transparent;
    border-radius: 0.25rem;
    background: var(--_chip-background);
    color: var(--_chip-text);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  [part~='category'][part~='unknown'] {
    border: 1px dashed var(--_unknown);
    background: transparent;
    color: var(--_unknown);
  }
  .tip:hover {
    border-color: currentColor;
  }

  [part~='tooltip'] {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(22rem, calc(100vw - 16px));
    padding: 0.45em 0.7em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_tooltip-background);
    color: var(--_tooltip-text);
    font-size: 0.875em;
    line-height: 1.4;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    white-space: normal;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    overflow: visible;
  }
  .tooltip-fallback {
    display: none;
    z-index: 2147483647;
  }
  .tooltip-fallback.open {
    display: block;
  }
  [part~='tooltip-button'] {
    display: block;
    margin-block-start: 0.4em;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  [part~='tooltip-button'][hidden] {
    display: none;
  }

  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part~='export'] {
    display: flex;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  [part~='export'] button {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: transparent;
    font-size: 0.85em;
  }
  .markers {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.3em;
    margin-block-start: 0.25em;
    font-weight: normal;
  }
  [part~='marker'] {
    padding: 0 0.45em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_text);
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  [part~='marker'][part~='retiring'] {
    background: color-mix(in srgb, var(--_third) 18%, transparent);
  }
  .marker-text {
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part~='stale'] {
    margin: 0 0 var(--_space);
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_third);
  }
  [part~='changes'] {
    margin-block-start: calc(var(--_space) * 2);
  }
  [part~='changes'] > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .change-list {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    margin: var(--_space) 0 0;
  }

  [part~='region-summary'] {
    margin: 0 0 calc(var(--_space) * 1.5);
  }

  [part~='legend'] {
    margin-block-start: calc(var(--_space) * 3);
  }
  [part~='legend'] > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .legend-table {
    margin-block-start: var(--_space);
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .legend-table th,
  .legend-table td {
    overflow-wrap: anywhere;
    padding: 0.3em 0.8em 0.3em 0;
    border: 0;
    border-block-end: 1px solid var(--_border-color);
    vertical-align: baseline;
  }
  .legend-table thead th {
    background: none;
    font-weight: 600;
  }
  .legend-subject {
    padding-block-start: 0.9em;
    font-weight: 600;
  }
  .legend-table tr.highlight {
    outline: 2px solid var(--_accent);
    background: var(--_header-background);
  }
  .muted {
    color: var(--_muted);
  }

  [part~='error'] {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_error-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-background);
  }
  [part~='error'] p {
    margin: 0;
  }
  /* Buttons take their text style from their part (UA styles would reset text-transform and letter-spacing). */
  button {
    font: inherit;
    color: inherit;
    text-transform: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  [part~='retry-button'],
  [part~='reset-button'] {
    margin-block-start: var(--_space);
    padding: 0.3em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
  }
  [part~='empty'] {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border-color);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  [part~='problems'] {
    margin-block-start: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part~='problems'] summary {
    cursor: pointer;
  }
  [part~='problems'] ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }

  @container subprocessor-list (max-width: 40rem) {
    :host(:not([layout='table'])) {
      ${cards}
    }
  }
  :host([layout='cards']) .root,
  .fit-cards {
    ${cards}
  }

  @media (forced-colors: active) {
    [part~='location-badge'],
    [part~='category'],
    [part~='tooltip'] {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .scroller {
      overflow: visible;
    }
    [part~='filters'],
    [part~='export'],
    [part~='tooltip'],
    [part~='reset-button'],
    .arrow {
      display: none;
    }
    /* The legend prints open (the element also opens it on beforeprint). */
    [part~='legend']::details-content {
      content-visibility: visible;
      display: block;
    }
    [part~='legend'] > summary {
      list-style: none;
    }
    thead,
    .long thead {
      display: table-header-group;
    }
    table.long {
      display: table;
    }
    .long tbody {
      display: table-row-group;
      content-visibility: visible;
    }
    .long tr {
      display: table-row;
    }
    a[href^='http']::after,
    a[href^='mailto']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .tip {
      cursor: auto;
    }
    tr {
      break-inside: avoid;
    }
    [part~='retry-button'],
  [part~='reset-button'] {
      display: none;
    }
  }
`;
