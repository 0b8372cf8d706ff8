import type { LoggerService } from '@nestjs/common';

/** What a worker's last-resort handler needs from its process. */
export interface LastResort {
  /** What stops taking connections and resolves once the open requests are done (the app's close). */
  setClose(close: () => Promise<void>): void;
  /** Closes (see setClose), waiting `graceMs` at most, and exits with `code`; only the first call acts. */
  exit(code: number, graceMs: number): Promise<void>;
}

/**
 * The last resort of an API worker: anything that escaped every handler (a throw in a library's
 * callback, a promise nobody awaited) leaves the process in an unknown state. It is logged through
 * `logger` (the redacting logger: no personal data), `onFatal` tells the supervisor (which starts a
 * replacement at once), the worker stops taking connections, lets its open requests finish for
 * `graceMs`, and exits 1.
 */
export function installLastResort(
  logger: LoggerService,
  graceMs: number,
  onFatal: (origin: string, errorName: string) => void = () => undefined,
): LastResort {
  let closing = false;
  let close: () => Promise<void> = () => Promise.resolve();

  const exit = async (code: number, graceMsOfExit: number) => {
    if (closing) return;
    closing = true;
    process.exitCode = code;
    const force = setTimeout(() => {
      logger.warn(`requests still open after ${graceMsOfExit} ms: exiting`, 'LastResort');
      process.exit(code);
    }, graceMsOfExit);
    try {
      await close();
    } catch (error) {
      logger.warn(`closing: ${(error as Error).message}`, 'LastResort');
    }
    clearTimeout(force);
    process.exit(code);
  };

  const fatal = (error: unknown, origin: string) => {
    logger.error(
      `${origin}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      'LastResort',
    );
    if (closing) return;
    try {
      onFatal(origin, error instanceof Error ? error.name : typeof error);
    } catch {
      // the supervisor is gone: exiting is all that is left
    }
    void exit(1, graceMs);
  };
  process.on('uncaughtException', (error, origin) => fatal(error, origin));
  process.on('unhandledRejection', (reason) => fatal(reason, 'unhandledRejection'));

  return {
    setClose: (fn) => {
      close = fn;
    },
    exit,
  };
}
