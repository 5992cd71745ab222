/**
 * Parity: the forms of a list say the same thing, entry by entry, for every
 * registry the project has (the real published lists, the cases, the demo):
 * - the element's accessible row texts, in the table and in the cards;
 * - the static page (`render`), built from the same model;
 * - the CSV download (its cells are the same texts, with links as their
 *   addresses and dates as YYYY-MM-DD);
 * - every chip's and badge's tooltip equals what its description gives a
 *   screen reader, and the static page's explanation of the same place.
 */
import { expect, html } from '@open-wc/testing';
import { $$, downloadCsv, loaded, spoken, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import { validateRegistry } from '../src/lib/registry.js';
import { buildListModel } from '../src/model/list-model.js';
import { resolveStrings } from '../src/model/locales.js';
import { staticList } from '../src/serialize/static-html.js';

const TODAY = '2026-11-23';

/** A minimal RFC 4180 reader, for the download. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

/** The CSV the element offers for download. */
async function downloaded(el: SubprocessorListElement): Promise<string[][]> {
  return parseCsv((await downloadCsv(el)).text.replace(/^\uFEFF/, ''));
}

/** Row texts by column, in document order, as assistive technology gets them. */
const rowTexts = (root: ParentNode, rows = '[part~="table"] tbody tr') => [...root.querySelectorAll(rows)].map((tr) => [...tr.children].map((c) => spoken(c)));

/** A cell as a spreadsheet gets it, read off the element's markup: a link's address, a date as written, places and codes with commas, a code with its label, a service in parentheses, no row markers. */
function exportText(cell: Element, labels: (index: number) => string | undefined): string {
  const name = cell.querySelector('[part~="name"]');
  if (name) {
    const service = cell.querySelector('[part~="service"]');
    return service ? `${spoken(name)} (${spoken(service)})` : spoken(name);
  }
  const time = cell.querySelector('time');
  if (time) return time.getAttribute('datetime')!;
  const a = cell.querySelector('a');
  if (a) return a.getAttribute('href')!;
  const badges = [...cell.querySelectorAll('[part~="location-badge"]')];
  if (badges.length) return badges.map((b) => spoken(b)).join(', ');
  const chips = [...cell.querySelectorAll<HTMLElement>('[part~="category"]')].map((c) => {
    const label = c.dataset.index === undefined ? undefined : labels(Number(c.dataset.index));
    return label ? `${spoken(c)} (${label})` : spoken(c);
  });
  const data = cell.querySelector('.data-text');
  if (chips.length || data) return [chips.join(', '), data ? spoken(data) : ''].filter(Boolean).join(' — ');
  return spoken(cell);
}

describe('parity of every form of the list', () => {
  let files: string[] = [];
  before(async () => {
    files = await (await fetch('/registry-files')).json();
  });

  it('has registries to compare (the ten real lists among them)', () => {
    expect(files.filter((f) => f.includes('/real/'))).to.have.length(10);
  });

  it('says the same in the table, the cards, the static page and the CSV, and in tooltips and descriptions', async function () {
    this.timeout(120000);
    let compared = 0;
    for (const file of files) {
      const data = await (await fetch(file)).json();
      const result = validateRegistry(data);
      if (!result.ok) continue;
      const tag = (layout: string) => html`<subprocessor-list layout=${layout} no-flags today=${TODAY} legend="open" lang="en" src=${file}></subprocessor-list>`;
      const table = (await loaded(tag('table'))).el;
      const cards = (await loaded(tag('cards'))).el;
      const inTable = rowTexts(table.shadowRoot!);
      expect(inTable.length, file).to.equal(result.registry.subprocessors.length);
      expect(rowTexts(cards.shadowRoot!), `${file}: cards`).to.deep.equal(inTable);

      // The static page, from the same model the CLI builds.
      const model = buildListModel({ registry: result.registry, problems: result.problems, base: new URL(file, location.href).href }, { today: TODAY, flags: false }, 'en', resolveStrings('en'));
      const page = document.createElement('div');
      page.innerHTML = staticList(model);
      expect(rowTexts(page, '.spl-group tbody tr'), `${file}: static page`).to.deep.equal(inTable);

      if (!inTable.length) continue;
      // The CSV download: its header and cells.
      const csv = await downloaded(table);
      const headers = [...table.shadowRoot!.querySelector('[part~="table"] thead')!.querySelectorAll('[part~="sort-button"]')].map((b) => spoken(b));
      // A list in sections gets a first column naming each row's section (its table's heading).
      const bySection = !!table.shadowRoot!.querySelector('[part~="group-heading"]');
      expect(csv[0], `${file}: CSV header`).to.deep.equal(bySection ? ['Section', ...headers] : headers);
      const labels = (i: number) => model.registry.categories?.[i]?.label?.trim();
      const trs = [...table.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')];
      const sectionOf = (tr: Element) => tr.closest('[part~="group"]')!.querySelector('[part~="group-heading"]')?.textContent?.trim() ?? '';
      // The CSV follows the reader's order; sections are the table's: compare as sets of rows.
      const fromTable = trs.map((tr) => [...(bySection ? [sectionOf(tr)] : []), ...[...tr.children].map((c) => exportText(c, labels))].join('\u0001')).sort();
      expect(csv.slice(1).map((r) => r.join('\u0001')).sort(), `${file}: CSV rows`).to.deep.equal(fromTable);

      // Every explanation: the tooltip shows what the description says, and the static page says the same.
      const staticTitles = new Set([...page.querySelectorAll('[title]')].map((n) => n.getAttribute('title')));
      for (const tip of $$(table, '.tip')) {
        const described = table.shadowRoot!.getElementById(tip.getAttribute('aria-describedby')!)!.textContent;
        tip.focus();
        await waitFor(() => !!table.shadowRoot!.querySelector('[part~="tooltip"] span'), 8000);
        const shown = table.shadowRoot!.querySelector('[part~="tooltip"] span')!.textContent;
        expect(shown, `${file}: tooltip of ${tip.textContent}`).to.equal(described);
        expect(staticTitles.has(described), `${file}: static explanation of ${tip.textContent}`).to.equal(true);
      }
      table.remove();
      cards.remove();
      compared++;
    }
    expect(compared).to.be.greaterThan(15);
  });
});
