/**
 * What a reader needs only once they interact: tooltips and the keyboard
 * within rows. A chunk of its own (`subprocessor-list.interactive.js`),
 * loaded on the first hover, focus, click or key on a chip, badge or row,
 * or when the browser is idle after the list appears (see interactions.ts).
 */
export { TooltipController } from './controllers/tooltip.js';
export { RovingTabindexController } from './controllers/roving-tabindex.js';
