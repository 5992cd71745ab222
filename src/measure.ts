/**
 * How wide the list's font sets text, measured once per font on a canvas:
 * the average advance of a character, in em. Column widths are set up
 * front from it (see `columnFloors`), so a wide font gets wider columns
 * rather than words broken in two.
 */

// A mix of the words lists hold: names, purposes, places, periods.
const SAMPLE = 'Amazon Web Services Communication Customer support Germany United Kingdom 30 days contract Hosting';
const measured = new Map<string, number | undefined>();

export function charEm(el: Element): number | undefined {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  const font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  if (measured.has(font)) return measured.get(font);
  let em: number | undefined;
  try {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx && size > 0) {
      ctx.font = font;
      em = Math.round((ctx.measureText(SAMPLE).width / SAMPLE.length / size) * 1000) / 1000;
    }
  } catch {
    em = undefined;
  }
  // A value out of all reason (an odd font, a canvas that lies) is no measurement.
  if (em !== undefined && !(em > 0.3 && em < 1)) em = undefined;
  measured.set(font, em);
  return em;
}
