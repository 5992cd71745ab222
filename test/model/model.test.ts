import { expect } from '@open-wc/testing';
import { en } from '../../src/lib/strings.js';
import { de } from '../../src/lib/locales/de.js';
import type { Registry, Subprocessor } from '../../src/lib/types.js';
import { COLUMN, COLUMNS, cellText, chooseColumns, columnShares, usedColumns, type CellContext } from '../../src/model/columns.js';
import { displayName, displayedService, identityKey } from '../../src/model/entry.js';
import { entryRegion, missingSafeguards, placeFacts, standing } from '../../src/model/place.js';
import { categoryIndex } from '../../src/model/category.js';
import { sections } from '../../src/model/sections.js';
import { actionLabel, changesFacts } from '../../src/model/changes.js';
import { buildListModel, headingLevelOf, statusText } from '../../src/model/list-model.js';
import { loadLocale, localeReady, localeStrings } from '../../src/model/locales.js';
import { rowMarkers, markersText } from '../../src/model/markers.js';

const ctx = (r: Registry = { subprocessors: [] }, lang = 'en', t = en): CellContext => ({ lang, t, categories: categoryIndex(r) });

describe('model: entries', () => {
  it('shows a service only when it says more than the name, whitespace and case aside', () => {
    expect(displayedService({ name: 'Twilio', service: 'Twilio ' })).to.equal(undefined);
    expect(displayedService({ name: 'Twilio Inc.', service: ' Twilio ' })).to.equal('Twilio');
    expect(displayName({ name: 'Twilio', service: 'twilio' })).to.equal('Twilio');
    expect(displayName({ name: 'Twilio Inc.', service: 'Twilio' })).to.equal('Twilio Inc. (Twilio)');
    expect(identityKey({ name: 'Twilio ', service: 'Twilio' })).to.equal(identityKey({ name: 'twilio' }));
  });

  it('gives every form of the name cell the same text', () => {
    const e: Subprocessor = { name: 'Twilio', service: 'Twilio ', url: 'https://twilio.com' };
    const facts = COLUMN.name.cell(e, ctx());
    expect(facts).to.deep.equal({ kind: 'name', name: 'Twilio', href: 'https://twilio.com/', service: undefined });
    expect(cellText(facts)).to.equal('Twilio');
  });
});

describe('model: places', () => {
  it('treats a code, a country name and a name with a region alike', () => {
    for (const v of ['US', 'United States', 'USA (Virginia)', 'usa']) {
      // Without the Data Privacy Framework named, the US is a third country for the entry; with it, adequate.
      expect(standing(v), v).to.include({ region: 'third', code: 'US', partial: true, needsSafeguard: true });
      expect(standing(v, 'SCCs'), v).to.include({ region: 'third', needsSafeguard: true });
      expect(standing(v, 'EU-US DPF'), v).to.include({ region: 'adequate', needsSafeguard: false });
      expect(standing(v, 'Certified under the Data Privacy Framework'), v).to.include({ region: 'adequate' });
    }
    // The framework by its name in the other four languages counts the same; its invalidated predecessor does not.
    for (const t of ['EU-US-Datenschutzrahmen', 'Cadre de protection des données UE-États-Unis', 'EU-VS-kader inzake gegevensbescherming', 'Marco de Privacidad de Datos UE-EE. UU.']) {
      expect(standing('US', t), t).to.include({ region: 'adequate', needsSafeguard: false });
    }
    expect(standing('US', 'EU-US Privacy Shield')).to.include({ region: 'third', needsSafeguard: true });
    expect(standing('CA')).to.include({ region: 'third', partial: true });
    expect(standing('Canada', 'PIPEDA (commercial organisation)')).to.include({ region: 'adequate', partial: true });
    expect(standing('CA', 'EU-US DPF')).to.include({ region: 'third' });
    expect(standing('JP')).to.include({ region: 'adequate', partial: false, needsSafeguard: false });
    expect(standing('Germany (Frankfurt)')).to.include({ region: 'eea', needsSafeguard: false });
    expect(standing('IN')).to.include({ region: 'third', needsSafeguard: true });
    expect(standing('Our own rack')).to.include({ region: 'unknown', needsSafeguard: false });
  });

  it('explains a place with the entry\u2019s own safeguard, in the reader\u2019s language', () => {
    expect(placeFacts('IN', undefined, 'en', en).explanation).to.equal(
      'India: outside the EEA, in a third country: transfers need a safeguard such as Standard Contractual Clauses. This list names no transfer safeguard for this sub-processor.',
    );
    expect(placeFacts('US', 'SCCs', 'en', en).explanation).to.contain('Safeguard named in this list: SCCs.');
    expect(placeFacts('US', 'EU-US DPF', 'en', en).explanation).to.equal(
      'United States: outside the EEA; covered by the EU adequacy decision through the EU-US Data Privacy Framework, which this list names for this sub-processor. Safeguard named in this list: EU-US DPF.',
    );
    expect(placeFacts('DE', 'SCCs', 'en', en).explanation).to.equal('Germany: inside the EEA, where the GDPR applies.');
    const p = placeFacts('US', undefined, 'de', de);
    expect(p.label).to.equal('Vereinigte Staaten');
    expect(p.flag).to.equal('US');
  });

  it('classifies an entry by its data locations only, and finds missing safeguards', () => {
    expect(entryRegion({ name: 'A', dataLocations: ['DE', 'FR'] })).to.equal('eea');
    expect(entryRegion({ name: 'A', dataLocations: ['DE', 'IN'] })).to.equal('third');
    expect(entryRegion({ name: 'A', dataLocations: ['US'], transfer: 'DPF' })).to.equal('adequate');
    expect(entryRegion({ name: 'A', dataLocations: ['US'] })).to.equal('third');
    // The company's seat says nothing about where the data is.
    expect(entryRegion({ name: 'A', entityLocation: 'DE' })).to.equal('unstated');
    expect(entryRegion({ name: 'A', dataLocations: ['Our own rack'] })).to.equal('unknown');
    expect(missingSafeguards({ name: 'A', entityLocation: 'United States', dataLocations: ['USA (Virginia)', 'DE'] })).to.deep.equal(['USA (Virginia)', 'United States']);
    expect(missingSafeguards({ name: 'A', dataLocations: ['US'], transfer: 'DPF' })).to.deep.equal([]);
  });
});

describe('model: the column table', () => {
  const entries: Subprocessor[] = Array.from({ length: 1000 }, (_, i) => ({
    name: `Vendor ${i}`,
    purpose: 'A purpose long enough to need a wide column for its words',
    retention: '30 days',
    dpa: i % 2 ? 'https://example.com/dpa' : undefined,
  }));

  it('has one entry per column, in the standard order', () => {
    expect(COLUMNS.map((c) => c.key)).to.deep.equal(['name', 'purpose', 'entity-location', 'data-locations', 'data', 'retention', 'transfer', 'dpa', 'added', 'notes']);
  });

  it('gives longer texts a larger share, within 1 to 4', () => {
    const [name, purpose, retention, dpa] = columnShares(entries, ['name', 'purpose', 'retention', 'dpa']);
    expect(purpose).to.be.greaterThan(name);
    expect(name).to.be.greaterThan(retention);
    expect(dpa).to.equal(1);
    expect(columnShares([], ['name', 'notes'])).to.deep.equal([1, 1]);
    expect(usedColumns(entries)).to.deep.equal(['name', 'purpose', 'retention', 'dpa']);
  });

  it('takes the columns attribute\u2019s known keys in its order, once each, else the filled columns', () => {
    expect(chooseColumns('purpose name purpose bogus constructor __proto__', entries)).to.deep.equal(['purpose', 'name']);
    expect(chooseColumns('  ', entries)).to.deep.equal(['name', 'purpose', 'retention', 'dpa']);
  });

  it('says the same cell in reading and export, but for links', () => {
    const r: Registry = { categories: [{ code: 'U3', label: 'Contact' }], subprocessors: [] };
    const e: Subprocessor = { name: 'A', dataLocations: ['DE', ' ', 'US'], categories: ['U3', 'X'], data: 'Phone numbers', dpa: 'https://a.example/dpa', added: '2024-01-15' };
    const c = ctx(r);
    expect(cellText(COLUMN['data-locations'].cell(e, c))).to.equal('Germany United States');
    expect(cellText(COLUMN['data-locations'].cell(e, c), 'export')).to.equal('Germany, United States');
    expect(cellText(COLUMN.data.cell(e, c))).to.equal('U3 X Phone numbers');
    expect(cellText(COLUMN.data.cell(e, c), 'export')).to.equal('U3 (Contact), X — Phone numbers');
    expect(cellText(COLUMN.dpa.cell(e, c))).to.equal('DPA');
    expect(COLUMN.dpa.cell(e, c)).to.include({ label: 'DPA of A' });
    expect(cellText(COLUMN.dpa.cell(e, c), 'export')).to.equal('https://a.example/dpa');
    expect(cellText(COLUMN.dpa.cell({ name: 'A', dpa: 'on request' }, c), 'export')).to.equal('on request');
    expect(cellText(COLUMN.added.cell(e, c))).to.equal('January 15, 2024');
    expect(cellText(COLUMN.added.cell(e, c), 'export')).to.equal('2024-01-15');
    expect(COLUMN.notes.cell(e, c)).to.deep.equal({ kind: 'none' });
  });
});

describe('model: sections', () => {
  const t = en;
  it('adds "Other sub-processors" only when some entry sits in a defined group', () => {
    const unused: Registry = { title: 'Vendors', groups: [{ id: 'x', title: 'X' }], subprocessors: [{ name: 'A' }, { name: 'B', group: 'nope' }] };
    expect(sections(unused, unused.subprocessors, t).map((s) => [s.id, s.title, s.heading])).to.deep.equal([['', 'Vendors', false]]);
    const used: Registry = { groups: [{ id: 'x', title: ' X ' }, { id: 'y' }], subprocessors: [{ name: 'A', group: 'x' }, { name: 'B' }] };
    expect(sections(used, used.subprocessors, t).map((s) => [s.id, s.title, s.heading, s.entries.length])).to.deep.equal([
      ['x', 'X', true, 1],
      ['', 'Other sub-processors', true, 1],
    ]);
  });
});

describe('model: changes and markers', () => {
  it('orders changes newest first and never shows an action raw', () => {
    const r: Registry = {
      subprocessors: [],
      changes: [{ date: '2026-01-01', action: 'ADDED', subprocessor: 'A' }, { action: 'renamed' }, { date: '2026-03-01', action: 'removed' }],
      notice: { days: 30 },
    };
    const c = changesFacts(r, en, 'en')!;
    expect(c.items.map((i) => [i.date, i.action])).to.deep.equal([
      ['2026-03-01', 'Removed'],
      ['2026-01-01', 'Added'],
      [undefined, 'Renamed'],
    ]);
    expect(c.notice).to.deep.equal(['New sub-processors are announced 30 days before they start processing.']);
    expect(actionLabel('changed', de)).to.equal(de.actionChanged);
    expect(changesFacts({ subprocessors: [] }, en, 'en')).to.equal(undefined);
  });

  it('marks new, upcoming and retiring entries', () => {
    const m = rowMarkers({ name: 'A', added: '2026-11-20', retires: '2026-12-31' }, { lang: 'en', t: en, today: '2026-11-23', newDays: 30 });
    expect(m.map((x) => x.kind)).to.deep.equal(['new', 'retiring']);
    expect(markersText(m)).to.equal('New Retiring ends December 31, 2026 (in 38 days)');
  });
});

describe('model: the list model', () => {
  const loaded = { registry: { title: 'T', subprocessors: [{ name: 'A', dataLocations: ['DE'] }, { name: 'B', dataLocations: ['IN'] }] }, problems: [] };

  it('normalises options: bad numbers mean the defaults', () => {
    for (const v of [-1, 'abc', NaN, Infinity, undefined]) {
      const m = buildListModel(loaded, { today: '2026-11-23', newDays: v, staleDays: v }, 'en', en);
      expect(m.ctx.newDays).to.equal(30);
      expect(m.staleDays).to.equal(180);
    }
    expect([1, 5, 0, 6, 2.5, '3'].map(headingLevelOf)).to.deep.equal([1, 5, 2, 2, 2, 2]);
  });

  it('derives the header, status and summary once', () => {
    const m = buildListModel(loaded, { today: '2026-11-23' }, 'en', en);
    expect(m.columns).to.deep.equal(['name', 'data-locations']);
    expect(statusText(m, undefined)).to.equal('2 sub-processors');
    expect(statusText(m, 1)).to.equal('Showing 1 of 2 sub-processors');
    expect(m.summary).to.equal('Data stays inside the EEA for 1 of 2 sub-processors. 1 in third countries.');
    expect(m.header.title).to.equal('T');
  });

  it('speaks the five UI languages, by primary subtag, each loaded when needed', async () => {
    expect(localeReady('de')).to.equal(false);
    expect(localeStrings('de-AT')).to.equal(en);
    expect(await loadLocale('de-AT')).to.equal(de);
    expect(localeReady('de')).to.equal(true);
    expect(localeStrings('de-AT')).to.equal(de);
    expect(await loadLocale('pt')).to.equal(en);
    expect(localeStrings('pt-BR')).to.equal(en);
    expect(localeStrings('constructor')).to.equal(en);
  });
});
