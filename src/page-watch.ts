/**
 * One observer for all elements on the page: tells them when something
 * they derive from the page may have changed — a `lang` attribute anywhere
 * in the document, the page's theme (a class, style or data attribute on
 * <html> or <body>), or the reader's colour-scheme preference.
 */

type Watcher = { pageChanged(): void };

const watchers = new Set<Watcher>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;

const notify = () => watchers.forEach((w) => w.pageChanged());

function start(): void {
  // One registration (a second observe() on the same node would replace it):
  // `lang` anywhere, theme attributes only on <html> and <body>.
  observer = new MutationObserver((records) => {
    const root = document.documentElement;
    if (records.some((r) => r.attributeName === 'lang' || r.target === root || r.target === document.body)) notify();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'],
  });
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
}

export function watchPage(w: Watcher): void {
  watchers.add(w);
  if (!observer) start();
}

export function unwatchPage(w: Watcher): void {
  watchers.delete(w);
  if (!watchers.size && observer) {
    observer.disconnect();
    media?.removeEventListener('change', notify);
    observer = undefined;
  }
}

/** Whether a CSS colour is light (relative luminance above the midpoint). */
export function isLight(color: string): boolean {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4;
}
