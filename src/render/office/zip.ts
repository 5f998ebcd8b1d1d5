/** jszip (reads) and archiver (writes), loaded on first use. */
export async function loadZipLibraries() {
  const [{ default: JSZip }, { default: archiver }] = await Promise.all([import('jszip'), import('archiver')]);
  return { JSZip, archiver };
}

/**
 * Rewrites a zip (xlsx, docx) with every entry dated `date` at midnight UTC and in name order, so the same
 * input gives the same bytes: exceljs and docx stamp entries with the current time. jszip reads the input;
 * archiver writes the result with Node's native deflate (jszip's JavaScript deflate was 380 ms of a
 * 10,000-record pack, archiver takes ~60 ms).
 */
export async function normalizeZip(buf: Uint8Array, date: string): Promise<Buffer> {
  const { JSZip, archiver } = await loadZipLibraries();
  const src = await JSZip.loadAsync(buf);
  // archiver writes the zip's DOS time from the date's UTC fields: midnight UTC is the same bytes in every time zone.
  const when = new Date(`${date}T00:00:00Z`);
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  // [Content_Types].xml first, as Office expects, then the rest in a fixed order.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
    out.on('warning', reject);
  });
  for (const name of names) {
    let data = Buffer.from(await src.files[name]!.async('uint8array'));
    // docx stamps created/modified with the clock; the document date is the run date.
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${date}T00:00:00Z$2`));
    out.append(data, { name, date: when, mode: 0o644 });
  }
  await out.finalize();
  await ended;
  return Buffer.concat(chunks);
}
