// The sandbox's stylesheets adapted for a shadow root, so a host page's CSS cannot reach in and
// ours cannot leak out. Inherited properties (font, colour, spacing) would still flow in from the
// page through the host element, so the embed's root resets them with `all: initial`; and since
// `rem` follows the page's <html> font size, every rem becomes a multiple of our own 16 px.

import appCss from '../../ui/styles.css?inline';
import embedCss from '../runtime/embed.css?inline';
import { componentCss } from './cssRegistry.ts';

const RESET_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.sandbox-embed { all: initial; }
`;

/**
 * A stylesheet rewritten for a shadow root: `:root` rules apply to the embed's root element, and
 * `1.5rem` becomes `calc(1.5 * var(--sandbox-rem))`.
 *
 * @example
 * adaptForShadow(':root { --ink: #000 } h1 { margin: 0.4rem }');
 */
export function adaptForShadow(css: string): string {
  return css
    .replace(/:root\b/g, '.sandbox-embed')
    .replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--sandbox-rem))');
}

/** The whole stylesheet of an embed in a shadow root. */
export function shadowCss(): string {
  return [
    RESET_CSS,
    adaptForShadow(appCss),
    adaptForShadow(componentCss()),
    adaptForShadow(embedCss),
    '.sandbox-embed { --sandbox-rem: 16px; }',
  ].join('\n');
}

/**
 * Gives `host` an open shadow root with the embed's styles and returns the element to render into.
 * Calling it again on the same host returns the same element.
 *
 * @example
 * createRoot(mountInShadow(element)).render(<EmbedSandbox {...props} />);
 */
export function mountInShadow(host: HTMLElement): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const existing = shadow.querySelector<HTMLElement>('[data-embed-mount]');
  if (existing !== null) return existing;
  const style = document.createElement('style');
  style.textContent = shadowCss();
  const mount = document.createElement('div');
  mount.setAttribute('data-embed-mount', '');
  shadow.append(style, mount);
  return mount;
}
