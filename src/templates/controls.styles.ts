import { css } from 'lit';

/** The search field, the filters, and the no-match message. */
export const controlsStyles = css`
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

  .no-match p {
    margin: 0 0 var(--_space);
  }
`;
