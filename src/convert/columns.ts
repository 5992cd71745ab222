/**
 * Which registry field a column header (or a "Label:" in a list) stands
 * for, as real sub-processor pages and spreadsheets write them, in English,
 * German, French, Dutch and Spanish. Headers are compared as letters and
 * digits only, folded ("Name of Sub-processor:" and "name of subprocessor"
 * are one header), so the tables below list each wording once.
 *
 * A header the tables do not know is not guessed at: the converter keeps
 * such a column private (see `convert.ts`).
 */
import { squash } from './text.js';

/** Entry fields a column can fill, plus `groupId` (the group's id, beside its title in `group`). */
export type Field =
  | 'name' | 'id' | 'service' | 'purpose' | 'entityLocation' | 'dataLocations' | 'categories' | 'codes' | 'data' | 'retention'
  | 'transfer' | 'dpa' | 'url' | 'group' | 'groupId' | 'added' | 'effective' | 'retires' | 'notes';

/** Fields whose text may be given per language ("Purpose (de)"). */
export const LOCALIZABLE: ReadonlySet<Field> = new Set<Field>(['service', 'purpose', 'data', 'retention', 'transfer', 'dpa', 'notes']);

export const DATE_FIELDS: ReadonlySet<Field> = new Set<Field>(['added', 'effective', 'retires']);

const ENTRY: Record<Field, string[]> = {
  name: [
    'name', 'names', 'company', 'company name', 'vendor', 'vendors', 'vendor name', 'supplier', 'provider', 'service provider', 'providers',
    'subprocessor', 'subprocessors', 'sub processor', 'sub processors', 'subprocessor name', 'name of subprocessor', 'name of sub processor',
    'sub processor name', 'legal name', 'legal entity', 'entity', 'entity name', 'name of entity', 'third party', 'third parties', 'third party name',
    'processor', 'organisation', 'organization', 'partner', 'recipient', 'subcontractor',
    // de
    'firma', 'unternehmen', 'anbieter', 'dienstleister', 'unterauftragsverarbeiter', 'unterauftragnehmer', 'subunternehmer', 'auftragsverarbeiter',
    'drittanbieter', 'name des unterauftragsverarbeiters', 'unternehmensname', 'lieferant', 'empfanger',
    // fr
    'nom', 'societe', 'entreprise', 'fournisseur', 'prestataire', 'sous traitant', 'sous traitants', 'sous traitant ulterieur',
    'sous traitants ulterieurs', 'nom du sous traitant', 'raison sociale', 'entite', 'tiers', 'destinataire',
    // nl
    'naam', 'bedrijf', 'bedrijfsnaam', 'leverancier', 'subverwerker', 'subverwerkers', 'sub verwerker', 'verwerker', 'naam subverwerker',
    'dienstverlener', 'partij', 'ontvanger',
    // es
    'nombre', 'empresa', 'proveedor', 'subencargado', 'subencargados', 'subencargado del tratamiento', 'subprocesador', 'subprocesadores',
    'encargado', 'entidad', 'razon social', 'tercero', 'terceros', 'nombre del subencargado', 'destinatario',
  ],
  // The entry's public anchor. A bare "ID" column is more often a vendor number of the owner's own, so it stays private.
  id: ['entry id', 'anchor', 'anchor id', 'link id', 'eintrag id', 'anker', 'ancre', 'ancla'],
  service: [
    'service', 'service name', 'product', 'product name', 'tool', 'brand', 'application', 'app', 'service used', 'product used',
    'dienst', 'produkt', 'werkzeug', 'marke', 'produit', 'outil', 'marque', 'merk', 'servicio', 'producto', 'herramienta', 'marca',
  ],
  purpose: [
    'purpose', 'purposes', 'purpose of processing', 'processing purpose', 'processing purposes', 'purpose of the processing',
    'description of processing', 'description of the processing', 'nature of processing', 'nature of the processing', 'nature and purpose of processing',
    'nature and purpose of the processing', 'services provided', 'service provided', 'services', 'activity', 'activities', 'processing activity',
    'processing activities', 'subprocessing activity', 'function', 'use', 'usage', 'use case', 'description', 'role', 'reason', 'purpose of use',
    // de
    'zweck', 'zwecke', 'zweck der verarbeitung', 'verarbeitungszweck', 'verarbeitungszwecke', 'art der verarbeitung', 'art und zweck der verarbeitung',
    'beschreibung', 'beschreibung der verarbeitung', 'tatigkeit', 'leistung', 'leistungen', 'erbrachte leistungen', 'funktion', 'gegenstand der verarbeitung',
    // fr
    'finalite', 'finalites', 'finalite du traitement', 'finalites du traitement', 'objet', 'objet du traitement', 'nature du traitement',
    'description du traitement', 'activite', 'activites', 'services fournis', 'service fourni', 'prestation', 'prestations', 'fonction',
    // nl
    'doel', 'doeleinden', 'doel van de verwerking', 'verwerkingsdoel', 'aard van de verwerking', 'omschrijving', 'beschrijving', 'activiteit',
    'activiteiten', 'geleverde diensten', 'functie', 'dienstverlening',
    // es
    'finalidad', 'finalidades', 'proposito', 'finalidad del tratamiento', 'naturaleza del tratamiento', 'descripcion', 'descripcion del tratamiento',
    'actividad', 'actividades', 'servicios prestados', 'servicio prestado', 'funcion', 'objeto', 'objeto del tratamiento',
  ],
  dataLocations: [
    'data location', 'data locations', 'location', 'locations', 'location of processing', 'locations of processing', 'processing location',
    'processing locations', 'location of subprocessors', 'location of subprocessor', 'location of data', 'location of the data',
    'country where processing is performed', 'countries where processing is performed', 'country of processing', 'countries of processing',
    'hosting region', 'hosting location', 'hosting country', 'region', 'regions', 'data center', 'data centre', 'data centers', 'data centres',
    'data center location', 'server location', 'storage location', 'where data is stored', 'data residency', 'data storage location', 'place of processing',
    // de
    'ort der verarbeitung', 'verarbeitungsort', 'verarbeitungsorte', 'standort', 'standorte', 'datenstandort', 'serverstandort', 'speicherort',
    'ort', 'land der verarbeitung', 'hosting standort', 'standort der datenverarbeitung', 'rechenzentrum', 'standort der daten',
    // fr
    'lieu de traitement', 'lieu du traitement', 'localisation', 'localisation des donnees', 'emplacement', 'emplacement des donnees',
    'pays de traitement', 'pays ou le traitement est effectue', 'region d hebergement', 'lieu d hebergement', 'hebergement', 'lieu',
    'pays d hebergement', 'localisation du traitement',
    // nl
    'locatie', 'locaties', 'verwerkingslocatie', 'locatie van verwerking', 'locatie van de verwerking', 'land van verwerking', 'datalocatie',
    'opslaglocatie', 'hostinglocatie', 'regio', 'serverlocatie', 'locatie van de gegevens',
    // es
    'ubicacion', 'ubicacion del tratamiento', 'lugar del tratamiento', 'lugar de tratamiento', 'ubicacion de los datos', 'pais de tratamiento',
    'pais donde se realiza el tratamiento', 'region de alojamiento', 'ubicacion del servidor', 'localizacion', 'pais de alojamiento',
  ],
  entityLocation: [
    'corporate location', 'entity location', 'company location', 'vendor location', 'hq', 'headquarters', 'headquarter', 'hq location',
    'country of registration', 'country of incorporation', 'registered office', 'registered address', 'country', 'based in', 'seat', 'domicile',
    'location of entity', 'location of the entity', 'entity country', 'corporate headquarters', 'legal seat',
    // de
    'sitz', 'firmensitz', 'unternehmenssitz', 'hauptsitz', 'sitz des unternehmens', 'land', 'niederlassung', 'sitzland',
    // fr
    'siege', 'siege social', 'pays', 'pays d etablissement', 'pays d immatriculation', 'localisation de l entite', 'pays du siege',
    // nl
    'vestiging', 'vestigingsplaats', 'hoofdkantoor', 'land van vestiging', 'statutaire zetel', 'zetel', 'vestigingsland',
    // es
    'sede', 'domicilio', 'pais', 'pais de registro', 'sede social', 'ubicacion de la entidad', 'pais de constitucion', 'domicilio social',
  ],
  categories: [
    'data categories', 'data category', 'categories', 'category', 'categories of data', 'category of data',
    'datenkategorien', 'kategorien', 'kategorie', 'categories de donnees', 'categorie de donnees', 'categorieen', 'gegevenscategorieen',
    'datacategorieen', 'categorias', 'categorias de datos', 'categoria',
  ],
  // A column that says it holds codes is read as codes, whatever they look like.
  codes: ['category codes', 'codes', 'data category codes', 'kategoriecodes', 'codes de categorie', 'categoriecodes', 'codigos de categoria'],
  data: [
    'data', 'personal data', 'data processed', 'personal data processed', 'types of data', 'type of data', 'data types', 'types of personal data',
    'categories of personal data', 'kinds of data', 'data subjects and data', 'data shared', 'personal data shared',
    'daten', 'personenbezogene daten', 'art der daten', 'datenarten', 'verarbeitete daten', 'kategorien personenbezogener daten',
    'donnees', 'donnees personnelles', 'donnees traitees', 'types de donnees', 'categories de donnees personnelles', 'donnees a caractere personnel',
    'gegevens', 'persoonsgegevens', 'soorten gegevens', 'verwerkte gegevens', 'type gegevens', 'categorieen persoonsgegevens',
    'datos', 'datos personales', 'tipos de datos', 'datos tratados', 'categorias de datos personales',
  ],
  retention: [
    'retention', 'retention period', 'duration', 'data retention', 'storage period', 'retention time', 'duration of processing', 'how long',
    'aufbewahrung', 'aufbewahrungsdauer', 'speicherdauer', 'dauer', 'loschfrist', 'aufbewahrungsfrist', 'dauer der verarbeitung',
    'duree', 'duree de conservation', 'conservation', 'duree du traitement',
    'bewaartermijn', 'bewaring', 'duur', 'bewaarperiode', 'duur van de verwerking',
    'conservacion', 'plazo de conservacion', 'duracion', 'periodo de conservacion', 'retencion', 'duracion del tratamiento',
  ],
  transfer: [
    'transfer', 'transfers', 'transfer mechanism', 'transfer mechanisms', 'safeguard', 'safeguards', 'transfer safeguard', 'transfer safeguards',
    'transfer basis', 'legal basis for transfer', 'appropriate safeguards', 'international transfers', 'transfer tool', 'transfer impact',
    'ubermittlung', 'ubermittlungsmechanismus', 'garantien', 'geeignete garantien', 'rechtsgrundlage der ubermittlung', 'transfermechanismus', 'drittlandtransfer',
    'transfert', 'mecanisme de transfert', 'garanties', 'garanties appropriees', 'base du transfert', 'transferts',
    'doorgifte', 'doorgiftemechanisme', 'waarborgen', 'passende waarborgen',
    'transferencia', 'mecanismo de transferencia', 'garantias', 'garantias adecuadas', 'transferencias internacionales',
  ],
  dpa: [
    'dpa', 'data processing agreement', 'data processing addendum', 'dpa link', 'dpa url', 'data protection agreement', 'data protection addendum',
    'avv', 'adv', 'auftragsverarbeitungsvertrag', 'auftragsverarbeitungsvereinbarung', 'vertrag zur auftragsverarbeitung',
    'accord de traitement des donnees', 'contrat de sous traitance', 'verwerkersovereenkomst', 'contrato de encargo',
    'acuerdo de tratamiento de datos', 'contrato de encargado del tratamiento',
  ],
  url: [
    'url', 'website', 'websites', 'web site', 'link', 'links', 'homepage', 'home page', 'site', 'web', 'vendor website', 'company website',
    'webseite', 'internetseite', 'internetadresse', 'site web', 'site internet', 'sitio web', 'pagina web', 'webpagina',
  ],
  group: [
    'section', 'group', 'type', 'kind', 'list', 'grouping', 'vendor type', 'subprocessor type', 'type of subprocessor',
    'abschnitt', 'gruppe', 'typ', 'rubrique', 'groupe', 'sectie', 'groep', 'soort', 'seccion', 'grupo', 'tipo',
  ],
  groupId: ['group id', 'section id', 'gruppen id', 'id du groupe', 'groep id', 'id del grupo'],
  added: [
    'added', 'date added', 'added on', 'since', 'date', 'added date', 'onboarded', 'date of addition', 'in use since',
    'hinzugefugt', 'hinzugefugt am', 'seit', 'datum', 'aufgenommen am', 'ajoute', 'ajoute le', 'date d ajout', 'depuis',
    'toegevoegd', 'toegevoegd op', 'sinds', 'anadido', 'agregado', 'fecha de alta', 'desde', 'fecha', 'fecha de incorporacion',
  ],
  effective: [
    'effective', 'effective date', 'effective from', 'start date', 'starts', 'in use from', 'start of processing',
    'gultig ab', 'wirksam ab', 'beginn', 'date d effet', 'a partir du', 'ingangsdatum', 'vanaf', 'fecha de inicio', 'vigente desde',
  ],
  retires: [
    'retires', 'end date', 'retiring', 'retirement date', 'ends', 'until', 'removal date', 'end of processing',
    'endet', 'enddatum', 'bis', 'date de fin', 'jusqu au', 'einddatum', 'tot', 'fecha de fin', 'hasta',
  ],
  notes: [
    'notes', 'note', 'comments', 'comment', 'remarks', 'remark', 'additional information', 'details', 'more information', 'other information',
    'anmerkungen', 'anmerkung', 'bemerkungen', 'hinweise', 'hinweis', 'notizen', 'kommentar', 'remarques', 'commentaires', 'observations',
    'opmerkingen', 'notities', 'toelichting', 'notas', 'observaciones', 'comentarios',
  ],
};

/** Legend (category definition) columns. */
export type LegendField = 'code' | 'subject' | 'label' | 'direct' | 'indirect' | 'description';

const LEGEND: Record<LegendField, string[]> = {
  code: ['ref', 'reference', 'code', 'codes', 'id', 'key', 'abbreviation', 'kurzel', 'abkurzung', 'referenz', 'reference', 'ref nr', 'afkorting', 'referentie', 'codigo', 'referencia', 'clave'],
  subject: [
    'type', 'subject', 'data subject', 'data subjects', 'whose data', 'category of data subjects', 'betroffene', 'betroffene person', 'betroffenenkategorie',
    'typ', 'personne concernee', 'personnes concernees', 'betrokkene', 'betrokkenen', 'soort', 'interesado', 'interesados', 'titular', 'tipo',
  ],
  label: [
    'description', 'label', 'category', 'data category', 'name', 'data', 'personal data', 'beschreibung', 'bezeichnung', 'kategorie', 'daten',
    'categorie', 'libelle', 'donnees', 'omschrijving', 'beschrijving', 'gegevens', 'descripcion', 'categoria', 'nombre', 'datos',
  ],
  direct: [
    'direct', 'direct personal data', 'directly identifying', 'direkt', 'direkte personenbezogene daten', 'direkt personenbezogen',
    'directe', 'donnees personnelles directes', 'direct persoonsgegeven', 'directe persoonsgegevens', 'directo', 'datos personales directos',
  ],
  indirect: [
    'indirect', 'indirect personal data', 'indirectly identifying', 'indirekt', 'indirekte personenbezogene daten', 'indirekt personenbezogen',
    'indirecte', 'donnees personnelles indirectes', 'indirect persoonsgegeven', 'indirecte persoonsgegevens', 'indirecto', 'datos personales indirectos',
  ],
  description: ['explanation', 'details', 'notes', 'erlauterung', 'explication', 'toelichting', 'explicacion'],
};

function table<K extends string>(source: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [field, names] of Object.entries(source) as [K, string[]][]) {
    for (const name of names) {
      const key = squash(name);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
}

let entryTable: Map<string, Field> | undefined;
let legendTable: Map<string, LegendField> | undefined;

// Headers are short; a longer "header" is a sentence and names no field.
const MAX_HEADER = 120;

/** The parts of a header worth trying: itself, without a parenthesis ("Location (country)"), each side of a slash ("Purpose / Activity"). */
function candidates(header: string): string[] {
  const h = header.length > MAX_HEADER ? '' : header;
  const out = [h];
  const bare = h.replace(/\([^()]*\)/g, ' ');
  if (bare !== h) out.push(bare);
  if (bare.includes('/')) out.push(...bare.split('/'));
  return out;
}

/** The entry field a column header (or a list's "Label:") stands for. */
export function entryField(header: string): Field | undefined {
  entryTable ??= table(ENTRY);
  for (const c of candidates(header)) {
    const f = entryTable.get(squash(c));
    if (f) return f;
  }
  return undefined;
}

/** The category field a legend table's header stands for. */
export function legendField(header: string): LegendField | undefined {
  legendTable ??= table(LEGEND);
  for (const c of candidates(header)) {
    const f = legendTable.get(squash(c));
    if (f) return f;
  }
  return undefined;
}

const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * "Purpose (de)" → `Purpose` and `de`: the text before the last
 * parenthesis, and what the parenthesis holds, when it ends the header. By
 * position, not by a pattern that would try each "(" in turn.
 */
export function tagged(header: string): { base: string; tag: string } | undefined {
  const t = header.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const open = t.lastIndexOf('(');
  if (open < 1) return undefined;
  const tag = t.slice(open + 1, -1).trim();
  const base = t.slice(0, open).trimEnd();
  return base && TAG.test(tag) && !/[\n\r\u2028\u2029]/.test(base) ? { base, tag } : undefined;
}

/**
 * A column of one language's text, "Purpose (de)" or "Notes (es)": the field
 * and the language tag. Tags are lower case in their first part, so
 * "Location (EU)" is no language.
 */
export function languageColumn(header: string): { field: Field; lang: string } | undefined {
  if (header.length > MAX_HEADER) return undefined;
  const m = tagged(header);
  if (!m) return undefined;
  const field = entryField(m.base);
  if (!field || !LOCALIZABLE.has(field)) return undefined;
  let lang: string;
  try {
    lang = Intl.getCanonicalLocales(m.tag)[0] ?? m.tag;
  } catch {
    return undefined;
  }
  return { field, lang };
}

/** Words that say "no value" in a category cell, with the note the entry gets in that language. */
export const NO_CATEGORIES: Record<string, string> = {
  none: 'No personal data categories',
  no: 'No personal data categories',
  nothing: 'No personal data categories',
  keine: 'Keine Kategorien personenbezogener Daten',
  aucune: 'Aucune catégorie de données personnelles',
  aucun: 'Aucune catégorie de données personnelles',
  geen: 'Geen categorieën persoonsgegevens',
  ninguna: 'Ninguna categoría de datos personales',
  ninguno: 'Ninguna categoría de datos personales',
};

/** `yes`, `no` or `maybe`, in any of the five languages. */
export function tristate(text: string): 'yes' | 'no' | 'maybe' | undefined {
  const key = squash(text);
  if (['yes', 'y', 'ja', 'oui', 'si', 'true', 'x'].includes(key)) return 'yes';
  if (['no', 'n', 'nein', 'non', 'nee', 'false'].includes(key)) return 'no';
  if (['maybe', 'possibly', 'partly', 'vielleicht', 'moglicherweise', 'teilweise', 'peutetre', 'possible', 'misschien', 'mogelijk', 'quizas', 'tal vez', 'talvez', 'posible'].includes(key)) return 'maybe';
  return undefined;
}
