/**
 * The benchmark page's side: one page per sample, for one variant
 * (`?v=element`, `lit`, `datatables`, `simple-datatables`, `gridjs`,
 * `vanilla`), whose files are loaded before anything is timed.
 * bench/run.mjs calls `bench.prepare(size)` (untimed), then one timed
 * operation, and closes the page.
 *
 * Every time runs from the start of the operation to the next frame after
 * it: a requestAnimationFrame callback, then a task posted from it, which
 * runs once that frame's style, layout and paint are done.
 */
import { generateRegistry } from '../demo/generate.js';
import { PEERS } from './peers.js';

const variant = new URLSearchParams(location.search).get('v');
const peer = PEERS[variant];
const stage = document.getElementById('stage');

/** Resolves after the next frame has been rendered. */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** The clock, with marks that bench/run.mjs finds in a trace of the operation. */
const start = () => {
  performance.mark('bench:start');
  return performance.now();
};
const end = async (t0) => {
  await painted();
  performance.mark('bench:end');
  return performance.now() - t0;
};

/** Resolves when `test()` holds: checked now, on every change in the stage, and every frame. */
const until = (test, what) =>
  new Promise((resolve, reject) => {
    if (test()) return resolve();
    const done = () => {
      if (!test()) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(stage, { childList: true, subtree: true, characterData: true });
    const tick = () => done() || requestAnimationFrame(tick);
    requestAnimationFrame(tick);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${variant}: timed out waiting for ${what}`));
    }, 60_000);
  });

let registry;
let handle;
const rows = () => peer.rows(stage);
const first = () => {
  const r = rows();
  return r.length ? peer.purpose(r[0]) : undefined;
};
const last = () => {
  const r = rows();
  return r.length ? peer.purpose(r[r.length - 1]) : undefined;
};

window.bench = {
  /** Generates the registry and collects garbage: untimed. */
  prepare(size) {
    registry = generateRegistry(size, 1);
    window.gc?.();
    return registry.subprocessors.length;
  },

  /** Mount, every row in, to the next frame. */
  async render() {
    const t0 = start();
    handle = await peer.mount(stage, registry);
    const n = registry.subprocessors.length;
    await until(() => rows().length === n, `${n} rows`);
    const dom = performance.now() - t0;
    const frame = await end(t0);
    return { dom, frame, rows: rows().length };
  },

  /** Mounts, untimed, and lets the page settle: before `sort` and `filter`. */
  async mount() {
    handle = await peer.mount(stage, registry);
    const n = registry.subprocessors.length;
    await until(() => rows().length === n, `${n} rows`);
    await painted();
    await new Promise((r) => setTimeout(r, 100));
    await painted();
    return { rows: rows().length, first: first() };
  },

  /** Re-sort by purpose (a text column), to the next frame after the new order. */
  async sort() {
    const purposes = registry.subprocessors.map((e) => e.purpose).sort();
    const [lo, hi] = [purposes[0], purposes[purposes.length - 1]];
    const t0 = start();
    await peer.sort(handle, stage);
    const script = performance.now() - t0;
    await until(() => (first() === lo && last() === hi) || (first() === hi && last() === lo), 'the new order');
    const dom = performance.now() - t0;
    const frame = await end(t0);
    return { script, dom, frame, first: first(), last: last() };
  },

  /** One keystroke in the search: the reader has typed "cloud", adds " h". */
  async filter() {
    const t0 = start();
    await peer.filter(handle, 'cloud h');
    const script = performance.now() - t0;
    return { script, frame: await end(t0) };
  },

  /**
   * A long list: first rows on screen (the element builds long lists in
   * slices; the others have all rows at once), all rows, and the longest
   * animation frame after the first rows while the rest arrive.
   */
  async long() {
    const frames = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'long-animation-frame' });
    const t0 = start();
    handle = await peer.mount(stage, registry, 'first');
    await painted();
    const firstRows = performance.now() - t0;
    if (handle?.loadComplete) await handle.loadComplete;
    const n = registry.subprocessors.length;
    await until(() => rows().length === n, `${n} rows`);
    const all = await end(t0);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    const after = frames.filter((f) => f.start >= t0 + firstRows - 1).map((f) => f.duration);
    return { first: firstRows, frame: all, longestAfter: Math.max(0, ...after), rows: rows().length };
  },
};

await peer.ready();
await document.fonts.ready;
window.benchReady = true;
