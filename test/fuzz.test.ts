/**
 * Property-based tests: whatever JSON comes in, the validator neither
 * throws nor lets bad shapes through, and the element always ends in a
 * rendered or an error state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateRegistry } from '../src/lib/registry.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import '../src/define.js';

const RUNS = 400;

/** A value of the right type most of the time, and any JSON otherwise. */
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.jsonValue() });
const text = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'de', 'fr', 'x'), fc.string()));
const date = fc.oneof(fc.constantFrom('2026-05-01', '2024-02-29', '2023-02-29', '2026-13-01', 'yesterday'), fc.string());
const code = fc.constantFrom('U1', 'U2', 'M1', '12', '');

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
    dpa: maybe(fc.constantFrom('https://x.example/dpa', 'on request', 'javascript:alert(1)')),
    url: maybe(fc.constantFrom('https://x.example', '//evil.example', 'data:x')),
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
    owner: maybe(fc.record({ name: maybe(text), url: maybe(fc.string()), contact: maybe(fc.string()), dpa: maybe(text) }, { requiredKeys: [] })),
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
