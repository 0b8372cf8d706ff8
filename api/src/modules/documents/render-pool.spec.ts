import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { layoutPdf } from './pdf-layout.js';
import { renderPdf } from './pdf-renderer.js';
import { closeRenderPool, runRenderTask } from './render-pool.js';

/** A 2×2 RGBA PNG (pdfkit decodes those to split the alpha channel) whose zlib stream ends with a wrong Adler-32: png-js throws inside a zlib callback. */
function corruptPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const idat = deflateSync(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 9, 10, 11, 12, 13, 14, 15, 16]));
  idat.writeUInt32BE((idat.readUInt32BE(idat.length - 4) ^ 0xdeadbeef) >>> 0, idat.length - 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const plain = (text: string) => ({ title: '测试', blocks: [{ kind: 'plain' as const, text }] });

describe('the render pool', () => {
  afterAll(() => closeRenderPool());

  it('answers 503 when a job kills its worker (a decoder throwing in a callback), and renders the next job', async () => {
    const job = {
      title: '测试',
      blocks: [{ kind: 'image' as const, caption: '扫描件', data: corruptPng() }],
    };
    await expect(renderPdf(job)).rejects.toMatchObject({ status: 503, code: 'DOCUMENT_FAILED' });
    const { pdf, pages } = await renderPdf(plain('人民调解协议书'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBe(1);
  });

  it('stops a job over its time with 503 and keeps serving', async () => {
    const long = {
      title: '测试',
      blocks: Array.from({ length: 3000 }, () => plain('调解'.repeat(200)).blocks[0]!),
    };
    await expect(runRenderTask({ kind: 'pdf', job: long }, { timeoutMs: 50 })).rejects.toMatchObject({
      status: 503,
      code: 'DOCUMENT_TIMEOUT',
    });
    expect((await renderPdf(plain('调解'))).pages).toBe(1);
  });
});

describe('text layout', () => {
  /** Median layout time of `text` in this thread, over `runs` runs. */
  async function median(text: string, runs = 3): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await layoutPdf(plain(text));
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  }

  it('lays out a long run without break opportunities in time linear in its length', async () => {
    await median('warm-up', 1);
    const short = await median('a'.repeat(2000));
    const long = await median('a'.repeat(20000));
    // Ten times the text: linear is about ×10; pdfkit's own breaking of the run was about ×100.
    process.stdout.write(
      `layout of an unbroken run: 2,000 chars ${short.toFixed(1)} ms, 20,000 ${long.toFixed(1)} ms\n`,
    );
    expect(long / short).toBeLessThan(30);
  });

  it('keeps every character of a long run', async () => {
    const { pdf } = await layoutPdf(plain(`账号${'7'.repeat(300)}结束`));
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('prints the watermark with the printer’s name and time on every page, outside the text layer', async () => {
    const line = (i: number) => `第${i}行:刘建平支付王秀英维修费3000元,双方确认无误。`;
    const blocks = [
      ...Array.from({ length: 40 }, (_, i) => plain(line(i + 1)).blocks).flat(),
      { kind: 'pagebreak' as const },
      ...plain('第二页').blocks,
    ];
    const { pdf, pages } = await layoutPdf({
      title: '测试',
      blocks,
      watermark: '王海燕 2026-12-03 16:20 打印',
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(pages).toBe(3);
    // Once per page as text in the margin; the diagonal copies are outlines, so every line of the
    // document's own text is extracted whole and in order (rotated text was cut into the lines).
    expect(text.match(/王海燕 2026-12-03 16:20 打印/g)?.length).toBe(3);
    const body = text.split('\n').filter((l) => l.startsWith('第') && l.includes('行:'));
    expect(body).toEqual(Array.from({ length: 40 }, (_, i) => line(i + 1)));
    expect(text).not.toMatch(/^(王|海|燕|打|印)$/m);
  });
});
