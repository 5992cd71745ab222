import { css } from 'lit';

/** What the row builder makes inside cells: location badges, category chips, row markers. */
export const rowStyles = css`

  .badges,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .chips + .data-text {
    display: block;
    margin-block-start: 0.25rem;
  }
  .tip {
    /* Chips and badges are buttons (they open tooltips); they look like labels. */
    margin: 0;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.4;
    color: inherit;
    cursor: help;
  }
  [part~='location-badge'] {
    --_tone: var(--_border-color);
    /* Inline-block, not flex: a name longer than its column then wraps inside the badge. */
    display: inline-block;
    padding: 0.05em 0.55em;
    border: 1px solid var(--_badge-border);
    border-color: color-mix(in srgb, var(--_tone) 60%, transparent);
    border-radius: 999px;
    background: var(--_badge-background);
    background: color-mix(in srgb, var(--_tone) 9%, transparent);
    max-width: 100%;
    text-align: start;
    overflow-wrap: break-word;
  }
  /* Long free text wraps more softly. */
  [part~='location-badge'].long {
    border-radius: 0.6em;
  }
  [part~='location-badge'][part~='unknown'] {
    border-color: var(--_badge-border);
    background: var(--_badge-background);
  }
  [part~='eea'] {
    --_tone: var(--_eea);
  }
  [part~='adequate'] {
    --_tone: var(--_adequate);
  }
  [part~='third'] {
    --_tone: var(--_third);
  }
  .mark {
    margin-inline-end: 0.3em;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  [part~='category'],
  .legend-code {
    display: inline-block;
    min-width: 2.2em;
    padding: 0.05em 0.4em;
    border: 1px solid transparent;
    border-radius: 0.25rem;
    background: var(--_chip-background);
    color: var(--_chip-text);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  [part~='category'][part~='unknown'] {
    border: 1px dashed var(--_unknown);
    background: transparent;
    color: var(--_unknown);
  }
  .tip:hover {
    border-color: currentColor;
  }

  .markers {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.3em;
    margin-block-start: 0.25em;
    font-weight: normal;
  }
  [part~='marker'] {
    padding: 0 0.45em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_text);
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  [part~='marker'][part~='retiring'] {
    background: color-mix(in srgb, var(--_third) 18%, transparent);
  }
  .marker-text {
    color: var(--_muted);
    font-size: 0.85em;
  }
`;
