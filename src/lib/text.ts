/**
 * Text folding for search: case- and accent-insensitive, so "sao paulo"
 * finds "São Paulo" and "munchen" finds "München".
 */

const MARKS = /\p{M}/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}
