import { css } from 'lit';

/** Loading, the error box, empty messages and the problems report. */
export const statesStyles = css`
  .loading {
    /* Reserve room while loading so the page does not jump when rows arrive. */
    min-height: var(--_loading-height);
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

`;
