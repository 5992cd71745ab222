/**
 * JSON paths in the registry being edited, written as the validator writes
 * them (`subprocessors[3].dataLocations[1]`, `owner.name`, `title`), and
 * immutable reads and writes along them. DOM-free.
 */

export type Segment = string | number;
export type Path = readonly Segment[];

const PLAIN = /^[A-Za-z_$][\w$-]{0,39}$/;

/** `['subprocessors', 3, 'name']` → `subprocessors[3].name`, the validator's form of a path. */
export function pathString(path: Path): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (PLAIN.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The segments of a path the validator wrote (`subprocessors[3].categories[0]`, `owner.name["de\n"]`). */
export function parsePath(text: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '.') i++;
    else if (c === '[') {
      if (text[i + 1] === '"') {
        // A quoted key: read the JSON string up to its closing quote.
        let j = i + 2;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        try {
          out.push(JSON.parse(text.slice(i + 1, j + 1)) as string);
        } catch {
          out.push(text.slice(i + 2, j));
        }
        i = text.indexOf(']', j) + 1 || text.length;
      } else {
        const end = text.indexOf(']', i);
        const n = text.slice(i + 1, end === -1 ? undefined : end);
        out.push(/^\d+$/.test(n) ? Number(n) : n);
        i = end === -1 ? text.length : end + 1;
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => typeof v === 'object' && v !== null;

/** The value at `path`, or undefined. Own properties only. */
export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const s of path) {
    if (!isContainer(v) || !Object.hasOwn(v, s)) return undefined;
    v = (v as Record<string, unknown>)[s as string];
  }
  return v;
}

/**
 * A copy of `value` with `path` set to `next` (copying only the objects and
 * lists along the path); `undefined` deletes an object's key. Missing
 * objects on the way are created.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (!path.length) return next as T;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = value.slice();
    copy[head] = setIn(copy[head], rest, next);
    return copy as T;
  }
  const obj = isContainer(value) && !Array.isArray(value) ? value : {};
  const copy: Record<string, unknown> = { ...obj };
  const child = setIn(Object.hasOwn(copy, head) ? copy[head as string] : undefined, rest, next);
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

/** Whether `path` is `prefix` or lies under it. */
export function within(path: string, prefix: string): boolean {
  if (!prefix) return true;
  return path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['));
}
