import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LogChannel, NOTIFICATION_CHANNELS } from './notification-channel.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsCron } from './notifications.cron.js';
import { NotificationsService } from './notifications.service.js';
import { SmsSender } from './sms.js';

@Global()
@Module({})
export class NotificationsModule {
  /**
   * Outbound channels are the providers of NOTIFICATION_CHANNELS: an SMS or WeChat adapter is one
   * more class implementing NotificationChannel, added to that list.
   */
  static register(scheduler: boolean): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [NotificationsController],
      providers: [
        NotificationsService,
        NotificationDispatcher,
        SmsSender,
        { provide: NOTIFICATION_CHANNELS, useFactory: () => [new LogChannel()] },
        ...(scheduler ? [NotificationsCron] : []),
      ],
      exports: [NotificationsService, NotificationDispatcher, SmsSender],
    };
  }
}
