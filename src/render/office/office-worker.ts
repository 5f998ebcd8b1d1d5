/**
 * Worker thread of `pack`: writes the workbook and the Word document from a prepared OfficeView while the main
 * thread renders the HTML and Markdown pages. Same writers as on the main thread, so the same bytes.
 */
import { parentPort } from 'node:worker_threads';
import { preloadOfficeLibraries, writeOfficePair, type OfficeJob } from './office-pair.js';

// The job comes once the records are checked; the libraries load in the meantime. A failure here shows again
// when the write needs the library.
preloadOfficeLibraries().catch(() => undefined);

parentPort!.once('message', (job: OfficeJob) => {
  writeOfficePair(job).then(
    (files) => parentPort!.postMessage({ ok: true, files }),
    (err: unknown) => parentPort!.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
});
