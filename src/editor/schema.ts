/**
 * The registry format's JSON Schema, read at build time, and the field
 * explanations the forms show under each field: the schema's own
 * `description`s, so the editor and the schema cannot drift apart.
 */
import schemaJson from '../../schema/subprocessor-list.schema.json' with { type: 'json' };
import { isObj, schemaProperties, type Json } from '../lib/schema-walk.js';

export const schema: Json = schemaJson as Json;

/** A node's properties in the format's schema. */
const propertiesOf = (node: unknown): Json | undefined => schemaProperties(node, schema);

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
