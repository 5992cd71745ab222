/**
 * `init`: a starter registry that validates as it is, with every field of
 * the format explained beside it. The explanations are the JSON Schema's
 * own descriptions (the schema the package ships), as `"// field"` keys
 * before each field: a registry keeps keys the format does not define and
 * nothing shows them, so the file stays valid JSON and a valid registry,
 * and the owner deletes them when they like.
 */
import { SCHEMA_URL } from '../lib/schema-url.js';
import { isObj, schemaProperties, type Json } from '../lib/schema-walk.js';

export interface InitOptions {
  today: string;
  title?: string;
  owner?: string;
  ownerUrl?: string;
  dpa?: string;
  subscribe?: string;
  page?: string;
}

/** The example values: one of each, an entry in the EEA so that the starter has no policy warning either. */
function example(o: InitOptions): Json {
  let site = o.ownerUrl ?? 'https://example.com';
  while (site.endsWith('/')) site = site.slice(0, -1);
  return {
    $schema: SCHEMA_URL,
    version: 1,
    title: o.title ?? 'Sub-processors',
    owner: { name: o.owner ?? 'Example Company', url: site, contact: 'privacy@example.com', dpa: o.dpa ?? `${site}/dpa` },
    updated: o.today,
    subscribe: o.subscribe ?? `${site}/subprocessors/subscribe`,
    intro: 'The vendors that process personal data on our behalf, what for, and where.',
    categories: [{ code: 'C1', subject: 'Customer', label: 'Contact details', direct: 'yes', indirect: 'no', description: 'Name, e-mail address and phone number.' }],
    groups: [{ id: 'infrastructure', title: 'Infrastructure', description: 'Hosting, storage and backups.' }],
    subprocessors: [
      {
        name: 'Example Hosting GmbH',
        id: 'example-hosting',
        service: 'Example Cloud',
        purpose: 'Hosting of the application and its database',
        entityLocation: 'DE',
        dataLocations: ['DE'],
        categories: ['C1'],
        data: 'Everything customers store in the application',
        retention: 'For the duration of the contract',
        transfer: 'No transfer outside the EEA',
        dpa: 'https://hosting.example/dpa',
        url: 'https://hosting.example',
        group: 'infrastructure',
        added: o.today,
        notes: 'Replace this example with your own sub-processors.',
      },
    ],
    changes: [{ date: o.today, action: 'added', subprocessor: 'Example Hosting GmbH', description: 'Hosting of the application.' }],
    notice: { days: 30, objectionDays: 14 },
    feed: `${site}/subprocessors.atom`,
    page: o.page ?? `${site}/subprocessors`,
  };
}

/** `value` with `"// key": description` before each of its keys (and each key the schema has that the example leaves out), in the schema's order. */
function explained(value: Json, node: unknown, schema: Json): Json {
  const props = schemaProperties(node, schema) ?? {};
  const out: Json = {};
  const keys = [...Object.keys(props), ...Object.keys(value).filter((k) => !(k in props))];
  for (const key of keys) {
    const prop = props[key];
    const description = isObj(prop) && typeof prop.description === 'string' ? prop.description : undefined;
    const v = value[key];
    if (description) out[`// ${key}`] = v === undefined ? `${description} (Not in this example.)` : description;
    if (v === undefined) continue;
    if (Array.isArray(v)) out[key] = v.map((item) => (isObj(item) ? explained(item, isObj(prop) ? prop.items : undefined, schema) : item));
    else out[key] = isObj(v) ? explained(v, prop, schema) : v;
  }
  return out;
}

export function starterRegistry(schema: Json, o: InitOptions): Json {
  const body = explained(example(o), schema, schema);
  return {
    '//': 'A starter sub-processor registry. Replace the examples with your own and delete what you do not need; "subprocessors" and each entry\'s "name" are the only required fields. Keys starting with // explain the field after them: nothing reads or shows them, so keep or delete them. Check the file with: npx subprocessor-list validate <file>',
    ...body,
  };
}
