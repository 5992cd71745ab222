import { css } from 'lit';

/** Sections and their tables: captions, sortable headers, cells on shared column tracks. */
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

  /*
   * Every table is a block of rows, and every row a grid on the same column
   * tracks for the whole list (--_columns, from the column table: each
   * column its share of the width, never less than its narrowest useful
   * width). So the sections' columns line up, a row's layout depends on no
   * other row, and a list too wide for its column scrolls sideways inside
   * the scroller instead of squeezing words apart. Explicit ARIA roles keep
   * the table semantics; print lays them out as real tables again.
   */
  .scroller {
    /* Positioned, so that it also clips the visually hidden caption. */
    position: relative;
    overflow-x: auto;
  }
  /* A table that fits needs no scroll container: its header can then stick to the page (long lists). */
  .scroller.fits {
    overflow: visible;
  }
  /* A table that does not fit fades at the edge it continues past (a cue besides the scroll bar). */
  .scroller.overflows:not(.at-end) {
    mask-image: linear-gradient(to left, transparent, #000 2.5rem);
  }
  .scroller.overflows.scrolled:not(.at-end) {
    mask-image: linear-gradient(to left, transparent, #000 2.5rem, #000 calc(100% - 2.5rem), transparent);
  }
  .scroller.overflows.scrolled.at-end {
    mask-image: linear-gradient(to right, transparent, #000 2.5rem);
  }
  [part~='table'] {
    display: block;
    width: 100%;
    min-width: var(--_min-width, auto);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    font-size: 0.95em;
  }
  [part~='table'] thead,
  [part~='table'] tbody {
    display: block;
  }
  [part~='table'] tr {
    display: grid;
    grid-template-columns: var(--_columns);
  }
  [part~='table'] th,
  [part~='table'] td {
    min-width: 0;
    /* "anywhere" would let columns shrink to a letter; break only words longer than the column. */
    overflow-wrap: break-word;
    padding: calc(var(--_space) * 1.25) var(--_space);
    text-align: start;
    border-block-start: 1px solid var(--_border-color);
  }
  [part~='table'] :is(th, td):first-child {
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  [part~='table'] thead th {
    padding: 0;
    border-block-start: 0;
    background: var(--_header-background);
  }
  /* Long lists: the column names stay in view while the rows scroll by. */
  .fits table.long thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
  }
  [part~='sort-button'] {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    width: 100%;
    height: 100%;
    padding: calc(var(--_space) * 1.25) var(--_space);
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
  thead th:first-child [part~='sort-button'] {
    padding-inline-start: calc(var(--_space) * 1.5);
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
  /* A row opened by its anchor (#twilio-inc) is pointed out for a moment. */
  tbody tr.target {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  /*
   * Long tables (over 150 rows): rows in groups of 100 that the browser
   * skips while off screen (measuring visibility per row would cost more
   * than it saves). Rows stay in the DOM: find-in-page, screen readers and
   * print still reach every one.
   */
  .long tbody {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_rows, 100) * 5rem);
  }
  /* A badge wider than its column wraps inside rather than spill over the next one. */
  [part~='table'] .tip {
    max-width: 100%;
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
