#!/usr/bin/env node
/**
 * npm run bench: the element against a hand-written table of the same rows
 * (bench/vanilla.js) and against peers (a minimal Lit table, DataTables,
 * simple-datatables, Grid.js: bench/peers.js), in headless Chromium.
 *
 * Method: a fresh page (its own browser context) for every timed sample,
 * with only that variant's files loaded, before the clock starts; samples
 * interleaved (A B C … A B C …); medians of BENCH_RUNS (default 5); every
 * time runs to the next frame after the operation (rows laid out and
 * painted). Ratios are to the hand-written table's median in the same run.
 *
 * Measures:
 * - every variant: render 50 and 1,000 entries; re-sort 1,000 by purpose;
 * - element and hand-written table: 10,000 entries (first rows, all rows,
 *   longest animation frame after the first rows), one filter keystroke
 *   on 1,000, sort and filter script time;
 * - page load to table painted, 40 entries over loopback, the element's
 *   bundle from dist/ against the same table as static HTML;
 * - layout shift from navigation until the list is rendered and idle, on
 *   the real lists in test/fixtures/real, at 1,280 px;
 * - JS heap with 1,000 entries, growth over create/remove cycles;
 * - bytes: dist/subprocessor-list.js, its sibling files, the peers' files.
 *
 * Prints the tables and writes bench/results/latest.json. `npm run bench`
 * builds dist/ first; BENCH_DIST=<directory> measures another build of the
 * element instead (the same files as dist/).
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { generateRegistry } from '../demo/generate.js';
import { findBrowser } from '../scripts/find-browser.mjs';
import { PEERS } from './peers.js';
import { COLUMNS, place } from './vanilla.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = new URL('..', import.meta.url).pathname;
// The element's build: dist/ (what `npm run bench` builds), or another build's directory.
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const VIEWPORT = { width: 1280, height: 900 };
const started = Date.now();
const log = (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// The minimal Lit table, bundled and minified the way the element's bundle is (Lit inlined).
const litBuild = await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: join(ROOT, 'bench/lit-table.js'), formats: ['es'], fileName: () => 'lit-table.bundle.js' },
  },
});
const litBundle = [litBuild].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry).code;

// Pages generated per request.
const template = readFileSync(new URL('./page.html', import.meta.url), 'utf8');
const benchPage = (variant) => {
  const p = PEERS[variant];
  if (!p) return undefined;
  const tags = [
    ...(p.css ?? []).map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...(p.scripts ?? []).map((src) => `<script src="${src}"></script>`),
    ...(p.modules ?? []).map((src) => `<script type="module" src="${src}"></script>`),
  ];
  return template.replace(/<!-- assets:.*?-->/, tags.join('\n    '));
};

/** Paint probe, the same in every page: a frame, then a task after it. */
const PAINTED = `(cb) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = cb; c.port2.postMessage(0); })`;

const registry40 = generateRegistry(40, 7);
const staticTable = () => {
  const e = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const head = COLUMNS.map(([, label]) => `<th scope="col">${label}</th>`).join('');
  const rows = registry40.subprocessors
    .map(
      (x) =>
        `<tr><th scope="row">${e(x.name)}<br>${e(x.service)}</th><td>${e(x.purpose)}</td><td>${e(place(x.entityLocation))}</td><td>${x.dataLocations.map((l) => `<span>${e(place(l))}</span>`).join(' ')}</td><td>${x.categories.map((c) => `<span>${c}</span>`).join(' ')}</td><td>${e(x.retention)}</td><td>${e(x.transfer)}</td><td><a href="${x.dpa}">DPA</a></td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title></head><body style="width:1280px;margin:0;font-family:sans-serif"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table><script>(${PAINTED})(() => { window.painted = performance.now(); });</script></body></html>`;
};
const elementPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>element</title><script type="module" src="/dist/subprocessor-list.js"></script></head><body style="width:1280px;margin:0;font-family:sans-serif"><subprocessor-list src="/bench/registry-40.json"></subprocessor-list><script>
  document.querySelector('subprocessor-list').addEventListener('subprocessor-list-load', () => (${PAINTED})(() => { window.painted = performance.now(); }));
</script></body></html>`;

// Layout shift on real lists: the script tag and the element pointing at the registry, under a
// heading and a paragraph as a company's page has them; with `after`, a paragraph below the list
// too (content that moves down as the list grows).
const REAL = readdirSync(join(ROOT, 'test/fixtures/real'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => basename(f, '.json'))
  .sort();
const shiftPage = (list, after) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sub-processors</title>
<script>
  window.cls = 0;
  window.shifts = [];
  const describe = (node) => {
    const el = node?.nodeType === 1 ? node : node?.parentElement;
    if (!el) return '(a node since removed)';
    const part = el.getAttribute('part');
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    const me = el.localName + (el.id ? '#' + el.id : '') + (part ? '[part="' + part + '"]' : '') + cls;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host.localName + ' > ' + me : me;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.cls += e.value;
      const box = (r) => (r.width || r.height ? Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height) : 'out of view');
      window.shifts.push({ value: e.value, at: e.startTime, sources: e.sources.map((s) => describe(s.node) + ' ' + box(s.previousRect) + ' → ' + box(s.currentRect)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="/dist/subprocessor-list.js"></script>
</head><body style="margin:0 auto;padding:0 24px;max-width:1280px;box-sizing:border-box;font-family:sans-serif">
<h1>Sub-processors</h1>
<p>To provide our services we work with the following sub-processors. We update this page before a new one starts processing personal data on our behalf.</p>
<subprocessor-list src="/test/fixtures/real/${list}.json"></subprocessor-list>
${after ? '<p>Questions about this list: privacy@example.com.</p>' : ''}
<script>
  const el = document.querySelector('subprocessor-list');
  el.addEventListener('subprocessor-list-error', (e) => { window.failed = e.detail.message; });
  el.addEventListener('subprocessor-list-load', () =>
    (${PAINTED})(() => {
      window.loaded = performance.now();
      // Idle: half a second more, then an idle callback.
      setTimeout(() => requestIdleCallback(() => { window.idle = performance.now(); }, { timeout: 2000 }), 500);
    }),
  );
</script>
</body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = decodeURIComponent(url.pathname);
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/bench/page.html') {
    const page = benchPage(url.searchParams.get('v'));
    return page ? send('text/html', page) : res.writeHead(404).end();
  }
  if (path === '/bench/lit-table.bundle.js') return send('text/javascript', litBundle);
  if (path === '/bench/registry-40.json') return send('application/json', JSON.stringify(registry40));
  if (path === '/bench/static.html') return send('text/html', staticTable());
  if (path === '/bench/element.html') return send('text/html', elementPage);
  if (path === '/bench/shift.html') return send('text/html', shiftPage(url.searchParams.get('list'), url.searchParams.has('after')));
  const [dir, rest] = path.startsWith('/dist/') ? [DIST, path.slice('/dist'.length)] : [ROOT, path];
  const file = normalize(join(dir, rest));
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  try {
    send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const browserVersion = browser.version();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A fresh page in its own context; `fn(page)` runs in it; the context is closed after. */
async function fresh(url, fn) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const out = await fn(page);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return out;
  } finally {
    await context.close();
  }
}

// Where the time goes: main-thread self time by kind of work, from a trace.
const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];
const KIND_OF = (name) => {
  if (name === 'Layout') return 'layout';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|Decode|RasterTask)/.test(name)) return 'paint';
  if (/GC/.test(name)) return 'gc';
  if (/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|XHRReadyStateChange|v8\.|V8\.)/.test(name)) return 'script';
  return 'other';
};
/** Sums self time per kind on the renderer's main thread between the bench:start and bench:end marks. */
function breakdownOf(trace) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace);
  const mark = (n) => events.find((e) => e.name === n && e.cat?.includes('blink.user_timing'));
  const a = mark('bench:start');
  const b = mark('bench:end');
  if (!a || !b) return undefined;
  const spans = events
    .filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.dur > 0 && e.ts < b.ts && e.ts + e.dur > a.ts)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur, self: e.dur }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  // Self time: a span's duration less its direct children's.
  const stack = [];
  for (const s of spans) {
    while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= Math.min(s.end, parent.end) - s.start;
    stack.push(s);
  }
  const out = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const byName = {};
  for (const s of spans) {
    // Clip to the window, in proportion.
    const inside = (Math.min(s.end, b.ts) - Math.max(s.start, a.ts)) / (s.end - s.start);
    const ms = (Math.max(0, s.self) * inside) / 1000;
    out[KIND_OF(s.name)] += ms;
    byName[s.name] = (byName[s.name] ?? 0) + ms;
  }
  out.total = (b.ts - a.ts) / 1000;
  out.top = Object.entries(byName)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 8)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  return out;
}

/** One timed sample of `kind` for `variant`, on a fresh page; traced (for the breakdown) when `trace`. */
function sample(kind, variant, size, trace = false) {
  return fresh(`${base}/bench/page.html?v=${variant}`, async (page) => {
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    await page.evaluate((n) => window.bench.prepare(n), size);
    if (kind === 'sort' || kind === 'filter') {
      const m = await page.evaluate(() => window.bench.mount());
      if (m.rows !== size) throw new Error(`${variant}: ${m.rows} rows of ${size}`);
    }
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    // The operation starts in a task of its own, as a reader's click or a page's script would.
    const r = await page.evaluate((k) => new Promise((resolve, reject) => setTimeout(() => window.bench[k]().then(resolve, reject))), kind);
    if (trace) r.breakdown = breakdownOf((await browser.stopTracing()).toString());
    if (r.rows !== undefined && r.rows !== size) throw new Error(`${variant} ${kind} ${size}: ${r.rows} rows`);
    return r;
  });
}

/**
 * Interleaved rounds: `variants` in turn, RUNS times, after `warmup` unrecorded rounds;
 * then, with `trace`, one traced round for the breakdown (not in the medians).
 */
async function measure(kind, size, variants, { warmup = 1, trace = true } = {}) {
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let i = 0; i < warmup + RUNS; i++) {
    for (const v of variants) {
      const r = await sample(kind, v, size);
      if (i >= warmup) samples[v].push(r);
    }
  }
  const out = {};
  for (const v of variants) {
    const s = samples[v];
    const pick = (f) => median(s.map(f));
    out[v] = { frame: pick((r) => r.frame), samples: s.map((r) => Math.round(r.frame * 10) / 10) };
    for (const k of ['dom', 'script', 'first']) if (s[0][k] !== undefined) out[v][k] = pick((r) => r[k]);
    if (s[0].longestAfter !== undefined) {
      out[v].longestFrameAfter = Math.max(...s.map((r) => r.longestAfter));
      out[v].longestFrameAfterMedian = pick((r) => r.longestAfter);
    }
    if (kind === 'sort') out[v].order = [s[0].first, s[0].last];
  }
  if (trace) for (const v of variants) out[v].breakdown = (await sample(kind, v, size, true)).breakdown;
  log(`${kind} ${size}: ${variants.map((v) => `${v} ${out[v].frame.toFixed(0)} ms`).join(', ')}`);
  return out;
}

const VARIANTS = Object.keys(PEERS);
const results = { method: {}, peers: {}, measures: {} };
try {
  // 1. The element and its peers, the same way.
  results.peers['render 50'] = await measure('render', 50, VARIANTS);
  results.peers['render 1000'] = await measure('render', 1000, VARIANTS);
  results.peers['sort 1000'] = await measure('sort', 1000, VARIANTS);

  // 2. The element's other measures, against the hand-written table.
  results.measures['long 10000'] = await measure('long', 10000, ['element', 'vanilla'], { warmup: 0, trace: false });
  results.measures['filter 1000'] = await measure('filter', 1000, ['element', 'vanilla'], { trace: false });

  // 3. Page load to table painted (40 entries over loopback), interleaved.
  const loads = { element: [], static: [] };
  for (let i = 0; i < 1 + RUNS; i++) {
    for (const variant of ['element', 'static']) {
      const t = await fresh(`${base}/bench/${variant}.html`, async (p) => {
        await p.waitForFunction(() => window.painted !== undefined, null, { timeout: 20_000 });
        return p.evaluate(() => window.painted);
      });
      if (i > 0) loads[variant].push(t);
    }
  }
  results.measures['page load 40'] = { element: median(loads.element), static: median(loads.static), samples: loads };
  log(`page load 40: element ${results.measures['page load 40'].element.toFixed(0)} ms, static ${results.measures['page load 40'].static.toFixed(0)} ms`);

  // 4. Layout shift on real lists, from navigation until rendered and idle; lists interleaved.
  const SHIFT_RUNS = Math.max(1, Math.min(RUNS, 3));
  const SHAPES = { alone: '', after: '&after' };
  const shift = Object.fromEntries(Object.keys(SHAPES).map((k) => [k, Object.fromEntries(REAL.map((l) => [l, []]))]));
  for (let i = 0; i < SHIFT_RUNS; i++) {
    for (const list of REAL) {
      for (const [shape, query] of Object.entries(SHAPES)) {
        shift[shape][list].push(
          await fresh(`${base}/bench/shift.html?list=${list}${query}`, async (p) => {
            await p.waitForFunction(() => window.idle !== undefined || window.failed !== undefined, null, { timeout: 20_000 });
            return p.evaluate(() => {
              if (window.failed) throw new Error(window.failed);
              return { cls: window.cls, loaded: window.loaded, shifts: window.shifts };
            });
          }),
        );
      }
    }
  }
  results.layoutShift = { viewport: VIEWPORT, runs: SHIFT_RUNS, lists: {}, worst: {} };
  for (const list of REAL) {
    const entries = JSON.parse(readFileSync(join(ROOT, `test/fixtures/real/${list}.json`), 'utf8')).subprocessors.length;
    results.layoutShift.lists[list] = { entries };
    for (const shape of Object.keys(SHAPES)) {
      const s = shift[shape][list];
      const worst = s.reduce((a, b) => (b.cls > a.cls ? b : a));
      results.layoutShift.lists[list][shape] = { median: median(s.map((x) => x.cls)), max: worst.cls, loaded: median(s.map((x) => x.loaded)), shifts: worst.shifts };
    }
  }
  for (const shape of Object.keys(SHAPES)) {
    const L = results.layoutShift.lists;
    const list = REAL.reduce((a, b) => (L[b][shape].max > L[a][shape].max ? b : a));
    results.layoutShift.worst[shape] = { list, cls: L[list][shape].max };
  }
  log(`layout shift: worst ${results.layoutShift.worst.alone.cls.toFixed(3)} (${results.layoutShift.worst.alone.list}), with a paragraph after the list ${results.layoutShift.worst.after.cls.toFixed(3)}`);

  // 5. Memory: heap with 1,000 entries shown; growth after create/remove cycles.
  results.memory = await fresh(`${base}/bench/page.html?v=element`, async (page) => {
    await page.waitForFunction(() => window.benchReady === true);
    return page.evaluate(async () => {
      const { generateRegistry: gen } = await import('/demo/generate.js');
      const stage = document.getElementById('stage');
      const big = gen(1000, 1);
      const small = gen(50, 1);
      // Several collections a little apart: the DOM's memory is swept after the script's.
      const heap = async () => {
        for (let i = 0; i < 3; i++) {
          window.gc();
          await new Promise((r) => setTimeout(r, 50));
        }
        return performance.memory.usedJSHeapSize;
      };
      const before = await heap();
      const el = document.createElement('subprocessor-list');
      el.registry = big;
      stage.append(el);
      await el.loadComplete;
      const with1000 = (await heap()) - before;
      el.remove();
      const cycles = async (n) => {
        for (let i = 0; i < n; i++) {
          const x = document.createElement('subprocessor-list');
          x.registry = small;
          stage.append(x);
          await x.loadComplete;
          x.remove();
        }
      };
      // Warm up first: compiled code and caches grow the heap for a while, then stop.
      await cycles(50);
      const start = await heap();
      await cycles(100);
      const after100 = (await heap()) - start;
      await cycles(200);
      return { heapWith1000: with1000, growthAfter100: after100, growthAfter300: (await heap()) - start };
    });
  });
  log('memory: done');
} finally {
  await browser.close();
  server.close();
}

// 6. Bytes.
const size = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const fileSize = (path) => size(readFileSync(path.startsWith('dist/') ? join(DIST, path.slice('dist/'.length)) : join(ROOT, path)));
const sum = (parts) => parts.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });
const siblings = readdirSync(DIST)
  .filter((f) => /^subprocessor-list\..+\.js$/.test(f))
  .sort();
results.bytes = {
  element: { 'dist/subprocessor-list.js': fileSize('dist/subprocessor-list.js'), ...Object.fromEntries(siblings.map((f) => [`dist/${f}`, fileSize(`dist/${f}`)])) },
  peers: {},
};
for (const [id, p] of Object.entries(PEERS)) {
  if (id === 'element' || id === 'vanilla') continue;
  const js = [...(p.scripts ?? []), ...(p.modules ?? [])].map((src) => ({ src, ...(src === '/bench/lit-table.bundle.js' ? size(Buffer.from(litBundle)) : fileSize(src)) }));
  const css = (p.css ?? []).map((src) => ({ src, ...fileSize(src) }));
  results.bytes.peers[id] = { js: sum(js), css: sum(css), files: [...js, ...css] };
}

const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
results.machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
  browser: browserVersion,
  node: process.version,
  runs: RUNS,
  date: new Date().toISOString().slice(0, 10),
  seconds: Math.round((Date.now() - started) / 1000),
};
results.method = {
  samples: 'a fresh page (its own browser context) per sample, only the variant’s files loaded before timing',
  order: 'interleaved: every variant in turn, then again; one unrecorded warm-up round per measure (none for 10,000)',
  statistic: `median of ${RUNS}`,
  time: 'from the start of the operation to the next frame after it (requestAnimationFrame, then a task posted from it: style, layout and paint of that frame done)',
  ratio: 'to the hand-written table’s median in the same run',
  breakdown: 'main-thread self time by kind of work (script, style, layout, paint, gc, other) between the start of the operation and the next frame, from a trace of one extra sample per variant',
  versions: { lit: version('lit'), 'datatables.net': version('datatables.net'), jquery: version('jquery'), 'simple-datatables': version('simple-datatables'), gridjs: version('gridjs') },
  renders: Object.fromEntries(Object.entries(PEERS).map(([id, p]) => [id, p.renders])),
};

// The human tables.
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const P = results.peers;
const out = [];
out.push(`\n${results.machine.browser ? `Chromium ${results.machine.browser}` : 'Chromium'}, headless, ${results.machine.cpus} × ${results.machine.cpu}; fresh page per sample, interleaved, medians of ${RUNS}; time to the next frame; ratio to the hand-written table of the same rows.\n`);
out.push('| | 50 entries | 1,000 entries | sort, 1,000 |');
out.push('| --- | --- | --- | --- |');
for (const v of VARIANTS) {
  const cell = (key) => (v === 'vanilla' ? ms(P[key][v].frame) : `${x(P[key][v].frame, P[key].vanilla.frame)} (${ms(P[key][v].frame)})`);
  out.push(`| ${PEERS[v].label} | ${cell('render 50')} | ${cell('render 1000')} | ${cell('sort 1000')} |`);
}
out.push('\nWhere the time goes: main-thread time of one traced sample each (not in the medians above), script / style / layout / paint / other, in ms:\n');
out.push('| | 50 entries | 1,000 entries | sort, 1,000 |');
out.push('| --- | --- | --- | --- |');
const split = (b) => (b ? ['script', 'style', 'layout', 'paint', 'other'].map((k) => (k === 'other' ? b.other + b.gc : b[k]).toFixed(0)).join(' / ') : '–');
for (const v of VARIANTS) out.push(`| ${PEERS[v].label} | ${split(P['render 50'][v].breakdown)} | ${split(P['render 1000'][v].breakdown)} | ${split(P['sort 1000'][v].breakdown)} |`);

const M = results.measures;
const long = M['long 10000'];
const filter = M['filter 1000'];
const load = M['page load 40'];
const sort = P['sort 1000'];
out.push('\n| measure | element | hand-written table | ratio |');
out.push('| --- | --- | --- | --- |');
out.push(`| render 50 entries | ${ms(P['render 50'].element.frame)} | ${ms(P['render 50'].vanilla.frame)} | ${x(P['render 50'].element.frame, P['render 50'].vanilla.frame)} |`);
out.push(`| render 1,000 | ${ms(P['render 1000'].element.frame)} | ${ms(P['render 1000'].vanilla.frame)} | ${x(P['render 1000'].element.frame, P['render 1000'].vanilla.frame)} |`);
out.push(`| render 10,000 | ${ms(long.element.frame)} | ${ms(long.vanilla.frame)} | ${x(long.element.frame, long.vanilla.frame)} |`);
out.push(`| first rows visible, 10,000 | ${ms(long.element.first)} | ${ms(long.vanilla.first)} (its whole table) | ${x(long.element.first, long.vanilla.first)} |`);
out.push(`| re-sort 1,000 by purpose | ${ms(sort.element.frame)} (script ${ms(sort.element.script)}) | ${ms(sort.vanilla.frame)} (script ${ms(sort.vanilla.script)}) | ${x(sort.element.frame, sort.vanilla.frame)} (script ${x(sort.element.script, sort.vanilla.script)}) |`);
out.push(`| filter keystroke, 1,000 | ${ms(filter.element.frame)} (script ${ms(filter.element.script)}) | ${ms(filter.vanilla.frame)} (script ${ms(filter.vanilla.script)}) | ${x(filter.element.frame, filter.vanilla.frame)} (script ${x(filter.element.script, filter.vanilla.script)}) |`);
out.push(`| page load to table painted, 40 entries | ${ms(load.element)} | ${ms(load.static)} (the same table as static HTML) | ${x(load.element, load.static)} |`);
out.push(
  `\nLongest animation frame after the first rows of 10,000 (element; frames under 50 ms are not reported, so 0 means none longer): median ${ms(long.element.longestFrameAfterMedian)}, worst ${ms(long.element.longestFrameAfter)}.`,
);

const L = results.layoutShift;
out.push(`\nLayout shift from navigation until the list is rendered and idle, real lists at ${VIEWPORT.width} px, worst of ${L.runs} loads (median in brackets); the page: a heading, a paragraph, the list; then the same with a paragraph after the list. Sources: the nodes that moved, with their box (x,y width×height) before → after:\n`);
out.push('| list | entries | layout shift | largest shift: sources | with a paragraph after | largest shift: sources |');
out.push('| --- | --- | --- | --- | --- | --- |');
const largest = (r) => {
  const top = r.shifts.reduce((a, b) => (!a || b.value > a.value ? b : a), undefined);
  return top ? `${top.value.toFixed(3)} at ${top.at.toFixed(0)} ms: ${[...new Set(top.sources)].join(', ')}` : 'none';
};
for (const [list, r] of Object.entries(L.lists)) {
  out.push(`| ${list} | ${r.entries} | ${r.alone.max.toFixed(3)} (${r.alone.median.toFixed(3)}) | ${largest(r.alone)} | ${r.after.max.toFixed(3)} (${r.after.median.toFixed(3)}) | ${largest(r.after)} |`);
}
out.push(`\nWorst: ${L.worst.alone.cls.toFixed(3)} (${L.worst.alone.list}); with a paragraph after the list ${L.worst.after.cls.toFixed(3)} (${L.worst.after.list}).`);

out.push('\n| file | min | gzip | brotli |');
out.push('| --- | --- | --- | --- |');
for (const [file, b] of Object.entries(results.bytes.element)) out.push(`| \`${file}\` | ${kb(b.min)} | ${kb(b.gzip)} | ${kb(b.brotli)} |`);
for (const [id, b] of Object.entries(results.bytes.peers)) {
  const files = b.files.map((f) => basename(f.src)).join(' + ');
  out.push(`| ${PEERS[id].label}: ${files} | ${kb(b.js.min)}${b.css.min ? ` + ${kb(b.css.min)} CSS` : ''} | ${kb(b.js.gzip)}${b.css.gzip ? ` + ${kb(b.css.gzip)} CSS` : ''} | ${kb(b.js.brotli)}${b.css.brotli ? ` + ${kb(b.css.brotli)} CSS` : ''} |`);
}
out.push(`\nJS heap: ${kb(results.memory.heapWith1000)} for 1,000 entries; growth after 100 create/remove cycles ${kb(results.memory.growthAfter100)}, after 300 ${kb(results.memory.growthAfter300)}.`);
out.push(`\nRun time: ${results.machine.seconds} s.`);
console.log(out.join('\n'));

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench/results/latest.json');
