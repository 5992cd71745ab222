/**
 * Where the registry format's JSON Schema is published: the versioned URL a
 * registry names in `"$schema"` (the schema's own `$id`), for the tools that
 * write registries. `scripts/check-package.mjs` keeps it, the schema's `$id`
 * and the README's examples in step with the package's version, and
 * `npm version` rewrites all three.
 */
export const SCHEMA_VERSION = '0.1.0';
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/subprocessor-list@${SCHEMA_VERSION}/schema/subprocessor-list.schema.json`;
