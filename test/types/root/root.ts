// The package root alone (no define, no JSX types): the tag and its events are typed.
import { SubprocessorListElement, type SortDetail } from 'subprocessor-list';

SubprocessorListElement.define();
const list: SubprocessorListElement | null = document.querySelector('subprocessor-list');
const made: SubprocessorListElement = document.createElement('subprocessor-list');
made.theme = 'dark';
// @ts-expect-error: not a theme
made.theme = 'blue';
list?.addEventListener('subprocessor-list-load', (e) => console.info(e.detail.problems.length));
document.addEventListener('subprocessor-list-sort', (e) => {
  const detail: SortDetail = e.detail;
  console.info(detail.column, detail.direction);
});
document.addEventListener('subprocessor-list-error', (e) => console.warn(e.detail.kind, e.detail.status ?? ''));
