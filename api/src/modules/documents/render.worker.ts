import { AppError } from '../../common/errors.js';
import { layoutPdf, type LayoutJob } from './pdf-layout.js';
import { type ImportedKey, readP12 } from './signing-key-import.js';

/**
 * The render worker: every slow or risky piece of document work runs here, in a worker thread of
 * the pool in render-pool.ts, never on the thread that answers requests. A job that throws
 * asynchronously (a decoder's callback), runs out of memory or out of time ends this worker only.
 */
export type RenderTask =
  { kind: 'pdf'; job: LayoutJob } | { kind: 'p12'; file: Uint8Array; password: string } | { kind: 'warm-up' };

export interface RenderOutcome {
  pdf?: { pdf: Uint8Array; pages: number };
  p12?: ImportedKey;
  /** A refusal with its own status and Chinese message (AppError does not survive postMessage). */
  refused?: { status: number; code: string; message: string; details?: unknown[] };
}

export default async function run(task: RenderTask): Promise<RenderOutcome> {
  try {
    switch (task.kind) {
      case 'pdf':
        return { pdf: await layoutPdf(task.job) };
      case 'p12':
        return { p12: readP12(Buffer.from(task.file), task.password) };
      case 'warm-up':
        await layoutPdf({ title: 'warm-up', blocks: [{ kind: 'plain', text: '调解' }] });
        return {};
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      refused: { status: error.status, code: error.code, message: error.message, details: error.details },
    };
  }
}
