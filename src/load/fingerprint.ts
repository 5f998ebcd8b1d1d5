/**
 * A cheap fingerprint of a file's text (length and FNV-1a), kept instead of the text: positions are
 * resolved by reading the file again, and only from the text that was checked.
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}
