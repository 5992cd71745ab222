import { css } from 'lit';

/**
 * The card layout: each row a card of labelled fields, the header row a bar
 * of sort buttons. Applied below 40rem of the element's own width (a
 * container query: it often sits in a narrow article column), or always
 * with layout="cards". The table keeps its semantics through explicit ARIA
 * roles in the markup.
 */
const cardRules = css`
  .scroller {
    overflow: visible;
  }
  [part~='table'],
  [part~='table'] tbody,
  [part~='table'] tr,
  [part~='table'] td,
  [part~='table'] tbody th {
    display: block;
  }
  [part~='table'] {
    min-width: 0;
    border: 0;
  }
  [part~='table'] thead tr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  [part~='table'] thead tr::before {
    content: attr(data-sort-label) / '';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='table'] thead th {
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
  thead th:first-child [part~='sort-button'] {
    padding-inline-start: 0.6em;
  }
  th[aria-sort] [part~='sort-button'] {
    font-weight: 600;
  }
  [part~='table'] tbody tr {
    margin-block-end: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  [part~='table'] tbody tr:hover {
    background: none;
  }
  .long tbody {
    contain-intrinsic-size: auto calc(var(--_rows, 100) * 16rem);
  }
  [part~='table'] tbody th,
  [part~='table'] td {
    padding: calc(var(--_space) / 2) 0;
    border: 0;
  }
  [part~='table'] td {
    display: grid;
    grid-template-columns: minmax(6rem, min(35%, 11rem)) minmax(0, 1fr);
    overflow-wrap: anywhere;
    justify-items: start;
    gap: var(--_space);
  }
  [part~='table'] td::before {
    content: attr(data-label) / '';
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Empty fields take no room in a card, but stay in the table for screen readers (so columns keep their headers). */
  [part~='table'] td.empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;

/** Cards below 40rem of the element's own width (unless layout="table"), and always with layout="cards"; above it, tables. */
export const cards = css`
  @container subprocessor-list (max-width: 40rem) {
    :host(:not([layout='table'])) {
      ${cardRules}
    }
  }
  :host([layout='cards']) .root {
    ${cardRules}
  }

`;
