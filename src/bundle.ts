// Entry of the self-contained script-tag bundle: registers the element.
export * from './index.js';
import './define.js';
