import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import { redact } from './redact.js';

const REDACTED_QUERY = '[已脱敏]';

/**
 * Masks personal data in free text before it is logged: 身份证号 (18 characters) and phone
 * numbers keep only the digits a list view shows; the query string of any URL or path is
 * dropped, since searches carry names and numbers. Applied to every log line (docs/security.md).
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(/(\/[^\s?"'#]*)\?[^\s"'#]+/g, `$1?${REDACTED_QUERY}`)
    .replace(/(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g, '$1********$2')
    .replace(/(?<![0-9A-Za-z])((?:\+?86[- ]?)?1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])/g, '$1****$2')
    .replace(/(?<![\d-])(0\d{2,3}-)\d{3,4}(\d{4})(?![\d-])/g, '$1****$2');
}

/** A value about to be logged: strings masked, objects (a request body) also by key, as in the audit trail. */
export function redactLogValue(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (value instanceof Error) return redactPersonalData(value.stack ?? `${value.name}: ${value.message}`);
  if (value && typeof value === 'object') return deepMask(redact(value));
  return value;
}

function deepMask(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (Array.isArray(value)) return value.map(deepMask);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, deepMask(inner)]));
  }
  return value;
}

/** Where a line goes; by default the process' stdout or stderr. */
export type LogSink = (text: string, stream: 'stdout' | 'stderr') => void;

/** Nest's console logger with every message, parameter and stack passed through the redaction. */
export class RedactingLogger extends ConsoleLogger {
  constructor(
    options: ConsoleLoggerOptions = {},
    private readonly sink?: LogSink,
  ) {
    super(options);
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    const clean = messages.map((message) => redactLogValue(this.resolveMessage(message)));
    const cleanParams = params && (redactLogValue(params) as Record<string, unknown>);
    if (!this.sink) {
      const stack = errorStack === undefined ? undefined : redactLogValue(errorStack);
      super.printMessages(clean, context, logLevel, writeStreamType, stack, cleanParams);
      return;
    }
    for (const message of clean) {
      const level = logLevel.toUpperCase().padStart(7, ' ');
      const line = this.formatMessage(
        logLevel,
        message,
        this.formatPid(process.pid),
        level,
        this.formatContext(context),
        this.updateAndGetTimestampDiff(),
        cleanParams,
      );
      this.sink(line, writeStreamType ?? 'stdout');
    }
  }

  protected override printStackTrace(stack: string): void {
    if (!stack) return;
    if (this.sink) this.sink(`${redactPersonalData(stack)}\n`, 'stderr');
    else super.printStackTrace(redactPersonalData(stack));
  }
}
