/**
 * The editor's own words, in English. The other languages (de, fr, nl, es)
 * have the same keys (`EditorStrings` makes them complete); English has no
 * `help` of its own: its field explanations are the JSON Schema's.
 *
 * Placeholders are `{name}`; plural forms are keyed by Intl.PluralRules
 * categories, as in the element's words.
 */
import type { Plural } from '../../lib/strings.js';

export interface EditorStrings {
  /** The language's own name, for the language menu. */
  languageName: string;
  appTitle: string;
  editorLanguage: string;
  privacy: string;

  // Opening
  startHeading: string;
  openFile: string;
  openFileHelp: string;
  dropHint: string;
  dropHere: string;
  urlHeading: string;
  urlLabel: string;
  urlHelp: string;
  openButton: string;
  pasteHeading: string;
  pasteLabel: string;
  pasteButton: string;
  newHeading: string;
  newHelp: string;
  newButton: string;
  opening: string;
  errorNotJson: string;
  errorNotRegistry: string;
  errorNetwork: string;
  errorHttp: string;
  errorEmpty: string;
  errorRead: string;
  errorTooLarge: string;
  dropWhileOpen: string;
  opened: string;
  restored: string;
  importHeading: string;
  importPrivate: string;
  updateHeading: string;
  updateHelp: string;
  updateFile: string;
  updated: string;

  // The bar
  sourceFile: string;
  sourcePaste: string;
  sourceNew: string;
  unsaved: string;
  saved: string;
  storageFull: string;
  close: string;
  discard: string;
  discardTitle: string;
  discardText: string;
  discardConfirm: string;
  keepEditing: string;
  discarded: string;
  viewsLabel: string;
  viewList: string;
  viewEntries: string;
  viewCategories: string;
  viewChanges: string;
  viewPublish: string;
  viewPreview: string;

  // Problems
  issuesLabel: string;
  problems: Plural;
  warnings: Plural;
  noIssues: string;
  prevIssue: string;
  nextIssue: string;
  allIssues: string;
  problem: string;
  warning: string;
  issueOf: string;
  issuesNote: string;
  issueList: string;

  // Fields
  labels: Record<string, string>;
  /** Field explanations by field name (`subprocessors.purpose`); English uses the schema's. */
  help?: Record<string, string>;
  required: string;
  inLanguage: string;
  localNote: string;
  otherFields: string;
  notAnObject: string;
  noName: string;
  noCode: string;
  noId: string;
  change: string;
  listSettings: string;
  categoriesHeading: string;
  groupsHeading: string;
  ownerHeading: string;
  noticeHeading: string;

  // Items
  addEntry: string;
  addCategory: string;
  addGroup: string;
  addChange: string;
  moveUp: string;
  moveDown: string;
  duplicate: string;
  remove: string;
  moved: string;
  removedItem: string;
  duplicatedItem: string;
  filterLabel: string;
  filterShowing: string;
  entryCount: Plural;
  noEntries: string;

  // Places, codes, groups, yes/no
  placeAdd: string;
  placeInput: string;
  placeRemove: string;
  placeHelp: string;
  placeCode: string;
  placeText: string;
  noCategories: string;
  undefinedCode: string;
  noGroup: string;
  undefinedGroup: string;
  tristateUnset: string;
  yes: string;
  no: string;
  maybe: string;

  // Preview
  previewHeading: string;
  previewNote: string;
  width: string;
  phone: string;
  laptop: string;
  theme: string;
  light: string;
  dark: string;
  pageLanguage: string;

  // Publish
  publishHeading: string;
  proposedHeading: string;
  proposedIntro: string;
  proposedSince: string;
  noProposals: string;
  changeDate: string;
  include: string;
  action: string;
  description: string;
  setUpdated: string;
  record: Plural;
  recorded: Plural;
  downloadHeading: string;
  downloadIntro: string;
  downloadAll: string;
  downloadAllPending: Plural;
  fileRegistry: string;
  fileChanges: string;
  fileFeed: string;
  filePage: string;
  download: string;
  downloaded: string;
  sessionChanges: Plural;
  hasProblems: Plural;
}

export const en: EditorStrings = {
  languageName: 'English',
  appTitle: 'Sub-processor list editor',
  editorLanguage: 'Language',
  privacy: 'Everything stays in this browser: nothing you open or type is sent anywhere, and your work is kept here until you discard it.',

  startHeading: 'Open a list',
  openFile: 'Open a file',
  openFileHelp: 'A registry (JSON), a spreadsheet (CSV), or a saved web page (HTML) or its text.',
  dropHint: 'Or drop a file anywhere on this page.',
  dropHere: 'Drop the file to open it',
  urlHeading: 'Open from an address',
  urlLabel: 'Address (URL)',
  urlHelp: 'The only request this page ever makes is to the address you give here.',
  openButton: 'Open',
  pasteHeading: 'Paste',
  pasteLabel: 'JSON, cells copied from a spreadsheet, or the text of a page',
  pasteButton: 'Open what I pasted',
  newHeading: 'Start a new list',
  newHelp: 'With example content to replace: a category, a group and a sub-processor.',
  newButton: 'Start a new list',
  opening: 'Opening {name}…',
  errorNotJson: 'This is not valid JSON: {detail}',
  errorNotRegistry: 'This is not a sub-processor registry: {detail}',
  errorNetwork: '{url} could not be reached (offline, or its server does not let other sites read it).',
  errorHttp: 'The server answered {status} for {url}.',
  errorEmpty: 'There is nothing to open.',
  errorRead: 'The file could not be read.',
  errorTooLarge: 'This is larger than {limit} MB.',
  dropWhileOpen: 'A list is open: close it before you open another registry. A spreadsheet or a page dropped here updates the open list.',
  opened: '{name} is open.',
  restored: 'Your unsaved work was restored ({name}, opened {time}).',
  importHeading: 'What the converter read',
  importPrivate: 'Kept private (as x- fields, never published): {columns}',
  updateHeading: 'Update from a spreadsheet or a page',
  updateHelp: 'Entries are matched by name and service: the file updates them, adds the new ones and leaves out the ones it no longer has. Categories, groups, the change log and the rest are kept.',
  updateFile: 'Choose a file',
  updated: 'The list was updated from {name}.',

  sourceFile: 'Opened: {name}',
  sourcePaste: 'Pasted text',
  sourceNew: 'New list',
  unsaved: 'Changes not yet downloaded (kept in this browser)',
  saved: 'No changes since the last download',
  storageFull: 'This browser cannot keep your work (its storage is full or turned off): download it before you leave the page.',
  close: 'Close the list…',
  discard: 'Discard…',
  discardTitle: 'Close the list and discard your work?',
  discardText: 'What you have not downloaded is lost; files you downloaded stay as they are.',
  discardConfirm: 'Discard and close',
  keepEditing: 'Keep editing',
  discarded: 'The list was closed.',
  viewsLabel: 'Parts of the editor',
  viewList: 'List',
  viewEntries: 'Sub-processors',
  viewCategories: 'Categories and groups',
  viewChanges: 'Change log',
  viewPublish: 'Publish',
  viewPreview: 'Preview',

  issuesLabel: 'Problems',
  problems: { one: '{count} problem', other: '{count} problems' },
  warnings: { one: '{count} warning', other: '{count} warnings' },
  noIssues: 'No problems',
  prevIssue: 'Previous problem',
  nextIssue: 'Next problem',
  allIssues: 'All problems and warnings',
  problem: 'Problem',
  warning: 'Warning',
  issueOf: '{n} of {total}',
  issuesNote: 'Problems are what the format does not allow: the list leaves out what it cannot read. Warnings are what an auditor would ask about.',
  issueList: 'The list',

  labels: {
    title: 'Title',
    intro: 'Introduction',
    'owner.name': 'Company name',
    'owner.url': 'Company web site',
    'owner.contact': 'Privacy contact',
    'owner.dpa': 'Data processing agreement (DPA)',
    updated: 'Last updated',
    subscribe: 'Subscribe to changes',
    feed: 'Feed of changes',
    page: 'Published page',
    'notice.days': 'Days of notice',
    'notice.objectionDays': 'Days to object',
    'subprocessors.name': 'Name',
    'subprocessors.service': 'Service',
    'subprocessors.purpose': 'Purpose',
    'subprocessors.entityLocation': 'Entity location',
    'subprocessors.dataLocations': 'Data locations',
    'subprocessors.categories': 'Data categories',
    'subprocessors.data': 'Data',
    'subprocessors.retention': 'Retention',
    'subprocessors.transfer': 'Transfer safeguard',
    'subprocessors.dpa': 'DPA',
    'subprocessors.url': 'Web site',
    'subprocessors.group': 'Group',
    'subprocessors.added': 'Date added',
    'subprocessors.effective': 'Start date',
    'subprocessors.retires': 'End date',
    'subprocessors.notes': 'Notes',
    'subprocessors.id': 'Anchor id',
    'categories.code': 'Code',
    'categories.subject': 'Whose data',
    'categories.label': 'What data',
    'categories.direct': 'Direct personal data',
    'categories.indirect': 'Indirect personal data',
    'categories.description': 'Description',
    'groups.id': 'Id',
    'groups.title': 'Title',
    'groups.description': 'Description',
    'changes.date': 'Date',
    'changes.action': 'Action',
    'changes.subprocessor': 'Sub-processor',
    'changes.description': 'Description',
  },
  required: 'required',
  inLanguage: '{field} ({lang})',
  localNote: 'The same text in several languages.',
  otherFields: 'Also has fields this editor keeps as they are: {fields}',
  notAnObject: 'This item is not an object, so the list skips it. Remove it, or fix it in the file.',
  noName: '(no name yet)',
  noCode: '(no code yet)',
  noId: '(no id yet)',
  change: 'Change',
  listSettings: 'The list',
  categoriesHeading: 'Categories',
  groupsHeading: 'Groups',
  ownerHeading: 'Publisher',
  noticeHeading: 'Notice of new sub-processors',

  addEntry: 'Add a sub-processor',
  addCategory: 'Add a category',
  addGroup: 'Add a group',
  addChange: 'Add a change',
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  remove: 'Remove',
  moved: '{name} moved to position {position} of {total}.',
  removedItem: '{name} removed.',
  duplicatedItem: '{name} duplicated.',
  filterLabel: 'Find a sub-processor',
  filterShowing: 'Showing {shown} of {total}',
  entryCount: { one: '{count} sub-processor', other: '{count} sub-processors' },
  noEntries: 'No sub-processors yet.',

  placeAdd: 'Add',
  placeInput: 'Add a location to {field}',
  placeRemove: 'Remove {place}',
  placeHelp: 'Pick a country, EU or EEA from the list, or type any place (e.g. Frankfurt (eu-central-1)).',
  placeCode: 'saved as {code}',
  placeText: 'saved as text',
  noCategories: 'The list defines no categories yet: add them under Categories and groups.',
  undefinedCode: '{code} (not defined)',
  noGroup: '(no group)',
  undefinedGroup: '{id} (not defined)',
  tristateUnset: '(not said)',
  yes: 'yes',
  no: 'no',
  maybe: 'maybe',

  previewHeading: 'Preview',
  previewNote: 'The list as readers will see it, updated as you type; its problems are shown below it (readers never see them).',
  width: 'Width',
  phone: 'Phone (375 px)',
  laptop: 'Laptop (1280 px)',
  theme: 'Colours',
  light: 'Light',
  dark: 'Dark',
  pageLanguage: 'Language of the list',

  publishHeading: 'Publish',
  proposedHeading: 'Proposed changes',
  proposedIntro: 'Compared with the version you opened: what was added, removed or changed. Edit them as you like, then add them to the change log.',
  proposedSince: 'Compared with the list as it was when you last added changes.',
  noProposals: 'Nothing to propose: the sub-processors are as they were.',
  changeDate: 'Date of these changes',
  include: 'Add to the change log',
  action: 'Action',
  description: 'Description',
  setUpdated: 'Also make it the list’s “last updated” date',
  record: { one: 'Add {count} change to the list', other: 'Add {count} changes to the list' },
  recorded: { one: '{count} change added to the change log.', other: '{count} changes added to the change log.' },
  downloadHeading: 'Download',
  downloadIntro: 'One save gives the site everything it needs: put the files where the list is published.',
  downloadAll: 'Download everything',
  downloadAllPending: { one: 'Add the proposed change and download everything', other: 'Add the {count} proposed changes and download everything' },
  fileRegistry: 'The registry, which the element reads',
  fileChanges: 'The changes added in this session',
  fileFeed: 'The Atom feed of the change log, for feed readers',
  filePage: 'The static page, for readers without JavaScript and for search engines',
  download: 'Download {name}',
  downloaded: '{name} downloaded.',
  sessionChanges: { one: '{count} change added in this session.', other: '{count} changes added in this session.' },
  hasProblems: {
    one: 'The list has {count} problem: readers’ lists leave out what they cannot read.',
    other: 'The list has {count} problems: readers’ lists leave out what they cannot read.',
  },
};
