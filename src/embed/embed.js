/**
 * dist/embed.html?src=…&theme=…&lang=…: one registry in a page of its own,
 * for hosts that allow only iframes. It tells its parent its height
 * (postMessage `{ type: 'subprocessor-list:resize', height }`) so the
 * frame can fit its content without inner scroll bars: when it changes,
 * once the list has loaded, on every resize, and whenever the parent asks
 * (`{ type: 'subprocessor-list:measure' }`) — a parent whose listener
 * starts late asks, and gets the height it missed.
 */
import './subprocessor-list.js';

const params = new URLSearchParams(location.search);
const ALLOWED = ['src', 'theme', 'lang', 'sort', 'query', 'columns', 'legend', 'layout', 'controls', 'heading-level', 'timeout'];
const FLAGS = ['no-search', 'no-filters', 'no-flags'];

const el = document.createElement('subprocessor-list');
for (const name of ALLOWED) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
for (const name of FLAGS) if (params.has(name)) el.setAttribute(name, '');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
if (params.get('theme') === 'dark') document.body.classList.add('dark');
if (params.get('title')) document.title = params.get('title');
document.body.append(el);

let last = 0;
/** Posts the height; `always`: even if the parent was told it already (it may not have been listening). */
const report = (always = false) => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((always || height !== last) && parent !== window) {
    last = height;
    parent.postMessage({ type: 'subprocessor-list:resize', height, src: params.get('src') }, '*');
  }
};
new ResizeObserver(() => report()).observe(document.documentElement);
addEventListener('resize', () => report(true));
addEventListener('load', () => report(true));
el.addEventListener('subprocessor-list-load', () => report(true));
el.addEventListener('subprocessor-list-error', () => report(true));
addEventListener('message', (e) => {
  if (e.source === parent && e.data?.type === 'subprocessor-list:measure') report(true);
});
