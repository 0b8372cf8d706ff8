import { Logger } from '@nestjs/common';

/** One inbox entry on its way out of the building (SMS, WeChat, e-mail …). */
export interface OutboundMessage {
  notificationId: string;
  userId: string;
  kind: string;
  title: string;
  caseId: string | null;
}

/**
 * An outbound channel. `deliver` gets a batch and either delivers all of it or throws; a batch that
 * threw is offered again on the next dispatch. Adapters must not log message bodies: they carry
 * parties' names and, in free text, possibly phone numbers.
 */
export interface NotificationChannel {
  readonly name: string;
  deliver(batch: OutboundMessage[]): Promise<void>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

/** The channel every installation has: a log line per message, with ids only. */
export class LogChannel implements NotificationChannel {
  readonly name = 'log';
  private readonly logger = new Logger('NotificationChannel');

  deliver(batch: OutboundMessage[]): Promise<void> {
    for (const m of batch) {
      this.logger.log(`${m.kind} → user ${m.userId}${m.caseId ? ` (case ${m.caseId})` : ''}`);
    }
    return Promise.resolve();
  }
}
