/**
 * Safe-area insets: how much of each screen edge the notch, rounded corners or home bar cover, as
 * the browser reports them through CSS `env(safe-area-inset-*)` (needs `viewport-fit=cover` in the
 * page's viewport meta). Read from a hidden probe element whose padding is those values.
 *
 * Page-wide state: one probe element on the page measures the window's safe-area insets.
 */

import type { Insets } from './screen-layout';

let probe: HTMLElement | undefined;

export function readSafeAreaInsets(): Insets {
  if (typeof document === 'undefined' || document.body === null) return { top: 0, right: 0, bottom: 0, left: 0 };
  if (probe === undefined || !probe.isConnected) {
    probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText =
      'position:fixed;left:0;top:0;width:0;height:0;visibility:hidden;pointer-events:none;' +
      'padding:env(safe-area-inset-top,0px) env(safe-area-inset-right,0px) env(safe-area-inset-bottom,0px) env(safe-area-inset-left,0px);';
    document.body.appendChild(probe);
  }
  const style = getComputedStyle(probe);
  const px = (value: string): number => {
    const number = parseFloat(value);
    return Number.isFinite(number) ? number : 0;
  };
  return { top: px(style.paddingTop), right: px(style.paddingRight), bottom: px(style.paddingBottom), left: px(style.paddingLeft) };
}
