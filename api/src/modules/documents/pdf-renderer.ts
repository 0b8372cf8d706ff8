import type { LayoutJob } from './pdf-layout.js';
import { runRenderTask } from './render-pool.js';

export type { SignatureBlock, SignatureSlot, SignJob } from './pdf-layout.js';
export type RenderOptions = LayoutJob;

/**
 * Lays out a document on A4 (pdf-layout.ts) in the render pool, off the request thread, bounded in
 * time and memory; signed when `sign` is given. A job that fails answers 503 (render-pool.ts).
 */
export async function renderPdf(options: RenderOptions): Promise<{ pdf: Buffer; pages: number }> {
  const { pdf } = await runRenderTask({ kind: 'pdf', job: options });
  return { pdf: Buffer.from(pdf!.pdf.buffer, pdf!.pdf.byteOffset, pdf!.pdf.byteLength), pages: pdf!.pages };
}
