import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OfficeView } from './office-view.js';
import { loadWorkbook, soaWorkbook } from './xlsx.js';
import { loadDocx, soaDocument, type PackSummary } from './docx.js';
import { loadZipLibraries } from './zip.js';

/** What the pack's two office files are written from: plain data, so it can cross to a worker thread. */
export interface OfficeJob {
  view: OfficeView;
  pack: PackSummary;
}

export interface OfficePair {
  xlsx: Buffer;
  docx: Buffer;
}

/** Bytes from another thread arrive as a plain Uint8Array: the same memory, as a Buffer again. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Writes both files on this thread. */
export async function writeOfficePair(job: OfficeJob): Promise<OfficePair> {
  const [xlsx, docx] = await Promise.all([soaWorkbook(job.view), soaDocument(job.view, job.pack)]);
  return { xlsx, docx };
}

/** Loads the libraries both writers use (exceljs, docx, the zip pair), so a later write starts at once. */
export async function preloadOfficeLibraries(): Promise<void> {
  await Promise.all([loadWorkbook(), loadDocx(), loadZipLibraries()]);
}

/** Writes a pack's two office files, on a worker thread where there is one. */
export interface OfficeWriter {
  write(job: OfficeJob): Promise<OfficePair>;
  /** Ends the thread; a pack that fails before writing calls it too. */
  close(): void;
}

const workerFile = fileURLToPath(new URL('./office-worker.js', import.meta.url));

/**
 * Starts the thread that writes a pack's workbook and Word document (exceljs, docx, zipping: ~0.8 s at 10,000
 * records) beside page rendering on the main thread. Started before the records are read, it loads its
 * libraries while the main thread checks the repository. From TypeScript sources (tests) there is no compiled
 * worker, and the files are written on this thread.
 */
export function startOfficeWriter(): OfficeWriter {
  if (!workerFile.endsWith('.js') || !existsSync(workerFile)) return { write: writeOfficePair, close: () => undefined };
  const worker = new Worker(workerFile);
  // An error before a write is kept for it; the thread is not waited on otherwise.
  let failed: Error | undefined;
  const early = (err: Error) => (failed = err);
  worker.on('error', early);
  worker.unref();
  return {
    write: (job) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        worker.off('error', early);
        worker.ref();
        worker.once('message', (m: { ok: true; files: Record<keyof OfficePair, Uint8Array> } | { ok: false; message: string }) => {
          void worker.terminate();
          if (m.ok) resolve({ xlsx: asBuffer(m.files.xlsx), docx: asBuffer(m.files.docx) });
          else reject(new Error(m.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`office writer thread exited (${code}) before finishing`)));
        worker.postMessage(job);
      }),
    close: () => void worker.terminate(),
  };
}
