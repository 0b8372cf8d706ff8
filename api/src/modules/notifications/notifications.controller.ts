import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/pagination.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { NotificationPageDto, toNotificationResponse } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s inbox, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<NotificationPageDto> {
    const page = await this.notifications.list(user, query.page, query.pageSize);
    return { ...page, items: page.items.map(toNotificationResponse) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiNoContentResponse()
  read(@CurrentUser() user: AuthUser, @IdParam('id', '通知') id: string): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}
