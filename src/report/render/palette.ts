import type { VerdictStatus } from '../../evaluate/verdict.js';

/**
 * The colour of each status in the HTML report and its chart: greens for met, red for not
 * met, amber for missing data, grey-blue for not yet due; dark enough to print and for white
 * text on them.
 *
 * @example
 * STATUS_COLORS.not_met // "#c62828"
 */
export const STATUS_COLORS: Readonly<Record<VerdictStatus, string>> = {
  exceeded: '#1b5e20',
  met: '#43a047',
  not_met: '#c62828',
  no_data: '#f9a825',
  not_due: '#78909c',
};

/**
 * Text colour readable on each status colour.
 *
 * @example
 * STATUS_INK.no_data // "#212121": dark text on amber
 */
export const STATUS_INK: Readonly<Record<VerdictStatus, string>> = {
  exceeded: '#ffffff',
  met: '#ffffff',
  not_met: '#ffffff',
  no_data: '#212121',
  not_due: '#ffffff',
};
