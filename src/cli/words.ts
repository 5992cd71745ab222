/**
 * Messages in the owner's words: counts that agree in number ("1 warning",
 * "2 warnings"), and a JSON path with what it points at beside it
 * (`subprocessors[3] (Twilio Inc.)`, `categories[0] (U3)`), read from the
 * file as written, so the index is the file's own even where the validator
 * skipped an entry before it.
 */
import type { ConvertResult, ConvertWarning } from '../convert/index.js';
import { clip } from '../convert/text.js';

/** "1 sub-processor", "2 sub-processors", "0 problems". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? clip(v.trim(), 60) : undefined);
/** One language's text of a field that may hold several: English, else the first. */
const anyText = (v: unknown) => text(v) ?? (isObj(v) ? text(v.en ?? Object.values(v)[0]) : undefined);

/** What the first list item in `path` is, in words: an entry's name (and service), a category's code, a group's title, a change's sub-processor. */
function label(path: string, raw: unknown): string | undefined {
  const m = /^(subprocessors|categories|groups|changes)\[(\d+)\]/.exec(path);
  if (!m || !isObj(raw)) return undefined;
  const list = raw[m[1]];
  const item = Array.isArray(list) ? list[Number(m[2])] : undefined;
  if (!isObj(item)) return undefined;
  switch (m[1]) {
    case 'subprocessors': {
      const name = text(item.name);
      const service = anyText(item.service);
      return name && service && service.toLowerCase() !== name.toLowerCase() ? `${name} (${service})` : name;
    }
    case 'categories':
      return text(item.code);
    case 'groups':
      return anyText(item.title) ?? text(item.id);
    default:
      return text(item.subprocessor);
  }
}

/** "subprocessors[3].categories[9] (Twilio Inc.)": the path, and what it points at when the file says. */
export function ownerPath(path: string, raw: unknown): string {
  const what = label(path, raw);
  return what ? `${path} (${what})` : path;
}

/** A problem as a sentence beside its path: "subprocessors[3].dataLocations (Twilio Inc.): expected a list of texts, got a text". */
export function problemLine(p: { path: string; message: string }, raw: unknown): string {
  return `${ownerPath(p.path, raw)}: ${p.message}`;
}

// The converter's option names, as the command line spells them.
const FLAGS: Record<string, string> = {
  'option delimiter': '--delimiter',
  'option dateOrder': '--date-order',
  'option publicColumns': '--public',
  'option updated': '--updated',
};

/**
 * A converter warning for the terminal: the spreadsheet's row and column
 * (or the page's table, item or line), the entry's name when the row made
 * one, what is wrong, and the JSON path; options named as flags.
 */
export function convertWarning(w: ConvertWarning, result: ConvertResult): string {
  let message = w.message;
  if (w.where && FLAGS[w.where] && message.startsWith(w.where)) message = FLAGS[w.where] + message.slice(w.where.length);
  // "set the date order (dateOrder 'dmy' or 'mdy')": the flag that does it.
  message = message.replace("(dateOrder 'dmy' or 'mdy')", '(--date-order dmy or mdy)');
  const entry = w.path ? /^subprocessors\[(\d+)\]/.exec(w.path) : null;
  if (entry && w.where && message.startsWith(w.where)) {
    const name = label(w.path!, result.registry);
    if (name && !w.where.includes(name)) message = `${w.where} (${name})${message.slice(w.where.length)}`;
  }
  return message;
}

/** The summary of a conversion: what the registry holds, and how many warnings. */
export function convertSummary(source: string, result: ConvertResult): string[] {
  const r = result.registry;
  const parts = [count(r.subprocessors.length, 'sub-processor')];
  if (r.groups?.length) parts.push(count(r.groups.length, 'group'));
  if (r.categories?.length) parts.push(count(r.categories.length, 'category', 'categories'));
  const lines = [`${source} (read as ${result.format === 'csv' ? 'a spreadsheet' : result.format === 'html' ? 'a web page' : 'page text'}): ${parts.join(', ')}; ${count(result.warnings.length, 'warning')}`];
  if (result.merge) {
    const m = result.merge;
    const names = (list: string[]) => (list.length ? ` (${list.map((n) => clip(n, 60)).join(', ')})` : '');
    lines.push(`merged: ${m.updated} updated, ${m.added.length} added${names(m.added)}, ${m.removed.length} removed${names(m.removed)}`);
  }
  if (result.privateColumns.length) {
    const first = result.privateColumns[0];
    lines.push(`kept private: ${result.privateColumns.join(', ')} (as x- fields: never shown, and left out of the copy to publish, export --json; --public "${first}" publishes a column as notes)`);
  }
  return lines;
}
