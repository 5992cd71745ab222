import { css } from 'lit';

/** Sections and their tables: captions, sortable headers, cells, and long tables laid out as grids. */
export const groupsStyles = css`
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
`;
