import { css } from 'lit';

/**
 * The public theming tokens. Every `--subprocessor-list-*` variable is read
 * once, on :host, into a private `--_*` one with its default, so public
 * variables can be set on the element or on any ancestor (`:root`
 * included), and the defaults derive from the page's own text colour so the
 * list blends in. The API-docs check compares these defaults with the
 * `@cssprop` list in the element's JSDoc.
 */
export const tokens = css`
  :host {
    --_accent: var(--subprocessor-list-accent, light-dark(#0b57c2, #8cb4ff));
    --_text: var(--subprocessor-list-text, currentColor);
    --_muted: var(--subprocessor-list-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_background: var(--subprocessor-list-background, transparent);
    --_border-color: var(--subprocessor-list-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--subprocessor-list-radius, 0.375rem);
    --_header-background: var(--subprocessor-list-header-background, color-mix(in srgb, currentColor 6%, transparent));
    --_row-hover: var(--subprocessor-list-row-hover-background, color-mix(in srgb, currentColor 4%, transparent));
    --_badge-background: var(--subprocessor-list-badge-background, color-mix(in srgb, currentColor 7%, transparent));
    --_badge-border: var(--subprocessor-list-badge-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_chip-background: var(--subprocessor-list-chip-background, color-mix(in srgb, var(--_accent) 12%, transparent));
    --_chip-text: var(--subprocessor-list-chip-text, currentColor);
    --_unknown: var(--subprocessor-list-unknown-color, light-dark(#a4262c, #ff9c9c));
    --_error-background: var(--subprocessor-list-error-background, light-dark(#fdf1f1, #3a1d1e));
    --_error-border: var(--subprocessor-list-error-border-color, light-dark(#d13438, #ff8a8a));
    --_eea: var(--subprocessor-list-eea-color, light-dark(#1a7f37, #3fb950));
    --_adequate: var(--subprocessor-list-adequate-color, light-dark(#0969da, #58a6ff));
    --_third: var(--subprocessor-list-third-country-color, light-dark(#bc4c00, #f0883e));
    --_tooltip-background: var(--subprocessor-list-tooltip-background, light-dark(#1f2328, #f0f3f6));
    --_tooltip-text: var(--subprocessor-list-tooltip-text, light-dark(#ffffff, #1f2328));
    --_space: var(--subprocessor-list-space, 0.5rem);
    --_focus-ring: var(--subprocessor-list-focus-ring, 2px solid var(--_accent));
    --_loading-height: var(--subprocessor-list-loading-height, 12rem);
    /* An opaque background where something must cover what scrolls under it (a sticky header, the skip link). */
    --_surface: linear-gradient(var(--_background), var(--_background)), Canvas;

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    /* The page's font family, size and colour come in; see .root for the rest. */
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* light-dark() picks from color-scheme: the page's colours decide in auto mode (data-dark is set by the element). */
  :host {
    color-scheme: light;
  }
  :host([data-dark]) {
    color-scheme: dark;
  }
  /* A forced palette brings its own background (dark text on a dark page, or light links on white, would not be readable). */
  :host([theme='light']),
  :host([theme='dark']) {
    --_background: var(--subprocessor-list-background, Canvas);
    --_text: var(--subprocessor-list-text, CanvasText);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }
  *,
`;
