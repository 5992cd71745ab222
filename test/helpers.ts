import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import type { ErrorDetail, LoadDetail } from '../src/events.js';

export type Outcome = { type: 'load'; detail: LoadDetail } | { type: 'error'; detail: ErrorDetail };

/**
 * Renders `template` (one <subprocessor-list>) and waits for its first
 * load or error event, returning both.
 */
export async function loaded(template: TemplateResult): Promise<{ el: SubprocessorListElement; outcome: Outcome }> {
  let resolve!: (o: Outcome) => void;
  const outcome = new Promise<Outcome>((r) => (resolve = r));
  const onLoad = (e: Event) => resolve({ type: 'load', detail: (e as CustomEvent<LoadDetail>).detail });
  const onError = (e: Event) => resolve({ type: 'error', detail: (e as CustomEvent<ErrorDetail>).detail });
  document.addEventListener('subprocessor-list-load', onLoad);
  document.addEventListener('subprocessor-list-error', onError);
  try {
    const el = await fixture<SubprocessorListElement>(template);
    const o = await outcome;
    await el.updateComplete;
    await settled();
    return { el, outcome: o };
  } finally {
    document.removeEventListener('subprocessor-list-load', onLoad);
    document.removeEventListener('subprocessor-list-error', onError);
  }
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits for layout, the resize observers that run after it, and the layout choice they make a frame later. */
export const settled = async () => {
  for (let i = 0; i < 4; i++) await frame();
};

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Visible-ish text: whitespace folded, screen-reader-only text included. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text as assistive technology gets it: without `aria-hidden` parts. */
export function spoken(node: Element | null | undefined): string {
  if (!node) return '';
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(clone);
}

/** The body rows of every table, as the cell texts screen readers get (flags and dashes left out), keyed by column. */
export function rows(el: Element): Record<string, string>[] {
  // Filtered-out rows stay in the DOM, hidden.
  return $$(el, '[part~="row"]').filter((tr) => !tr.closest('[hidden]')).map((tr) =>
    Object.fromEntries([...tr.children].map((cell) => [(cell as HTMLElement).dataset.column!, spoken(cell)])),
  );
}

/** The list's tooltip, once it is open: its code loads on first use, so a first open can take a while in a slow engine. */
export async function openTooltip(el: Element): Promise<HTMLElement> {
  await waitFor(() => !!$(el, '[part~="tooltip"]')?.matches(':popover-open'), 8000);
  return $<HTMLElement>(el, '[part~="tooltip"]')!;
}

export function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (performance.now() - start > ms) reject(new Error('waitFor: timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

/** Runs an emulation command; false where the browser cannot emulate it (Firefox, WebKit here). */
export async function emulationWorks(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (e) {
    if (/CDP|Chromium|not supported/.test(String(e))) return false;
    throw e;
  }
}

/** Clicks the element's CSV button and resolves to the file it hands the reader (the export code loads on first use). */
export async function downloadCsv(el: Element): Promise<{ name: string; bytes: Uint8Array; text: string }> {
  let blob: Blob | undefined;
  let name = '';
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    el.shadowRoot!.querySelector<HTMLElement>('[data-action="csv"]')!.click();
    await waitFor(() => !!blob && !!name, 8000);
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { name, bytes, text: new TextDecoder().decode(bytes) };
}

/**
 * Words in the table's cells set on more than one line: the first and the
 * last letter of each piece between break opportunities (spaces, and after
 * a hyphen) on different lines. Tokens of over 24 characters (addresses,
 * identifiers) may break.
 */
export const brokenWords = (cells: readonly Element[]): string[] => {
  const broken: string[] = [];
  // WebKit gives the letter after a soft break a second, empty box at the end of the line before.
  const lineOf = (node: Text, i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
    return boxes.length ? Math.round(boxes[boxes.length - 1].top) : undefined;
  };
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('[hidden], .sr-only, .spl-sr, [aria-hidden="true"]')) continue;
      for (const token of node.data.matchAll(/\S+/g)) {
        if (token[0].length > 24) continue;
        for (const piece of token[0].matchAll(/[^-\u00ad]+[-\u00ad]?/g)) {
          const start = token.index + piece.index;
          const end = start + piece[0].length - 1;
          const [first, last] = [lineOf(node, start), lineOf(node, end)];
          if (end > start && first !== undefined && last !== undefined && first !== last) broken.push(piece[0]);
        }
      }
    }
  }
  return broken;
};
