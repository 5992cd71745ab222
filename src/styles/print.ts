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
