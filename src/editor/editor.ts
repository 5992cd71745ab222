/**
 * `<subprocessor-editor>`: the editor for the person who keeps the list.
 * It renders the state in store.ts and turns what the owner does into the
 * store's pure functions; the problems, the proposed changes and the files
 * it saves all come from there. It runs entirely in the page: it reads the
 * files the owner picks or drops and the one address they ask it to open,
 * and writes only downloads and its own copy of the work in local storage.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { fill, plural } from '../lib/strings.js';
import { todayIso } from '../lib/dates.js';
import { isIsoDate } from '../lib/registry.js';
import { pickText } from '../lib/localize.js';
import { fold } from '../lib/text.js';
import type { LocalizedText } from '../lib/types.js';
import { loadLocale, localeReady, UI_LANGUAGES } from '../model/locales.js';
// The preview is the real element; its tag's types come with the events module.
import { SubprocessorListElement } from '../subprocessor-list.js';
import '../events.js';
import { ACTIONS, ITEM_FIELDS, LIST_FIELDS, LIST_KEYS } from './fields.js';
import { field, idFor, issueList, issuesAt, type FormContext } from './form.js';
import { parsePath, pathString, within, type Path } from './paths.js';
import { placeLabel, placeOptions } from './places.js';
import {
  addItem,
  baseName,
  blankItem,
  check,
  duplicateItem,
  edit,
  editProposal,
  markSaved,
  moveItem,
  newList,
  looksLikeJson,
  openText,
  proposals,
  publish,
  recordChanges,
  removeItem,
  restore,
  serialize,
  setChangeDate,
  type Checked,
  type EditorState,
  type Json,
  type ListName,
  type OpenResult,
  type OutFile,
  type Proposal,
  type Source,
} from './store.js';
import { MAX_BYTES, readFile, readUrl, saveFile, storage, type ReadResult } from './io.js';
import { EDITOR_LANGUAGES, EDITOR_STRINGS, editorLanguage, editorStrings, helpFor, preferredLanguage, type EditorStrings } from './words.js';
import { styles } from './styles.js';

export type View = 'list' | 'entries' | 'categories' | 'changes' | 'publish' | 'preview';
const VIEWS: readonly View[] = ['list', 'entries', 'categories', 'changes', 'publish', 'preview'];

/** The view that shows the field at a path. */
function viewOf(path: string): View {
  const top = String(parsePath(path)[0] ?? '');
  if (top === 'subprocessors') return 'entries';
  if (top === 'categories' || top === 'groups') return 'categories';
  if (top === 'changes') return 'changes';
  return 'list';
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const local = (v: unknown, lang: string) => (typeof v === 'string' || isObj(v) ? (pickText(v as LocalizedText, lang) ?? '') : '');

interface Prefs {
  lang?: string;
  pageLang?: string;
  width?: 'phone' | 'laptop';
  theme?: 'light' | 'dark';
}

/** How long the preview waits after the last keystroke. */
const PREVIEW_DELAY = 300;
/** How long local storage waits after the last keystroke (it is written at once when the page is hidden). */
const SAVE_DELAY = 150;

export class SubprocessorEditor extends LitElement {
  static override styles = styles;

  /** Registers the element under `tag` unless that name is taken. */
  static define(tag = 'subprocessor-editor'): void {
    SubprocessorListElement.define();
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** Today's date (`YYYY-MM-DD`), for tests and archived copies; default: the reader's clock. */
  @property() today?: string;
  /** Where in local storage the work is kept. */
  @property({ attribute: 'storage-key' }) storageKey = 'subprocessor-list-editor';

  @state() private _state?: EditorState;
  @state() private _view: View = 'list';
  @state() private _open = new Set<string>();
  @state() private _filter = '';
  @state() private _error = '';
  @state() private _busy = '';
  @state() private _announcement = '';
  @state() private _issue = -1;
  @state() private _preview?: Json;
  @state() private _prefs: Prefs = {};
  @state() private _notice = '';
  @state() private _setUpdated = true;
  @state() private _dragging = false;
  @state() private _storageFailed = false;
  @state() private _frameWidth = 0;

  #checked?: Checked;
  /** The work on screen came back from local storage. */
  #restored = false;
  #proposals: Proposal[] = [];
  #derivedFor?: EditorState;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #saveTimer?: ReturnType<typeof setTimeout>;
  #focusAfter?: () => HTMLElement | null | undefined;
  #frameObserver?: ResizeObserver;
  /** The preview: the real element, given the draft as its `registry`. */
  #list = createRef<SubprocessorListElement>();

  get #today(): string {
    return this.today && isIsoDate(this.today) ? this.today : todayIso();
  }

  get #lang(): string {
    return editorLanguage(this._prefs.lang ?? (this.lang || preferredLanguage(navigator.languages ?? [navigator.language])));
  }

  get #pageLang(): string {
    const l = this._prefs.pageLang;
    return l && UI_LANGUAGES.includes(l) ? l : this.#lang;
  }

  get #t(): EditorStrings {
    return editorStrings(this.#lang);
  }

  #store = () => storage(this.storageKey);
  #prefsStore = () => storage(`${this.storageKey}:prefs`);

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      const p = JSON.parse(this.#prefsStore().read() ?? '{}') as unknown;
      if (isObj(p)) this._prefs = p as Prefs;
    } catch {
      /* no preferences */
    }
    const restored = restore(this.#store().read());
    if (restored && !this._state) {
      this._state = restored;
      this._preview = restored.draft;
      const t = this.#t;
      const name = restored.source.kind === 'new' ? t.sourceNew : restored.source.kind === 'paste' ? t.sourcePaste : restored.source.name;
      const time = new Date(restored.openedAt);
      const when = Number.isNaN(time.getTime()) ? '' : time.toLocaleString(this.#lang, { dateStyle: 'medium', timeStyle: 'short' });
      this._notice = fill(t.restored, { name, time: when });
      this.#restored = true;
    }
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    this.#frameObserver?.disconnect();
    clearTimeout(this.#previewTimer);
  }

  /** Writes the work to local storage now. */
  #flush = (): void => {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#writeState();
  };

  #writeState(): void {
    const s = this._state;
    if (!s) this.#store().clear();
    else this._storageFailed = !this.#store().write(serialize(s));
  }

  #setPrefs(patch: Prefs): void {
    this._prefs = { ...this._prefs, ...patch };
    this.#prefsStore().write(JSON.stringify(this._prefs));
  }

  /** Replaces the state: kept in local storage, shown in the preview a moment later. */
  #commit(next: EditorState | undefined, previewNow = false): void {
    const before = this._state;
    this._state = next;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flush(), SAVE_DELAY);
    clearTimeout(this.#previewTimer);
    if (!next || previewNow || !before) this._preview = next?.draft;
    else this.#previewTimer = setTimeout(() => (this._preview = this._state?.draft), PREVIEW_DELAY);
  }

  #set = (path: Path, value: unknown): void => {
    if (this._state) this.#commit(edit(this._state, path, value));
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The list's words for the static page, fetched ahead of the download.
    if (!localeReady(this.#pageLang)) void loadLocale(this.#pageLang);
    const s = this._state;
    if (s && (s !== this.#derivedFor || changed.has('today'))) {
      this.#checked = check(s, this.#today);
      this.#proposals = proposals(s);
      this.#derivedFor = s;
      if (this._issue >= this.#checked.issues.length) this._issue = -1;
    }
    if (!s) {
      this.#checked = undefined;
      this.#proposals = [];
      this.#derivedFor = undefined;
    }
  }

  protected override updated(): void {
    const list = this.#list.value;
    if (list) {
      // Properties, set only when they change: a new registry makes the element read it again.
      if (list.registry !== this._preview) list.registry = this._preview;
      if (list.lang !== this.#pageLang) {
        list.lang = this.#pageLang;
        // The element hears of `lang` changes from a watch on the document, which does not see into this shadow root.
        list.requestUpdate();
      }
      const theme = this._prefs.theme ?? 'light';
      if (list.theme !== theme) list.theme = theme;
      if (list.today !== this.#today) list.today = this.#today;
      list.headingLevel = 3;
      list.showProblems = true;
    }
    const target = this.#focusAfter?.();
    if (this.#focusAfter) {
      this.#focusAfter = undefined;
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: 'nearest' });
      }
    }
    this.#observeFrame();
  }

  /** Fits the laptop-wide preview into its pane (CSS zoom), re-measured as the pane resizes. */
  #observeFrame(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame || typeof ResizeObserver === 'undefined') return;
    if (!this.#frameObserver) {
      this.#frameObserver = new ResizeObserver(([entry]) => {
        const w = Math.round(entry.contentRect.width);
        // A frame later: the new zoom changes the page's height, and with it perhaps its scroll bar.
        if (w && w !== this._frameWidth) requestAnimationFrame(() => (this._frameWidth = w));
      });
    }
    if ((this.#frameObserver as ResizeObserver & { _el?: Element })._el !== frame) {
      this.#frameObserver.disconnect();
      this.#frameObserver.observe(frame);
      (this.#frameObserver as ResizeObserver & { _el?: Element })._el = frame;
    }
  }

  #say(text: string): void {
    // A new text each time, so that the same words are announced again.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  // — Opening —

  #opened(result: OpenResult, name: string): void {
    const t = this.#t;
    if (!result.ok) {
      this._error = result.reason === 'not-json' ? fill(t.errorNotJson, { detail: result.message }) : fill(t.errorNotRegistry, { detail: result.message });
      this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#open-error');
      return;
    }
    this._error = '';
    this._notice = '';
    this.#restored = false;
    this._view = 'list';
    this._open = new Set();
    this._filter = '';
    this._issue = -1;
    this.#commit(result.state, true);
    this.#writeState();
    this.#say(fill(t.opened, { name: name || t.sourceNew }));
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#view-heading');
  }

  #readFailed(r: Exclude<ReadResult, { ok: true }>, url?: string): void {
    const t = this.#t;
    this._error =
      r.error === 'too-large'
        ? fill(t.errorTooLarge, { limit: (MAX_BYTES / 2 ** 20).toLocaleString(this.#lang) })
        : r.error === 'empty'
          ? t.errorEmpty
          : r.error === 'http'
            ? fill(t.errorHttp, { status: r.status ?? '?', url: url ?? '' })
            : r.error === 'network'
              ? fill(t.errorNetwork, { url: url ?? '' })
              : t.errorRead;
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#open-error');
  }

  async #openRead(r: ReadResult, kind: Source['kind'], into?: boolean): Promise<void> {
    if (!r.ok) {
      this._busy = '';
      return this.#readFailed(r, kind === 'url' ? this.#urlValue() : undefined);
    }
    const now = new Date().toISOString();
    // The converter (and its HTML parser) comes only for what is not JSON.
    const converter = looksLikeJson(r.text) ? undefined : await import('../convert/index.js');
    this._busy = '';
    if (into && this._state) {
      const result = openText(r.text, { kind, name: r.name }, this.#today, now, converter, this._state);
      if (result.ok && result.state.source === this._state.source) {
        this.#commit(result.state, true);
        this._error = '';
        this.#say(fill(this.#t.updated, { name: r.name }));
        return;
      }
      return this.#opened(result, r.name);
    }
    this.#opened(openText(r.text, { kind, name: kind === 'paste' ? '' : r.name }, this.#today, now, converter), r.name);
  }

  async #openFile(file: File | undefined, into = false): Promise<void> {
    if (!file) return;
    this._busy = fill(this.#t.opening, { name: file.name });
    await this.#openRead(await readFile(file), 'file', into);
  }

  #urlValue(): string {
    return this.renderRoot.querySelector<HTMLInputElement>('#open-url')?.value.trim() ?? '';
  }

  async #openUrl(e: Event): Promise<void> {
    e.preventDefault();
    const url = this.#urlValue();
    if (!url) return this.#readFailed({ ok: false, error: 'empty' });
    this._busy = fill(this.#t.opening, { name: url });
    await this.#openRead(await readUrl(url, location.href), 'url');
  }

  #openPaste(e: Event): void {
    e.preventDefault();
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#open-paste')?.value ?? '';
    if (!text.trim()) return this.#readFailed({ ok: false, error: 'empty' });
    void this.#openRead({ ok: true, text, name: '' }, 'paste');
  }

  #startNew(): void {
    this.#opened({ ok: true, state: newList(this.#today, new Date().toISOString()) }, '');
  }

  #onDragOver = (e: DragEvent): void => {
    if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  };

  #onDragLeave = (e: DragEvent): void => {
    if (e.relatedTarget === null || !this.renderRoot.contains(e.relatedTarget as Node)) this._dragging = false;
  };

  #onDrop = async (e: DragEvent): Promise<void> => {
    const file = e.dataTransfer?.files?.[0];
    this._dragging = false;
    if (!file) return;
    e.preventDefault();
    if (this._state) {
      const r = await readFile(file);
      if (r.ok && looksLikeJson(r.text)) {
        this.#say(this.#t.dropWhileOpen);
        this._notice = this.#t.dropWhileOpen;
        return;
      }
      return this.#openRead(r, 'file', true);
    }
    await this.#openFile(file);
  };

  // — Closing —

  #askClose(): void {
    if (!this._state?.dirty) return this.#close();
    this.renderRoot.querySelector<HTMLDialogElement>('#discard')?.showModal();
  }

  #close(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('#discard')?.close();
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this._state = undefined;
    this._preview = undefined;
    this._notice = '';
    this._error = '';
    this.#store().clear();
    this.#say(this.#t.discarded);
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#start-heading');
  }

  // — Items —

  #itemName(list: ListName, item: unknown): string {
    const t = this.#t;
    if (!isObj(item)) return '?';
    switch (list) {
      case 'subprocessors':
        return str(item.name).trim() || t.noName;
      case 'categories':
        return str(item.code).trim() || t.noCode;
      case 'groups':
        return local(item.title, this.#lang).trim() || str(item.id).trim() || t.noId;
      case 'changes':
        return [str(item.date), str(item.action), str(item.subprocessor)].filter(Boolean).join(' ') || t.change;
    }
  }

  #items(list: ListName): unknown[] {
    const v = this._state?.draft[list];
    return Array.isArray(v) ? v : [];
  }

  #toggle(key: string, open: boolean): void {
    if (open === this._open.has(key)) return;
    const next = new Set(this._open);
    if (open) next.add(key);
    else next.delete(key);
    this._open = next;
  }

  #add(list: ListName): void {
    const s = this._state!;
    const { state: next, index } = addItem(s, list, blankItem(list, s, this.#today));
    const key = next.keys[list][index];
    this.#toggle(key, true);
    if (list === 'subprocessors') this._filter = '';
    this.#commit(next);
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"] .fields :is(input, select, textarea)`);
  }

  #duplicate(list: ListName, i: number): void {
    const s = this._state!;
    const name = this.#itemName(list, this.#items(list)[i]);
    const { state: next, index } = duplicateItem(s, list, i);
    const key = next.keys[list][index];
    this.#toggle(key, true);
    this.#commit(next);
    this.#say(fill(this.#t.duplicatedItem, { name }));
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"] summary`);
  }

  #move(list: ListName, i: number, to: number, button: 'up' | 'down'): void {
    const s = this._state!;
    const key = s.keys[list][i];
    const name = this.#itemName(list, this.#items(list)[i]);
    this.#commit(moveItem(s, list, i, to));
    this.#say(fill(this.#t.moved, { name, position: to + 1, total: this.#items(list).length }));
    this.#focusAfter = () => {
      const item = this.renderRoot.querySelector(`[data-key="${key}"]`);
      const wanted = item?.querySelector<HTMLButtonElement>(`[data-act="${button}"]`);
      return wanted && !wanted.disabled ? wanted : item?.querySelector<HTMLElement>(`[data-act="${button === 'up' ? 'down' : 'up'}"]`);
    };
  }

  #remove(list: ListName, i: number): void {
    const s = this._state!;
    const name = this.#itemName(list, this.#items(list)[i]);
    const next = removeItem(s, list, i);
    const after = next.keys[list][Math.min(i, next.keys[list].length - 1)];
    this.#commit(next);
    this.#say(fill(this.#t.removedItem, { name }));
    this.#focusAfter = () =>
      (after && this.renderRoot.querySelector<HTMLElement>(`[data-key="${after}"] summary`)) || this.renderRoot.querySelector<HTMLElement>(`[data-add="${list}"]`);
  }

  // — Problems —

  #goTo(index: number): void {
    const issues = this.#checked?.issues ?? [];
    if (!issues.length) return;
    const i = ((index % issues.length) + issues.length) % issues.length;
    const issue = issues[i];
    this._issue = i;
    this.#show(issue.path);
    const t = this.#t;
    this.#say(`${issue.severity === 'problem' ? t.problem : t.warning} ${fill(t.issueOf, { n: i + 1, total: issues.length })}: ${issue.message}`);
  }

  /** Shows the field at `path`: its view, its item opened, then focus on its control. */
  #show(path: string): void {
    const view = viewOf(path);
    this._view = view;
    const segs = parsePath(path);
    const list = segs[0] as ListName;
    if (typeof segs[1] === 'number' && this._state?.keys[list]) {
      const key = this._state.keys[list][segs[1]];
      if (key) this.#toggle(key, true);
      if (list === 'subprocessors') this._filter = '';
    }
    this.#focusAfter = () => {
      let best: HTMLElement | undefined;
      let length = -1;
      for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')) {
        const p = el.dataset.path!;
        if (within(path, p) && p.length > length) [best, length] = [el, p.length];
      }
      if (!best) return this.renderRoot.querySelector<HTMLElement>('#view-heading');
      if (best.tagName === 'DETAILS') return best.querySelector<HTMLElement>('summary');
      return best.querySelector<HTMLElement>('input, select, textarea') ?? best.querySelector<HTMLElement>('button, summary') ?? (best.hasAttribute('tabindex') ? best : this.renderRoot.querySelector<HTMLElement>('#view-heading'));
    };
  }

  // — Publishing —

  #download(files: OutFile[]): void {
    for (const f of files) saveFile(f, this.renderRoot as ShadowRoot);
    this.#say(files.map((f) => fill(this.#t.downloaded, { name: f.name })).join(' '));
  }

  async #downloadAll(): Promise<void> {
    // The static page speaks the list's language: its words first.
    await loadLocale(this.#pageLang);
    let s = this._state!;
    const pending = this.#proposals.filter((p) => p.include);
    if (pending.length) s = recordChanges(s, this.#proposals, this._setUpdated);
    const out = publish(s, this.#today, this.#pageLang);
    this.#commit(markSaved(s), true);
    this.#download([out.registry, out.changes, out.feed, out.page]);
  }

  async #downloadOne(which: 'registry' | 'changes' | 'feed' | 'page'): Promise<void> {
    await loadLocale(this.#pageLang);
    const s = this._state!;
    const out = publish(s, this.#today, this.#pageLang);
    if (which === 'registry') this.#commit(markSaved(s), true);
    this.#download([out[which]]);
  }

  #record(): void {
    const n = this.#proposals.filter((p) => p.include).length;
    this.#commit(recordChanges(this._state!, this.#proposals, this._setUpdated), true);
    this.#say(plural(this.#t.recorded, n, this.#lang));
  }

  // — Rendering —

  override render(): TemplateResult {
    const t = this.#t;
    const s = this._state;
    return html`<div
      class=${`app${this._dragging ? ' dragging' : ''}`}
      lang=${this.#lang}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      <header class="bar">
        <h1>${t.appTitle}</h1>
        ${s ? this.#status(s) : nothing}
        <div class="bar-tools">
          <label class="inline" for="ui-lang">${t.editorLanguage}</label>
          <select id="ui-lang" @change=${(e: Event) => this.#setPrefs({ lang: (e.target as HTMLSelectElement).value })}>
            ${EDITOR_LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.#lang}>${EDITOR_STRINGS[l].languageName}</option>`)}
          </select>
          ${s ? html`<button type="button" id="close" @click=${() => this.#askClose()}>${t.close}</button>` : nothing}
        </div>
      </header>
      <p class="sr-only" role="status" aria-live="polite">${this._announcement}</p>
      ${this._notice
        ? html`<p class="notice" role="status">
            ${this._notice}
            ${s && this.#restored ? html` <button type="button" class="link" id="discard-restored" @click=${() => this.#askClose()}>${t.discard}</button>` : nothing}
          </p>`
        : nothing}
      ${this._storageFailed ? html`<p class="notice warn" role="alert">${t.storageFull}</p>` : nothing}
      ${s ? this.#editor(s) : this.#start()}
      <datalist id="dl-places">${placeOptions(this.#lang).map((o) => html`<option value=${o.label}></option>`)}</datalist>
      <datalist id="dl-actions">${ACTIONS.map((a) => html`<option value=${a}></option>`)}</datalist>
      <datalist id="dl-names">${this.#items('subprocessors').map((e) => (isObj(e) && str(e.name) ? html`<option value=${str(e.name)}></option>` : nothing))}</datalist>
      <dialog id="discard" aria-labelledby="discard-title" aria-describedby="discard-text">
        <h2 id="discard-title">${t.discardTitle}</h2>
        <p id="discard-text">${t.discardText}</p>
        <div class="actions">
          <button type="button" class="danger" id="discard-confirm" @click=${() => this.#close()}>${t.discardConfirm}</button>
          <button type="button" id="discard-cancel" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('#discard')?.close()}>${t.keepEditing}</button>
        </div>
      </dialog>
      ${this._dragging ? html`<div class="drop-cue" aria-hidden="true">${t.dropHere}</div>` : nothing}
    </div>`;
  }

  #status(s: EditorState): TemplateResult {
    const t = this.#t;
    const source = s.source.kind === 'new' ? t.sourceNew : s.source.kind === 'paste' ? t.sourcePaste : fill(t.sourceFile, { name: s.source.name });
    return html`<p class="status"><span class="source">${source}</span> <span class=${s.dirty ? 'dirty' : 'clean'}>${s.dirty ? t.unsaved : t.saved}</span></p>`;
  }

  #start(): TemplateResult {
    const t = this.#t;
    return html`<main class="start" aria-labelledby="start-heading">
      <h2 id="start-heading" tabindex="-1">${t.startHeading}</h2>
      <p class="privacy">${t.privacy}</p>
      ${this._error ? html`<p class="error" id="open-error" role="alert" tabindex="-1">${this._error}</p>` : nothing}
      ${this._busy ? html`<p role="status">${this._busy}</p>` : nothing}
      <div class="cards">
        <section class="card" aria-labelledby="file-heading">
          <h3 id="file-heading">${t.openFile}</h3>
          <label for="open-file">${t.openFileHelp}</label>
          <input
            id="open-file"
            type="file"
            accept=".json,.csv,.tsv,.txt,.md,.html,.htm,application/json,text/csv,text/html,text/plain"
            aria-describedby="drop-hint"
            @change=${(e: Event) => this.#openFile((e.target as HTMLInputElement).files?.[0])}
          />
          <p class="help" id="drop-hint">${t.dropHint}</p>
        </section>
        <section class="card" aria-labelledby="url-heading">
          <h3 id="url-heading">${t.urlHeading}</h3>
          <form @submit=${(e: Event) => this.#openUrl(e)}>
            <label for="open-url">${t.urlLabel}</label>
            <div class="row">
              <input id="open-url" type="text" inputmode="url" spellcheck="false" autocomplete="url" aria-describedby="url-help" />
              <button type="submit">${t.openButton}</button>
            </div>
            <p class="help" id="url-help">${t.urlHelp}</p>
          </form>
        </section>
        <section class="card" aria-labelledby="paste-heading">
          <h3 id="paste-heading">${t.pasteHeading}</h3>
          <form @submit=${(e: Event) => this.#openPaste(e)}>
            <label for="open-paste">${t.pasteLabel}</label>
            <textarea id="open-paste" rows="5" spellcheck="false"></textarea>
            <button type="submit">${t.pasteButton}</button>
          </form>
        </section>
        <section class="card" aria-labelledby="new-heading">
          <h3 id="new-heading">${t.newHeading}</h3>
          <p class="help" id="new-help">${t.newHelp}</p>
          <button type="button" id="new-list" aria-describedby="new-help" @click=${() => this.#startNew()}>${t.newButton}</button>
        </section>
      </div>
    </main>`;
  }

  #ctx(s: EditorState): FormContext {
    return { t: this.#t, lang: this.#lang, draft: s.draft, issues: this.#checked?.issues ?? [], set: this.#set };
  }

  #editor(s: EditorState): TemplateResult {
    const t = this.#t;
    const labels: Record<View, string> = {
      list: t.viewList,
      entries: t.viewEntries,
      categories: t.viewCategories,
      changes: t.viewChanges,
      publish: t.viewPublish,
      preview: t.viewPreview,
    };
    const view = this._view;
    return html`<div class="workspace" data-view=${view}>
      <nav class="views" aria-label=${t.viewsLabel}>
        ${VIEWS.map(
          (v) =>
            html`<button type="button" class=${`view-${v}`} aria-current=${v === view ? 'true' : 'false'} @click=${() => {
              this._view = v;
              this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>(v === 'preview' ? '#preview-heading' : '#view-heading');
            }}>${labels[v]}</button>`,
        )}
      </nav>
      ${this.#issueBar()}
      <main class="form" aria-labelledby="view-heading">
        ${view === 'entries'
          ? this.#entries(s)
          : view === 'categories'
            ? this.#categories(s)
            : view === 'changes'
              ? this.#changeLog(s)
              : view === 'publish'
                ? this.#publish(s)
                : this.#listView(s)}
      </main>
      ${this.#previewPane()}
    </div>`;
  }

  #issueBar(): TemplateResult {
    const t = this.#t;
    const issues = this.#checked?.issues ?? [];
    const problems = issues.filter((i) => i.severity === 'problem').length;
    const warnings = issues.length - problems;
    const lang = this.#lang;
    return html`<section class="issue-bar" aria-label=${t.issuesLabel}>
      <p class="counts" id="issue-counts">
        ${issues.length
          ? html`<span class=${problems ? 'count problem' : 'count'}>${plural(t.problems, problems, lang)}</span>
              <span class=${warnings ? 'count warning' : 'count'}>${plural(t.warnings, warnings, lang)}</span>
              ${this._issue >= 0 ? html`<span class="position">(${fill(t.issueOf, { n: this._issue + 1, total: issues.length })})</span>` : nothing}`
          : html`<span class="count ok">${t.noIssues}</span>`}
      </p>
      <div class="row">
        <button type="button" id="prev-issue" ?disabled=${!issues.length} aria-describedby="issue-counts" @click=${() => this.#goTo(this._issue < 0 ? -1 : this._issue - 1)}>
          ${t.prevIssue}
        </button>
        <button type="button" id="next-issue" ?disabled=${!issues.length} aria-describedby="issue-counts" @click=${() => this.#goTo(this._issue + 1)}>${t.nextIssue}</button>
      </div>
      ${issues.length
        ? html`<details class="all-issues">
            <summary>${t.allIssues}</summary>
            <p class="help">${t.issuesNote}</p>
            <ol>
              ${issues.map(
                (i, n) =>
                  html`<li class=${i.severity}>
                    <button type="button" class="link" @click=${() => this.#goTo(n)}>
                      <strong>${i.severity === 'problem' ? t.problem : t.warning}</strong> <code>${i.path || t.issueList}</code>: ${i.message}
                    </button>
                  </li>`,
              )}
            </ol>
          </details>`
        : nothing}
    </section>`;
  }

  /** The list's own fields, the issues about the list as a whole, and the update-from-a-file form. */
  #listView(s: EditorState): TemplateResult {
    const t = this.#t;
    const c = this.#ctx(s);
    const known = new Set([...LIST_KEYS, ...LIST_FIELDS.map((f) => f.key.split('.')[0])]);
    const other = Object.keys(s.draft).filter((k) => !known.has(k));
    // Issues about the list that no field shows (its version, a field of the wrong type).
    const fieldPaths = LIST_FIELDS.map((f) => f.key);
    const loose = c.issues.filter((i) => viewOf(i.path) === 'list' && !fieldPaths.some((p) => within(i.path, p)));
    const group = (heading: string, help: string | undefined, keys: string[]) => html`<fieldset class="group">
      <legend>${heading}</legend>
      ${help ? html`<p class="help">${help}</p>` : nothing}
      <div class="fields">${LIST_FIELDS.filter((f) => keys.includes(f.key)).map((f) => field(c, [], f, f.key))}</div>
    </fieldset>`;
    const report = s.importReport;
    return html`<h2 id="view-heading" tabindex="-1">${t.viewList}</h2>
      ${loose.length ? html`<div class="loose" data-path="" tabindex="-1">${issueList(c, loose, 'list-issues')}</div>` : nothing}
      ${group(t.listSettings, undefined, ['title', 'intro', 'updated', 'subscribe', 'feed', 'page'])}
      ${group(t.ownerHeading, helpFor(t, 'owner'), ['owner.name', 'owner.url', 'owner.contact', 'owner.dpa'])}
      ${group(t.noticeHeading, helpFor(t, 'notice'), ['notice.days', 'notice.objectionDays'])}
      ${other.length ? html`<p class="note">${fill(t.otherFields, { fields: other.join(', ') })}</p>` : nothing}
      ${report
        ? html`<details class="report">
            <summary>${t.importHeading}</summary>
            <p>${report.summary}</p>
            ${report.privateColumns.length ? html`<p>${fill(t.importPrivate, { columns: report.privateColumns.join(', ') })}</p>` : nothing}
            ${report.warnings.length ? html`<ul>${report.warnings.map((w) => html`<li>${w.message}</li>`)}</ul>` : nothing}
          </details>`
        : nothing}
      <section class="card" aria-labelledby="update-heading">
        <h3 id="update-heading">${t.updateHeading}</h3>
        <p class="help" id="update-help">${t.updateHelp}</p>
        <label for="update-file">${t.updateFile}</label>
        <input
          id="update-file"
          type="file"
          accept=".csv,.tsv,.txt,.md,.html,.htm,text/csv,text/html,text/plain"
          aria-describedby="update-help"
          @change=${(e: Event) => this.#openFile((e.target as HTMLInputElement).files?.[0], true)}
        />
        ${this._error ? html`<p class="error" id="open-error" role="alert" tabindex="-1">${this._error}</p>` : nothing}
      </section>`;
  }

  /** One list of items (entries, categories, groups, changes), each a disclosure with its form. */
  #itemList(s: EditorState, list: ListName, o: { heading: string; level: 2 | 3; add: string; title: (item: unknown, i: number) => TemplateResult | string; shown?: (item: unknown) => boolean }): TemplateResult {
    const t = this.#t;
    const c = this.#ctx(s);
    const items = this.#items(list);
    const fields = ITEM_FIELDS[list];
    const rows = items.map((item, i) => ({ item, i, key: s.keys[list][i] ?? `i${i}` })).filter((r) => !o.shown || o.shown(r.item));
    const heading = o.level === 2 ? html`<h2 id="view-heading" tabindex="-1">${o.heading}</h2>` : html`<h3 id=${`${list}-heading`}>${o.heading}</h3>`;
    const help = helpFor(t, list);
    return html`<section class="items" aria-labelledby=${o.level === 2 ? 'view-heading' : `${list}-heading`}>
      ${heading} ${help ? html`<p class="help">${help}</p>` : nothing}
      ${list === 'subprocessors' ? this.#filterBox(items.length, rows.length) : nothing}
      ${list === 'subprocessors' && !items.length ? html`<p class="note">${t.noEntries}</p>` : nothing}
      <ol class="item-list">
        ${repeat(
          rows,
          (r) => r.key,
          ({ item, i, key }) => {
            const path = pathString([list, i]);
            const issues = issuesAt(c, path);
            const problems = issues.filter((x) => x.severity === 'problem').length;
            const warnings = issues.length - problems;
            const open = this._open.has(key);
            const fieldPaths = fields.map((f) => `${path}.${f.key}`);
            const loose = issues.filter((x) => !fieldPaths.some((p) => within(x.path, p)));
            const name = this.#itemName(list, item);
            const other = isObj(item) ? Object.keys(item).filter((k) => !fields.some((f) => f.key === k)) : [];
            return html`<li>
              <details class="item" data-key=${key} data-path=${path} ?open=${open} @toggle=${(e: Event) => this.#toggle(key, (e.target as HTMLDetailsElement).open)}>
                <summary>
                  <span class="item-title">${o.title(item, i)}</span>
                  ${problems ? html`<span class="badge problem">${plural(t.problems, problems, this.#lang)}</span>` : nothing}
                  ${warnings ? html`<span class="badge warning">${plural(t.warnings, warnings, this.#lang)}</span>` : nothing}
                </summary>
                ${open
                  ? html`<div class="item-body">
                      ${loose.length ? html`<div class="loose">${issueList(c, loose, idFor(path, 'i'))}</div>` : nothing}
                      ${isObj(item)
                        ? html`<div class="fields">${fields.map((f) => field(c, [list, i], f, `${list}.${f.key}`))}</div>
                            ${other.length ? html`<p class="note">${fill(t.otherFields, { fields: other.join(', ') })}</p>` : nothing}`
                        : html`<p class="note">${t.notAnObject}</p>`}
                      <div class="item-actions">
                        <button type="button" data-act="up" ?disabled=${i === 0} @click=${() => this.#move(list, i, i - 1, 'up')}>
                          ${t.moveUp}<span class="sr-only"> ${name}</span>
                        </button>
                        <button type="button" data-act="down" ?disabled=${i === items.length - 1} @click=${() => this.#move(list, i, i + 1, 'down')}>
                          ${t.moveDown}<span class="sr-only"> ${name}</span>
                        </button>
                        <button type="button" data-act="duplicate" @click=${() => this.#duplicate(list, i)}>${t.duplicate}<span class="sr-only"> ${name}</span></button>
                        <button type="button" data-act="remove" class="danger" @click=${() => this.#remove(list, i)}>${t.remove}<span class="sr-only"> ${name}</span></button>
                      </div>
                    </div>`
                  : nothing}
              </details>
            </li>`;
          },
        )}
      </ol>
      <button type="button" class="add" data-add=${list} @click=${() => this.#add(list)}>${o.add}</button>
    </section>`;
  }

  #filterBox(total: number, shown: number): TemplateResult {
    const t = this.#t;
    return html`<div class="filter">
      <label for="filter">${t.filterLabel}</label>
      <input id="filter" type="search" aria-describedby="filter-count" .value=${live(this._filter)} @input=${(e: Event) => (this._filter = (e.target as HTMLInputElement).value)} />
      <span id="filter-count" class="help">${this._filter ? fill(t.filterShowing, { shown, total }) : plural(t.entryCount, total, this.#lang)}</span>
    </div>`;
  }

  #entries(s: EditorState): TemplateResult {
    const t = this.#t;
    const lang = this.#lang;
    const query = fold(this._filter.trim());
    const places = (e: Json) => (Array.isArray(e.dataLocations) ? e.dataLocations : []).filter((x): x is string => typeof x === 'string').map((x) => (/^[A-Z]{2,3}$/.test(x) ? placeLabel(x, lang) : x));
    return this.#itemList(s, 'subprocessors', {
      heading: t.viewEntries,
      level: 2,
      add: t.addEntry,
      shown: query
        ? (e) => isObj(e) && fold([str(e.name), local(e.service, lang), local(e.purpose, lang), ...places(e)].join(' ')).includes(query)
        : undefined,
      title: (e) => {
        if (!isObj(e)) return '?';
        const service = local(e.service, lang).trim();
        const sub = [service && service.toLowerCase() !== str(e.name).trim().toLowerCase() ? service : '', local(e.purpose, lang), places(e).join(', ')].filter(Boolean).join(' · ');
        return html`<span class="name">${str(e.name).trim() || t.noName}</span>${sub ? html` <span class="sub">${sub}</span>` : nothing}`;
      },
    });
  }

  #categories(s: EditorState): TemplateResult {
    const t = this.#t;
    const lang = this.#lang;
    return html`<h2 id="view-heading" tabindex="-1">${t.viewCategories}</h2>
      ${this.#itemList(s, 'categories', {
        heading: t.categoriesHeading,
        level: 3,
        add: t.addCategory,
        title: (cat) => {
          if (!isObj(cat)) return '?';
          const words = [local(cat.subject, lang), local(cat.label, lang)].filter(Boolean).join(': ');
          return html`<span class="name">${str(cat.code).trim() || t.noCode}</span>${words ? html` <span class="sub">${words}</span>` : nothing}`;
        },
      })}
      ${this.#itemList(s, 'groups', {
        heading: t.groupsHeading,
        level: 3,
        add: t.addGroup,
        title: (g) => {
          if (!isObj(g)) return '?';
          return html`<span class="name">${local(g.title, lang).trim() || str(g.id).trim() || t.noId}</span> <span class="sub">${str(g.id)}</span>`;
        },
      })}`;
  }

  #changeLog(s: EditorState): TemplateResult {
    const t = this.#t;
    return this.#itemList(s, 'changes', {
      heading: t.viewChanges,
      level: 2,
      add: t.addChange,
      title: (c) => {
        if (!isObj(c)) return '?';
        return html`<span class="name">${[str(c.date), str(c.action)].filter(Boolean).join(' · ') || t.change}</span> <span class="sub">${str(c.subprocessor)}</span>`;
      },
    });
  }

  #publish(s: EditorState): TemplateResult {
    const t = this.#t;
    const lang = this.#lang;
    const list = this.#proposals;
    const included = list.filter((p) => p.include).length;
    const problems = this.#checked?.problems.length ?? 0;
    const base = baseName(s);
    const names = { registry: `${base}.json`, changes: `${base}.changes.json`, feed: `${base}.atom`, page: `${base}.html` };
    const files: [keyof typeof names, string][] = [
      ['registry', t.fileRegistry],
      ['changes', t.fileChanges],
      ['feed', t.fileFeed],
      ['page', t.filePage],
    ];
    const sinceOpened = JSON.stringify(s.baseline) === JSON.stringify(Array.isArray(s.original.subprocessors) ? s.original.subprocessors : []);
    return html`<h2 id="view-heading" tabindex="-1">${t.publishHeading}</h2>
      <section class="proposals" aria-labelledby="proposed-heading">
        <h3 id="proposed-heading">${t.proposedHeading}</h3>
        <p class="help">${sinceOpened ? t.proposedIntro : t.proposedSince}</p>
        <div class="field">
          <label for="change-date">${t.changeDate}</label>
          <input
            id="change-date"
            type="date"
            .value=${live(s.changeDate)}
            @input=${(e: Event) => this.#commit(setChangeDate(this._state!, (e.target as HTMLInputElement).value || this.#today))}
          />
        </div>
        ${list.length
          ? html`<ol class="proposal-list">
              ${list.map((p, i) => {
                const id = `proposal-${i}`;
                return html`<li>
                  <fieldset class="proposal" data-proposal=${p.key}>
                    <legend>${p.change.action}: ${p.change.subprocessor}</legend>
                    <div class="check">
                      <input type="checkbox" id=${`${id}-include`} .checked=${live(p.include)} @change=${(e: Event) => this.#commit(editProposal(this._state!, p, { include: (e.target as HTMLInputElement).checked }))} />
                      <label for=${`${id}-include`}>${t.include}</label>
                    </div>
                    <div class="field">
                      <label for=${`${id}-action`}>${t.action}</label>
                      <input
                        id=${`${id}-action`}
                        type="text"
                        list="dl-actions"
                        .value=${live(p.change.action ?? '')}
                        @input=${(e: Event) => this.#commit(editProposal(this._state!, p, { action: (e.target as HTMLInputElement).value }))}
                      />
                    </div>
                    <div class="field wide">
                      <label for=${`${id}-description`}>${t.description}</label>
                      <textarea
                        id=${`${id}-description`}
                        rows="2"
                        .value=${live(str(p.change.description))}
                        @input=${(e: Event) => this.#commit(editProposal(this._state!, p, { description: (e.target as HTMLTextAreaElement).value }))}
                      ></textarea>
                    </div>
                  </fieldset>
                </li>`;
              })}
            </ol>
            <div class="check">
              <input type="checkbox" id="set-updated" .checked=${live(this._setUpdated)} @change=${(e: Event) => (this._setUpdated = (e.target as HTMLInputElement).checked)} />
              <label for="set-updated">${t.setUpdated}</label>
            </div>
            <button type="button" id="record" ?disabled=${!included} @click=${() => this.#record()}>${plural(t.record, included, lang)}</button>`
          : html`<p class="note" id="no-proposals">${t.noProposals}</p>`}
      </section>
      <section class="downloads" aria-labelledby="download-heading">
        <h3 id="download-heading">${t.downloadHeading}</h3>
        <p class="help">${t.downloadIntro}</p>
        ${problems ? html`<p class="note warn">${plural(t.hasProblems, problems, lang)}</p>` : nothing}
        ${s.recorded.length ? html`<p class="note">${plural(t.sessionChanges, s.recorded.length, lang)}</p>` : nothing}
        <button type="button" class="primary" id="download-all" @click=${() => this.#downloadAll()}>
          ${included ? plural(t.downloadAllPending, included, lang) : t.downloadAll}
        </button>
        <ul class="files">
          ${files.map(
            ([key, what]) => html`<li>
              <button type="button" class="link" data-file=${key} @click=${() => this.#downloadOne(key)}>${fill(t.download, { name: names[key] })}</button>
              <span class="help">${what}</span>
            </li>`,
          )}
        </ul>
      </section>`;
  }

  #previewPane(): TemplateResult {
    const t = this.#t;
    const width = this._prefs.width ?? 'laptop';
    const theme = this._prefs.theme ?? 'light';
    const px = width === 'phone' ? 375 : 1280;
    // The stage keeps its width and is zoomed to fit the pane (a laptop's width in half a screen).
    const fit = this._frameWidth ? Math.min(1, Math.max(0.25, Math.floor((this._frameWidth / px) * 100) / 100)) : 1;
    const radio = (name: string, value: string, current: string, label: string, pick: () => void) =>
      html`<label class="radio"><input type="radio" name=${name} value=${value} .checked=${live(value === current)} @change=${pick} />${label}</label>`;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabindex="-1">${t.previewHeading}</h2>
      <p class="help">${t.previewNote}</p>
      <div class="preview-tools">
        <fieldset>
          <legend>${t.width}</legend>
          ${radio('width', 'phone', width, t.phone, () => this.#setPrefs({ width: 'phone' }))}
          ${radio('width', 'laptop', width, t.laptop, () => this.#setPrefs({ width: 'laptop' }))}
        </fieldset>
        <fieldset>
          <legend>${t.theme}</legend>
          ${radio('theme', 'light', theme, t.light, () => this.#setPrefs({ theme: 'light' }))}
          ${radio('theme', 'dark', theme, t.dark, () => this.#setPrefs({ theme: 'dark' }))}
        </fieldset>
        <div class="field">
          <label for="page-lang">${t.pageLanguage}</label>
          <select id="page-lang" @change=${(e: Event) => this.#setPrefs({ pageLang: (e.target as HTMLSelectElement).value })}>
            ${UI_LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.#pageLang}>${EDITOR_STRINGS[l]?.languageName ?? l}</option>`)}
          </select>
        </div>
      </div>
      <div class="frame">
        <div class=${`stage ${width} ${theme}`} style=${`zoom: ${fit}`}>
          <subprocessor-list ${ref(this.#list)}></subprocessor-list>
        </div>
      </div>
    </section>`;
  }
}
