import { Logger } from '@nestjs/common';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../../common/errors.js';
import type { RenderOutcome, RenderTask } from './render.worker.js';

/** Limits of one render job; the environment variables are for operators and tests. */
export const RENDER_LIMITS = {
  threads: Number(process.env['TIAOJIE_RENDER_THREADS'] ?? Math.min(4, Math.max(2, availableParallelism()))),
  /** A volume of a large case with scans renders in a few seconds; nothing legitimate takes 30. */
  timeoutMs: Number(process.env['TIAOJIE_RENDER_TIMEOUT_MS'] ?? 30_000),
  /** Old-generation heap of a worker: a job beyond it ends that worker, not the server. */
  heapMb: Number(process.env['TIAOJIE_RENDER_HEAP_MB'] ?? 1024),
  /** Jobs waiting for a worker; beyond it the request is answered 503 at once. */
  queue: Number(process.env['TIAOJIE_RENDER_QUEUE'] ?? 64),
};

export const RenderErrors = {
  timeout: () =>
    new AppError(503, 'DOCUMENT_TIMEOUT', '文书生成超时,请稍后重试;如反复出现,请联系管理员检查该文书的内容'),
  failed: () => new AppError(503, 'DOCUMENT_FAILED', '文书生成失败,请稍后重试;如反复出现,请联系管理员'),
  busy: () =>
    new AppError(503, 'DOCUMENT_BUSY', '正在生成的文书较多,请稍后重试', undefined, { 'Retry-After': '5' }),
};

const logger = new Logger('RenderPool');
let pool: Piscina<RenderTask, RenderOutcome> | undefined;

/**
 * The worker's file: the compiled render.worker.js beside this file in a build; when the API runs
 * from its TypeScript sources (the tests), the worker is bundled once per process with esbuild,
 * since a worker thread does not go through the test runner's TypeScript transform.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const built = here.replace(/render-pool\.[jt]s$/, 'render.worker.js');
  if (!here.endsWith('.ts') && existsSync(built)) return built;
  const dir = join(process.cwd(), 'tmp', 'render-worker');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `render.worker.${process.pid}.mjs`);
  // esbuild is a development dependency: loaded only here, never in a build.
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  buildSync({
    entryPoints: [here.replace(/render-pool\.ts$/, 'render.worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

function renderPool(): Piscina<RenderTask, RenderOutcome> {
  if (!pool) {
    pool = new Piscina<RenderTask, RenderOutcome>({
      filename: workerFile(),
      minThreads: 1,
      maxThreads: RENDER_LIMITS.threads,
      maxQueue: RENDER_LIMITS.queue,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_LIMITS.heapMb, maxYoungGenerationSizeMb: 64 },
    });
  }
  return pool;
}

/**
 * Runs one job in the pool within the time limit; failures become 503s with a Chinese message, a
 * job over its time `onTimeout`'s error (the timeout's 503 by default).
 */
export async function runRenderTask(
  task: RenderTask,
  { timeoutMs = RENDER_LIMITS.timeoutMs, onTimeout = RenderErrors.timeout } = {},
): Promise<RenderOutcome> {
  const current = renderPool();
  if (current.queueSize >= RENDER_LIMITS.queue) throw RenderErrors.busy();
  let outcome: RenderOutcome;
  try {
    outcome = await current.run(task, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortError' || name === 'TimeoutError') {
      logger.warn(`${task.kind} job stopped after ${timeoutMs} ms`);
      throw onTimeout();
    }
    if ((error as Error).message === 'Task queue is at limit') throw RenderErrors.busy();
    // Only the error's kind: its message may quote the document.
    logger.error(`${task.kind} job failed: ${(error as { code?: string }).code ?? name}`);
    throw RenderErrors.failed();
  }
  if (outcome.refused) {
    const { status, code, message, details } = outcome.refused;
    throw new AppError(status, code, message, details);
  }
  return outcome;
}

/** Starts a worker and loads the fonts before the first request needs them. */
export async function warmUpRenderPool(): Promise<void> {
  await runRenderTask({ kind: 'warm-up' });
}

export async function closeRenderPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
