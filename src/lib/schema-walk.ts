/**
 * Reading the registry format's JSON Schema: the properties a node
 * describes, for the tools that explain fields from the schema's own
 * descriptions (`init`'s starter file, the editor's forms).
 */
export type Json = Record<string, unknown>;

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The properties a schema node describes, following `$ref`s into `$defs` and into the items of a list. */
export function schemaProperties(node: unknown, schema: Json): Json | undefined {
  let n = node;
  // The format's schema nests a few levels; a cycle of $refs ends here rather than looping.
  for (let hops = 0; hops < 8 && isObj(n); hops++) {
    if (isObj(n.properties)) return n.properties;
    if (isObj(n.items)) n = n.items;
    else if (typeof n.$ref === 'string' && n.$ref.startsWith('#/$defs/')) n = (schema.$defs as Json | undefined)?.[n.$ref.slice(8)];
    else return undefined;
  }
  return undefined;
}
