/**
 * Hostile registries: every attack string in every text field, every
 * hostile URL in every URL field. Nothing may run, no dangerous href may
 * appear, and the strings must show as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { settled, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

declare global {
  interface Window {
    __attack?: string;
  }
}

export const ATTACK_STRINGS = [
  '<script>window.__attack="script"</script>',
  '<img src=x onerror="window.__attack=\'img\'">',
  '<svg onload="window.__attack=\'svg\'"></svg>',
  '"><img src=x onerror=window.__attack="attr">',
  "'><img src=x onerror=window.__attack='attr2'>",
  '</td></tr></tbody></table><b id="broken">out</b>',
  '</caption></table><script>window.__attack="caption"</script>',
  '<style>*{display:none!important}</style>',
  '<iframe src="javascript:window.top.__attack=\'iframe\'"></iframe>',
  '<a href="javascript:window.__attack=\'link\'">click</a>',
  '<details open ontoggle="window.__attack=\'toggle\'">',
  '${window.__attack="template"}',
  '{{constructor.constructor("window.__attack=\'angular\'")()}}',
  '<!-- comment --><div>',
  '<?lit$123$>',
  '\u202Eevil.exe\u202C',
  '\u2066isolate\u2069 \u200F\u200E',
  '\u202Eunterminated override',
  'x\u2069\u2069\u202Ecloses what surrounds it',
  'US\u0000 but really RU',
  'NUL\u0000ESC\u001b[2KBEL\u0007\uFFFE\ud800',
  '&lt;script&gt;&amp;',
  'x'.repeat(2000),
  'Averyveryveryveryveryveryveryveryveryveryveryveryveryverylongunbrokenwordwithoutanyspacesatall',
];

export const HOSTILE_URLS = [
  'javascript:window.__attack="js"',
  'JaVaScRiPt:window.__attack="case"',
  ' javascript:window.__attack="space"',
  'java\tscript:window.__attack="tab"',
  'java\nscript:window.__attack="newline"',
  'jav&#x09;ascript:window.__attack="entity"',
  '\u0001javascript:window.__attack="control"',
  'data:text/html,<script>window.__attack="data"</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  '"><script>window.__attack="break"</script>',
  "' onmouseover='window.__attack=1",
  'https://ok.example/"onmouseover="window.__attack=1',
  'file:///etc/passwd',
  'https://ok.example@evil.example/',
  'https://ok.example:pw@evil.example/',
  'mailto:ok@ok.example?bcc=spy@evil.example',
  'mailto:ok@ok.example?cc=spy@evil.example&to=spy@evil.example&body=x',
  'mailto:%E0%A4%A@evil.example',
  `https://evil.example/${'a'.repeat(3000)}`,
];

const TEXT_PATHS = [
  'title', 'intro', 'owner.name', 'owner.dpa', 'categories.0.subject', 'categories.0.label', 'groups.0.title', 'groups.0.description',
  'changes.0.action', 'changes.0.subprocessor', 'changes.0.description',
  'entry.name', 'entry.service', 'entry.purpose', 'entry.data', 'entry.retention', 'entry.transfer', 'entry.notes', 'entry.dpa',
  'entry.entityLocation', 'entry.dataLocations.0', 'entry.categories.0',
];
const URL_PATHS = ['owner.url', 'owner.contact', 'owner.dpa', 'subscribe', 'feed', 'entry.url', 'entry.dpa'];

/** A registry with `value` at each of `paths`. */
function registryWith(paths: string[], value: string): Record<string, unknown> {
  const entry: Record<string, unknown> = { name: 'Vendor', group: 'g', categories: ['C1'], dataLocations: ['DE'] };
  const reg: Record<string, unknown> = {
    owner: { name: 'Owner' },
    categories: [{ code: 'C1', subject: 'User', label: 'Name' }],
    groups: [{ id: 'g', title: 'Group' }],
    subprocessors: [entry, { name: 'Second', purpose: 'x' }],
    changes: [{ date: '2026-05-01', action: 'added', subprocessor: 'Vendor' }],
  };
  for (const path of paths) {
    const keys = path.split('.');
    let target: Record<string, unknown> | unknown[] = keys[0] === 'entry' ? entry : reg;
    for (const key of keys.slice(keys[0] === 'entry' ? 1 : 0, -1)) target = (target as Record<string, unknown>)[key] as Record<string, unknown>;
    (target as Record<string, unknown>)[keys.at(-1)!] = value;
  }
  // The code a chip shows must exist, so the unknown-code path is exercised too.
  return reg;
}

const TEMPLATE_TAGS = new Set(
  'div p span a h1 h2 h3 h4 h5 h6 table caption thead tbody tr th td button time details summary ul li code section form label input select option optgroup slot bdi strong'.split(' '),
);

async function render(registry: unknown): Promise<SubprocessorListElement> {
  const el = await fixture<SubprocessorListElement>(html`<subprocessor-list controls="always" legend="open" .registry=${registry}></subprocessor-list>`);
  await el.loadComplete;
  await waitFor(() => !!el.shadowRoot!.querySelector('[part~="row"], [part~="error"], [part~="empty"]'));
  return el;
}

describe('attack strings in every text field', () => {
  for (const attack of ATTACK_STRINGS) {
    it(`shows ${JSON.stringify(attack.slice(0, 40))} as text`, async () => {
      window.__attack = undefined;
      const el = await render(registryWith(TEXT_PATHS, attack));
      const root = el.shadowRoot!;
      for (const node of root.querySelectorAll('*')) expect(TEMPLATE_TAGS.has(node.localName), node.localName).to.be.true;
      expect(root.getElementById('broken')).to.be.null;
      expect(root.querySelectorAll('[onerror],[onload],[onmouseover],[ontoggle],[style]')).to.have.length(0);
      // The string is there, as text: in the title, a cell and a badge (with its bidi controls balanced, so none reaches past it).
      const unbidi = (t: string) => t.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
      const texts = [...root.querySelectorAll('[part~="title"], [part~="row"] td[data-column="purpose"], [part~="location-badge"]')].map((n) => n.textContent ?? '');
      expect(texts.filter((t) => unbidi(t).includes(unbidi(attack.trim())))).to.have.length.at.least(2);
      // Long unbroken strings wrap rather than widen the page.
      await settled();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(window.__attack).to.be.undefined;
    });
  }
});

describe('hostile URLs in every URL field', () => {
  for (const url of HOSTILE_URLS) {
    it(`never links ${JSON.stringify(url.slice(0, 40))}`, async () => {
      window.__attack = undefined;
      const el = await render(registryWith(URL_PATHS, url));
      for (const a of el.shadowRoot!.querySelectorAll('a')) {
        const href = a.getAttribute('href')!;
        expect(new URL(href).protocol, href).to.be.oneOf(['https:', 'http:', 'mailto:']);
        expect(href.toLowerCase()).to.not.contain('javascript');
        expect(new URL(href).host, href).to.not.equal('evil.example');
        expect(new URL(href).username, href).to.equal('');
        // A mailto: link goes to the one address it shows: no cc, bcc, to or body.
        if (href.startsWith('mailto:')) expect([...new URL(href).searchParams.keys()].every((k) => k.toLowerCase() === 'subject'), href).to.be.true;
        expect(a.rel).to.equal('noopener noreferrer');
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(window.__attack).to.be.undefined;
    });
  }
});
