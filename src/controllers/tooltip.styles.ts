import { css } from 'lit';

/** The tooltip of chips and badges (in the top layer, or fixed where there is no Popover API). */
export const tooltipStyles = css`
  [part~='tooltip'] {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(22rem, calc(100vw - 16px));
    padding: 0.45em 0.7em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_tooltip-background);
    color: var(--_tooltip-text);
    font-size: 0.875em;
    line-height: 1.4;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    white-space: normal;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    overflow: visible;
  }
  .tooltip-fallback {
    display: none;
    z-index: 2147483647;
  }
  .tooltip-fallback.open {
    display: block;
  }
  [part~='tooltip-button'] {
    display: block;
    margin-block-start: 0.4em;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  [part~='tooltip-button'][hidden] {
    display: none;
  }

`;
