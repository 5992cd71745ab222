/**
 * The form controls, one per kind of field (see fields.ts): native inputs
 * with labels, the schema's explanation under each, and the problems and
 * warnings about that field beside it, tied to the control with
 * `aria-describedby` (and `aria-invalid` for problems).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fill } from '../lib/strings.js';
import { isIsoDate } from '../lib/registry.js';
import { pickText } from '../lib/localize.js';
import type { LocalizedText } from '../lib/types.js';
import { getIn, pathString, within, type Path } from './paths.js';
import type { Field } from './fields.js';
import type { Issue, Json } from './store.js';
import { placeLabel, placeValue } from './places.js';
import { helpFor, type EditorStrings } from './words.js';

export interface FormContext {
  t: EditorStrings;
  lang: string;
  draft: Json;
  issues: readonly Issue[];
  set(path: Path, value: unknown): void;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An element id for a path: `f-subprocessors-3-name`. */
export function idFor(path: Path | string, prefix = 'f'): string {
  const p = typeof path === 'string' ? path : pathString(path);
  return `${prefix}-${p.replace(/[^\w-]+/g, '-').replace(/-+$/, '')}`;
}

export function issuesAt(c: FormContext, path: string): Issue[] {
  return c.issues.filter((i) => within(i.path, path));
}

export function issueList(c: FormContext, issues: readonly Issue[], id: string): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  return html`<ul class="issues" id=${id}>
    ${issues.map((i) => html`<li class=${i.severity}><strong>${i.severity === 'problem' ? c.t.problem : c.t.warning}:</strong> ${i.message}</li>`)}
  </ul>`;
}

const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

/** The label's text, with the format's own word for the field beside it (for the eye: the name is the label's words). */
function labelText(c: FormContext, name: string, f: Field) {
  const key = f.key.split('.').pop()!;
  return html`${c.t.labels[name] ?? key}${f.required ? html` <span class="required">(${c.t.required})</span>` : nothing} <code class="key" aria-hidden="true">${key}</code>`;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A text or URL input, or a text area. */
function textControl(c: FormContext, path: Path, f: Field, id: string, described: string | undefined, invalid: boolean, value: unknown, multiline: boolean) {
  const set = (e: Event) => {
    const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    // A required field stays (empty) so the problem shows; an empty optional one is no field.
    c.set(path, v === '' && !f.required ? undefined : v);
  };
  if (multiline) {
    return html`<textarea id=${id} rows="3" aria-describedby=${ifDefined(described)} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(text(value))} @input=${set}></textarea>`;
  }
  return html`<input
    id=${id}
    type="text"
    inputmode=${ifDefined(f.kind === 'url' ? 'url' : undefined)}
    spellcheck=${f.kind === 'url' || f.key === 'id' || f.key === 'code' ? 'false' : 'true'}
    aria-describedby=${ifDefined(described)}
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-required=${f.required ? 'true' : 'false'}
    list=${ifDefined(f.kind === 'action' ? 'dl-actions' : f.key === 'subprocessor' ? 'dl-names' : undefined)}
    .value=${live(text(value))}
    @input=${set}
  />`;
}

/** One field of an object at `base` (`['subprocessors', 3]`); `name` is its name in the locale files (`subprocessors.purpose`). */
export function field(c: FormContext, base: Path, f: Field, name: string): TemplateResult {
  const path = [...base, ...f.key.split('.')];
  const p = pathString(path);
  const id = idFor(path);
  const value = getIn(c.draft, path);
  const issues = issuesAt(c, p);
  const help = helpFor(c.t, name);
  const helpId = help ? `${id}-help` : undefined;
  const issuesId = issues.length ? `${id}-issues` : undefined;
  const described = ids(helpId, issuesId);
  const invalid = issues.some((i) => i.severity === 'problem');
  const helpText = (extra?: string) => (help || extra ? html`<p class="help" id=${`${id}-help`}>${[help, extra].filter(Boolean).join(' ')}</p>` : nothing);
  const wide = f.kind === 'long' || f.kind === 'places' || f.kind === 'codes';

  // Text in several languages: one control per language.
  if ((f.kind === 'local' || f.kind === 'long') && isObj(value)) {
    const langs = Object.keys(value);
    return html`<fieldset class="field wide" data-path=${p}>
      <legend>${labelText(c, name, f)}</legend>
      ${helpText(c.t.localNote)}
      ${langs.map((lang) => {
        const lid = idFor([...path, lang]);
        return html`<div class="sub">
          <label for=${lid}>${fill(c.t.inLanguage, { field: c.t.labels[name] ?? f.key, lang })}</label>
          ${textControl(c, [...path, lang], { ...f, required: false }, lid, described, invalid, value[lang], f.kind === 'long')}
        </div>`;
      })}
      ${issueList(c, issues, `${id}-issues`)}
    </fieldset>`;
  }

  if (f.kind === 'places') return places(c, path, f, name, id, issues);
  if (f.kind === 'codes') return codes(c, path, f, name, id, issues);

  let control: TemplateResult;
  let extra: string | undefined;
  switch (f.kind) {
    case 'date':
      control = html`<input
        id=${id}
        type="date"
        aria-describedby=${ifDefined(described)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(typeof value === 'string' && isIsoDate(value) ? value : '')}
        @input=${(e: Event) => c.set(path, (e.target as HTMLInputElement).value || undefined)}
        @change=${(e: Event) => c.set(path, (e.target as HTMLInputElement).value || undefined)}
      />`;
      break;
    case 'number':
      control = html`<input
        id=${id}
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        aria-describedby=${ifDefined(described)}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(typeof value === 'number' ? String(value) : '')}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          c.set(path, v === '' ? undefined : Number(v));
        }}
      />`;
      break;
    case 'place': {
      const v = text(value).trim();
      const isCode = /^[A-Z]{2,3}$/.test(v) && placeLabel(v, c.lang) !== v;
      extra = c.t.placeHelp;
      control = html`<div class="place-input">
        <input
          id=${id}
          type="text"
          list="dl-places"
          autocomplete="off"
          aria-describedby=${ifDefined(ids(`${id}-help`, `${id}-code`, issuesId))}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(displayPlace(text(value), c.lang))}
          @input=${(e: Event) => c.set(path, typedPlace((e.target as HTMLInputElement).value, c.lang) || undefined)}
          @change=${(e: Event) => c.set(path, placeValue((e.target as HTMLInputElement).value, c.lang) || undefined)}
        />
        <span class="saved-as" id=${`${id}-code`}>${v ? (isCode ? fill(c.t.placeCode, { code: v }) : c.t.placeText) : ''}</span>
      </div>`;
      break;
    }
    case 'group': {
      const groups = (Array.isArray(c.draft.groups) ? c.draft.groups : []).filter((g): g is Json => isObj(g) && typeof g.id === 'string' && g.id.trim() !== '');
      const current = text(value);
      const known = groups.some((g) => g.id === current);
      control = html`<select id=${id} aria-describedby=${ifDefined(described)} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => c.set(path, (e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!current}>${c.t.noGroup}</option>
        ${groups.map((g) => html`<option value=${g.id as string} ?selected=${g.id === current}>${pickText(g.title as LocalizedText | undefined, c.lang)?.trim() || (g.id as string)}</option>`)}
        ${current && !known ? html`<option value=${current} selected>${fill(c.t.undefinedGroup, { id: current })}</option>` : nothing}
      </select>`;
      break;
    }
    case 'tristate': {
      const current = text(value);
      const options: [string, string][] = [['', c.t.tristateUnset], ['yes', c.t.yes], ['no', c.t.no], ['maybe', c.t.maybe]];
      control = html`<select id=${id} aria-describedby=${ifDefined(described)} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => c.set(path, (e.target as HTMLSelectElement).value || undefined)}>
        ${options.map(([v, label]) => html`<option value=${v} ?selected=${v === current}>${label}</option>`)}
        ${current && !options.some(([v]) => v === current) ? html`<option value=${current} selected>${current}</option>` : nothing}
      </select>`;
      break;
    }
    default:
      control = textControl(c, path, f, id, described, invalid, value, f.kind === 'long');
  }
  return html`<div class=${wide ? 'field wide' : 'field'} data-path=${p}>
    <label for=${id}>${labelText(c, name, f)}</label>
    ${control} ${helpText(extra)} ${issueList(c, issues, `${id}-issues`)}
  </div>`;
}

/** What the place input shows: a country's name for its code (as the registry writes codes: upper case), else the value. */
function displayPlace(value: string, lang: string): string {
  return /^[A-Z]{2,3}$/.test(value) ? placeLabel(value, lang) : value;
}

/** While typing: a country's name exactly as the list offers it becomes its code; anything else stays as typed. */
function typedPlace(typed: string, lang: string): string {
  const code = placeValue(typed, lang);
  return code !== typed.trim() && placeLabel(code, lang) === typed ? code : typed;
}

function places(c: FormContext, path: Path, f: Field, name: string, id: string, issues: Issue[]): TemplateResult {
  const raw = getIn(c.draft, path);
  const list = Array.isArray(raw) ? raw : [];
  const p = pathString(path);
  const inputId = `${id}-new`;
  const label = c.t.labels[name] ?? f.key;
  const help = helpFor(c.t, name);
  const add = (e: Event) => {
    const root = (e.target as Element).closest('.places');
    const input = root?.querySelector<HTMLInputElement>(`#${inputId}`);
    const v = input ? placeValue(input.value, c.lang) : '';
    if (!input || !v) return;
    c.set(path, [...list, v]);
    input.value = '';
    input.focus();
  };
  const removeAt = (i: number, e: Event) => {
    const next = list.filter((_, j) => j !== i);
    c.set(path, next.length ? next : undefined);
    // Focus stays in the field: on the next location's button, else the input.
    const root = (e.target as Element).closest('.places');
    queueMicrotask(() =>
      requestAnimationFrame(() => (root?.querySelectorAll<HTMLElement>('.chip button')[Math.min(i, next.length - 1)] ?? root?.querySelector<HTMLElement>(`#${inputId}`))?.focus()),
    );
  };
  return html`<fieldset class="field wide places" data-path=${p}>
    <legend>${labelText(c, name, f)}</legend>
    <p class="help" id=${`${id}-help`}>${[help, c.t.placeHelp].filter(Boolean).join(' ')}</p>
    ${list.length
      ? html`<ul class="chips">
          ${list.map((v, i) => {
            const value = typeof v === 'string' ? v : JSON.stringify(v);
            const shown = displayPlace(value, c.lang);
            const mine = issuesAt(c, `${p}[${i}]`);
            return html`<li class=${mine.some((x) => x.severity === 'problem') ? 'chip bad' : 'chip'} data-path=${`${p}[${i}]`}>
              <span>${shown}</span>${shown !== value ? html` <span class="code">${value}</span>` : nothing}
              <button type="button" class="icon" aria-label=${fill(c.t.placeRemove, { place: shown })} @click=${(e: Event) => removeAt(i, e)}>×</button>
            </li>`;
          })}
        </ul>`
      : nothing}
    <div class="add-place">
      <label for=${inputId}>${fill(c.t.placeInput, { field: label })}</label>
      <div class="row">
        <input
          id=${inputId}
          type="text"
          list="dl-places"
          autocomplete="off"
          aria-describedby=${ids(`${id}-help`, issues.length > 0 && `${id}-issues`)!}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(e);
            }
          }}
        />
        <button type="button" @click=${add}>${c.t.placeAdd}</button>
      </div>
    </div>
    ${issueList(c, issues, `${id}-issues`)}
  </fieldset>`;
}

function codes(c: FormContext, path: Path, f: Field, name: string, id: string, issues: Issue[]): TemplateResult {
  const raw = getIn(c.draft, path);
  const list = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  const defined = (Array.isArray(c.draft.categories) ? c.draft.categories : []).filter((x): x is Json => isObj(x) && typeof x.code === 'string' && x.code.trim() !== '');
  const known = new Set(defined.map((x) => x.code as string));
  const p = pathString(path);
  const help = helpFor(c.t, name);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...list.filter((x) => x !== code), code] : list.filter((x) => x !== code);
    c.set(path, next.length ? next : undefined);
  };
  const box = (code: string, label: string, i: number) => {
    const bid = `${id}-${i}`;
    return html`<div class="check">
      <input type="checkbox" id=${bid} .checked=${live(list.includes(code))} @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} />
      <label for=${bid}>${label}</label>
    </div>`;
  };
  const describe = (cat: Json) => {
    const subject = pickText(cat.subject as LocalizedText | undefined, c.lang);
    const what = pickText(cat.label as LocalizedText | undefined, c.lang);
    const words = [subject, what].filter(Boolean).join(': ');
    return words ? `${cat.code as string} — ${words}` : (cat.code as string);
  };
  const unknown = list.filter((x) => !known.has(x));
  return html`<fieldset class="field wide" data-path=${p} aria-describedby=${ifDefined(ids(help && `${id}-help`, issues.length > 0 && `${id}-issues`))}>
    <legend>${labelText(c, name, f)}</legend>
    ${help ? html`<p class="help" id=${`${id}-help`}>${help}</p>` : nothing}
    ${defined.length ? nothing : html`<p class="note">${c.t.noCategories}</p>`}
    <div class="checks">
      ${defined.map((cat, i) => box(cat.code as string, describe(cat), i))}
      ${unknown.map((code, i) => box(code, fill(c.t.undefinedCode, { code }), defined.length + i))}
    </div>
    ${issueList(c, issues, `${id}-issues`)}
  </fieldset>`;
}
