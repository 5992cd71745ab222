/**
 * One tooltip per element, created on first use, for category chips and
 * location badges (any `.tip` button in the shadow root).
 *
 * WCAG 2.2 SC 1.4.13: it opens on hover (after a short delay) and on
 * keyboard focus; a click or tap pins it (touch has no hover); Escape
 * closes it; the pointer can move onto it; it stays until dismissed or
 * until focus or pointer leave. Only one is open at a time. Screen readers
 * get the same text as each trigger's description (aria-describedby).
 *
 * It lives in the top layer (Popover API) so no overflow, card edge or page
 * edge clips it, and it is placed above or below its trigger, never over
 * it. Without the Popover API it falls back to position: fixed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TipContent {
  text: string;
  /** A legend row the pinned tooltip can lead to. */
  legendTarget?: string;
  legendLabel?: string;
}

const OPEN_DELAY = 300;
const CLOSE_DELAY = 150;
const GAP = 6;
const MARGIN = 8;

const canPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class TooltipController implements ReactiveController {
  #host: Host;
  #content: (trigger: HTMLElement) => TipContent;
  #onLegend: (target: string) => void;
  #tip?: HTMLElement;
  #text?: HTMLElement;
  #button?: HTMLButtonElement;
  #trigger?: HTMLElement;
  /** What the trigger showed when opened: rows are reused by index, so a re-sort can put other content in it. */
  #shown?: string;
  #pinned = false;
  #above = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: Host, content: (trigger: HTMLElement) => TipContent, onLegend: (target: string) => void) {
    this.#host = host;
    this.#content = content;
    this.#onLegend = onLegend;
    host.addController(this);
  }

  /** The delegated listeners on the shadow root. */
  #listeners(): [string, EventListener][] {
    return [
      ['pointerover', this.#onPointerOver],
      ['pointerout', this.#onPointerOut],
      ['focusin', this.#onFocusIn],
      ['focusout', this.#onFocusOut],
      ['click', this.#onClick],
      ['keydown', this.#onKeyDown as EventListener],
    ];
  }

  hostConnected(): void {
    for (const [type, fn] of this.#listeners()) this.#host.renderRoot.addEventListener(type, fn);
  }

  hostDisconnected(): void {
    this.close();
    for (const [type, fn] of this.#listeners()) this.#host.renderRoot.removeEventListener(type, fn);
  }

  /** Closes the tooltip if its trigger is gone or now shows something else (after a sort or filter). */
  closeIfStale(): void {
    clearTimeout(this.#timer);
    const t = this.#trigger;
    if (t && (!t.isConnected || this.#shown !== t.textContent)) this.close();
  }

  #triggerOf(e: Event): HTMLElement | undefined {
    return ((e.target as Element | null)?.closest?.('.tip') as HTMLElement | null) ?? undefined;
  }

  #inTip(node: EventTarget | null): boolean {
    return !!this.#tip && node instanceof Node && this.#tip.contains(node);
  }

  #schedule(fn: () => void, ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(fn, ms);
  }

  #onPointerOver = (e: Event): void => {
    const pe = e as PointerEvent;
    if (pe.pointerType === 'touch') return;
    if (this.#inTip(pe.target)) return clearTimeout(this.#timer);
    const trigger = this.#triggerOf(e);
    if (!trigger) return;
    if (trigger === this.#trigger) return clearTimeout(this.#timer);
    if (this.#pinned) return;
    this.#schedule(() => this.open(trigger), this.#trigger ? 0 : OPEN_DELAY);
  };

  /** Opens for `trigger` as hovering it would (after the delay), for a hover that began before this controller was loaded. */
  hover(trigger: HTMLElement): void {
    if (!this.#pinned && trigger !== this.#trigger) this.#schedule(() => this.open(trigger), this.#trigger ? 0 : OPEN_DELAY);
  }

  #onPointerOut = (e: Event): void => {
    const pe = e as PointerEvent;
    if (pe.pointerType === 'touch' || this.#pinned) return;
    const to = pe.relatedTarget;
    // Moving between the trigger and the tooltip keeps it open.
    if (this.#inTip(to) || (to instanceof Element && this.#trigger?.contains(to))) return;
    if (!this.#trigger) return clearTimeout(this.#timer);
    if (this.#trigger.matches(':focus-visible')) return;
    this.#schedule(() => this.close(), CLOSE_DELAY);
  };

  #onFocusIn = (e: Event): void => {
    if (this.#inTip(e.target)) return;
    const trigger = this.#triggerOf(e);
    if (trigger && trigger !== this.#trigger) this.open(trigger, false, true);
  };

  #onFocusOut = (e: Event): void => {
    // A pinned tooltip stays until dismissed (a click inside it moves focus too).
    if (this.#pinned) return;
    const to = (e as FocusEvent).relatedTarget;
    if (this.#inTip(to) || (to !== null && to === this.#trigger)) return;
    if (this.#trigger && (e.target === this.#trigger || this.#inTip(e.target))) this.close();
  };

  #onClick = (e: Event): void => {
    const trigger = this.#triggerOf(e);
    if (!trigger) return;
    if (this.#pinned && trigger === this.#trigger) this.close();
    else this.open(trigger, true);
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#trigger) {
      const back = this.#inTip(e.target) ? this.#trigger : undefined;
      this.close();
      back?.focus();
      e.stopPropagation();
      return;
    }
    // From a pinned trigger, Tab leads into the tooltip's button and back;
    // Tab from the button goes on from the trigger, in document order.
    if (e.key === 'Tab' && this.#pinned && this.#button && !this.#button.hidden) {
      if (!e.shiftKey && e.target === this.#trigger) {
        e.preventDefault();
        this.#button.focus();
      } else if (e.target === this.#button) {
        const trigger = this.#trigger;
        if (e.shiftKey) e.preventDefault();
        this.close();
        trigger?.focus();
      }
    }
  };

  #onDocumentKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#trigger) this.close();
  };

  #onDocumentPointerDown = (e: Event): void => {
    const path = e.composedPath();
    if (this.#pinned && this.#tip && !path.includes(this.#tip) && !(this.#trigger && path.includes(this.#trigger))) this.close();
  };

  #create(): HTMLElement {
    const tip = document.createElement('div');
    tip.setAttribute('part', 'tooltip');
    tip.id = 'spl-tooltip';
    if (canPopover) tip.popover = 'manual';
    else tip.className = 'tooltip-fallback';
    this.#text = document.createElement('span');
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.setAttribute('part', 'tooltip-button');
    this.#button.addEventListener('click', () => {
      const target = this.#button!.dataset.target;
      const trigger = this.#trigger;
      this.close();
      if (target) this.#onLegend(target);
      else trigger?.focus();
    });
    tip.append(this.#text, this.#button);
    tip.addEventListener('pointerenter', () => clearTimeout(this.#timer));
    tip.addEventListener('pointerleave', (e) => {
      if (!this.#pinned && (e as PointerEvent).pointerType !== 'touch') this.#schedule(() => this.close(), CLOSE_DELAY);
    });
    this.#host.renderRoot.append(tip);
    return tip;
  }

  /**
   * @param byFocus opened by keyboard focus: placed above its trigger where
   *   there is room, since Tab and the down arrow go on below — the tooltip
   *   must not cover where focus goes next.
   */
  open(trigger: HTMLElement, pin = false, byFocus = false): void {
    this.#above = byFocus;
    clearTimeout(this.#timer);
    // A delayed open may find its trigger gone (filtered away).
    if (!trigger.isConnected) return;
    const tip = (this.#tip ??= this.#create());
    const content = this.#content(trigger);
    this.#trigger = trigger;
    this.#shown = trigger.textContent ?? '';
    this.#pinned = pin;
    this.#text!.textContent = content.text;
    // Hover and focus show a plain tooltip; a pinned one may offer a way on,
    // which makes it a small non-modal dialog rather than a tooltip.
    const withButton = pin && !!content.legendTarget;
    this.#button!.hidden = !withButton;
    this.#button!.textContent = content.legendLabel ?? '';
    if (content.legendTarget) this.#button!.dataset.target = content.legendTarget;
    tip.setAttribute('role', withButton ? 'dialog' : 'tooltip');
    if (withButton) tip.setAttribute('aria-label', trigger.textContent?.trim() ?? '');
    else tip.removeAttribute('aria-label');
    if (canPopover) {
      if (!tip.matches(':popover-open')) tip.showPopover();
    } else tip.classList.add('open');
    this.#place(trigger, tip);
    document.addEventListener('keydown', this.#onDocumentKeyDown);
    document.addEventListener('pointerdown', this.#onDocumentPointerDown);
    window.addEventListener('scroll', this.#reposition, true);
    window.addEventListener('resize', this.#reposition);
  }

  #reposition = (): void => {
    if (this.#trigger && this.#tip) this.#place(this.#trigger, this.#tip);
  };

  close(): void {
    clearTimeout(this.#timer);
    const tip = this.#tip;
    this.#trigger = undefined;
    this.#pinned = false;
    document.removeEventListener('keydown', this.#onDocumentKeyDown);
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
    window.removeEventListener('scroll', this.#reposition, true);
    window.removeEventListener('resize', this.#reposition);
    if (!tip) return;
    if (canPopover) {
      if (tip.matches(':popover-open')) tip.hidePopover();
    } else tip.classList.remove('open');
  }

  /** Below the trigger if it fits, else above (the other way round when opened by focus); centred, kept inside the viewport. */
  #place(trigger: HTMLElement, tip: HTMLElement): void {
    tip.style.left = '0px';
    tip.style.top = '0px';
    const t = trigger.getBoundingClientRect();
    const { width, height } = tip.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const below = t.bottom + GAP;
    const above = t.top - GAP - height;
    const fitsBelow = below + height <= vh - MARGIN;
    const fitsAbove = above >= MARGIN;
    const top = this.#above ? (fitsAbove || !fitsBelow ? above : below) : fitsBelow || !fitsAbove ? below : above;
    const left = Math.min(Math.max(MARGIN, t.left + t.width / 2 - width / 2), Math.max(MARGIN, vw - MARGIN - width));
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    tip.dataset.placement = top === below ? 'below' : 'above';
  }
}
