/**
 * What the editor reads and writes outside itself: files the owner picks
 * or drops, the one address they ask it to open, the files it saves, and
 * its own copy of the work in local storage. Nothing else ever leaves the
 * page.
 */
import { MAX_REGISTRY_BYTES } from '../lib/load.js';
import type { OutFile } from './store.js';

export type ReadResult = { ok: true; text: string; name: string } | { ok: false; error: 'too-large' | 'read' | 'network' | 'http' | 'empty'; status?: number };

export const MAX_BYTES = MAX_REGISTRY_BYTES;

export async function readFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_BYTES) return { ok: false, error: 'too-large' };
  try {
    const text = await file.text();
    return text.trim() ? { ok: true, text, name: file.name } : { ok: false, error: 'empty' };
  } catch {
    return { ok: false, error: 'read' };
  }
}

/** Fetches the address the owner gave (relative to the page), as text. */
export async function readUrl(url: string, base: string): Promise<ReadResult> {
  let href: string;
  try {
    href = new URL(url, base).href;
  } catch {
    return { ok: false, error: 'network' };
  }
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { ok: false, error: 'network' };
  }
  if (!response.ok) return { ok: false, error: 'http', status: response.status };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) return { ok: false, error: 'too-large' };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, error: 'network' };
  }
  if (text.length > MAX_BYTES) return { ok: false, error: 'too-large' };
  return text.trim() ? { ok: true, text, name: url } : { ok: false, error: 'empty' };
}

/** Saves a file through the browser's download, from a link the page makes itself (a `blob:` URL, never a request). */
export function saveFile(file: OutFile, where: ParentNode & Node): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  where.appendChild(a);
  a.click();
  a.remove();
  // Late enough for the download to have started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface Storage {
  read(): string | null;
  write(text: string): boolean;
  clear(): void;
}

/** The editor's slot in local storage (a browser without it, or with it full, keeps nothing: `write` says so). */
export function storage(key: string): Storage {
  const ls = (): globalThis.Storage | undefined => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    read: () => {
      try {
        return ls()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write: (text) => {
      try {
        const s = ls();
        if (!s) return false;
        s.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    clear: () => {
      try {
        ls()?.removeItem(key);
      } catch {
        /* nothing kept */
      }
    },
  };
}
