// subprocessor-list/define alone: the tag and its events are typed too.
import 'subprocessor-list/define';

const list = document.querySelector('subprocessor-list');
list?.reload();
list?.addEventListener('subprocessor-list-error', (e) => console.warn(e.detail.message));
export const loaded: Promise<unknown> | undefined = list?.loadComplete;
