// Stylesheets that components import for their side effect (`import './timeline.css'`). In the
// library builds a plugin (vite.element.config.ts) turns each such import into a call here, so
// the shadow roots get them too instead of the host page's <head>. Under the dev server, Vite puts
// them in the page's <head> as <style data-vite-dev-id>, and those are copied instead.

const registered: string[] = [];

/** Called by the code the build plugin writes for each component stylesheet. */
export function registerEmbedCss(css: string): void {
  registered.push(css);
}

/** The component stylesheets known now, in import order. */
export function componentCss(): string {
  if (import.meta.env.DEV && typeof document !== 'undefined') {
    const devSheets = [...document.querySelectorAll('style[data-vite-dev-id]')]
      .filter(
        (style) => !/\/(styles|embed)\.css$/.test(style.getAttribute('data-vite-dev-id') ?? ''),
      )
      .map((style) => style.textContent);
    return [...registered, ...devSheets].join('\n');
  }
  return registered.join('\n');
}
