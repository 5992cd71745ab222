/**
 * Placeholders for hosts that strip <script> and unknown elements from
 * article bodies (Zendesk Guide, Intercom, many CMSs) but keep <div>s and
 * data-* attributes:
 *
 *   <div data-subprocessor-list data-src="/subprocessors.json" data-theme="dark">
 *     <a href="/subprocessors">Our sub-processors</a>
 *   </div>
 *
 * With the script in the site's theme, each placeholder gets a
 * <subprocessor-list> inside it: `data-foo` becomes the attribute `foo`,
 * and the placeholder's content becomes the element's fallback content.
 * Placeholders added later (single-page help centres) are upgraded too.
 */

const SELECTOR = '[data-subprocessor-list]';
const DONE = 'data-subprocessor-list-ready';

export function upgradePlaceholder(placeholder: Element, tag = 'subprocessor-list'): Element | undefined {
  if (placeholder.hasAttribute(DONE) || placeholder.localName === tag) return undefined;
  placeholder.setAttribute(DONE, '');
  const el = document.createElement(tag);
  for (const { name, value } of [...placeholder.attributes]) {
    if (name.startsWith('data-') && name !== 'data-subprocessor-list' && name !== DONE) el.setAttribute(name.slice(5), value);
  }
  el.append(...placeholder.childNodes);
  placeholder.append(el);
  return el;
}

export function upgradeAll(root: ParentNode = document): void {
  root.querySelectorAll(SELECTOR).forEach((p) => upgradePlaceholder(p));
}

let observer: MutationObserver | undefined;

/** Upgrades placeholders now and whenever they are added to the page. */
export function watchPlaceholders(): void {
  if (observer || typeof document === 'undefined') return;
  const run = () => {
    upgradeAll();
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(SELECTOR)) upgradePlaceholder(node);
          else if (node.firstElementChild) upgradeAll(node);
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
