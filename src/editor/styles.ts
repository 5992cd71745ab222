/**
 * The editor's styles: native controls, a grid that puts the preview
 * beside the form on a wide screen and behind its own button on a narrow
 * one (a container query on the editor itself, so it works inside any
 * page), light and dark after the reader's setting.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container: editor / inline-size;
    color-scheme: light dark;
    --bg: light-dark(#ffffff, #0d1117);
    --fg: light-dark(#1f2328, #e6edf3);
    --muted: light-dark(#57606a, #9ba6b2);
    --line: light-dark(#d0d7de, #3d444d);
    --soft: light-dark(#f6f8fa, #161b22);
    --accent: light-dark(#0b57c2, #8cb4ff);
    --on-accent: light-dark(#ffffff, #0d1117);
    --problem: light-dark(#a4262c, #ff9c9c);
    --problem-bg: light-dark(#fdf1f1, #3a1d1e);
    --warning: light-dark(#7a4500, #f0b35e);
    --warning-bg: light-dark(#fff4e5, #33250f);
    --ok: light-dark(#1a7f37, #56d364);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.45;
    color: var(--fg);
    background: var(--bg);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
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
  h1,
  h2,
  h3 {
    line-height: 1.2;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.3rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  /* Controls */
  input[type='text'],
  input[type='search'],
  input[type='date'],
  input[type='number'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: 2.25rem;
    padding: 0.35rem 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--bg);
    border: 1px solid light-dark(#8c959f, #6e7681);
    border-radius: 0.375rem;
  }
  textarea {
    resize: vertical;
  }
  input[type='file'] {
    max-width: 100%;
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--problem);
    box-shadow: inset 0 0 0 1px var(--problem);
  }
  button {
    min-height: 2.25rem;
    padding: 0.35rem 0.8rem;
    font: inherit;
    color: var(--fg);
    background: var(--soft);
    border: 1px solid light-dark(#8c959f, #6e7681);
    border-radius: 0.375rem;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: light-dark(#eaeef2, #21262d);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    color: var(--on-accent);
    background: var(--accent);
    border-color: var(--accent);
  }
  button.primary:hover {
    background: color-mix(in srgb, var(--accent) 88%, black);
  }
  button.danger {
    color: var(--problem);
  }
  button.link {
    min-height: 0;
    padding: 0;
    color: var(--accent);
    text-align: start;
    text-decoration: underline;
    background: none;
    border: 0;
  }
  button.link:hover:not(:disabled) {
    background: none;
  }
  button.icon {
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0 0.35rem;
    line-height: 1;
    border-radius: 999px;
  }
  label,
  legend {
    font-weight: 600;
  }
  label.inline,
  label.radio,
  .check label {
    font-weight: normal;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .row > input {
    flex: 1;
    min-width: 0;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .help,
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--muted);
  }
  .note {
    color: inherit;
  }
  .note.warn {
    color: var(--warning);
  }
  .required {
    font-weight: normal;
    color: var(--muted);
  }
  .key {
    margin-inline-start: 0.25em;
    font-weight: normal;
    color: var(--muted);
  }
  .error {
    padding: 0.5rem 0.75rem;
    color: var(--problem);
    background: var(--problem-bg);
    border-inline-start: 4px solid var(--problem);
  }
  .notice {
    margin: 0;
    padding: 0.5rem 1.5rem;
    background: var(--soft);
    border-bottom: 1px solid var(--line);
  }
  .notice.warn {
    color: var(--warning);
    background: var(--warning-bg);
  }

  /* The bar */
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.6rem 1.5rem;
    background: var(--soft);
    border-bottom: 1px solid var(--line);
  }
  .bar h1 {
    margin: 0;
    font-size: 1.15rem;
  }
  .status {
    margin: 0;
    font-size: 0.875rem;
    color: var(--muted);
  }
  .status .source {
    overflow-wrap: anywhere;
  }
  .status .dirty::before,
  .status .clean::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline: 0.5em 0.3em;
    border-radius: 50%;
    background: var(--warning);
  }
  .status .clean::before {
    background: var(--ok);
  }
  .bar-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-inline-start: auto;
  }
  .bar-tools select {
    width: auto;
  }

  /* Opening */
  .start {
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem;
  }
  .privacy {
    max-width: 48rem;
    color: var(--muted);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    padding: 1rem;
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  .card form {
    display: grid;
    gap: 0.5rem;
  }
  .card button {
    justify-self: start;
  }
  .drop-cue {
    position: fixed;
    inset: 1rem;
    z-index: 10;
    display: grid;
    place-items: center;
    font-size: 1.5rem;
    font-weight: 600;
    color: var(--accent);
    background: color-mix(in srgb, var(--bg) 85%, transparent);
    border: 3px dashed var(--accent);
    border-radius: 1rem;
    pointer-events: none;
  }

  /* The workspace */
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'views' 'issues' 'form' 'preview';
    gap: 1rem;
    padding: 1rem 1.5rem 3rem;
  }
  .views {
    grid-area: views;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .views button[aria-current='true'] {
    color: var(--on-accent);
    background: var(--accent);
    border-color: var(--accent);
  }
  .issue-bar {
    grid-area: issues;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  .issue-bar .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  .count.problem {
    font-weight: 600;
    color: var(--problem);
  }
  .count.warning {
    font-weight: 600;
    color: var(--warning);
  }
  .count.ok {
    color: var(--ok);
    font-weight: 600;
  }
  .all-issues {
    flex-basis: 100%;
  }
  .all-issues summary {
    cursor: pointer;
  }
  .all-issues ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.5rem;
  }
  .all-issues li {
    margin-block: 0.25rem;
  }
  .all-issues li.problem strong {
    color: var(--problem);
  }
  .all-issues li.warning strong {
    color: var(--warning);
  }
  .form {
    grid-area: form;
    min-width: 0;
  }
  .group {
    margin-block: 0 1.5rem;
  }
  .group > legend {
    margin-block-end: 0.5rem;
    font-size: 1.1rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.9rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field > legend {
    margin-block-end: 0.25rem;
  }
  .sub {
    display: grid;
    gap: 0.2rem;
    margin-block-start: 0.4rem;
  }
  .sub label {
    font-weight: normal;
  }
  .issues {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .issues li {
    margin-block-start: 0.25rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 3px solid;
    border-radius: 0 0.25rem 0.25rem 0;
  }
  .issues li.problem {
    color: var(--problem);
    background: var(--problem-bg);
  }
  .issues li.warning {
    color: var(--warning);
    background: var(--warning-bg);
  }
  .loose {
    margin-block-end: 0.75rem;
  }
  .place-input .saved-as {
    font-size: 0.8rem;
    color: var(--muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.35rem 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    padding: 0.1rem 0.2rem 0.1rem 0.65rem;
    border: 1px solid var(--line);
    border-radius: 999px;
  }
  .chip.bad {
    border-color: var(--problem);
  }
  .chip .code {
    font-size: 0.8rem;
    color: var(--muted);
  }
  .add-place {
    display: grid;
    gap: 0.25rem;
  }
  .add-place label {
    font-weight: normal;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    margin-block: 0.25rem;
  }
  .check input {
    flex: none;
  }

  /* Lists of items */
  .items {
    margin-block-end: 2rem;
  }
  .items > .help {
    margin-block-end: 0.75rem;
  }
  .filter {
    display: grid;
    grid-template-columns: minmax(0, 24rem);
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .item-list {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  .item {
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  .item > summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.6rem;
    align-items: baseline;
    padding: 0.55rem 0.75rem;
    cursor: pointer;
    list-style-position: inside;
  }
  .item > summary::before {
    content: '▸';
    color: var(--muted);
  }
  .item[open] > summary::before {
    content: '▾';
  }
  .item > summary::-webkit-details-marker {
    display: none;
  }
  .item > summary {
    list-style: none;
  }
  .item[open] > summary {
    border-bottom: 1px solid var(--line);
  }
  .item-title {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .item-title .name {
    font-weight: 600;
  }
  .item-title .sub {
    font-size: 0.875rem;
    color: var(--muted);
  }
  .badge {
    padding: 0 0.5em;
    font-size: 0.8rem;
    font-weight: 600;
    border-radius: 999px;
  }
  .badge.problem {
    color: var(--problem);
    background: var(--problem-bg);
  }
  .badge.warning {
    color: var(--warning);
    background: var(--warning-bg);
  }
  .item-body {
    padding: 0.75rem;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .item-actions .danger {
    margin-inline-start: auto;
  }
  .report {
    margin-block: 1rem;
  }
  .report summary {
    cursor: pointer;
    font-weight: 600;
  }

  /* Publish */
  .proposals,
  .downloads {
    margin-block-end: 2rem;
  }
  .proposals > .field {
    max-width: 14rem;
    margin-block: 0.75rem;
  }
  .proposal-list {
    display: grid;
    gap: 0.75rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  .proposal {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  .proposal > legend {
    float: left;
    width: 100%;
    grid-column: 1 / -1;
    overflow-wrap: anywhere;
  }
  .files {
    display: grid;
    gap: 0.5rem;
    margin: 1rem 0 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: grid;
    gap: 0.1rem;
  }

  /* The preview */
  .preview {
    grid-area: preview;
    min-width: 0;
  }
  .preview-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: end;
    margin-block: 0.5rem 0.75rem;
  }
  .preview-tools fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .preview-tools legend {
    margin-block-end: 0.25rem;
  }
  .radio {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  .frame {
    overflow: hidden;
    background: repeating-conic-gradient(var(--soft) 0 25%, var(--bg) 0 50%) 0 0 / 16px 16px;
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  .stage {
    width: 1280px;
    padding: 1rem;
  }
  .stage.phone {
    width: 375px;
  }
  .stage.light {
    color-scheme: light;
    color: #1f2328;
    background: #ffffff;
  }
  .stage.dark {
    color-scheme: dark;
    color: #e6edf3;
    background: #0d1117;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    color: var(--fg);
    background: var(--bg);
    border: 1px solid var(--line);
    border-radius: 0.5rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* Wide: the preview beside the form, always in view. */
  @container editor (min-width: 70rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'views preview' 'issues preview' 'form preview';
    }
    .preview {
      position: sticky;
      top: 0;
      align-self: start;
      max-height: 100vh;
      overflow: auto;
      padding-block-end: 1rem;
    }
    .views .view-preview {
      display: none;
    }
  }
  /* Narrow: the preview is a view of its own. */
  @container editor (max-width: 69.99rem) {
    .workspace:not([data-view='preview']) .preview {
      display: none;
    }
    .workspace[data-view='preview'] .form {
      display: none;
    }
    .bar,
    .workspace,
    .start {
      padding-inline: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    .views button[aria-current='true'] {
      border-width: 3px;
    }
  }
`;
