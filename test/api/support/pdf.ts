import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'supertest';
import type { TestApp } from './test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-pdf-'));
let n = 0;

/** GETs a binary answer (a PDF) as a Buffer, with the status. */
export function getBinary(t: TestApp, path: string, token: string): Test {
  return t
    .http()
    .get(path)
    .auth(token, { type: 'bearer' })
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (chunk: Buffer) => chunks.push(chunk));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
}

/** The text of a PDF as poppler's pdftotext extracts it, whitespace removed (CJK text breaks anywhere). */
export function pdfText(pdf: Buffer): string {
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
