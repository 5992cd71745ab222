import { css } from 'lit';

/** The legend of data categories: a table, and on a phone a compact list where a subject is a heading and every value is labelled. */
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
  /*
   * Narrow: each category one short block — code, what data, then
   * "Direct personal data: No · Indirect personal data: Yes" with their
   * labels (data-label) — under its subject as a heading. The table's
   * semantics stay for screen readers (explicit roles in the markup).
   */
  @container subprocessor-list (max-width: 40rem) {
    .legend-table,
    .legend-table tbody,
    .legend-table tr,
    .legend-table th,
    .legend-table td {
      display: block;
    }
    .legend-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .legend-table tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15em 0.6em;
      padding: 0.45em 0;
      border-block-end: 1px solid var(--_border-color);
    }
    .legend-table th,
    .legend-table td {
      padding: 0;
      border: 0;
    }
    .legend-table td:nth-child(2) {
      flex: 1 1 12em;
    }
    .legend-table td[data-label] {
      color: var(--_muted);
      font-size: 0.92em;
    }
    .legend-table td[data-label]::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
    }
    .legend-table td[data-label] + td[data-label]::before {
      content: '· ' attr(data-label) ': ';
      content: '· ' attr(data-label) ': ' / '';
    }
    .legend-table tr:has(> .legend-subject) {
      padding: 0.9em 0 0.2em;
    }
    .legend-subject {
      padding: 0;
      font-size: 1.05em;
    }
  }
`;
