/**
 * Worker thread of `pack`: writes the workbook and the Word document while the main thread checks the records and
 * renders the pages. Messages (office-pair.ts): the view, then the pack summary; one reply with both files. Same
 * writers as on the main thread, so the same bytes.
 */
import { parentPort } from 'node:worker_threads';
import { officeSession, preloadOfficeLibraries, type OfficeMessage, type OfficeReply } from './office-pair.js';

// The view comes once the records are analysed; the libraries load in the meantime. A failure here shows again
// when a writer needs the library.
preloadOfficeLibraries().catch(() => undefined);

const session = officeSession();
const reply = (m: OfficeReply) => parentPort!.postMessage(m);
const fail = (err: unknown) => reply({ ok: false, message: err instanceof Error ? err.message : String(err) });
parentPort!.on('message', (m: OfficeMessage) => {
  try {
    if (m.type === 'view') return session.begin(m.view);
    session.finish(m.pack).then((files) => reply({ ok: true, files }), fail);
  } catch (err) {
    fail(err);
  }
});
