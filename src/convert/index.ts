/**
 * The converter: a spreadsheet (CSV), a saved web page (HTML) or page text
 * (Markdown, or text copied from a page) to a registry, and a registry back
 * to the spreadsheet. DOM-free and Node-free, for the command-line kit and
 * for an editor in the browser alike.
 */
export { convert, sniffFormat, summarize } from './convert.js';
export { registryToCsv, type CsvWriteOptions } from './write.js';
export { placeCode, readPlace, splitPlaces } from './places.js';
export { readDate, type DateOrder, type DateReading } from './dates.js';
export { entryField } from './columns.js';
export type { ConvertOptions, ConvertResult, ConvertWarning, InputFormat, MergeReport } from './types.js';
