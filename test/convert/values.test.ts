/**
 * The converter's readers of single things: column names, places, dates,
 * CSV records. Inputs are written the way real lists and spreadsheets
 * write them, in the five languages.
 */
import { expect } from '@open-wc/testing';
import { entryField, placeCode, readDate, readPlace, splitPlaces } from '../../src/convert/index.js';
import { languageColumn } from '../../src/convert/columns.js';
import { parseCsv, sniffDelimiter } from '../../src/convert/csv.js';
import { timed } from './helpers.js';

describe('column names', () => {
  const cases: Record<string, string[]> = {
    name: [
      'Name of Subprocessor', 'Sub-processor', 'Entity name', 'Vendor', 'Company', 'Provider', 'Third party',
      'Unterauftragsverarbeiter', 'Sous-traitant ultérieur', 'Subverwerker', 'Subencargado del tratamiento', 'Anbieter', 'Fournisseur', 'Leverancier', 'Proveedor',
    ],
    purpose: [
      'Description of Processing', 'Purpose of processing', 'Nature of processing', 'Services provided', 'Activity',
      'Zweck der Verarbeitung', 'Finalité du traitement', 'Doel van de verwerking', 'Finalidad del tratamiento', 'Art der Verarbeitung', 'Nature du traitement',
    ],
    dataLocations: [
      'Location of Processing', 'Processing location', 'Location of subprocessors', 'Country where processing is performed', 'Hosting region', 'Data location',
      'Ort der Verarbeitung', 'Lieu de traitement', 'Locatie van de verwerking', 'Ubicación del tratamiento', 'Serverstandort', 'Localisation des données',
    ],
    entityLocation: ['Corporate Location', 'Entity location', 'HQ', 'Country of registration', 'Sitz', 'Siège social', 'Vestigingsland', 'Domicilio social'],
    categories: ['Data categories', 'Datenkategorien', 'Catégories de données', 'Gegevenscategorieën', 'Categorías de datos'],
    data: ['Personal data', 'Types of data', 'Personenbezogene Daten', 'Données personnelles', 'Persoonsgegevens', 'Datos personales'],
    retention: ['Duration', 'Retention period', 'Aufbewahrungsdauer', 'Durée de conservation', 'Bewaartermijn', 'Plazo de conservación'],
    transfer: ['Transfer mechanism', 'Safeguards', 'Garantien', 'Garanties appropriées', 'Doorgiftemechanisme', 'Garantías adecuadas'],
    dpa: ['DPA', 'Data Processing Agreement', 'AVV', 'Verwerkersovereenkomst'],
    url: ['Website', 'URL', 'Webseite', 'Site web', 'Sitio web'],
    added: ['Date added', 'Added', 'Hinzugefügt am', "Date d'ajout", 'Toegevoegd op', 'Fecha de alta'],
    group: ['Section', 'Group', 'Type', 'Abschnitt', 'Rubrique', 'Sectie', 'Sección'],
    notes: ['Notes', 'Comments', 'Anmerkungen', 'Remarques', 'Opmerkingen', 'Observaciones'],
  };
  for (const [field, headers] of Object.entries(cases)) {
    it(`reads ${headers.length} ways to say ${field}`, () => {
      expect(headers.map((h) => [h, entryField(h)])).to.deep.equal(headers.map((h) => [h, field]));
    });
  }

  it('ignores case, accents, punctuation and spacing', () => {
    for (const h of ['NAME OF SUB-PROCESSOR:', 'name_of_subprocessor', 'Name  of   Sub processor', 'name of subprocessor*']) expect(entryField(h), h).to.equal('name');
    for (const h of ['Finalite du traitement', 'FINALITÉ DU TRAITEMENT', 'finalité-du-traitement']) expect(entryField(h), h).to.equal('purpose');
    expect(entryField('Data Location(s)')).to.equal('dataLocations');
    expect(entryField('Location (country)')).to.equal('dataLocations');
    expect(entryField('Purpose / Activity')).to.equal('purpose');
  });

  it('knows nothing of columns that are not fields, so they stay private', () => {
    for (const h of ['Internal owner', 'Annual cost', 'Kostenstelle', 'Contract ID', 'Risk score', '']) expect(entryField(h), h).to.equal(undefined);
  });

  it('reads a language tag after a text field: "Purpose (de)", not "Location (EU)"', () => {
    expect(languageColumn('Purpose (de)')).to.deep.equal({ field: 'purpose', lang: 'de' });
    expect(languageColumn('Notes (es)')).to.deep.equal({ field: 'notes', lang: 'es' });
    expect(languageColumn('Purpose (de-CH)')).to.deep.equal({ field: 'purpose', lang: 'de-CH' });
    expect(languageColumn('Location (EU)')).to.equal(undefined);
    expect(languageColumn('Data location (de)')).to.equal(undefined);
  });
});

describe('places', () => {
  it('reads country names and aliases in the five languages as codes', () => {
    const names: Record<string, string> = {
      USA: 'US', 'United States of America': 'US', 'U.S.': 'US', 'United States': 'US', 'Vereinigte Staaten': 'US', 'États-Unis': 'US', 'EE. UU.': 'US',
      UK: 'GB', 'Great Britain': 'GB', 'Royaume-Uni': 'GB', 'Reino Unido': 'GB',
      Deutschland: 'DE', Allemagne: 'DE', Alemania: 'DE', Duitsland: 'DE', Germany: 'DE', de: 'DE',
      Irland: 'IE', Ierland: 'IE', Schweiz: 'CH', 'Países Bajos': 'NL', Nederland: 'NL', 'Czech Republic': 'CZ',
      EU: 'EU', 'European Union': 'EU', 'Europäische Union': 'EU', UE: 'EU', EEA: 'EEA', EWR: 'EEA', 'Espace économique européen': 'EEA',
      'Trinidad and Tobago': 'TT', 'Bosnia & Herzegovina': 'BA',
    };
    expect(Object.fromEntries(Object.keys(names).map((n) => [n, placeCode(n)]))).to.deep.equal(names);
  });

  it('splits cells that name several places', () => {
    expect(splitPlaces('US and EU')).to.deep.equal(['US', 'EU']);
    expect(splitPlaces('Germany, Finland')).to.deep.equal(['DE', 'FI']);
    expect(splitPlaces('US / EU')).to.deep.equal(['US', 'EU']);
    expect(splitPlaces('Germany & Ireland')).to.deep.equal(['DE', 'IE']);
    expect(splitPlaces('Deutschland und Irland')).to.deep.equal(['DE', 'IE']);
    expect(splitPlaces('United States, Germany, Iceland')).to.deep.equal(['US', 'DE', 'IS']);
    expect(splitPlaces('US; eu-central-1\nWorldwide')).to.deep.equal(['US', 'eu-central-1', 'Worldwide']);
    expect(splitPlaces('USA (PostHog US Cloud) or Germany (PostHog EU Cloud)')).to.deep.equal(['USA (PostHog US Cloud)', 'Germany (PostHog EU Cloud)']);
  });

  it('keeps anything else as one location, as written', () => {
    for (const cell of ['Frankfurt, Germany', 'USA (EU storage)', 'Germany (Helsinki, Finland)', 'Frankfurt (eu-central-1)', 'Worldwide', 'Varies by customer', 'XX']) {
      expect(splitPlaces(cell), cell).to.deep.equal([cell]);
    }
    expect(readPlace('  Frankfurt  ')).to.equal('Frankfurt');
    expect(splitPlaces('  -  ')).to.deep.equal([]);
  });

  it('reads a 50 KB cell at once', () => {
    const cell = `${' '.repeat(50_000)}x${', y'.repeat(10_000)}`;
    expect(timed(() => splitPlaces(cell))).to.be.below(200);
    expect(timed(() => splitPlaces(' and '.repeat(20_000)))).to.be.below(200);
  });
});

describe('dates', () => {
  const iso = (text: string) => {
    const r = readDate(text);
    return 'iso' in r ? r.iso : r;
  };

  it('reads ISO, day-first and month-first numbers, and month names in five languages', () => {
    const dates: Record<string, string> = {
      '2024-01-15': '2024-01-15', '2024-01-15T10:00:00Z': '2024-01-15', '2024/01/15': '2024-01-15',
      '15/01/2024': '2024-01-15', '15.01.2024': '2024-01-15', '01.02.2024': '2024-02-01', '15/01/24': '2024-01-15', '12-31-2024': '2024-12-31',
      '1/15/2024 10:30 AM': '2024-01-15',
      'Jan 3, 2025': '2025-01-03', '3 January 2025': '2025-01-03', 'March 3, 2025': '2025-03-03', '3rd of January, 2025': '2025-01-03',
      '3. Januar 2025': '2025-01-03', 'Montag, 3. März 2025': '2025-03-03', '3 janvier 2025': '2025-01-03', '1er février 2025': '2025-02-01',
      'lundi 3 mars 2025': '2025-03-03', '3 januari 2025': '2025-01-03', '3 mrt 2025': '2025-03-03', '3 de enero de 2025': '2025-01-03', '3 marzo 2025': '2025-03-03',
      '3 sept. 2025': '2025-09-03',
    };
    expect(Object.fromEntries(Object.keys(dates).map((d) => [d, iso(d)]))).to.deep.equal(dates);
  });

  it('reports a date that could be either, with both readings, unless the order is given', () => {
    expect(readDate('01/02/2024')).to.deep.equal({ ambiguous: true, dmy: '2024-02-01', mdy: '2024-01-02' });
    expect(readDate('01/02/2024', 'dmy')).to.deep.equal({ iso: '2024-02-01' });
    expect(readDate('01/02/2024', 'mdy')).to.deep.equal({ iso: '2024-01-02' });
    // Same day and month: no question.
    expect(readDate('03/03/2024')).to.deep.equal({ iso: '2024-03-03' });
  });

  it('says what is wrong with a non-date', () => {
    expect(readDate('31/02/2024')).to.deep.equal({ error: 'is no calendar date' });
    expect(readDate('2024-13-01')).to.deep.equal({ error: 'is no calendar date' });
    expect(readDate('soon')).to.deep.equal({ error: 'is not a date' });
    expect(readDate('Q1 2024')).to.deep.equal({ error: 'is not a date' });
    expect(readDate('January 2025')).to.deep.equal({ error: 'has no day or no year' });
    expect(readDate(`2024-01-15${' '.repeat(50_000)}x`)).to.deep.equal({ error: 'is not a date' });
  });
});

describe('CSV records', () => {
  it('reads quoted cells with delimiters, quotes and line breaks, and counts rows as a spreadsheet does', () => {
    const { records } = parseCsv('\uFEFFName;Purpose\r\n"A; B";"say ""hi""\nand bye"\r\n\r\nC;D', ';');
    expect(records.map((r) => [r.row, r.cells.map((c) => c.value)])).to.deep.equal([
      [1, ['Name', 'Purpose']],
      [2, ['A; B', 'say "hi"\nand bye']],
      [3, ['']],
      [4, ['C', 'D']],
    ]);
    expect(records[1].cells.map((c) => c.quoted)).to.deep.equal([true, true]);
  });

  it('reports a quote that never closes, and keeps the rest of the file in that cell', () => {
    const { records, unclosed } = parseCsv('Name,Purpose\nA,"open\nB,C\n', ',');
    expect(unclosed).to.deep.equal([2]);
    expect(records[1].cells[1].value).to.equal('open\nB,C\n');
  });

  it('detects the delimiter', () => {
    expect(sniffDelimiter('Company;Location\nTwilio;"Germany, Ireland"\nHetzner;DE, FI\n').delimiter).to.equal(';');
    expect(sniffDelimiter('Company,Purpose\nTwilio,"SMS; voice"\nHetzner,Hosting\n').delimiter).to.equal(',');
    expect(sniffDelimiter('Company\tPurpose\nTwilio\tSMS, voice\n').delimiter).to.equal('\t');
    expect(sniffDelimiter('Company|Purpose\nTwilio|SMS, voice\n').delimiter).to.equal('|');
  });

  it('is linear: a 50 KB cell of spaces and a megabyte of rows are read at once', () => {
    const spaces = `Name,Data locations,Categories\nAcme,${' '.repeat(50_000)}x${' '.repeat(50_000)},${' '.repeat(50_000)}\n`;
    expect(timed(() => parseCsv(spaces, ','))).to.be.below(100);
    const rows = `Name,Purpose,Location\n${'Acme Hosting GmbH,"Hosting, ""storage"" and backups",Germany\n'.repeat(20_000)}`;
    expect(timed(() => parseCsv(rows, ','))).to.be.below(1000);
    expect(timed(() => parseCsv('"'.repeat(200_000), ','))).to.be.below(200);
  });
});
