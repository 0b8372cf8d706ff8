import type { Response } from 'express';

/** Answers a PDF shown in the browser (inline), under its Chinese file name. */
export function sendPdf(res: Response, { pdf, filename }: { pdf: Buffer; filename: string }): void {
  res
    .type('application/pdf')
    .setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(pdf);
}
