/**
 * A real application: axe-clean in every state, usable at 375 px, in the
 * five UI languages, with its own words complete in each.
 */
import { expect } from '@open-wc/testing';
import type { SubprocessorEditor } from '../../src/editor/editor.js';
import { EDITOR_STRINGS } from '../../src/editor/words.js';
import { en } from '../../src/editor/locales/en.js';
import { fieldNames } from '../../src/editor/fields.js';
import { describedFields, fieldHelp } from '../../src/editor/schema.js';
import { $, $$, click, expand, mount, openUrl, text, type, view, waitFor } from './helpers.js';

const SECTIONS = ['owner', 'notice', 'categories', 'groups', 'subprocessors', 'changes'];

/** Nothing wider than the editor: no sideways scrolling at this width. */
function fits(el: SubprocessorEditor) {
  const app = $(el, '.app');
  expect(app.scrollWidth, 'the editor scrolls sideways').to.be.at.most(app.clientWidth + 1);
  const box = el.getBoundingClientRect();
  for (const control of $$(el, 'input, select, textarea, button, summary')) {
    const r = control.getBoundingClientRect();
    if (!r.width) continue; // not shown
    expect(r.right, `${control.outerHTML.slice(0, 80)} reaches past the edge`).to.be.at.most(box.right + 1);
  }
}

describe('editor: accessible in every state', () => {
  for (const width of [375, 1400]) {
    it(`at ${width} px: start, each view, an open entry, problems, the preview, publish`, async () => {
      const el = await mount({ width });
      await expect(el).to.be.accessible();
      fits(el);
      await openUrl(el, '/test/fixtures/real/github.json');
      await expect(el).to.be.accessible();
      fits(el);
      await view(el, 'entries');
      await expand(el, $(el, 'details.item'));
      // A problem and a warning: a US vendor without a safeguard, a date that is not one.
      await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-transfer'), '');
      await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-retention'), '90 days');
      await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-name'), '');
      expect(text($(el, '#issue-counts'))).to.match(/[1-9] problem/);
      $<HTMLDetailsElement>(el, '.all-issues').open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      fits(el);
      await view(el, 'categories');
      await click(el, $(el, '[data-add="categories"]'));
      await click(el, $(el, '[data-add="groups"]'));
      await expect(el).to.be.accessible();
      await view(el, 'changes');
      await click(el, $(el, '[data-add="changes"]'));
      await expect(el).to.be.accessible();
      await view(el, 'publish');
      expect($$(el, '.proposal').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      fits(el);
      if (width < 1000) {
        await view(el, 'preview');
        expect($(el, '.preview').getBoundingClientRect().height).to.be.greaterThan(0);
        expect($(el, '.form').getBoundingClientRect().height).to.equal(0);
      } else {
        // Wide: the preview is beside the form, and has no button of its own.
        expect($(el, '.preview').getBoundingClientRect().left).to.be.greaterThan($(el, '.form').getBoundingClientRect().right - 1);
        expect($(el, '.views .view-preview').getBoundingClientRect().width).to.equal(0);
      }
      await click(el, $(el, 'input[name="theme"][value="dark"]'));
      await click(el, $(el, 'input[name="width"][value="phone"]'));
      await waitFor(() => el.shadowRoot!.querySelector('subprocessor-list')?.shadowRoot?.querySelector('[part~="row"]'), 'the preview');
      await expect(el).to.be.accessible();
      await click(el, $(el, '#close'));
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of Object.keys(EDITOR_STRINGS)) {
    it(`in ${lang}: its own words, axe-clean at 375 px`, async () => {
      const el = await mount({ lang, width: 375 });
      const t = EDITOR_STRINGS[lang];
      expect(text($(el, '#start-heading'))).to.equal(t.startHeading);
      expect($(el, '.app').getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
      await openUrl(el, '/test/fixtures/real/sage-bionetworks.json');
      await view(el, 'entries');
      await expand(el, $(el, 'details.item'));
      expect(text($(el, 'label[for="f-subprocessors-0-purpose"]'))).to.equal(`${t.labels['subprocessors.purpose']} purpose`);
      await expect(el).to.be.accessible();
      fits(el);
      await view(el, 'publish');
      await expect(el).to.be.accessible();
    });
  }
});

describe('editor: its words', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const flat = (o: object, prefix = ''): [string, string][] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : v ? flat(v as object, `${prefix}${k}.`) : []));

  for (const [lang, t] of Object.entries(EDITOR_STRINGS)) {
    it(`${lang} is complete: every word, label and explanation, with the same placeholders as English`, () => {
      const mine = new Map(flat({ ...t, help: undefined }).filter(([k]) => !k.startsWith('help')));
      for (const [key, value] of flat({ ...en, help: undefined })) {
        expect(mine.has(key), `${lang} lacks ${key}`).to.be.true;
        expect(mine.get(key)!.trim(), `${lang} ${key} is empty`).to.not.equal('');
        expect(placeholders(mine.get(key)!), `${lang} ${key}`).to.deep.equal(placeholders(value));
      }
      for (const name of fieldNames()) expect(t.labels[name], `${lang}: no label for ${name}`).to.be.a('string');
      const help = (name: string) => (t.help ? t.help[name] : fieldHelp(name));
      for (const name of [...fieldNames(), ...SECTIONS]) expect(help(name), `${lang}: no explanation of ${name}`).to.be.a('string').and.not.equal('');
      if (lang !== 'en') {
        // Translated, not copied: few words are the same as in English ("Code", "DPA"…).
        const same = flat({ ...en, help: undefined }).filter(([k, v]) => mine.get(k) === v && !/^\{|^(Code|DPA|Id|Service|Laptop|Action|Description|Problem|Hosting|Website)\b/.test(v));
        expect(same.map(([k]) => k), `${lang} copies English`).to.have.length.below(6);
      }
    });
  }

  it('explains every field the form shows with the schema’s own words', () => {
    const described = describedFields();
    for (const name of [...fieldNames(), ...SECTIONS]) expect(described, name).to.include(name);
    expect(fieldHelp('subprocessors.purpose')).to.equal('What the sub-processor does for you, e.g. Hosting.');
    expect(fieldHelp('owner.dpa')).to.equal('URL of the data processing agreement, or a note such as "on request".');
  });
});
