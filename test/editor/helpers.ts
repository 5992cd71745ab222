/** What the editor's tests share: mounting it, driving its forms as a person does, and catching its downloads. */
import { fixture, html } from '@open-wc/testing';
import '../../src/editor/main.js';
import type { SubprocessorEditor } from '../../src/editor/editor.js';

export const TODAY = '2026-12-01';

let n = 0;
/** A fresh editor with its own slot in local storage (so tests cannot see each other's work). */
export async function mount(o: { key?: string; width?: number; lang?: string } = {}): Promise<SubprocessorEditor> {
  const key = o.key ?? `spl-editor-test-${Date.now()}-${n++}`;
  localStorage.setItem(`${key}:prefs`, JSON.stringify({ lang: o.lang ?? 'en' }));
  const el = await fixture<SubprocessorEditor>(
    html`<subprocessor-editor today=${TODAY} storage-key=${key} style=${o.width ? `width: ${o.width}px` : ''}></subprocessor-editor>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
export const $maybe = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Polls until `test` holds (or throws after `ms`). */
export async function waitFor<T>(test: () => T | undefined | null | false, what = 'the condition', ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    let v: T | undefined | null | false;
    try {
      v = test();
    } catch {
      v = undefined;
    }
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Types into a control as a person would: its value, then the input and change events. */
export async function type(el: SubprocessorEditor, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: SubprocessorEditor, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

export async function choose(el: SubprocessorEditor, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens a registry (or any file) by its address, as the start screen's address form does. */
export async function openUrl(el: SubprocessorEditor, url: string): Promise<void> {
  await type(el, $<HTMLInputElement>(el, '#open-url'), url);
  $<HTMLFormElement>(el, '#open-url').form!.requestSubmit();
  await waitFor(() => el.shadowRoot!.querySelector('.workspace') || el.shadowRoot!.querySelector('#open-error'), `${url} to open`);
  await el.updateComplete;
}

/** Opens a file through the file picker (the file set as a person's choice would set it). */
export async function openFile(input: HTMLInputElement, name: string, content: string, type = ''): Promise<void> {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export interface Download {
  name: string;
  text: string;
  type: string;
}

/** Catches the downloads the page starts (links to blob: URLs it clicks), reading each file. */
export function catchDownloads(): { files: Download[]; pending: Promise<unknown>[]; stop: () => void } {
  const files: Download[] = [];
  const pending: Promise<unknown>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && this.href.startsWith('blob:')) {
      const name = this.download;
      pending.push(
        fetch(this.href)
          .then(async (r) => ({ type: r.headers.get('content-type') ?? '', text: await r.text() }))
          .then(({ type, text }) => files.push({ name, type, text })),
      );
      return;
    }
    original.call(this);
  };
  return { files, pending, stop: () => (HTMLAnchorElement.prototype.click = original) };
}

/** The editor's current entries view, opened to entry `name` (by its summary text). */
export async function openEntry(el: SubprocessorEditor, name: string): Promise<HTMLDetailsElement> {
  const details = $$<HTMLDetailsElement>(el, 'details.item').find((d) => text(d.querySelector('.name')) === name);
  if (!details) throw new Error(`no entry ${name}`);
  if (!details.open) {
    details.querySelector('summary')!.click();
    await waitFor(() => details.querySelector('.item-body'), `${name} to open`);
  }
  await el.updateComplete;
  return details;
}

export async function view(el: SubprocessorEditor, which: string): Promise<void> {
  await click(el, $(el, `.views .view-${which}`));
}

/** Opens an item's disclosure as a click on its summary does (the form inside renders once it is open). */
export async function expand(el: SubprocessorEditor, details: HTMLDetailsElement): Promise<void> {
  if (!details.open) details.querySelector('summary')!.click();
  await waitFor(() => details.querySelector('.item-body'), 'the item to open');
  await el.updateComplete;
}
