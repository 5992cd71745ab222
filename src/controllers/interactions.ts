/**
 * Tooltips and the keyboard within rows, loaded when first needed.
 *
 * The first page of a list needs neither, so their code is a separate
 * chunk: this controller listens on the shadow root, and on the first event
 * that concerns a chip, a badge or a row (or when the browser is next idle
 * after the list rendered) loads it, hands it the event, and steps aside.
 * An arrow key is held (its default prevented) until the chunk is here, so
 * the page does not scroll instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TipContent, TooltipController } from './tooltip.js';
import type { RovingTabindexController } from './roving-tabindex.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const EVENTS = ['pointerover', 'pointerout', 'focusin', 'click', 'keydown'] as const;
const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** The text of the element a trigger's `aria-describedby` names: what a screen reader hears is what the tooltip shows. */
export function describedText(root: ParentNode, trigger: Element): string {
  const id = trigger.getAttribute('aria-describedby');
  return (id && root.querySelector(`#${CSS.escape(id)}`)?.textContent) || '';
}

export class InteractionsController implements ReactiveController {
  readonly #host: Host;
  readonly #content: (trigger: HTMLElement) => TipContent;
  readonly #onLegend: (target: string) => void;
  #loading?: Promise<void>;
  #tooltip?: TooltipController;
  #roving?: RovingTabindexController;

  constructor(host: Host, content: (trigger: HTMLElement) => TipContent, onLegend: (target: string) => void) {
    this.#host = host;
    this.#content = content;
    this.#onLegend = onLegend;
    host.addController(this);
  }

  /** The chip or badge under the pointer while the chunk loads (cleared when the pointer leaves it). */
  #over?: HTMLElement;

  #listen = (e: Event): void => {
    // Read now: once an event in a shadow tree is dispatched, its target is gone.
    const target = e.target as Element | null;
    const trigger = target?.closest?.<HTMLElement>('.tip') ?? undefined;
    if (e.type === 'pointerout') {
      if (trigger && trigger === this.#over && !trigger.contains((e as PointerEvent).relatedTarget as Node | null)) this.#over = undefined;
      return;
    }
    if (e.type === 'pointerover') {
      if ((e as PointerEvent).pointerType === 'touch') return;
      this.#over = trigger;
    }
    const key = e instanceof KeyboardEvent ? e.key : '';
    const rowKey = KEYS.has(key) && !!target?.closest?.('[part~="row"]');
    if (!(trigger && e.type !== 'keydown') && !rowKey) return;
    if (rowKey) e.preventDefault();
    const { altKey, ctrlKey, metaKey, shiftKey } = e as KeyboardEvent;
    void this.load().then(() => {
      if (rowKey) this.#roving?.replay({ key, target, altKey, ctrlKey, metaKey, shiftKey, defaultPrevented: true, preventDefault() {} } as unknown as KeyboardEvent);
      else if (!trigger?.isConnected) return;
      // What the tooltip would have done with the event, had it been here: pin, open on focus, open on hover.
      else if (e.type === 'click') this.#tooltip?.open(trigger, true);
      else if (e.type === 'focusin') {
        if (trigger.matches(':focus')) this.#tooltip?.open(trigger, false, true);
      } else if (this.#over === trigger) this.#tooltip?.hover(trigger);
    });
  };

  hostConnected(): void {
    if (this.#tooltip) return;
    for (const type of EVENTS) this.#host.renderRoot.addEventListener(type, this.#listen);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.#host.renderRoot.removeEventListener(type, this.#listen);
  }

  /** Loads the chunk now (once); the controllers it brings listen for themselves from then on. */
  load(): Promise<void> {
    this.#loading ??= import('../interactive.js').then(({ TooltipController, RovingTabindexController }) => {
      this.hostDisconnected();
      this.#tooltip = new TooltipController(this.#host, this.#content, this.#onLegend);
      this.#roving = new RovingTabindexController(this.#host);
    });
    return this.#loading;
  }

  /** Loads the chunk when the browser has nothing better to do. */
  prefetch(): void {
    if (this.#loading) return;
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(() => void this.load(), { timeout: 2000 });
    else setTimeout(() => void this.load(), 200);
  }

  close(): void {
    this.#tooltip?.close();
  }

  closeIfStale(): void {
    this.#tooltip?.closeIfStale();
  }
}
