/**
 * The editor's "new list": the same starter content as the kit's `init`
 * (`starterRegistry` in the kit, which is DOM-free), without the `"// …"`
 * explanation keys: the editor shows the schema's explanations beside each
 * field instead.
 */
import { starterRegistry, type InitOptions } from '../cli/init.js';
import { schema } from './schema.js';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` without the keys that start with `//`, at every level. */
function unexplained(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unexplained);
  if (!isObj(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('//')) out[k] = unexplained(v);
  return out;
}

/** The starter registry, dated `today`. */
export function starter(o: InitOptions): Json {
  return unexplained(starterRegistry(schema as Json, o)) as Json;
}
