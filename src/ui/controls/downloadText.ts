// Saves text as a file through a temporary object URL and link: the browser's own download, so
// nothing leaves the page. The URL is revoked once the click has been handled.

/** Starts a download of `text` named `fileName`. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}

/** Starts a download of `blob` named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
