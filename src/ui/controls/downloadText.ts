// Saves text as a file through a temporary object URL and link: the browser's own download, so
// nothing leaves the page. The URL is revoked once the click has been handled.

/** Starts a download of `text` named `fileName`. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
