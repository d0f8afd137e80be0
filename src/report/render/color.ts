/**
 * Colour for a terminal: ANSI SGR codes per status. Only used when the caller asks for it
 * (the CLI asks on a TTY, unless NO_COLOR is set).
 */
import type { VerdictStatus } from '../../evaluate/verdict.js';

const SGR: Readonly<Record<VerdictStatus, string>> = {
  exceeded: '1;32', // bold green
  met: '32', // green
  not_met: '1;31', // bold red
  no_data: '33', // yellow
  not_due: '36', // cyan
};

/**
 * Wrap text in the colour of a status.
 *
 * @example
 * paintStatus('not_met', 'không đạt') // "\u001b[1;31mkhông đạt\u001b[0m"
 */
export function paintStatus(status: VerdictStatus, text: string): string {
  return `\u001b[${SGR[status]}m${text}\u001b[0m`;
}

/**
 * Bold, for headings.
 *
 * @example
 * bold('Tổng cộng') // "\u001b[1mTổng cộng\u001b[0m"
 */
export function bold(text: string): string {
  return `\u001b[1m${text}\u001b[0m`;
}
