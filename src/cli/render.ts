/**
 * `render`: the static page (or `--fragment`) of a registry, in any of the
 * UI languages: the element's no-JavaScript twin, from the same list model
 * (see src/serialize/static-html.ts).
 */
import type { Loaded } from '../lib/load.js';
import { todayIso } from '../lib/dates.js';
import { buildListModel } from '../model/list-model.js';
import { resolveStrings } from '../model/locales.js';
import { staticPage } from '../serialize/static-html.js';

export interface RenderOptions {
  lang: string;
  fragment?: boolean;
  today?: string;
  headingLevel?: number;
}

export function renderHtml(loaded: Pick<Loaded, 'registry' | 'problems' | 'base'>, o: RenderOptions): string {
  const model = buildListModel(loaded, { today: o.today ?? todayIso(), headingLevel: o.headingLevel ?? (o.fragment ? 2 : 1) }, o.lang, resolveStrings(o.lang));
  return staticPage(model, { fragment: o.fragment });
}
