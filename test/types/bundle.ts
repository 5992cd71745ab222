// The script-tag bundle, imported as a module: typed like the package root.
import { SubprocessorListElement, validateRegistry } from 'subprocessor-list/bundle';

const list: SubprocessorListElement | null = document.querySelector('subprocessor-list');
list?.reload();
export const ok: boolean = validateRegistry({ subprocessors: [] }).ok;
