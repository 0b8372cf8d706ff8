import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';

/**
 * Text messages to parties, who have no account (docs/api.md "The parties' own channel"), through
 * `TIAOJIE_SMS`: `outbox:<dir>` writes each message as `{ to, text, at }` into its own file (the demo
 * and the tests read them there), `none` sends nothing. Neither the number nor the text is logged.
 */
@Injectable()
export class SmsSender {
  private readonly logger = new Logger('Sms');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(to: string, text: string): Promise<void> {
    const sms = this.config.sms;
    if (sms.kind === 'none') {
      this.logger.warn('an SMS was not sent: TIAOJIE_SMS is none');
      return;
    }
    await mkdir(sms.dir, { recursive: true, mode: 0o700 });
    const at = new Date().toISOString();
    const file = join(sms.dir, `${at.replace(/[:.]/g, '-')}-${randomUUID()}.json`);
    await writeFile(file, JSON.stringify({ to, text, at }), { mode: 0o600 });
  }
}
