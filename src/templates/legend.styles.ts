import { css } from 'lit';

/** The legend of data categories. */
export const legendStyles = css`
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
`;
