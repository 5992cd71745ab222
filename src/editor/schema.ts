/**
 * The registry format's JSON Schema, read at build time, and the field
 * explanations the forms show under each field: the schema's own
 * `description`s, so the editor and the schema cannot drift apart.
 */
import schemaJson from '../../schema/subprocessor-list.schema.json' with { type: 'json' };

type Json = Record<string, unknown>;

export const schema: Json = schemaJson as Json;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema node's properties, following `$ref`s into `$defs` and into the items of a list. */
function propertiesOf(node: unknown): Json | undefined {
  let n = node;
  for (let hops = 0; hops < 8 && isObj(n); hops++) {
    if (isObj(n.properties)) return n.properties;
    if (isObj(n.items)) n = n.items;
    else if (typeof n.$ref === 'string' && n.$ref.startsWith('#/$defs/')) n = (schema.$defs as Json | undefined)?.[n.$ref.slice(8)];
    else return undefined;
  }
  return undefined;
}

// Every localisable field's description ends with this sentence; the form says it its own way.
const TEXT_NOTE = /\s*Text, or the same text in several languages:.*$/s;

/**
 * The explanation of a field, by where it sits: `title`, `owner.name`,
 * `notice.days`, `subprocessors.purpose`, `categories.code`… (lists by
 * their name, without an index). Undefined when the schema says nothing.
 */
export function fieldHelp(field: string): string | undefined {
  let node: unknown = schema;
  let description: unknown;
  for (const key of field.split('.')) {
    const props = propertiesOf(node);
    node = props?.[key];
    description = isObj(node) ? node.description : undefined;
  }
  return typeof description === 'string' ? description.replace(TEXT_NOTE, '').trim() : undefined;
}

/** Every field the schema describes, as `fieldHelp` names them (for completeness checks). */
export function describedFields(): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string, depth: number) => {
    const props = propertiesOf(node);
    if (!props || depth > 3) return;
    for (const [key, value] of Object.entries(props)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (isObj(value) && typeof value.description === 'string') out.push(name);
      walk(value, name, depth + 1);
    }
  };
  walk(schema, '', 0);
  return out;
}
