// Bytes as base64url text (RFC 4648 §5, no padding), the alphabet that survives in a URL hash
// without escaping. Decoding rejects anything outside the alphabet instead of guessing.

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/**
 * Encodes bytes as unpadded base64url.
 *
 * @example
 * bytesToBase64url(new Uint8Array([251, 255])); // "-_8"
 */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url, or returns null when the text is not valid base64url. */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
