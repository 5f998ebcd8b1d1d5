import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OfficeView } from './office-view.js';
import { loadWorkbook, soaWorkbook } from './xlsx.js';
import { loadDocx, soaDocument, type PackSummary } from './docx.js';
import { loadZipLibraries } from './zip.js';

export interface OfficePair {
  xlsx: Buffer;
  docx: Buffer;
}

/** What crosses to the writer thread, in this order: plain data. */
export type OfficeMessage = { type: 'view'; view: OfficeView } | { type: 'pack'; pack: PackSummary };
export type OfficeReply = { ok: true; files: Record<keyof OfficePair, Uint8Array> } | { ok: false; message: string };

/** Bytes from another thread arrive as a plain Uint8Array: the same memory, as a Buffer again. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * Writes the pair on this thread in two steps: the workbook starts from the view alone; the Word document also
 * needs the pack summary (findings and pages), known only after the rules and the page plan.
 */
export function officeSession(): { begin(view: OfficeView): void; finish(pack: PackSummary): Promise<OfficePair> } {
  let view: OfficeView | undefined;
  let workbook: Promise<Buffer> | undefined;
  return {
    begin(v) {
      view = v;
      workbook = soaWorkbook(v);
      workbook.catch(() => undefined); // awaited in finish; a pack that fails first must not leave it unhandled
    },
    async finish(pack) {
      if (!view || !workbook) throw new Error('office files finished before they began');
      const [xlsx, docx] = await Promise.all([workbook, soaDocument(view, pack)]);
      return { xlsx, docx };
    },
  };
}

/** Loads the libraries both writers use (exceljs, docx, the zip pair), so a later write starts at once. */
export async function preloadOfficeLibraries(): Promise<void> {
  await Promise.all([loadWorkbook(), loadDocx(), loadZipLibraries()]);
}

/** Writes a pack's two office files, on a worker thread where there is one. */
export interface OfficeWriter {
  /** Whether `begin` has handed the view over. */
  readonly begun: boolean;
  /** Hands the view over; the workbook starts now. */
  begin(view: OfficeView): void;
  /** Hands the pack summary over; resolves with both files. */
  finish(pack: PackSummary): Promise<OfficePair>;
  /** Ends the thread; a pack that fails before finishing calls it too. */
  close(): void;
}

const workerFile = fileURLToPath(new URL('./office-worker.js', import.meta.url));

/**
 * Starts the thread that writes a pack's workbook and Word document (exceljs, docx, zipping: ~2 s of CPU at
 * 10,000 records). Started before the records are read, it loads its libraries while they are read; it gets the
 * view as soon as the model is analysed (`runPipeline`'s onAnalysis), so the workbook is written while the rules,
 * the positions and the pages run here. From TypeScript sources (tests) there is no compiled worker, and the files
 * are written on this thread.
 */
export function startOfficeWriter(): OfficeWriter {
  if (!workerFile.endsWith('.js') || !existsSync(workerFile)) return tracked({ ...officeSession(), close: () => undefined });
  const worker = new Worker(workerFile);
  // An error before the files are asked for is kept for that moment; the thread is not waited on otherwise.
  let failed: Error | undefined;
  const early = (err: Error) => (failed = err);
  worker.on('error', early);
  worker.unref();
  const post = (m: OfficeMessage) => worker.postMessage(m);
  return tracked({
    begin: (view) => post({ type: 'view', view }),
    finish: (pack) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        worker.off('error', early);
        worker.ref();
        worker.once('message', (m: OfficeReply) => {
          void worker.terminate();
          if (m.ok) resolve({ xlsx: asBuffer(m.files.xlsx), docx: asBuffer(m.files.docx) });
          else reject(new Error(m.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`office writer thread exited (${code}) before finishing`)));
        post({ type: 'pack', pack });
      }),
    close: () => void worker.terminate(),
  });
}

/** A writer that remembers whether its view was handed over. */
function tracked(w: Omit<OfficeWriter, 'begun'>): OfficeWriter {
  let begun = false;
  return {
    get begun() {
      return begun;
    },
    begin(view) {
      begun = true;
      w.begin(view);
    },
    finish: w.finish,
    close: w.close,
  };
}
