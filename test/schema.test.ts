/**
 * The JSON Schema and the runtime validator must agree: a file the schema
 * accepts has no structural problems, and one it rejects has at least one
 * (or is fatal). Cross-reference problems are beyond any schema.
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateRegistry } from '../src/lib/registry.js';
import { SCHEMA_URL } from '../src/lib/schema-url.js';

const STRUCTURAL = new Set(['type', 'required', 'format', 'value']);

describe('JSON Schema and validator', () => {
  let validator: Validator;
  let files: string[];

  before(async () => {
    const schema = await (await fetch('/schema/subprocessor-list.schema.json')).json();
    validator = new Validator(schema, '2020-12', false);
    files = await (await fetch('/registry-files')).json();
  });

  it('is published under the URL the kit writes in "$schema"', async () => {
    const schema = await (await fetch('/schema/subprocessor-list.schema.json')).json();
    expect(schema.$id).to.equal(SCHEMA_URL);
    // A registry that names the schema by that URL still validates.
    expect(validator.validate({ $schema: SCHEMA_URL, subprocessors: [{ name: 'Hetzner Online GmbH' }] }).valid).to.be.true;
  });

  it('finds the fixtures', () => {
    expect(files.length).to.be.greaterThan(15);
  });

  it('agree on every fixture and demo registry', async () => {
    const disagreements: string[] = [];
    for (const file of files) {
      const data = await (await fetch(file)).json();
      const schemaOk = validator.validate(data).valid;
      const result = validateRegistry(data);
      const structural = result.ok ? result.problems.filter((p) => STRUCTURAL.has(p.kind)) : [result.fatal];
      if (schemaOk !== (structural.length === 0)) {
        disagreements.push(`${file}: schema ${schemaOk ? 'accepts' : 'rejects'}, validator found ${structural.map((p) => `${p.path} ${p.message}`).join('; ') || 'nothing'}`);
      }
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('rejects the invalid fixtures (so the agreement above is not vacuous)', async () => {
    for (const file of ['/test/fixtures/cases/partly-invalid.json', '/test/fixtures/cases/wrong-shape-vendors.json']) {
      const data = await (await fetch(file)).json();
      expect(validator.validate(data).valid, file).to.be.false;
    }
    // Each kind of structural problem, alone, is rejected by both.
    for (const data of [
      { updated: '2026-02-30', subprocessors: [] },
      { version: 2, subprocessors: [] },
      { categories: [{ code: 'A', direct: 'Yes' }], subprocessors: [] },
      { subprocessors: [{ name: ' ' }] },
      { subprocessors: [{ name: 'A', dataLocations: 'US' }] },
    ]) {
      expect(validator.validate(data).valid, JSON.stringify(data)).to.be.false;
      const result = validateRegistry(data);
      expect(result.ok && result.problems.length, JSON.stringify(data)).to.equal(1);
    }
    const full = await (await fetch('/test/fixtures/cases/full.json')).json();
    expect(validator.validate(full).valid).to.be.true;
  });
});
