import { css } from 'lit';

/** The recent changes disclosure and the notice period. */
export const changesStyles = css`
  [part~='changes'] {
    margin-block-start: calc(var(--_space) * 2);
  }
  [part~='changes'] > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .change-list {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    margin: var(--_space) 0 0;
  }

`;
