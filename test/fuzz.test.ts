/**
 * Property-based tests: whatever JSON comes in, the validator neither
 * throws nor lets bad shapes through, and the element always ends in a
 * rendered or an error state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateRegistry } from '../src/lib/registry.js';
import { contactUrl, safeUrl } from '../src/lib/url.js';
import { en } from '../src/lib/strings.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import '../src/define.js';

const RUNS = 400;

/** A value of the right type most of the time, and any JSON otherwise. */
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.jsonValue() });
const text = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'de', 'fr', 'x'), fc.string()));
const date = fc.oneof(fc.constantFrom('2026-05-01', '2024-02-29', '2023-02-29', '2026-13-01', 'yesterday'), fc.string());
const code = fc.constantFrom('U1', 'U2', 'M1', '12', '');
/** Any string, often behind a scheme or a prefix that URL checks treat specially. */
const urlish = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl(),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'HTTPS://', 'mailto:', 'mailto:a@b.example?', 'www.', '/', './', '../', '//', '\\', 'javascript:', 'data:', 'https://a.example@', '%', 'mailto:%'),
      fc.string({ unit: 'binary' }),
    )
    .map(([prefix, rest]) => prefix + rest),
);

const entry = fc.record(
  {
    name: maybe(fc.string()),
    service: maybe(text),
    purpose: maybe(text),
    entityLocation: maybe(fc.constantFrom('DE', 'US', 'EU', 'Worldwide', 'XX', '')),
    dataLocations: maybe(fc.array(maybe(fc.constantFrom('DE', 'IE', 'US', 'IN', 'Frankfurt (eu-central-1)')))),
    categories: maybe(fc.array(maybe(code))),
    data: maybe(text),
    retention: maybe(fc.constantFrom('30 days', '2 years', 'contract', '')),
    transfer: maybe(text),
    dpa: maybe(fc.oneof(fc.constantFrom('https://x.example/dpa', 'on request', 'javascript:alert(1)'), urlish)),
    url: maybe(fc.oneof(fc.constantFrom('https://x.example', '//evil.example', 'data:x'), urlish)),
    group: maybe(fc.constantFrom('a', 'b', 'nowhere')),
    added: maybe(date),
    notes: maybe(text),
  },
  { requiredKeys: [] },
);

const registry = fc.record(
  {
    version: maybe(fc.constant(1)),
    title: maybe(text),
    intro: maybe(text),
    updated: maybe(date),
    owner: maybe(fc.record({ name: maybe(text), url: maybe(urlish), contact: maybe(urlish), dpa: maybe(fc.oneof(text, urlish)) }, { requiredKeys: [] })),
    subscribe: maybe(urlish),
    feed: maybe(urlish),
    categories: maybe(fc.array(maybe(fc.record({ code: maybe(code), subject: maybe(text), label: maybe(text), direct: maybe(fc.constantFrom('yes', 'no', 'maybe', 'Yes')) }, { requiredKeys: [] })))),
    groups: maybe(fc.array(maybe(fc.record({ id: maybe(fc.constantFrom('a', 'b', '')), title: maybe(text) }, { requiredKeys: [] })))),
    subprocessors: maybe(fc.array(maybe(entry), { maxLength: 12 })),
    changes: maybe(fc.array(maybe(fc.record({ date: maybe(date), description: maybe(text) }, { requiredKeys: [] })))),
  },
  { requiredKeys: [] },
);

const isText = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string'));

describe('validator, fuzzed', () => {
  it(`never throws on arbitrary JSON, and a fatal result has a path (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateRegistry(value);
        if (!result.ok) return typeof result.fatal.path === 'string' && result.fatal.message.length > 0;
        return Array.isArray(result.registry.subprocessors);
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps only well-typed data from near-valid registries (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(registry, (value) => {
        const result = validateRegistry(value);
        if (!result.ok) return !Array.isArray((value as { subprocessors?: unknown }).subprocessors);
        for (const p of result.problems) if (!p.path || !p.message) return false;
        return result.registry.subprocessors.every(
          (e) =>
            typeof e.name === 'string' &&
            e.name.trim() !== '' &&
            (e.purpose === undefined || isText(e.purpose)) &&
            (e.dataLocations === undefined || e.dataLocations.every((l) => typeof l === 'string')) &&
            (e.added === undefined || /^\d{4}-\d{2}-\d{2}$/.test(e.added)),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('URL checks, fuzzed', () => {
  it(`never throw, and let through only http(s) and plain mailto: links with no user name (${RUNS * 5} runs)`, () => {
    fc.assert(
      fc.property(urlish, fc.constantFrom(undefined, 'https://acme.example/list.json'), (value, base) => {
        for (const href of [safeUrl(value, base), contactUrl(value, base)]) {
          if (href === undefined) continue;
          const url = new URL(href);
          if (!['https:', 'http:', 'mailto:'].includes(url.protocol) || url.username || url.password) return false;
          if (url.protocol === 'mailto:' && [...new URLSearchParams(url.search).keys()].some((k) => k.toLowerCase() !== 'subject')) return false;
          if (url.protocol !== 'mailto:' && !/^(https?:|www\.)/i.test(value.trim()) && url.host !== 'acme.example') return false;
        }
        return true;
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

/** Any value for any of the element's strings: texts, plural forms of any shape, and anything else. */
const strings = fc.dictionary(
  fc.constantFrom(...Object.keys(en)),
  fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('zero', 'one', 'two', 'few', 'many', 'other', 'x'), fc.anything()), fc.anything()),
);

describe('element, fuzzed', () => {
  it('always ends rendered or showing an error (60 runs)', async function () {
    this.timeout(60000);
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list controls="always"></subprocessor-list>`);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(registry, fc.jsonValue()), async (value) => {
          el.registry = value;
          await el.loadComplete;
          await el.updateComplete;
          const root = el.shadowRoot!;
          const done = root.querySelector('[part~="row"], [part~="empty"], [part~="error"]');
          return !!done && !root.querySelector('.loading') && errors.length === 0;
        }),
        { numRuns: 60 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('element with fuzzed strings overrides', () => {
  it('renders the list, its problems and its errors whatever the overrides hold (60 runs)', async function () {
    this.timeout(60000);
    const registry = {
      title: 'T',
      owner: { name: 'O', contact: 'privacy@acme.example' },
      updated: '2026-01-01',
      notice: { days: 30, objectionDays: 14 },
      categories: [{ code: 'U1', subject: 'User', label: 'Name', direct: 'yes' }],
      groups: [{ id: 'a', title: 'A' }, { id: 'b' }],
      subprocessors: [
        { name: 'A', group: 'a', purpose: 'x', dataLocations: ['DE', 'US'], categories: ['U1', 'ZZ'], retention: '30 days', added: '2026-01-01', effective: '2099-01-01', retires: '2099-02-01' },
        { name: 'B', group: 'b', dataLocations: ['IN'], dpa: 'https://b.example/dpa' },
        { name: 'C', dataLocations: [1] },
      ],
      changes: [{ date: '2026-01-01', action: 'added', subprocessor: 'A', description: 'd' }],
    };
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list controls="always" changes="open" legend="open" show-problems today="2026-01-10"></subprocessor-list>`);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(strings, fc.boolean(), async (overrides, broken) => {
          el.strings = overrides as never;
          el.registry = broken ? '[]' : registry;
          await el.loadComplete;
          el.query = 'zz-nothing';
          await el.updateComplete;
          el.query = '';
          el.shadowRoot!.querySelector<HTMLElement>('[part~="sort-button"]')?.click();
          el.shadowRoot!.querySelector<HTMLElement>('[part~="category"]')?.focus();
          await el.updateComplete;
          const root = el.shadowRoot!;
          const done = broken ? root.querySelector('[part~="error"]') : root.querySelector('[part~="row"]') && root.querySelector('[part~="problems"]');
          return !!done && errors.length === 0;
        }),
        { numRuns: 60 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
