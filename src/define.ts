/**
 * Registers <subprocessor-list> and upgrades `data-subprocessor-list`
 * placeholders. Importing this module twice, or loading the npm build next
 * to the CDN bundle, is harmless: the first definition wins, and a
 * placeholder is upgraded once.
 */
import { SubprocessorListElement } from './subprocessor-list.js';
import { watchPlaceholders } from './upgrade.js';
import { warmUp } from './warm.js';
// The tag's and the events' global types (declared beside the events) come with this module too.
import './events.js';

SubprocessorListElement.define();
// <div data-subprocessor-list data-src="…"> placeholders, for hosts that strip unknown tags.
watchPlaceholders();
// The first render's one-time costs, while the page has nothing else to do.
warmUp();

export { SubprocessorListElement };
