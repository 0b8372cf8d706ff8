import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  MEDIATOR_KINDS,
  MEDIATOR_STATUSES,
  type MediatorKind,
  type MediatorStatus,
} from './mediator.entity.js';
import { MediatorsService } from './mediators.service.js';

export class MediatorQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}

export class MediatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: MEDIATOR_KINDS }) kind: MediatorKind;
  @ApiProperty({ enum: MEDIATOR_STATUSES }) status: MediatorStatus;
}

export class MediatorListDto {
  @ApiProperty({ type: [MediatorDto] }) items: MediatorDto[];
}

@ApiTags('mediators')
@Controller('mediators')
export class MediatorsController {
  constructor(private readonly mediators: MediatorsService) {}

  @Get()
  @ApiOperation({ summary: 'Mediator roster of the organisations visible to the caller' })
  @ApiOkResponse({ type: MediatorListDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: MediatorQueryDto): Promise<MediatorListDto> {
    return { items: await this.mediators.list(user, query.organisationId) };
  }
}
