/**
 * Types `<subprocessor-list>` in Vue's templates (vue-tsc, Volar) and TSX:
 * its properties and attributes, and its events with their details
 * (`@subprocessor-list-load`, in TSX `onSubprocessorListLoad`).
 * Types only; bring them in once, in any file of the program:
 *
 *   import type {} from 'subprocessor-list/vue';
 *
 * Vue must still be told that the tag is a custom element
 * (`compilerOptions.isCustomElement`), so that it does not look for a component.
 */
import type { EmitFn, HTMLAttributes } from 'vue';
import type { SubprocessorListElement } from './subprocessor-list.js';
import type { SubprocessorListEventMap } from './events.js';
import type { PascalCase, SubprocessorListJsxProps } from './jsx.js';

/** `onSubprocessorListLoad` and the others (what `@subprocessor-list-load` compiles to), each with its event's type. */
export type SubprocessorListVueEvents = {
  [K in keyof SubprocessorListEventMap as `on${PascalCase<K>}`]?: (event: SubprocessorListEventMap[K]) => void;
};

/** Everything `<subprocessor-list>` takes in Vue: HTML's own attributes and the element's. */
export type SubprocessorListVueProps = Omit<HTMLAttributes, keyof SubprocessorListJsxProps> & SubprocessorListJsxProps & SubprocessorListVueEvents;

/**
 * How single-file-component templates see the tag: Volar (vue-tsc, the editor)
 * checks a tag with a dash as a component, so it is declared as one, the way
 * Vue's guide declares custom elements. Its instance, for a template `ref`, is
 * the element.
 */
export type SubprocessorListVueComponent = new () => SubprocessorListElement & {
  /** @deprecated For template type checks only: the element has no `$props`. */
  $props: SubprocessorListVueProps;
  /** @deprecated For template type checks only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof SubprocessorListEventMap]: (event: SubprocessorListEventMap[K]) => void }>;
};

declare module 'vue' {
  // TSX (and h()-free render functions written in it).
  interface IntrinsicElementAttributes {
    'subprocessor-list': SubprocessorListVueProps;
  }
  // Templates.
  interface GlobalComponents {
    'subprocessor-list': SubprocessorListVueComponent;
  }
}
