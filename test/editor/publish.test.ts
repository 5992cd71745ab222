/**
 * The "done when", on each of the ten real lists: open it, fix a
 * vendor's location, add a vendor, remove one, and download everything;
 * the registry must be valid, its `changes` must describe exactly those
 * three edits, the changes file must hold them, the Atom feed must parse
 * as XML, and the static page must show the list as edited.
 */
import { expect } from '@open-wc/testing';
import { validateRegistry } from '../../src/lib/registry.js';
import { SCHEMA_URL } from '../../src/lib/schema-url.js';
import { identityKey } from '../../src/model/entry.js';
import type { Subprocessor } from '../../src/lib/types.js';
import { $, $$, $maybe, TODAY, catchDownloads, click, expand, mount, openUrl, text, type, view, waitFor } from './helpers.js';

const FIXTURES = ['37signals', 'bento', 'cucinovo', 'github', 'posthog', 'poststack', 'retool', 'sage-bionetworks', 'zed', 'zulip'];
const NEW_NAME = 'Acme Analytics GmbH';

type Json = Record<string, unknown>;

/** Indexes of entries no other entry shares a name and service with (the diff tells vendors apart by those). */
function uniqueEntries(entries: Subprocessor[]): number[] {
  const count = new Map<string, number>();
  for (const e of entries) count.set(identityKey(e), (count.get(identityKey(e)) ?? 0) + 1);
  return entries.map((e, i) => (count.get(identityKey(e)) === 1 ? i : -1)).filter((i) => i >= 0);
}

describe('editor: open a real list, fix, add, remove, publish', () => {
  for (const name of FIXTURES) {
    it(`${name}.json: the saved registry, its changes, the feed and the page`, async () => {
      const url = `/test/fixtures/real/${name}.json`;
      const original = (await (await fetch(url)).json()) as Json & { subprocessors: Subprocessor[]; changes?: unknown[] };
      const before = validateRegistry(original);
      expect(before.ok).to.be.true;
      const unique = uniqueEntries(original.subprocessors);
      const fix = unique[0];
      const gone = unique[unique.length - 1];
      expect(fix).to.not.equal(gone);
      const fixName = original.subprocessors[fix].name;
      const goneName = original.subprocessors[gone].name;

      const el = await mount();
      await openUrl(el, url);
      await view(el, 'entries');

      // Fix a location: the entry's data is in Germany.
      const item = $<HTMLDetailsElement>(el, `details[data-path="subprocessors[${fix}]"]`);
      await expand(el, item);
      const field = `[data-path="subprocessors[${fix}].dataLocations"]`;
      while ($maybe(el, `${field} .chip button`)) await click(el, $(el, `${field} .chip button`));
      await type(el, $<HTMLInputElement>(el, `${field} input[list="dl-places"]`), 'Germany');
      await click(el, $(el, `${field} .add-place button`));
      expect($$(el, `${field} .chip`).map((c) => text(c))).to.deep.equal(['Germany DE ×']);

      // Add a vendor: the new entry opens with its name field focused.
      await click(el, $(el, '[data-add="subprocessors"]'));
      const n = original.subprocessors.length;
      const nameInput = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(nameInput.id).to.equal(`f-subprocessors-${n}-name`);
      await type(el, nameInput, NEW_NAME);
      await type(el, $<HTMLInputElement>(el, `#f-subprocessors-${n}-purpose`), 'Product analytics');
      await type(el, $<HTMLInputElement>(el, `#f-subprocessors-${n}-dataLocations-new`), 'Germany');
      await click(el, $(el, `[data-path="subprocessors[${n}].dataLocations"] .add-place button`));
      await type(el, $<HTMLInputElement>(el, `#f-subprocessors-${n}-entityLocation`), 'Germany');

      // Remove one.
      const doomed = $<HTMLDetailsElement>(el, `details[data-path="subprocessors[${gone}]"]`);
      await expand(el, doomed);
      await click(el, doomed.querySelector<HTMLElement>('[data-act="remove"]')!);
      expect($$(el, 'details.item').length).to.equal(n);

      // Publish: three proposals, dated today, then one save.
      await view(el, 'publish');
      const proposals = $$(el, '.proposal');
      expect(proposals.map((p) => text(p.querySelector('legend'))).sort()).to.deep.equal([`added: ${NEW_NAME}`, `changed: ${fixName}`, `removed: ${goneName}`].sort());
      const downloads = catchDownloads();
      try {
        await click(el, $(el, '#download-all'));
        await waitFor(() => downloads.pending.length === 4, 'four downloads');
        await Promise.all(downloads.pending);
      } finally {
        downloads.stop();
      }
      const byExt = (ext: string) => downloads.files.find((f) => f.name.endsWith(ext))!;
      expect(downloads.files.map((f) => f.name).sort()).to.deep.equal([`${name}.atom`, `${name}.changes.json`, `${name}.html`, `${name}.json`]);

      // The registry: valid, the three edits made, nothing else lost.
      const saved = JSON.parse(byExt(`${name}.json`).text) as Json & { subprocessors: Subprocessor[]; changes: Json[] };
      const after = validateRegistry(saved);
      expect(after.ok).to.be.true;
      expect(after.problems.length, JSON.stringify(after.ok && after.problems)).to.equal(before.problems.length);
      expect(saved.$schema).to.equal(original.$schema ?? SCHEMA_URL);
      expect(Object.keys(saved)[0]).to.equal('$schema');
      expect(saved['x-fixture']).to.deep.equal(original['x-fixture']);
      expect(saved.updated).to.equal(TODAY);
      expect(saved.subprocessors.length).to.equal(n);
      expect(saved.subprocessors.find((e) => e.name === fixName && identityKey(e) === identityKey(original.subprocessors[fix]))!.dataLocations).to.deep.equal(['DE']);
      const added = saved.subprocessors.find((e) => e.name === NEW_NAME)!;
      expect(added).to.deep.include({ name: NEW_NAME, purpose: 'Product analytics', dataLocations: ['DE'], entityLocation: 'DE', added: TODAY });
      expect(saved.subprocessors.some((e) => identityKey(e) === identityKey(original.subprocessors[gone]))).to.be.false;

      // Its changes: the original's, then exactly the three edits.
      const had = original.changes?.length ?? 0;
      expect(saved.changes.slice(0, had)).to.deep.equal(original.changes ?? []);
      const fresh = saved.changes.slice(had);
      expect(fresh.map((c) => [c.action, c.subprocessor, c.date]).sort()).to.deep.equal(
        [
          ['added', NEW_NAME, TODAY],
          ['changed', fixName, TODAY],
          ['removed', goneName, TODAY],
        ].sort(),
      );
      const changed = fresh.find((c) => c.action === 'changed')!;
      expect(changed.description).to.match(/data locations: .+ → DE$/);
      expect(fresh.find((c) => c.action === 'added')!.description).to.equal('Product analytics (data locations: DE)');

      // The changes file: the same three.
      expect(JSON.parse(byExt('.changes.json').text)).to.deep.equal(fresh);

      // The feed: XML a real parser accepts, an entry per change.
      const feed = new DOMParser().parseFromString(byExt('.atom').text, 'application/xml');
      expect(feed.getElementsByTagName('parsererror').length, byExt('.atom').text).to.equal(0);
      expect(feed.documentElement.localName).to.equal('feed');
      const entries = [...feed.getElementsByTagName('entry')];
      expect(entries.length).to.equal(had + 3);
      expect(entries.map((e) => e.getElementsByTagName('title')[0].textContent)).to.include.members([`Added: ${NEW_NAME}`, `Removed: ${goneName}`, `Changed: ${fixName}`]);

      // The static page: the list as edited.
      const page = new DOMParser().parseFromString(byExt('.html').text, 'text/html');
      const rows = [...page.querySelectorAll('tbody tr')].map((tr) => text(tr.querySelector('th')));
      expect(rows.length).to.equal(n);
      expect(rows.some((r) => r.startsWith(NEW_NAME))).to.be.true;

      // Saved: nothing left to propose, nothing unsaved.
      await waitFor(() => $maybe(el, '#no-proposals'), 'no more proposals');
      expect(text($(el, '.status'))).to.contain('No changes since the last download');
    });
  }
});
