import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OfficeView } from './office-view.js';
import { soaWorkbook } from './xlsx.js';
import { soaDocument, type PackSummary } from './docx.js';

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

const workerFile = fileURLToPath(new URL('./office-worker.js', import.meta.url));

/**
 * Writes both files on a worker thread, so a pack's office files (exceljs, docx, zipping: ~0.8 s at 10,000
 * records) overlap with page rendering on the main thread. From TypeScript sources (tests) there is no compiled
 * worker, and the files are written on this thread.
 */
export function writeOfficePairAside(job: OfficeJob): Promise<OfficePair> {
  if (!workerFile.endsWith('.js') || !existsSync(workerFile)) return writeOfficePair(job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    worker.once('message', (m: { ok: true; files: Record<keyof OfficePair, Uint8Array> } | { ok: false; message: string }) => {
      void worker.terminate();
      if (m.ok) resolve({ xlsx: asBuffer(m.files.xlsx), docx: asBuffer(m.files.docx) });
      else reject(new Error(m.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`office writer thread exited (${code}) before finishing`)));
    worker.postMessage(job);
  });
}
