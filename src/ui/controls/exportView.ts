// "Export view": saves the view panel the learner last used (or the first open one that draws a
// picture) as SVG or PNG, and says in the live region what it saved or why it could not.

import { pictureToPng, pictureToSvg } from './exportPicture.ts';
import { downloadBlob, downloadText } from './downloadText.ts';
import { panelTitle, viewPanels, viewPicture } from './viewLayers.ts';

export type PictureFormat = 'svg' | 'png';

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'view'
  );
}

/**
 * Exports a view and returns the sentence to announce.
 *
 * @example
 * await exportView(document, 'timeline-heading', 'png', 'late-events-seed3'); // "Saved Event time … as PNG."
 */
export async function exportView(
  root: ParentNode,
  lastUsed: string | null,
  format: PictureFormat,
  fileBase: string,
): Promise<string> {
  const panels = viewPanels(root);
  const chosen =
    panels.find((panel) => panel.getAttribute('aria-labelledby') === lastUsed) ??
    panels.find((panel) => viewPicture(panel) !== null);
  if (chosen === undefined)
    return 'No view with a picture is open: show one with the view buttons first.';
  const title = panelTitle(chosen);
  const picture = viewPicture(chosen);
  if (picture === null)
    return `${title} has no picture to save: export the trace as JSONL or CSV instead, or click a view with a chart first.`;
  const fileName = `${fileBase}-${slug(title)}.${format}`;
  try {
    if (format === 'svg') downloadText(pictureToSvg(picture), fileName, 'image/svg+xml');
    else
      downloadBlob(
        await pictureToPng(picture, Math.max(1, window.devicePixelRatio || 1)),
        fileName,
      );
  } catch (error) {
    return `Could not save ${title} as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}.`;
  }
  return `Saved ${title} as ${format.toUpperCase()} (${fileName}).`;
}
