import { css } from 'lit';

/**
 * Print (and save as PDF): every row, no controls, link addresses
 * printed, header rows repeated, rows kept whole. Also the forced-colours
 * mode (Windows high contrast), which draws what colour alone would say.
 */
export const print = css`
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
    /*
     * Paper gets real tables whatever the screen showed (cards included):
     * the column names repeat on every page, columns fit the page width.
     * (Important: the card layout's rules are more specific.)
     */
    .scroller {
      overflow: visible !important;
      mask-image: none !important;
    }
    [part~='table'] {
      display: table !important;
      width: 100% !important;
      min-width: 0 !important;
      table-layout: auto;
      border-collapse: collapse;
      border: 1px solid var(--_border-color) !important;
      font-size: 0.85em;
    }
    [part~='table'] thead {
      display: table-header-group !important;
    }
    [part~='table'] tbody {
      display: table-row-group !important;
      content-visibility: visible;
    }
    [part~='table'] tr {
      display: table-row !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
    }
    [part~='table'] th,
    [part~='table'] td {
      display: table-cell !important;
      padding: 0.35em 0.5em !important;
      border: 1px solid var(--_border-color) !important;
      overflow-wrap: break-word;
      hyphens: auto;
      vertical-align: top;
    }
    [part~='table'] thead th {
      padding: 0.35em 0.5em !important;
      font-weight: 600;
    }
    [part~='sort-button'],
    .skip {
      display: none !important;
    }
    /* Narrow paper: nothing in a cell insists on one line. */
    [part~='table'] :is(time, .tip) {
      white-space: normal;
    }
    [part~='table'] thead th {
      position: static !important;
      background: none !important;
    }
    [part~='table'] thead tr::before,
    [part~='table'] td::before {
      content: none !important;
    }
    [part~='table'] td.empty {
      position: static !important;
      width: auto !important;
      height: auto !important;
      clip-path: none !important;
    }
    [part~='problems'] {
      display: none;
    }
    .print-only {
      display: block !important;
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
