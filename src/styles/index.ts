/**
 * The element's stylesheets, in cascade order: tokens and the ground
 * first, then each part of the UI (beside the template or builder that
 * makes it), then the layouts that restyle them (cards, print).
 */
import { css } from 'lit';
import { tokens } from './tokens.js';
import { base } from './base.js';
import { cards } from './cards.js';
import { print } from './print.js';
import { headerStyles } from '../templates/header.styles.js';
import { controlsStyles } from '../templates/controls.styles.js';
import { groupsStyles } from '../templates/groups.styles.js';
import { rowStyles } from '../rows/row.styles.js';
import { tooltipStyles } from '../controllers/tooltip.styles.js';
import { changesStyles } from '../templates/changes.styles.js';
import { legendStyles } from '../templates/legend.styles.js';
import { statesStyles } from '../templates/states.styles.js';

// One stylesheet, not twelve: each adopted sheet costs the browser a little at every style recalculation.
export const styles = css`${tokens}${base}${headerStyles}${controlsStyles}${groupsStyles}${rowStyles}${tooltipStyles}${changesStyles}${legendStyles}${statesStyles}${cards}${print}`;
