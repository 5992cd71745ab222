import { css } from 'lit';

/**
 * The ground every part stands on: box sizing, the inherited text
 * properties a page may force on everything (reset inside the shadow root,
 * where page rules cannot reach), hidden and screen-reader-only text,
 * links, buttons and focus rings.
 */
export const base = css`
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

  time {
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }

  button {
    font: inherit;
    color: inherit;
    text-transform: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  [part~='retry-button'],
  .print-only {
    display: none;
  }
`;
