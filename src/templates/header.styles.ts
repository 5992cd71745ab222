import { css } from 'lit';

/** The header, the status line with the export buttons, the stale note and the EEA summary. */
export const headerStyles = css`
  [part~='header'] {
    margin-block-end: calc(var(--_space) * 2);
  }
  [part~='title'] {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.2;
  }
  [part~='intro'],
  [part~='meta'],
  [part~='links'] {
    margin: 0 0 var(--_space);
  }
  [part~='meta'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }

  [part~='status'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Kept in the accessibility tree even when empty, so its next message is announced. */
  [part~='status']:empty {
    margin: 0;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part~='export'] {
    display: flex;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  [part~='export'] button {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: transparent;
    font-size: 0.85em;
  }
  [part~='stale'] {
    margin: 0 0 var(--_space);
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_third);
  }
  [part~='region-summary'] {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  [part~='key'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.9em;
    margin: calc(var(--_space) * -1) 0 calc(var(--_space) * 1.5);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .key-item {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
  }
  .swatch {
    --_tone: var(--_border-color);
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border: 2px solid color-mix(in srgb, var(--_tone) 75%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 25%, transparent);
  }
  .key-item.eea .swatch {
    --_tone: var(--_eea);
  }
  .key-item.adequate .swatch {
    --_tone: var(--_adequate);
  }
  .key-item.third .swatch {
    --_tone: var(--_third);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Out of sight until focused (then over the top of the list, where focus is). */
  .skip {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    z-index: 2;
    padding: 0.3em 0.7em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='latest'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_header-background);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  [part~='latest'] ul {
    display: contents;
    list-style: none;
  }
  [part~='latest'] li + li::before {
    content: '·' / '';
    margin-inline-end: 0.75em;
    color: var(--_muted);
  }
  .latest-label {
    font-weight: 600;
  }
  .confirmation {
    align-self: center;
    color: var(--_muted);
    font-size: 0.85em;
    animation: fade-out 0.4s ease-in 5s forwards;
  }
  @keyframes fade-out {
    to {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .confirmation {
      animation-duration: 0s;
    }
  }
`;
