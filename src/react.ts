/**
 * Types `<subprocessor-list>` in React 19's JSX: its properties and attributes,
 * and its events with their details (`onsubprocessor-list-load`, as React 19
 * listens to a custom element's events: `on` and the event's own name).
 * Types only; bring them in once, in any file of the program:
 *
 *   import type {} from 'subprocessor-list/react';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SubprocessorListElement } from './subprocessor-list.js';
import type { SubprocessorListEventMap } from './events.js';
import type { SubprocessorListJsxProps } from './jsx.js';

/** `onsubprocessor-list-load` and the others, each with its event's type. */
export type SubprocessorListReactEvents = {
  [K in keyof SubprocessorListEventMap as `on${K}`]?: (event: SubprocessorListEventMap[K]) => void;
};

/** Everything `<subprocessor-list>` takes in React: HTML's own attributes, `ref` and `key`, and the element's. */
export type SubprocessorListReactProps = Omit<DetailedHTMLProps<HTMLAttributes<SubprocessorListElement>, SubprocessorListElement>, keyof SubprocessorListJsxProps> &
  SubprocessorListJsxProps &
  SubprocessorListReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is where intrinsic elements are declared
  namespace JSX {
    interface IntrinsicElements {
      'subprocessor-list': SubprocessorListReactProps;
    }
  }
}
