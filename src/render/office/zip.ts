/**
 * Rewrites a zip (xlsx, docx) with every entry dated `date` at midnight UTC and in name order, so the same
 * input gives the same bytes: exceljs and docx stamp entries with the current time.
 */
export async function normalizeZip(buf: Uint8Array, date: string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  // Local time is what zip stores; build the date from local fields so every time zone writes the same bytes.
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const when = new Date(y, m - 1, d, 0, 0, 0);
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  // [Content_Types].xml first, as Office expects, then the rest in a fixed order.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    let data: Uint8Array | string = await src.files[name]!.async('uint8array');
    // docx stamps created/modified with the clock; the document date is the run date.
    if (name === 'docProps/core.xml') data = Buffer.from(data).toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${date}T00:00:00Z$2`);
    out.file(name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
