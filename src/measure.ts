/**
 * How wide the list's font sets words, measured on a canvas: column
 * widths are set up front from the widest word of each cell (see
 * `columnFloors`), so a wide font gets wider columns rather than words
 * broken in two. An average advance per character is not enough: it
 * counts spaces, which are narrow, and "Communication" is wider than
 * thirteen average characters.
 */

// A mix of the words lists hold, to tell a font out of all reason (or a canvas that lies) from a real one.
const SAMPLE = 'AmazonWebServicesCommunicationGermanyUnitedKingdom30dayscontract';
/** Words measured per font; beyond this a word is measured each time it is asked for. */
const CACHE_LIMIT = 10_000;

export type WordWidth = (word: string) => number;
const measured = new Map<string, WordWidth | undefined>();

/** A function giving a word's width in `em` of `el`'s font, or undefined where the font cannot be measured. */
export function wordWidth(el: Element): WordWidth | undefined {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  const font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  if (measured.has(font)) return measured.get(font);
  let fn: WordWidth | undefined;
  try {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx && size > 0) {
      ctx.font = font;
      const em = ctx.measureText(SAMPLE).width / SAMPLE.length / size;
      if (em > 0.3 && em < 1) {
        const cache = new Map<string, number>();
        fn = (word) => {
          let w = cache.get(word);
          if (w === undefined) {
            ctx.font = font;
            w = ctx.measureText(word).width / size;
            if (cache.size < CACHE_LIMIT) cache.set(word, w);
          }
          return w;
        };
      }
    }
  } catch {
    fn = undefined;
  }
  measured.set(font, fn);
  return fn;
}
