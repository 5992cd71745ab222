// React 19 with TypeScript strict: <subprocessor-list> in JSX, typed by subprocessor-list/react.
// The part between the README markers is the README's React example, verbatim (scripts/check-package.mjs).
// README:begin
import 'subprocessor-list/define'; // registers <subprocessor-list>
import type {} from 'subprocessor-list/react'; // types it in JSX (once, in any file)
import type { LocalizedText, Registry } from 'subprocessor-list';

export function Subprocessors({ registry }: { registry: Registry<LocalizedText> }) {
  return (
    <subprocessor-list
      registry={registry}
      lang="en"
      theme="auto"
      sort="-added"
      heading-level={3}
      onsubprocessor-list-load={(e) => console.info(`${e.detail.problems.length} problems`)}
      onsubprocessor-list-error={(e) => console.warn(e.detail.kind, e.detail.message)}
      onsubprocessor-list-sort={(e) => console.info(e.detail.column, e.detail.direction)}
    >
      <a href="/subprocessors.html">Our sub-processors</a>
    </subprocessor-list>
  );
}
// README:end

import { useRef } from 'react';
import type { ErrorDetail, SubprocessorListElement } from 'subprocessor-list';

/** Every property and attribute, with the types they take. */
export function Everything({ onError }: { onError: (detail: ErrorDetail) => void }) {
  const ref = useRef<SubprocessorListElement>(null);
  return (
    <subprocessor-list
      ref={ref}
      key="list"
      id="vendors"
      className="list"
      src="/subprocessors.json"
      timeout={5000}
      headingLevel={2}
      query="aws"
      columns="name purpose data-locations"
      noSearch={false}
      noFilters
      controls="always"
      layout="cards"
      syncUrl
      noFlags
      legend="open"
      newDays={14}
      staleDays={90}
      changes="none"
      today="2026-05-01"
      strings={{ colName: 'Vendor' }}
      no-search
      no-filters={false}
      no-flags
      sync-url
      new-days="14"
      stale-days={90}
      onsubprocessor-list-error={(e) => onError(e.detail)}
      onClick={() => ref.current?.reload()}
    />
  );
}

/** What the types refuse. */
export function Wrong() {
  return (
    <>
      <subprocessor-list
        // @ts-expect-error: not a theme
        theme="blue"
      />
      <subprocessor-list
        // @ts-expect-error: not a layout
        layout="grid"
      />
      <subprocessor-list
        // @ts-expect-error: legend takes closed, open or none
        legend={true}
      />
      <subprocessor-list
        // @ts-expect-error: sort is text
        sort={1}
      />
      <subprocessor-list
        // @ts-expect-error: not one of the element's words
        strings={{ notAString: 'x' }}
      />
      <subprocessor-list
        // @ts-expect-error: the load event's detail has no such field
        onsubprocessor-list-load={(e) => e.detail.nope}
      />
      <subprocessor-list
        // @ts-expect-error: the sort event's direction is ascending or descending
        onsubprocessor-list-sort={(e) => e.detail.direction === 'up'}
      />
      <subprocessor-list
        // @ts-expect-error: loadComplete is read-only
        loadComplete={Promise.resolve()}
      />
    </>
  );
}
