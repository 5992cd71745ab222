/**
 * One-time costs of a list's first render, paid while the page is idle
 * after the script loads: the country names, dates and numbers of the
 * page's language (Intl loads locale data on first use, some 15–30 ms
 * cold), the index of English country names (676 look-ups, needed by
 * any location written as a name or a city), the flag probe and the font
 * measurement (each a canvas). By the time a registry arrives — or is
 * handed over as a property — they are done.
 */
import { dateFormat, formatCount, regionNames, supportedLocale } from './lib/intl.js';
import { codeForName } from './lib/regions.js';
import { flagsSupported } from './flags.js';
import { wordWidth } from './measure.js';

export function warmUp(): void {
  if (typeof document === 'undefined') return;
  const run = () => {
    try {
      const lang = supportedLocale(document.documentElement.lang || navigator.language);
      for (const l of new Set([lang, 'en'])) regionNames(l).of('DE');
      codeForName('Germany');
      dateFormat(lang).format(0);
      formatCount(1, lang);
      flagsSupported();
      if (document.body) wordWidth(document.body);
    } catch {
      // Warming up is an optimisation: nothing here may fail the page.
    }
  };
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(run, { timeout: 1000 });
  else setTimeout(run, 50);
}
